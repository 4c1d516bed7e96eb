package corpussearch.api.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import corpussearch.api.TestServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Why: Javalin silently drops a parameter it cannot percent-decode and turns invalid UTF-8 into
 * U+FFFD, so read through Javalin {@code q=kabul%} would browse everything (200, all 95
 * paragraphs) and {@code q=%FF} would search for a replacement character. Both are 400 problems,
 * as docs/api.md says.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryStringDecodingTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private TestServer service;

  @BeforeAll
  void start(@TempDir Path temp) throws Exception {
    service = TestServer.seeds(temp);
  }

  @AfterAll
  void stop() throws Exception {
    service.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"kabul%", "%", "%zz", "%2", "%C3", "%FF%FE", "%ED%A0%80", "%C0%AF", "kabul&size=1%"})
  void undecodableQueryStringsAre400(String q) throws Exception {
    RawHttp.Reply reply = service.http().get("/api/search?q=" + q);
    assertThat(reply.status()).as(reply.body()).isEqualTo(400);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(JSON.readTree(reply.body()).get("detail").asText()).contains("percent-encoded UTF-8");
  }

  @Test
  void rawBytesThatAreNotUtf8Are400() {
    byte[] target = "/api/search?q=caf\u00e9".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(service.http().send("GET", target).status()).isEqualTo(400);
  }

  @Test
  void validEncodingsStillWork() throws Exception {
    assertThat(JSON.readTree(service.http().get("/api/search?q=kabul+airport").body()).get("query").asText()).isEqualTo("kabul airport");
    assertThat(JSON.readTree(service.http().get("/api/search?q=kabul%20airport%21").body()).get("query").asText()).isEqualTo("kabul airport!");
    assertThat(JSON.readTree(service.http().get("/api/search?q=%D8%AF%D8%A7%D8%B9%D8%B4").body()).get("query").asText()).isEqualTo("داعش");
    assertThat(JSON.readTree(service.http().get("/api/search?q=%EF%BF%BD").body()).get("query").asText()).isEqualTo("\uFFFD");
    byte[] rawUtf8 = "/api/search?q=داعش".getBytes(StandardCharsets.UTF_8);
    RawHttp.Reply raw = service.http().send("GET", rawUtf8);
    assertThat(raw.status()).isEqualTo(200);
    assertThat(JSON.readTree(raw.body()).get("query").asText()).isEqualTo("داعش");
  }
}
