package corpussearch.indexer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Test helper: a temporary folder deleted with everything in it on close, for jqwik properties
 * (which have no {@code @TempDir}): {@code try (TempFolder temp = TempFolder.create("x")) {…}}.
 */
public record TempFolder(Path path) implements AutoCloseable {

  /** A new empty folder whose name starts with {@code prefix}. */
  public static TempFolder create(String prefix) throws IOException {
    return new TempFolder(Files.createTempDirectory(prefix));
  }

  /** {@code name} inside the folder, created as a folder. */
  public Path folder(String name) throws IOException {
    return Files.createDirectories(path.resolve(name));
  }

  @Override
  public void close() throws IOException {
    try (Stream<Path> files = Files.walk(path)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }
}
