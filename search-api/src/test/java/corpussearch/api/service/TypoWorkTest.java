package corpussearch.api.service;

import static org.assertj.core.api.Assertions.assertThat;

import corpussearch.api.HangGuard;
import corpussearch.api.TestCorpora;
import corpussearch.api.request.SearchRequest;
import corpussearch.api.request.SearchRequest.SortOrder;
import corpussearch.api.search.StemmedTypos;
import corpussearch.analysis.Synonyms;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.lifecycle.AfterExample;
import net.jqwik.api.lifecycle.BeforeExample;

/**
 * The typo fallback against stems does its costly part, putting the words one edit from the typed
 * one through the analyzer, in one pass per typed word: not once per word and field, nor again for
 * another search or another index version, and not at all for a word the paragraph text holds as
 * typed.
 * Counted, not timed.
 */
class TypoWorkTest {

  private static final String AFGHAN = "{\"id\":\"afghan\",\"title\":\"Report\",\"text\":\"Afghan officials met in the capital.\"}";
  private static final String OTHER = "{\"id\":\"other\",\"title\":\"Weather\",\"text\":\"Rain fell on the valley all week.\"}";

  /** A word no index of any test holds, nor any word one edit from it: the fallback runs for it. */
  private static final String MADE_UP = "Zqwvtexj";

  private Path temp;

  @BeforeExample
  void makeTemp() throws IOException {
    temp = Files.createTempDirectory("typo-work");
  }

  @AfterExample
  void deleteTemp() throws IOException {
    TestCorpora.delete(temp);
  }

  @Example
  void aTypoOnThreeFieldsAnalysesItsOneEditWordsOnce() throws IOException {
    long before = analysed();
    try (SearchStack stack = stack("first", AFGHAN, OTHER)) {
      assertThat(articles(stack, MADE_UP + " capital")).containsExactly("afghan");
    }
    // one pass for its three fields (before: one per one-edit word and field, about a thousand)
    assertThat(analysed() - before).isEqualTo(1);
    try (SearchStack stack = stack("second", AFGHAN, OTHER)) {
      assertThat(articles(stack, MADE_UP + " officials")).containsExactly("afghan");
    }
    assertThat(analysed() - before).as("another search over another index").isEqualTo(1);
  }

  @Example
  void aWordTheTextHoldsAsTypedIsNoTypoToLookUpInHeadings() throws IOException {
    long before = analysed();
    try (SearchStack stack = stack("typed", AFGHAN, OTHER)) {
      // "officials" has no word within two edits in any title or heading
      assertThat(articles(stack, "officials capital")).containsExactly("afghan");
    }
    assertThat(analysed() - before).isZero();
  }

  private static long analysed() {
    return StemmedTypos.shared().analyzerPasses();
  }

  private SearchStack stack(String name, String... articles) throws IOException {
    Path corpus = Files.createDirectories(temp.resolve(name).resolve("corpus"));
    Files.writeString(corpus.resolve("articles.jsonl"), String.join("\n", articles) + "\n");
    Path index = TestCorpora.index(corpus, temp.resolve(name).resolve("index"));
    return SearchStack.open(index, Synonyms.bundled(), Duration.ofHours(1), HangGuard.TIMEOUT, 0);
  }

  private static List<String> articles(SearchStack stack, String q) throws IOException {
    SearchRequest request = new SearchRequest(q, List.of(), List.of(), List.of(), null, null, SortOrder.RELEVANCE, 1, 10,
        false, true, true);
    return stack.search().search(request).hits().stream().map(Hit::articleId).toList();
  }
}
