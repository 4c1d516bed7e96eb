package corpussearch.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import corpussearch.api.TestServer;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The README's example requests over the shipped corpus. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedsSearchTest {

  private TestServer service;
  private ServiceClient client;

  @BeforeAll
  void start(@TempDir Path temp) throws Exception {
    service = TestServer.seeds(temp);
    client = new ServiceClient(service.port());
  }

  @AfterAll
  void stop() throws Exception {
    service.close();
  }

  @Test
  void kabulAirportAtSaudiPress() {
    JsonNode result = client.get("/api/search?q=Kabul+airport&outlet=Saudi+Press").json();
    assertThat(result.get("total").asInt()).isPositive();
    JsonNode top = result.get("hits").get(0);
    assertThat(top.get("outlet").asText()).isEqualTo("Saudi Press");
    assertThat(top.get("date").asText()).isEqualTo("2024-04-25");
    assertThat(top.get("highlight").asText()).contains("<mark>Kabul airport</mark>");
    // Multi-select: the other outlets that mention Kabul airport stay counted.
    assertThat(result.get("facets").get("outlet").toString()).contains("American Kahani", "{\"value\":null,");
  }

  @Test
  void facetsKnowTheSeedsMetadata() {
    JsonNode facets = client.get("/api/facets").json().get("facets");
    assertThat(facets.get("outlet").toString()).contains("The Express Tribune", "American Kahani", "Saudi Press", "New Eastern Outlook");
    assertThat(facets.get("author").toString()).contains("Andrew Korybko", "Rohan Kumar", "Salman Rafi Sheikh");
    assertThat(facets.get("year").toString()).contains("\"2021\"", "\"2024\"");
    assertThat(client.get("/health").json().get("articles").asInt()).isEqualTo(5);
  }

  @Test
  void pageFurnitureIsNotSearchable() {
    for (String q : new String[] {"Julian Assange", "Starlink", "Comments FAQ", "syed baqar ahsan", "Please select digest"}) {
      assertThat(client.search("q", q).json().get("total").asInt()).as(q).isZero();
    }
  }

  @Test
  void suggestsMultiWordNamesFromTheCorpus() {
    assertThat(client.get("/api/suggest?q=maria+z").json().get("suggestions").toString()).contains("Maria Zakharova");
    assertThat(client.get("/api/suggest?q=islamic").json().get("suggestions").toString()).contains("Islamic State");
  }

  @Test
  void spellingSuggestionWhenNothingMatches() {
    // Short words get no typo tolerance and long ones at most two edits; beyond that, a hint.
    JsonNode shortWord = client.search("q", "Kabl").json();
    assertThat(shortWord.get("total").asInt()).isZero();
    assertThat(shortWord.get("suggestion").asText()).isEqualToIgnoringCase("kabul");
    JsonNode twoTypos = client.search("q", "Tilibxn").json();
    assertThat(twoTypos.get("total").asInt()).isZero();
    assertThat(twoTypos.get("suggestion").asText()).isEqualToIgnoringCase("taliban");
  }
}
