package corpussearch.api.service;

import static org.assertj.core.api.Assertions.assertThat;

import corpussearch.api.HangGuard;
import corpussearch.api.TestCorpora;
import corpussearch.api.request.SearchRequest;
import corpussearch.api.search.NoiseWords;
import corpussearch.api.request.SearchRequest.SortOrder;
import corpussearch.analysis.AnalyzedTerms;
import corpussearch.analysis.CorpusAnalyzer;
import corpussearch.analysis.Synonyms;
import corpussearch.indexer.index.IndexSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeTry;

/**
 * One word written in its different forms finds the same article, over a real index built from
 * generated articles: compounds joined, hyphenated or apart; acronyms with a one-letter suffix
 * typed split; typos of short and inflected words, in the text and in titles.
 */
class WordFormsTest {

  private static final CorpusAnalyzer WORDS = CorpusAnalyzer.forQueryWords();
  private static final String OTHER = "Rain fell on the valley all week and the river rose.";

  private Path temp;

  @BeforeTry
  void makeTemp() throws IOException {
    temp = Files.createTempDirectory("word-forms");
  }

  @AfterTry
  void deleteTemp() throws IOException {
    TestCorpora.delete(temp);
  }

  @Property(tries = 8)
  void aCompoundIsFoundJoinedHyphenatedApartAndInflected(@ForAll("words") String first, @ForAll("words") String second)
      throws IOException {
    Assume.that(AnalyzedTerms.of(WORDS, IndexSchema.TEXT, first + second + "s")
        .equals(AnalyzedTerms.of(WORDS, IndexSchema.TEXT, first + second)));
    String text = "Officials said the " + first + "-" + second + " faction met again.";
    try (SearchStack stack = stack(article("compound", "Report", text), article("other", "Weather", OTHER))) {
      for (String query : List.of(first + second, first + " " + second, first + "-" + second, first + "-" + second + "s",
          first + second + "s", "\"" + first + " " + second + "\"")) {
        assertThat(topArticle(stack, query)).as(query).isEqualTo("compound");
      }
    }
  }

  @Property(tries = 8)
  void aWordTypedJoinedFindsItWrittenApartAndTheOtherWayRound(@ForAll("words") String first, @ForAll("words") String second)
      throws IOException {
    try (SearchStack stack = stack(article("apart", "Report", "Officials said the " + first + " " + second + " met."),
        article("other", "Weather", OTHER))) {
      assertThat(topArticle(stack, first + "-" + second)).isEqualTo("apart");
      assertThat(topArticle(stack, "\"" + first + "-" + second + "\"")).isEqualTo("apart");
    }
  }

  @Property(tries = 8)
  void anAcronymWithALetterSuffixIsFoundTypedSplit(@ForAll("acronyms") String acronym, @ForAll("words") String word)
      throws IOException {
    String joined = acronym + "-K";
    try (SearchStack stack = stack(article("joined", "Report", "The " + joined + " cell claimed the " + word + " attack."),
        article("apart", "Plans", "Plan K was dropped, the " + acronym.toLowerCase(Locale.ROOT) + " said."),
        article("other", "Weather", OTHER))) {
      for (String query : List.of(acronym + " k", "\"" + acronym + " K\"", acronym + "k", "\"the " + acronym + " K cell\"")) {
        assertThat(topArticle(stack, query)).as(query).isEqualTo("joined");
      }
      List<Hit> hits = search(stack, acronym + " k");
      assertThat(hits).filteredOn(hit -> hit.articleId().equals("apart")).extracting(Hit::highlight)
          .allSatisfy(highlight -> assertThat(highlight).doesNotContain("<mark>K</mark>"));
    }
  }

  @Property(tries = 8)
  void aTypoFindsTheWordInTextAndInTitles(@ForAll("longWords") String word, @ForAll("typoAt") int at) throws IOException {
    String typo = word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2);
    try (SearchStack stack = stack(article("text", "Report", "Officials said the " + word + " faction met."),
        article("title", "The " + word + " question", "Nobody said anything new at the meeting."),
        article("other", "Weather", OTHER))) {
      assertThat(search(stack, typo)).extracting(Hit::articleId).containsExactlyInAnyOrder("text", "title");
      assertThat(search(stack, typo).size()).isEqualTo(search(stack, word).size());
    }
  }

  @Example
  void aShortTypoFindsAWordTheStemmerRewrites() throws IOException {
    // the index holds "afghanistan" for "Afghan": the typos are one edit from the word as written
    try (SearchStack stack = stack(article("afghan", "Report", "Afghan officials met in the capital."),
        article("other", "Weather", OTHER))) {
      for (String typo : List.of("Afgan", "Afgans", "Afghn", "Afgahn")) {
        assertThat(topArticle(stack, typo)).as(typo).isEqualTo("afghan");
      }
    }
  }

  @Example
  void aPhraseThatFindsNothingSuggestsWhatTheTypoRulesFind() throws IOException {
    // no typos inside quotes: the phrase finds nothing, and the suggestion offers the word
    try (SearchStack stack = stack(article("afghan", "Report", "Afghan officials met in the capital."),
        article("other", "Weather", OTHER))) {
      SearchResult result = stack.search().search(request("\"Afgan officials\""));
      assertThat(result.hits()).isEmpty();
      assertThat(result.suggestion()).contains("afghanistan");
    }
  }

  @Provide
  Arbitrary<String> words() {
    return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(4).ofMaxLength(7).filter(WordFormsTest::plainWord);
  }

  @Provide
  Arbitrary<String> longWords() {
    return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(7).ofMaxLength(8).filter(WordFormsTest::plainWord);
  }

  @Provide
  Arbitrary<Integer> typoAt() {
    return Arbitraries.integers().between(1, 5);
  }

  @Provide
  Arbitrary<String> acronyms() {
    return Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(3).ofMaxLength(5)
        .filter(acronym -> plainWord(acronym.toLowerCase(Locale.ROOT)));
  }

  /** A word the analyzer keeps as one term of its own, which no alias or noise list knows. */
  private static boolean plainWord(String word) {
    List<String> terms = AnalyzedTerms.of(WORDS, IndexSchema.TEXT, word);
    return terms.size() == 1 && terms.get(0).equals(word) && !NoiseWords.isNoise(word)
        && AnalyzedTerms.of(CorpusAnalyzer.forQueries(Synonyms.bundled()), IndexSchema.TEXT, word).size() == 1;
  }

  private static String article(String id, String title, String text) {
    return "{\"id\":\"" + id + "\",\"title\":\"" + title + "\",\"text\":\"" + text + "\"}";
  }

  private SearchStack stack(String... articles) throws IOException {
    Path corpus = Files.createDirectories(temp.resolve("corpus"));
    Files.writeString(corpus.resolve("articles.jsonl"), String.join("\n", articles) + "\n");
    Path index = TestCorpora.index(corpus, temp.resolve("index"));
    return SearchStack.open(index, Synonyms.bundled(), Duration.ofHours(1), HangGuard.TIMEOUT, 0);
  }

  private static String topArticle(SearchStack stack, String q) throws IOException {
    List<Hit> hits = search(stack, q);
    return hits.isEmpty() ? null : hits.get(0).articleId();
  }

  private static List<Hit> search(SearchStack stack, String q) throws IOException {
    return stack.search().search(request(q)).hits();
  }

  private static SearchRequest request(String q) {
    return new SearchRequest(q, List.of(), List.of(), List.of(), null, null, SortOrder.RELEVANCE, 1, 10, false, true, true);
  }
}
