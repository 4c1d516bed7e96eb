package corpussearch.api.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import corpussearch.api.SeedWords;
import corpussearch.api.TestServer;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Every query answers: generated queries through the API and the page of a real server over the
 * seeds get a 200, whatever they exclude and however long they are (docs/api.md, "Long
 * queries").
 */
class EveryQueryAnswersTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static TestServer service;

  @BeforeContainer
  static void start() throws IOException {
    service = TestServer.seedsInOwnTemp();
  }

  @AfterContainer
  static void stop() throws IOException {
    service.close();
  }

  /**
   * {@code word -other} over words that do and do not occur in the seeds, with and without
   * facets, grouped and by date, has no more matches than {@code word} alone, also when the
   * exclusion leaves nothing.
   */
  @Property(tries = 40)
  void excludingAnswersWhatIsLeft(@ForAll("word") String word, @ForAll("word") String excluded) throws IOException {
    String q = word + " -" + excluded;
    long alone = search(word, "").get("total").asLong();
    for (String options : new String[] {"", "&facets=false", "&group=article", "&sort=date"}) {
      assertThat(search(q, options).get("total").asLong()).as(q + options).isLessThanOrEqualTo(alone);
    }
    RawHttp.Reply page = service.http().get("/?q=" + encode(q));
    assertThat(page.status()).as(q + ": " + RawHttp.abbreviate(page.body())).isEqualTo(200);
  }

  /**
   * Any text up to {@code q}'s 1,000 characters: pasted sentences of the seeds, plain and quoted,
   * with typos, aliases, prefixes, {@code OR} chains and exclusions.
   */
  @Property(tries = 50)
  void anyTextUpToTheLimitIsAnswered(@ForAll("text") String q) throws IOException {
    assertThat(search(q, "").get("total").asLong()).isNotNegative();
    RawHttp.Reply page = service.http().get("/?q=" + encode(q));
    assertThat(page.status()).as(q + ": " + RawHttp.abbreviate(page.body())).isEqualTo(200);
  }

  @Provide
  Arbitrary<String> text() {
    return SeedWords.longText();
  }

  @Provide
  Arbitrary<String> word() {
    return SeedWords.anyWord();
  }

  private static JsonNode search(String q, String options) throws IOException {
    RawHttp.Reply reply = service.http().get("/api/search?q=" + encode(q) + options);
    assertThat(reply.status()).as(q + options + ": " + RawHttp.abbreviate(reply.body())).isEqualTo(200);
    return JSON.readTree(reply.body());
  }

  private static String encode(String q) {
    return URLEncoder.encode(q, StandardCharsets.UTF_8);
  }
}
