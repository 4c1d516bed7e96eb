package corpussearch.indexer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Test helper: the index-builder CLI run as a separate JVM on the test class path. */
public final class CliProcess {

  private CliProcess() {}

  /** A finished run. */
  public record Result(int exitCode, String stdout, String stderr) {}

  /** The command line that starts the CLI in a new JVM with {@code args}. */
  public static List<String> command(String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("--enable-native-access=ALL-UNNAMED");
    command.add("-Xshare:auto");
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(IndexBuilderCli.class.getName());
    command.addAll(List.of(args));
    return command;
  }

  /** Starts the CLI with stdout and stderr going to files in {@code logDir}. */
  public static Process start(Path logDir, Map<String, String> env, String... args) throws IOException {
    Files.createDirectories(logDir);
    ProcessBuilder builder = new ProcessBuilder(command(args));
    builder.environment().putAll(env);
    builder.redirectOutput(logDir.resolve("stdout.txt").toFile());
    builder.redirectError(logDir.resolve("stderr.txt").toFile());
    return builder.start();
  }

  /** Runs the CLI to completion (at most two minutes). */
  public static Result run(Path logDir, Map<String, String> env, String... args) throws IOException, InterruptedException {
    Process process = start(logDir, env, args);
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly().waitFor();
      throw new AssertionError("index-builder did not finish within 2 minutes: " + String.join(" ", args));
    }
    return new Result(process.exitValue(),
        Files.readString(logDir.resolve("stdout.txt"), StandardCharsets.UTF_8),
        Files.readString(logDir.resolve("stderr.txt"), StandardCharsets.UTF_8));
  }
}
