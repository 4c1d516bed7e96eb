package corpussearch.bench;

import corpussearch.api.facets.MatchCounter;
import corpussearch.api.search.LenientQueryParser;
import corpussearch.api.search.QueryPlanner;
import corpussearch.api.search.SearchQueries;
import corpussearch.api.search.SearchQuery;
import corpussearch.api.request.SearchRequest;
import corpussearch.api.service.SearchResult;
import corpussearch.api.search.TypoExpansions;
import corpussearch.analysis.CorpusAnalyzer;
import corpussearch.analysis.Synonyms;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
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
 * The two passes of a search on a {@link BenchIndex}, and the whole search as the service runs it
 * (result cache off): {@code count} is MatchCounter's pass (totals, articles, multi-select
 * facets), {@code topHits} the ranking pass over the whole ranking query (tiers, BM25, proximity;
 * top 10 without an exact total), {@code topTierHits} the same top 10 from the top tier alone (what
 * the service runs when it provably gives the same hits; null where it does not apply), {@code
 * search} a whole search plus highlighting and stored fields.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SearchBenchmark {

  @Param({"taliban fighters", "recogniton", "afghanistan"})
  public String q;

  private BenchIndex index;
  private IndexSearcher searcher;
  private SearchQuery query;
  private SearchRequest request;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    index = new BenchIndex();
    searcher = index.view.searcher(null);
    // A call repeats one query thousands of times, which Lucene's query cache would soon answer
    // from a cached set of matches; the service's mix rarely repeats a query that often.
    searcher.setQueryCache(null);
    QueryPlanner planner = new QueryPlanner(CorpusAnalyzer.forQueries(Synonyms.bundled()), CorpusAnalyzer.forIndexing());
    SearchQuery built = SearchQueries.of(planner.plan(new LenientQueryParser().parse(q)), TypoExpansions.of(index.view));
    query = built.rewrite(searcher);
    request = new SearchRequest(q, List.of(), List.of(), List.of(), null, null, SearchRequest.SortOrder.RELEVANCE, 1, 10, false, true, true);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    index.close();
  }

  @Benchmark
  public MatchCounter.Counts count() throws IOException {
    return MatchCounter.count(searcher, index.view, query.matching(), request.filters(), request.facets());
  }

  @Benchmark
  public TopDocs topHits() throws IOException {
    return searcher.search(query.ranking(), new TopScoreDocCollectorManager(10, null, 10));
  }

  @Benchmark
  public TopDocs topTierHits() throws IOException {
    return query.topTier() == null ? null : query.topTier().topHits(searcher, query.topTier().ranking(), 10);
  }

  @Benchmark
  public SearchResult search() throws IOException {
    return index.stack.search().search(request);
  }
}
