package corpussearch.api.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import corpussearch.api.SeedWords;
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
 * Any text up to {@code q}'s 1,000 characters gets an answer: pasted sentences of the seeds,
 * plain and quoted, with typos, aliases, prefixes, {@code OR} chains and exclusions, through the
 * API and the page (docs/api.md, "Long queries").
 */
class LongQueryTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static SeedsServer service;

  @BeforeContainer
  static void start() throws IOException {
    service = SeedsServer.startInTempFolder();
  }

  @AfterContainer
  static void stop() throws IOException {
    service.close();
  }

  @Property(tries = 80)
  void anyTextUpToTheLimitIsAnswered(@ForAll("text") String q) throws IOException {
    String encoded = URLEncoder.encode(q, StandardCharsets.UTF_8);
    RawHttp.Reply api = service.http.get("/api/search?q=" + encoded);
    assertThat(api.status()).as(q + ": " + RawHttp.abbreviate(api.body())).isEqualTo(200);
    assertThat(JSON.readTree(api.body()).get("total").asLong()).isNotNegative();
    RawHttp.Reply page = service.http.get("/?q=" + encoded);
    assertThat(page.status()).as(q + ": " + RawHttp.abbreviate(page.body())).isEqualTo(200);
  }

  @Provide
  Arbitrary<String> text() {
    return SeedWords.longText();
  }
}
