package corpussearch.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import corpussearch.api.SeedWords;
import corpussearch.api.TestCorpora;
import corpussearch.analysis.CorpusAnalyzer;
import corpussearch.analysis.Synonyms;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Every query {@link QueryPlanner} builds, for any text up to {@code q}'s 1,000 characters, holds
 * at most {@link ClauseBudget#LIMIT} clauses once rewritten against the seeds plus near misses of
 * their words (so that typos and prefixes expand as far as they may), below Lucene's
 * 1,024: Lucene's own check, which counts the leaf clauses of every rewritten query with a
 * {@code QueryVisitor}, runs with its limit lowered to the budget while these properties run.
 */
class ClauseBudgetPropertiesTest {

  private static final QueryPlanner PLANNER =
      new QueryPlanner(CorpusAnalyzer.forQueries(Synonyms.bundled()), CorpusAnalyzer.forQueryWords());
  private static Path folder;
  private static DirectoryReader reader;
  private static int lucenesLimit;

  @BeforeContainer
  static void open() throws IOException {
    lucenesLimit = IndexSearcher.getMaxClauseCount();
    // Lucene refuses a query once it has counted more than its limit: one fewer allows LIMIT
    IndexSearcher.setMaxClauseCount(ClauseBudget.LIMIT - 1);
    folder = Files.createTempDirectory("clause-budget");
    Path corpus = Files.createDirectories(folder.resolve("corpus"));
    try (var seeds = Files.list(TestCorpora.SEEDS)) {
      for (Path seed : seeds.filter(file -> file.toString().endsWith(".txt")).toList()) {
        Files.copy(seed, corpus.resolve(seed.getFileName()));
      }
    }
    Files.writeString(corpus.resolve("near-misses.jsonl"), nearMisses());
    reader = DirectoryReader.open(FSDirectory.open(TestCorpora.index(corpus, folder.resolve("index"))));
  }

  /** One article per seed word of 5 letters or more: 40 words one letter away from it. */
  private static String nearMisses() {
    StringBuilder jsonl = new StringBuilder();
    List<String> words = SeedWords.IN_SEEDS.stream().map(word -> word.toLowerCase(Locale.ROOT))
        .filter(word -> word.length() >= 5 && word.chars().allMatch(c -> c >= 'a' && c <= 'z')).distinct().toList();
    for (int w = 0; w < words.size(); w++) {
      String word = words.get(w);
      StringBuilder text = new StringBuilder();
      for (int k = 0; k < 40; k++) {
        int at = 1 + k % (word.length() - 1);
        text.append(word, 0, at).append((char) ('a' + k % 26)).append(word.substring(at + 1)).append(' ');
      }
      jsonl.append("{\"id\":\"n").append(w).append("\",\"title\":\"Near ").append(w)
          .append("\",\"paragraphs\":[\"").append(text.toString().strip()).append("\"]}\n");
    }
    return jsonl.toString();
  }

  @AfterContainer
  static void close() throws IOException {
    IndexSearcher.setMaxClauseCount(lucenesLimit);
    reader.close();
    try (var paths = Files.walk(folder)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  @Property(tries = 100)
  void everyRewrittenQueryStaysWithinTheBudget(@ForAll("text") String text) throws IOException {
    UserQuery parsed = new LenientQueryParser().parse(text);
    if (parsed.isEmpty()) {
      return;
    }
    IndexSearcher searcher = new IndexSearcher(reader);
    // rewriting is where Lucene counts: it throws TooManyNestedClauses beyond the limit
    SearchQuery query = SearchQueries.of(PLANNER.plan(parsed), TypoExpansions.uncached()).rewrite(searcher);
    assertThat(searcher.count(query.matching())).isLessThanOrEqualTo(reader.numDocs());
    assertThat(searcher.search(query.ranking(), 10).scoreDocs.length).isLessThanOrEqualTo(10);
  }

  @Provide
  Arbitrary<String> text() {
    return SeedWords.longText();
  }
}
