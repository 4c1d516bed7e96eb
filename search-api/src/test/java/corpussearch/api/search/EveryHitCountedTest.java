package corpussearch.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import corpussearch.api.TestServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page shows only paragraphs that the total counts. Words standing close together earn a bonus
 * ({@code QueryPlan#proximity}), but the phrase of two words is not what decides a match: where a
 * pair of words is also written joined in the index ("national bank" and "nationalbank", "bank
 * notes" and "banknotes"), the word between the pairs is no concept of its own, and the phrase of
 * its neighbours may match a paragraph that no concept does. Runs on both backends (an OpenSearch contract suite).
 */
class EveryHitCountedTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path temp;

  @Test
  void aCloseWordsBonusNeverMatchesAParagraphOnItsOwn() throws IOException {
    Path corpus = Files.createDirectories(temp.resolve("corpus"));
    Files.writeString(corpus.resolve("articles.jsonl"), String.join("\n",
        article("printers", "Printers turned out new banknotes for the central bank last spring."),
        article("vienna", "The Austrian Nationalbank raised its rates again on Thursday."),
        article("reserves", "The bank said that the notes it printed this year would last longer."),
        article("guard", "The national guard was sent to the flooded valley on Monday."),
        article("weather", "Rain fell on the valley all week and the river rose."), ""));
    try (TestServer server = TestServer.corpus(corpus, temp)) {
      for (String q : List.of("national bank notes", "bank notes", "national bank")) {
        JsonNode answer = JSON.readTree(server.http().get("/api/search?size=100&q=" + q.replace(' ', '+')).body());
        List<String> shown = new ArrayList<>();
        answer.get("hits").forEach(hit -> shown.add(hit.get("articleId").asText()));

        assertThat(shown).as("hits of %s, total %s", q, answer.get("total")).hasSize(answer.get("total").asInt());
      }
      JsonNode joined = JSON.readTree(server.http().get("/api/search?size=100&q=national+bank+notes").body());
      // "bank" and "notes" apart, with no "national": neither a concept's match nor a pair's
      assertThat(joined.get("hits").findValuesAsText("articleId")).containsExactlyInAnyOrder("vienna", "printers", "guard");
    }
  }

  private static String article(String id, String text) {
    return "{\"id\":\"" + id + "\",\"title\":\"Report\",\"text\":\"" + text + "\"}";
  }
}
