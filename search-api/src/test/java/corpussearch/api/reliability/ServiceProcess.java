package corpussearch.api.reliability;

import corpussearch.api.HangGuard;
import corpussearch.api.app.SearchApiMain;
import corpussearch.indexer.IndexBuilderCli;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * search-api (or index-builder) as its own JVM, started the way a user starts it, with its
 * combined stdout and stderr captured (slf4j-simple logs to stderr).
 */
public final class ServiceProcess implements AutoCloseable {

  private static final Pattern LISTENING = Pattern.compile("listening on http://[^:]+:(\\d+)");

  private final Process process;
  private final StringBuffer output = new StringBuffer();
  private final Thread pump;
  private volatile int port = -1;

  private ServiceProcess(Process process) {
    this.process = process;
    this.pump = new Thread(() -> {
      try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          output.append(line).append('\n');
          Matcher matcher = LISTENING.matcher(line);
          if (port < 0 && matcher.find()) {
            port = Integer.parseInt(matcher.group(1));
          }
        }
      } catch (IOException ignored) {
        // the process went away
      }
    }, "service-output");
    pump.setDaemon(true);
    pump.start();
  }

  /** The java binary and classpath of this test JVM, then {@code mainClass}. */
  public static List<String> javaCommand(Class<?> mainClass, String... jvmOptions) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xshare:auto");
    command.add("-XX:TieredStopAtLevel=1");
    command.addAll(List.of(jvmOptions));
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass.getName());
    return command;
  }

  /** Starts search-api with {@code args} (add {@code --port 0}); does not wait for it. */
  public static ServiceProcess startService(String... args) throws IOException {
    List<String> command = javaCommand(SearchApiMain.class, "-Xmx256m");
    command.addAll(List.of(args));
    return new ServiceProcess(new ProcessBuilder(command).redirectErrorStream(true).start());
  }

  /**
   * Starts search-api over {@code index} on a free port with the hang guard as its search time
   * limit, so its results do not depend on the machine's speed (see {@link corpussearch.api.TestServer}).
   */
  public static ServiceProcess serve(Path index) throws IOException {
    return startService("--index", index.toString(), "--port", "0", "--search-timeout-ms", String.valueOf(HangGuard.TIMEOUT.toMillis()));
  }

  /** Runs index-builder to completion and returns it (exit code and output). */
  public static ServiceProcess runIndexBuilder(Path corpus, Path index, String... extra) throws Exception {
    List<String> args = new ArrayList<>(List.of("--corpus", corpus.toString(), "--index", index.toString()));
    args.addAll(List.of(extra));
    return runIndexBuilder(args);
  }

  /** Runs index-builder with {@code args} to completion and returns it (exit code and output). */
  public static ServiceProcess runIndexBuilder(List<String> args) throws Exception {
    List<String> command = javaCommand(IndexBuilderCli.class, "-Xmx256m");
    command.addAll(args);
    ServiceProcess builder = new ServiceProcess(new ProcessBuilder(command).redirectErrorStream(true).start());
    builder.waitFor(HangGuard.TIMEOUT);
    return builder;
  }

  /** Waits until the service logs its port; fails when it exits or takes longer than {@code limit}. */
  public int awaitPort(Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (port < 0) {
      if (!process.isAlive()) {
        pump.join(2_000);
        throw new IllegalStateException("search-api exited with " + process.exitValue() + " before listening:\n" + output);
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("search-api did not start within " + limit + ":\n" + output);
      }
      Thread.sleep(50);
    }
    return port;
  }

  /** Waits for the process to exit and returns its exit code (-1 when it is still running). */
  public int waitFor(Duration limit) throws InterruptedException {
    if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
      return -1;
    }
    pump.join(5_000);
    return process.exitValue();
  }

  public long pid() {
    return process.pid();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** Everything the process printed so far. */
  public String output() {
    return output.toString();
  }

  /** kill -9. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  /** A normal stop (SIGTERM, shutdown hooks run). */
  public void stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      kill();
    }
    pump.join(2_000);
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
  }
}
