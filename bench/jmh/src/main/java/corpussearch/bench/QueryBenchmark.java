package corpussearch.bench;

import corpussearch.api.search.LenientQueryParser;
import corpussearch.api.search.QueryPlanner;
import corpussearch.api.search.SearchQueries;
import corpussearch.api.search.TypoExpansions;
import corpussearch.api.search.UserQuery;
import corpussearch.analysis.CorpusAnalyzer;
import corpussearch.analysis.Synonyms;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.search.Query;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Query parsing (LenientQueryParser) and building (QueryPlanner) over the whole set of sample queries. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class QueryBenchmark {

  private LenientQueryParser parser;
  private QueryPlanner planner;

  @Setup(Level.Trial)
  public void setUp() {
    parser = new LenientQueryParser();
    planner = new QueryPlanner(CorpusAnalyzer.forQueries(Synonyms.bundled()), CorpusAnalyzer.forIndexing());
  }

  /** Parses every sample query; the score is per whole set (divide by the number of queries). */
  @Benchmark
  public int parseAll() {
    int n = 0;
    for (String q : Texts.QUERIES) {
      n += parser.parse(q).groups().size();
    }
    return n;
  }

  @Benchmark
  public int parseAndBuildAll() {
    int n = 0;
    for (String q : Texts.QUERIES) {
      UserQuery parsed = parser.parse(q);
      // typo words are expanded when a search rewrites the query, not here
      Query query = SearchQueries.of(planner.plan(parsed), TypoExpansions.uncached()).ranking();
      n += query == null ? 0 : query.hashCode() & 1;
    }
    return n;
  }
}
