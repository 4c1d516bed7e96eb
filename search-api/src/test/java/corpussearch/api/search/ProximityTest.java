package corpussearch.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import corpussearch.api.HangGuard;
import corpussearch.api.TestCorpora;
import corpussearch.api.request.SearchRequest.SortOrder;
import corpussearch.api.request.SearchRequest;
import corpussearch.api.service.Hit;
import corpussearch.api.service.SearchStack;
import corpussearch.analysis.Synonyms;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Words that stand close together rank a paragraph above one where they are far apart, though the
 * far one would win on BM25 alone: in a page of paragraphs and in a page of articles alike.
 */
class ProximityTest {

  @TempDir Path temp;

  @Test
  void wordsCloseTogetherRankFirstInParagraphsAndInArticles() throws IOException {
    Path corpus = Files.createDirectories(temp.resolve("corpus"));
    String filler = " The committee met on Tuesday and again on Thursday to hear witnesses from several towns.";
    Files.writeString(corpus.resolve("articles.jsonl"), String.join("\n",
        "{\"id\":\"far\",\"title\":\"Budget\",\"text\":\"Tax cuts were debated for hours before the reform was shelved.\"}",
        "{\"id\":\"near\",\"title\":\"Budget\",\"text\":\"Lawmakers backed tax reform today." + filler + filler + "\"}",
        "{\"id\":\"other\",\"title\":\"Weather\",\"text\":\"Rain fell on the valley all week.\"}", ""));
    Path index = TestCorpora.index(corpus, temp.resolve("index"));
    try (SearchStack stack = SearchStack.open(index, Synonyms.bundled(), Duration.ofHours(1), HangGuard.TIMEOUT, 0)) {
      List<Hit> paragraphs = stack.search().search(request("tax reform", false)).hits();
      List<Hit> articles = stack.search().search(request("tax reform", true)).hits();

      assertThat(paragraphs).extracting(Hit::articleId).containsExactly("near", "far");
      assertThat(articles).extracting(Hit::articleId).containsExactly("near", "far");
    }
  }

  private static SearchRequest request(String q, boolean byArticle) {
    return new SearchRequest(q, List.of(), List.of(), List.of(), null, null, SortOrder.RELEVANCE, 1, 10, byArticle, true, true);
  }
}
