package corpussearch.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import corpussearch.api.SeedWords;
import corpussearch.api.TestCorpora;
import corpussearch.indexer.analysis.CorpusAnalyzer;
import corpussearch.indexer.analysis.Synonyms;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Every query {@link QueryFactory} builds, for any text up to {@code q}'s 1,000 characters, holds
 * at most {@link ClauseBudget#LIMIT} clauses once rewritten against the seeds, below Lucene's
 * limit, counted leaf by leaf as Lucene counts them.
 */
class ClauseBudgetPropertiesTest {

  private static final QueryFactory FACTORY =
      new QueryFactory(CorpusAnalyzer.forQueries(Synonyms.bundled()), CorpusAnalyzer.forIndexing());
  private static Path folder;
  private static DirectoryReader reader;

  @BeforeContainer
  static void open() throws IOException {
    folder = Files.createTempDirectory("clause-budget");
    reader = DirectoryReader.open(FSDirectory.open(TestCorpora.index(TestCorpora.SEEDS, folder.resolve("index"))));
  }

  @AfterContainer
  static void close() throws IOException {
    reader.close();
    try (var paths = Files.walk(folder)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  @Property(tries = 300)
  void everyRewrittenQueryStaysWithinTheBudget(@ForAll("text") String text) throws IOException {
    UserQuery parsed = new LenientQueryParser().parse(text);
    if (parsed.isEmpty()) {
      return;
    }
    IndexSearcher searcher = new IndexSearcher(reader);
    SearchQuery query = FACTORY.build(parsed, TypoExpansions.uncached()).rewrite(searcher);
    List<Query> all = new ArrayList<>(List.of(query.ranking(), query.matching(), query.highlight()));
    if (query.topTier() != null) {
      all.add(query.topTier().ranking());
    }
    for (Query one : all) {
      assertThat(leafClauses(one)).as(text).isLessThanOrEqualTo(ClauseBudget.LIMIT);
    }
    assertThat(searcher.count(query.ranking())).isNotNegative();
  }

  @Provide
  Arbitrary<String> text() {
    return SeedWords.longText();
  }

  /** Leaf clauses of a rewritten query: terms, phrases, synonym and blended term sets. */
  static int leafClauses(Query query) {
    int[] count = {0};
    query.visit(new QueryVisitor() {
      @Override
      public QueryVisitor getSubVisitor(Occur occur, Query parent) {
        return this;
      }

      @Override
      public void visitLeaf(Query leaf) {
        count[0]++;
      }

      @Override
      public void consumeTerms(Query leaf, Term... terms) {
        count[0]++;
      }

      @Override
      public void consumeTermsMatching(Query leaf, String field, Supplier<ByteRunAutomaton> automaton) {
        count[0]++;
      }
    });
    return count[0];
  }
}
