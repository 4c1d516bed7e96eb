package corpussearch.indexer.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/** The failed shards of an answer, wherever {@code _shards} stands among its top-level fields. */
class ShardFailuresTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Property(tries = 200)
  void readsTopLevelShardsFailedOnly(@ForAll @Size(max = 6) Map<@AlphaChars @StringLength(min = 1, max = 8) String, Integer> before,
      @ForAll @Size(max = 6) Map<@AlphaChars @StringLength(min = 1, max = 8) String, Integer> after,
      @ForAll @IntRange(min = 0, max = 50) int failed) {
    ObjectNode answer = JSON.createObjectNode();
    before.forEach((name, value) -> answer.putObject(name).put("failed", value + 1).putObject("_shards").put("failed", 7));
    answer.putObject("_shards").put("total", 60).put("successful", 60 - failed).put("failed", failed)
        .putArray("failures").addObject().put("failed", 99);
    after.forEach((name, value) -> answer.put(name + "_", value));
    assertThat(failed(answer.toString())).isEqualTo(failed);
  }

  @Property(tries = 50)
  void aSearchThatReachedItsTimeoutIsNotTakenForLostShards(@ForAll @IntRange(min = 1, max = 50) int failed) {
    ObjectNode answer = JSON.createObjectNode().put("took", 3).put("timed_out", true);
    answer.putObject("_shards").put("total", 60).put("successful", 60 - failed).put("failed", failed);
    assertThat(failed(answer.toString())).isZero();
    assertThat(failed(answer.put("timed_out", false).toString())).isEqualTo(failed);
  }

  /**
   * Shards that ran out of time outside their query phase fail with {@code time_exceeded_exception}
   * (directly or as the cause) while {@code timed_out} stays false: partial by request, like a
   * timed-out answer, unless some other failure is among them.
   */
  @Property(tries = 100)
  void shardsThatRanOutOfTimeAreNotTakenForLostShards(@ForAll @IntRange(min = 1, max = 5) int failed,
      @ForAll boolean nested, @ForAll boolean anotherFailure) {
    ObjectNode answer = JSON.createObjectNode().put("took", 583).put("timed_out", false);
    ObjectNode shards = answer.putObject("_shards").put("total", 6).put("successful", 6 - failed).put("failed", failed);
    ArrayNode failures = shards.putArray("failures");
    for (int shard = 0; shard < failed; shard++) {
      ObjectNode reason = failures.addObject().put("shard", shard).put("index", "corpus-v1").putObject("reason");
      if (nested) {
        reason = reason.put("type", "search_context_exception").putObject("caused_by");
      }
      reason.put("type", "time_exceeded_exception").putNull("reason");
    }
    if (anotherFailure) {
      failures.addObject().put("shard", failed).putObject("reason").put("type", "node_not_connected_exception");
    }
    answer.putObject("hits").putArray("hits");
    assertThat(failed(answer.toString())).isEqualTo(anotherFailure ? failed : 0);
    assertThat(ShardFailures.ranOutOfTime(answer)).isEqualTo(!anotherFailure);
  }

  @Property(tries = 50)
  void anAnswerWithoutShardsOrNoObjectHasNone(@ForAll @StringLength(max = 40) String text) {
    assertThat(failed(text)).isZero();
    assertThat(failed("{\"acknowledged\": true}")).isZero();
  }

  private static int failed(String answer) {
    return ShardFailures.failed(answer.getBytes(StandardCharsets.UTF_8));
  }
}
