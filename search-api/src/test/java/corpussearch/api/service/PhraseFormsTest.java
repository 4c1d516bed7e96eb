package corpussearch.api.service;

import static org.assertj.core.api.Assertions.assertThat;

import corpussearch.api.HangGuard;
import corpussearch.api.TestCorpora;
import corpussearch.api.request.SearchRequest;
import corpussearch.api.request.SearchRequest.SortOrder;
import corpussearch.api.search.NoiseWords;
import corpussearch.analysis.AnalyzedTerms;
import corpussearch.analysis.CorpusAnalyzer;
import corpussearch.analysis.Synonyms;
import corpussearch.indexer.index.IndexSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeTry;

/**
 * A word of two or three parts inside quotes finds the same paragraphs typed joined, apart or
 * hyphenated, whether the text writes it hyphenated, apart or solid, over a real index built from
 * generated articles; a paragraph with the same words in another order is not a match.
 */
class PhraseFormsTest {

  private static final CorpusAnalyzer WORDS = CorpusAnalyzer.forQueryWords();

  private Path temp;

  @BeforeTry
  void makeTemp() throws IOException {
    temp = Files.createTempDirectory("phrase-forms");
  }

  @AfterTry
  void deleteTemp() throws IOException {
    TestCorpora.delete(temp);
  }

  @Property(tries = 12)
  void aQuotedCompoundIsFoundJoinedApartAndHyphenated(@ForAll("parts") List<String> parts, @ForAll("words") String next,
      @ForAll @IntRange(min = 0, max = 1) int compoundLast) throws IOException {
    String joined = String.join("", parts);
    Assume.that(plainWord(joined) && !parts.contains(next));
    boolean last = compoundLast == 1;
    String hyphenated = String.join("-", parts);
    String apart = String.join(" ", parts);
    try (SearchStack stack = stack(
        article("hyphenated", "Officials said the " + around(hyphenated, next, last) + " was new."),
        article("apart", "Officials said the " + around(apart, next, last) + " was new."),
        article("solid", "Officials said the " + around(joined, next, last) + " was new."),
        article("reordered", "Officials said the " + around(hyphenated, next, !last) + " was new."),
        article("other", "Rain fell on the valley all week and the river rose."))) {
      for (String typed : List.of(joined, apart, hyphenated)) {
        String query = "\"" + around(typed, next, last) + "\"";
        assertThat(articles(stack, query)).as(query).isEqualTo(Set.of("hyphenated", "apart", "solid"));
      }
    }
  }

  private static String around(String compound, String next, boolean compoundLast) {
    return compoundLast ? next + " " + compound : compound + " " + next;
  }

  @Provide
  Arbitrary<List<String>> parts() {
    return words().list().ofMinSize(2).ofMaxSize(3).uniqueElements();
  }

  @Provide
  Arbitrary<String> words() {
    return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(3).ofMaxLength(6).filter(PhraseFormsTest::plainWord);
  }

  /** A word the analyzer keeps as one term of its own, which no alias or noise list knows. */
  private static boolean plainWord(String word) {
    List<String> terms = AnalyzedTerms.of(WORDS, IndexSchema.TEXT, word);
    return terms.size() == 1 && terms.get(0).equals(word) && !NoiseWords.isNoise(word)
        && AnalyzedTerms.of(CorpusAnalyzer.forQueries(Synonyms.bundled()), IndexSchema.TEXT, word).size() == 1;
  }

  private static String article(String id, String text) {
    return "{\"id\":\"" + id + "\",\"title\":\"Report\",\"text\":\"" + text + "\"}";
  }

  private SearchStack stack(String... articles) throws IOException {
    Path corpus = Files.createDirectories(temp.resolve("corpus"));
    Files.writeString(corpus.resolve("articles.jsonl"), String.join("\n", articles) + "\n");
    Path index = TestCorpora.index(corpus, temp.resolve("index"));
    return SearchStack.open(index, Synonyms.bundled(), Duration.ofHours(1), HangGuard.TIMEOUT, 0);
  }

  private static Set<String> articles(SearchStack stack, String q) throws IOException {
    SearchRequest request = new SearchRequest(q, List.of(), List.of(), List.of(), null, null, SortOrder.RELEVANCE, 1, 10,
        false, true, true);
    return stack.search().search(request).hits().stream().map(Hit::articleId).collect(Collectors.toCollection(TreeSet::new));
  }
}
