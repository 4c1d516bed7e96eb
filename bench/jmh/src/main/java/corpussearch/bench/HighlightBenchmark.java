package corpussearch.bench;

import corpussearch.api.highlight.ParagraphHighlighter;
import corpussearch.api.search.LenientQueryParser;
import corpussearch.api.search.QueryPlanner;
import corpussearch.api.search.SearchQueries;
import corpussearch.api.search.TypoExpansions;
import corpussearch.analysis.CorpusAnalyzer;
import corpussearch.analysis.Synonyms;
import corpussearch.indexer.index.IndexSchema;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
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
 * ParagraphHighlighter over the top 10 hits of a query, on a {@link BenchIndex}.
 *
 * <p>{@code asServed} passes the highlight query rewritten once against the index, as the service
 * does (typo and prefix clauses become plain terms, so offsets are read from the postings).
 * {@code rewriteThenHighlight} includes that rewrite's cost in every call.
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

  private BenchIndex index;
  private IndexSearcher searcher;
  private ParagraphHighlighter highlighter;
  private Query query;
  private Query rewritten;
  private int[] ids;
  private String[] texts;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    index = new BenchIndex();
    searcher = index.view.searcher(null);
    highlighter = new ParagraphHighlighter(CorpusAnalyzer.forIndexing());
    QueryPlanner planner = new QueryPlanner(CorpusAnalyzer.forQueries(Synonyms.bundled()), CorpusAnalyzer.forIndexing());
    var built = SearchQueries.of(planner.plan(new LenientQueryParser().parse(q)), TypoExpansions.of(index.view));
    query = built.highlight();
    rewritten = searcher.rewrite(query);
    TopDocs top = searcher.search(built.ranking(), 10);
    if (top.scoreDocs.length == 0) {
      throw new IllegalStateException("no hits for " + q);
    }
    ids = new int[top.scoreDocs.length];
    texts = new String[ids.length];
    for (int i = 0; i < ids.length; i++) {
      ScoreDoc d = top.scoreDocs[i];
      ids[i] = d.doc;
      texts[i] = searcher.storedFields().document(d.doc).get(IndexSchema.TEXT);
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    index.close();
  }

  @Benchmark
  public String[] asServed() throws IOException {
    return highlighter.highlight(searcher, rewritten, ids, texts, true);
  }

  @Benchmark
  public String[] rewriteThenHighlight() throws IOException {
    return highlighter.highlight(searcher, searcher.rewrite(query), ids, texts, true);
  }
}
