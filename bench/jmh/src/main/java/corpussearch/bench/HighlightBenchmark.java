package corpussearch.bench;

import corpussearch.api.highlight.ParagraphHighlighter;
import corpussearch.api.search.LenientQueryParser;
import corpussearch.api.search.QueryFactory;
import corpussearch.indexer.analysis.CorpusAnalyzer;
import corpussearch.indexer.analysis.Synonyms;
import corpussearch.indexer.build.BuildOptions;
import corpussearch.indexer.build.IndexBuild;
import corpussearch.indexer.index.IndexSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * ParagraphHighlighter over the top 10 hits of a query, on an index built from {@code -Dbench.corpus}
 * (default {@code seeds}) or opened from {@code -Dbench.index}.
 *
 * <p>{@code asServed} passes the query exactly as SearchService does. {@code preRewritten} passes
 * the same query rewritten once against the index ({@code IndexSearcher.rewrite}): typo (fuzzy)
 * and prefix clauses become plain terms, so the UnifiedHighlighter can read offsets from the
 * postings instead of re-analysing every paragraph into a MemoryIndex and re-expanding the fuzzy
 * automata per document. {@code rewriteThenHighlight} includes that rewrite's cost per call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HighlightBenchmark {

  @Param({"taliban fighters", "recogniton", "\"kabul airport\" afghanistan"})
  public String q;

  private Path tempIndex;
  private DirectoryReader reader;
  private IndexSearcher searcher;
  private ParagraphHighlighter highlighter;
  private Query query;
  private Query rewritten;
  private int[] ids;
  private String[] texts;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    Path index;
    String given = System.getProperty("bench.index");
    if (given != null) {
      index = Path.of(given);
    } else {
      tempIndex = Files.createTempDirectory("jmh-index");
      index = tempIndex;
      Path corpus = Path.of(System.getProperty("bench.corpus", "seeds"));
      new IndexBuild(new BuildOptions(corpus, index, true, 32L << 20), new PrintStream(OutputStream.nullOutputStream())).run();
    }
    reader = DirectoryReader.open(FSDirectory.open(index));
    searcher = new IndexSearcher(reader);
    highlighter = new ParagraphHighlighter(CorpusAnalyzer.forIndexing());
    QueryFactory factory = new QueryFactory(CorpusAnalyzer.forQueries(Synonyms.bundled()), CorpusAnalyzer.forIndexing());
    query = factory.build(new LenientQueryParser().parse(q));
    rewritten = searcher.rewrite(query);
    TopDocs top = searcher.search(query, 10);
    ids = new int[top.scoreDocs.length];
    texts = new String[ids.length];
    for (int i = 0; i < ids.length; i++) {
      ScoreDoc d = top.scoreDocs[i];
      ids[i] = d.doc;
      texts[i] = searcher.storedFields().document(d.doc).get(IndexSchema.TEXT);
    }
    if (ids.length == 0) {
      throw new IllegalStateException("no hits for " + q + " in " + index);
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    reader.close();
    if (tempIndex != null) {
      try (var files = Files.walk(tempIndex)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @Benchmark
  public String[] asServed() throws IOException {
    return highlighter.highlight(searcher, query, ids, texts, true);
  }

  @Benchmark
  public String[] preRewritten() throws IOException {
    return highlighter.highlight(searcher, rewritten, ids, texts, true);
  }

  @Benchmark
  public String[] rewriteThenHighlight() throws IOException {
    return highlighter.highlight(searcher, searcher.rewrite(query), ids, texts, true);
  }
}
