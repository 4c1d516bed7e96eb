package corpussearch.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import corpussearch.api.SeedWords;
import corpussearch.api.TestCorpora;
import corpussearch.api.query.Concept;
import corpussearch.api.query.FieldWeight;
import corpussearch.api.query.Match;
import corpussearch.api.query.QueryPlan;
import corpussearch.analysis.CorpusAnalyzer;
import corpussearch.analysis.Synonyms;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * The query plan is the contract between parsing and the renderers: on generated query texts
 * over the seeds, the Lucene queries rendered from a plan hold exactly the clauses the plan
 * budgeted (counted as Lucene counts them), the counting query matches exactly the paragraphs the
 * ranking query returns, and the plan itself holds no Lucene type, so another backend can render
 * it.
 */
class QueryPlanPropertiesTest {

  private static final QueryPlanner PLANNER =
      new QueryPlanner(CorpusAnalyzer.forQueries(Synonyms.bundled()), CorpusAnalyzer.forIndexing());
  private static Path folder;
  private static DirectoryReader reader;

  @BeforeContainer
  static void open() throws IOException {
    folder = Files.createTempDirectory("query-plan");
    reader = DirectoryReader.open(FSDirectory.open(TestCorpora.seedsIndex(folder)));
  }

  @AfterContainer
  static void close() throws IOException {
    reader.close();
    TestCorpora.delete(folder);
  }

  @Property(tries = 200)
  void theRankingQueryHoldsWhatThePlanBudgeted(@ForAll("text") String text) {
    QueryPlan plan = PLANNER.plan(new LenientQueryParser().parse(text));
    SearchQuery queries = SearchQueries.of(plan, TypoExpansions.uncached());
    int budgeted = budgeted(plan);
    // the budget, and the clause that matches every paragraph when no concept earns a tier
    assertThat(budgeted).as(text).isLessThanOrEqualTo(ClauseBudget.LIMIT + (plan.tiered().isEmpty() ? 1 : 0));
    assertThat(luceneClauses(queries.ranking())).as(text).isEqualTo(budgeted);
    assertThat(luceneClauses(queries.matching())).as(text).isLessThanOrEqualTo(budgeted);
    assertThat(luceneClauses(queries.highlight())).as(text).isLessThanOrEqualTo(budgeted);
  }

  @Property(tries = 150)
  void theCountingQueryMatchesWhatTheRankingQueryReturns(@ForAll("text") String text) throws IOException {
    IndexSearcher searcher = new IndexSearcher(reader);
    SearchQuery queries = SearchQueries.of(PLANNER.plan(new LenientQueryParser().parse(text)), TypoExpansions.uncached())
        .rewrite(searcher);
    assertThat(matches(searcher, queries.matching())).as(text).isEqualTo(matches(searcher, queries.ranking()));
  }

  @Property(tries = 200)
  void aConceptCountsOnce(@ForAll("text") String text) {
    QueryPlan plan = PLANNER.plan(new LenientQueryParser().parse(text));
    List<Concept> concepts = new ArrayList<>(plan.tiered());
    concepts.addAll(plan.untiered());
    assertThat(new HashSet<>(concepts)).as(text).hasSameSizeAs(concepts);
    assertThat(plan.tiered()).as(text).hasSizeLessThanOrEqualTo(QueryPlanner.MAX_TIERED_CONCEPTS);
  }

  @Example
  void thePlanHoldsNoLuceneType() {
    List<Class<?>> types = new ArrayList<>(List.of(QueryPlan.class, Concept.class, FieldWeight.class));
    types.addAll(List.of(Match.class.getPermittedSubclasses()));
    for (Class<?> type : types) {
      for (RecordComponent component : type.getRecordComponents()) {
        assertThat(component.getGenericType().getTypeName()).as(type + "." + component.getName()).doesNotContain("org.apache.lucene");
      }
    }
  }

  @Provide
  Arbitrary<String> text() {
    Arbitrary<String> typed = Arbitraries.oneOf(SeedWords.anyWord(), Arbitraries.of("the", "how many", "IS-K", "U.S.",
        "\"United States\"", "title:Taliban", "-Kabul", "Afgh*", "al-Qaeda OR Taliban", "over-the-horizon", "\"the attack\""));
    return Arbitraries.oneOf(SeedWords.longText(), typed.list().ofMinSize(1).ofMaxSize(8).map(words -> String.join(" ", words)));
  }

  /**
   * The clauses the plan spent its budget on, as the ranking query holds them: an exclusion typed
   * twice is spent twice, but Lucene holds a query's exclusions as a set.
   */
  private static int budgeted(QueryPlan plan) {
    int tiered = plan.tiered().stream().mapToInt(Concept::clauses).sum();
    int untiered = plan.untiered().stream().mapToInt(Concept::clauses).sum();
    int filter = plan.untiered().isEmpty() ? 0 : tiered;
    int bonuses = plan.exclusions().stream().distinct().mapToInt(Match::clauses).sum() + plan.proximity().size();
    return tiered + untiered + filter + bonuses + (plan.tiered().isEmpty() ? 1 : 0);
  }

  /** The clauses of {@code query} once rewritten, at most, counted as Lucene counts them against its limit. */
  private static int luceneClauses(Query query) {
    int[] count = {0};
    query.visit(new QueryVisitor() {
      @Override
      public QueryVisitor getSubVisitor(Occur occur, Query parent) {
        // a phrase with parts is visited as typed, and may add as many spellings once rewritten
        count[0] += parent instanceof PartsPhraseQuery ? Match.Phrase.MAX_PART_SPELLINGS : 0;
        return this;
      }

      @Override
      public void visitLeaf(Query leaf) {
        count[0] += expansion(leaf);
      }

      @Override
      public void consumeTerms(Query leaf, Term... terms) {
        count[0]++;
      }

      @Override
      public void consumeTermsMatching(Query leaf, String field, Supplier<ByteRunAutomaton> automaton) {
        count[0] += expansion(leaf);
      }
    });
    return count[0];
  }

  private static int expansion(Query leaf) {
    return switch (leaf) {
      case TypoQuery typo -> typo.maxExpansions();
      case MultiTermQuery multi when multi.getRewriteMethod() instanceof PrefixRewrite prefix -> prefix.size();
      default -> 1;
    };
  }

  private static Set<Integer> matches(IndexSearcher searcher, Query query) throws IOException {
    Set<Integer> docs = new HashSet<>();
    for (ScoreDoc hit : searcher.search(query, Math.max(1, reader.maxDoc())).scoreDocs) {
      docs.add(hit.doc);
    }
    return docs;
  }
}
