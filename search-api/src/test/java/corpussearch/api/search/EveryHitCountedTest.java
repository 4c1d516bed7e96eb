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
 * The total counts every paragraph a page shows. Where a pair of typed words is also written
 * joined in the index ("national bank" and "nationalbank", "bank notes" and "banknotes"), the word
 * between the pairs is no concept of its own, and only the proximity phrase of its neighbours
 * ("bank notes"~6) finds "the bank said that the notes": such a paragraph is shown, so it is
 * counted, on both backends alike (an OpenSearch contract suite).
 */
class EveryHitCountedTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path temp;

  @Test
  void aParagraphFoundOnlyByItsWordsStandingCloseIsCounted() throws IOException {
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
      // "bank" and "notes" apart, with no "national": found by the words standing close alone
      assertThat(joined.get("hits").findValuesAsText("articleId")).containsExactlyInAnyOrder("vienna", "printers", "guard", "reserves");
    }
  }

  private static String article(String id, String text) {
    return "{\"id\":\"" + id + "\",\"title\":\"Report\",\"text\":\"" + text + "\"}";
  }
}
