package corpussearch.bench;

import corpussearch.api.index.IndexView;
import corpussearch.api.service.SearchStack;
import corpussearch.analysis.Synonyms;
import corpussearch.indexer.pipeline.BuildOptions;
import corpussearch.indexer.pipeline.IndexBuild;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;

/**
 * The index a benchmark runs on: {@code -Dbench.index} when given (say a bench/target index of the
 * SOTU corpus), else one built from {@code -Dbench.corpus} (default {@code seeds}) into a temporary
 * folder, opened as the service opens it, with the result cache off so every call searches.
 */
final class BenchIndex implements Closeable {

  final SearchStack stack;
  final IndexView view;
  private final Path temporary;

  BenchIndex() throws IOException {
    String given = System.getProperty("bench.index");
    Path index;
    if (given != null) {
      index = Path.of(given);
      temporary = null;
    } else {
      temporary = Files.createTempDirectory("jmh-index");
      index = temporary;
      Path corpus = Path.of(System.getProperty("bench.corpus", "seeds"));
      new IndexBuild(new BuildOptions(corpus, index, true, 32L << 20), new PrintStream(OutputStream.nullOutputStream())).run();
    }
    stack = SearchStack.open(index, Synonyms.bundled(), Duration.ofHours(1), Duration.ofSeconds(10), 0);
    view = stack.views().acquire();
  }

  @Override
  public void close() throws IOException {
    stack.views().release(view);
    stack.close();
    if (temporary != null) {
      try (var files = Files.walk(temporary)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
