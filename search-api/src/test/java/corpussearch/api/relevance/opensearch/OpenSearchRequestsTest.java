package corpussearch.api.relevance.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * What the OpenSearch baseline sends and how it reads the answers, without a cluster. The check
 * against a real one is {@code OpenSearchBaselineTest} (docs/relevance.md says how to run it).
 */
class OpenSearchRequestsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theIndexHasOneShardAndItsTextUsesTheBuiltInEnglishAnalyzer() throws IOException {
    JsonNode body = JSON.readTree(OpenSearchRequests.createIndex());
    assertThat(body.at("/settings/index/number_of_shards").asInt()).isEqualTo(1);
    assertThat(body.at("/settings/index/number_of_replicas").asInt()).isZero();
    assertThat(body.at("/mappings/properties/text/type").asText()).isEqualTo("text");
    assertThat(body.at("/mappings/properties/text/analyzer").asText()).isEqualTo("english");
    assertThat(body.at("/mappings/properties/text/search_analyzer").isMissingNode()).as("the same analyzer at search time").isTrue();
  }

  @Test
  void aQueryIsAPlainMatchOnTheTextTopKByScoreTiesInTheGivenOrder() throws IOException {
    JsonNode body = JSON.readTree(OpenSearchRequests.match("Kabul \"airport\" attack", 10));
    assertThat(body.at("/query/match/text").properties()).extracting(entry -> entry.getKey()).containsExactly("query");
    assertThat(body.at("/query/match/text/query").asText()).isEqualTo("Kabul \"airport\" attack");
    assertThat(body.get("size").asInt()).isEqualTo(10);
    assertThat(body.get("sort").toString()).isEqualTo("[{\"_score\":\"desc\"},{\"order\":\"asc\"}]");
    assertThat(body.get("_source").asBoolean()).isFalse();
  }

  /** Every paragraph is sent once, in order, with its id, its text unchanged and its position; no body is over the limit unless one paragraph is. */
  @Property(tries = 200)
  void bulkBodiesSendEveryParagraphOnceInOrder(@ForAll("paragraphs") SequencedMap<String, String> paragraphs,
      @ForAll @IntRange(min = 50, max = 2000) int maxBytes) throws IOException {
    List<String> ids = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    List<Integer> orders = new ArrayList<>();
    for (String body : OpenSearchRequests.bulk(paragraphs, maxBytes)) {
      String[] lines = body.split("\n");
      assertThat(body).endsWith("\n");
      assertThat(lines.length % 2).isZero();
      assertThat(body.getBytes(StandardCharsets.UTF_8).length <= maxBytes || lines.length == 2).isTrue();
      for (int i = 0; i < lines.length; i += 2) {
        ids.add(JSON.readTree(lines[i]).at("/index/_id").asText());
        JsonNode source = JSON.readTree(lines[i + 1]);
        texts.add(source.get("text").asText());
        orders.add(source.get("order").asInt());
      }
    }
    assertThat(ids).containsExactlyElementsOf(paragraphs.keySet());
    assertThat(texts).containsExactlyElementsOf(paragraphs.values());
    assertThat(orders).isEqualTo(java.util.stream.IntStream.range(0, paragraphs.size()).boxed().toList());
  }

  @Provide
  Arbitrary<SequencedMap<String, String>> paragraphs() {
    Arbitrary<String> text = Arbitraries.strings().ofMinLength(1).ofMaxLength(300)
        .withChars("abc xyz’\"\\\n\t€ü").withCharRange('a', 'z');
    return text.list().ofMaxSize(40).map(list -> {
      SequencedMap<String, String> map = new LinkedHashMap<>();
      for (int i = 0; i < list.size(); i++) {
        map.put("article-" + i + ":" + i, list.get(i));
      }
      return map;
    });
  }

  @Test
  void hitsAreReadBestFirst() throws IOException {
    String answer = """
        {"took":3,"timed_out":false,"hits":{"total":{"value":3,"relation":"eq"},"max_score":null,"hits":[
          {"_index":"i","_id":"a:2","_score":4.1,"sort":[4.1,7]},
          {"_index":"i","_id":"b:0","_score":2.0,"sort":[2.0,1]},
          {"_index":"i","_id":"a:1","_score":2.0,"sort":[2.0,5]}]}}""";
    assertThat(OpenSearchRequests.hitIds(answer)).containsExactly("a:2", "b:0", "a:1");
    assertThat(OpenSearchRequests.hitIds("{\"hits\":{\"total\":{\"value\":0},\"hits\":[]}}")).isEmpty();
  }

  @Test
  void aBulkAnswerWithErrorsNamesTheFirstFailedParagraph() throws IOException {
    String ok = "{\"took\":5,\"errors\":false,\"items\":[{\"index\":{\"_id\":\"a:1\",\"status\":201}}]}";
    String failed = """
        {"took":5,"errors":true,"items":[{"index":{"_id":"a:1","status":201}},
          {"index":{"_id":"a:2","status":400,"error":{"type":"mapper_parsing_exception","reason":"failed to parse field [order]"}}}]}""";
    assertThat(OpenSearchRequests.bulkFailure(ok)).isNull();
    assertThat(OpenSearchRequests.bulkFailure(failed)).isEqualTo("a:2: mapper_parsing_exception: failed to parse field [order]");
  }

  @Test
  void anAnswerThatIsNotJsonIsReportedInOneLine() {
    assertThatThrownBy(() -> OpenSearchRequests.hitIds("<html>502 Bad Gateway</html>"))
        .isInstanceOf(OpenSearchException.class).hasMessageStartingWith("OpenSearch answered with something that is not JSON");
  }
}
