package corpussearch.indexer.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The order in which requests try the nodes, on a clock the test moves. */
class NodeRotaTest {

  @Property(tries = 100)
  void aFailedNodeComesLastUntilItsRestIsOver(@ForAll @IntRange(min = 1, max = 6) int size, @ForAll @IntRange(min = 0, max = 5) int failedAt,
      @ForAll @IntRange(min = 1, max = 12) int failures) {
    List<URI> nodes = nodes(size);
    URI failed = nodes.get(failedAt % size);
    AtomicLong clock = new AtomicLong();
    NodeRota rota = new NodeRota(nodes, clock::get);
    for (int i = 0; i < failures; i++) {
      rota.failed(failed);
    }
    Duration rest = NodeRota.rest(failures);
    for (int request = 0; request < 2 * size; request++) {
      List<URI> order = rota.order();
      assertThat(order).containsExactlyInAnyOrderElementsOf(nodes);
      assertThat(order.get(size - 1)).isEqualTo(failed);
    }
    clock.addAndGet(rest.toNanos() + 1);
    List<URI> firsts = new ArrayList<>();
    for (int request = 0; request < size; request++) {
      firsts.add(rota.order().get(0));
    }
    assertThat(firsts).as("every node in turn again once the rest is over").containsExactlyInAnyOrderElementsOf(nodes);
  }

  @Property(tries = 50)
  void restsGrowWithFailuresInARowUpToHalfAnHour(@ForAll @IntRange(min = 1, max = 40) int failures) {
    assertThat(NodeRota.rest(1)).isEqualTo(NodeRota.FIRST_REST);
    assertThat(NodeRota.rest(failures + 1)).isGreaterThanOrEqualTo(NodeRota.rest(failures)).isLessThanOrEqualTo(NodeRota.LONGEST_REST);
  }

  @Property(tries = 50)
  void anAnswerEndsTheRest(@ForAll @IntRange(min = 2, max = 6) int size) {
    List<URI> nodes = nodes(size);
    NodeRota rota = new NodeRota(nodes, () -> 0);
    rota.failed(nodes.get(0));
    rota.answered(nodes.get(0));
    List<URI> firsts = new ArrayList<>();
    for (int request = 0; request < size; request++) {
      firsts.add(rota.order().get(0));
    }
    assertThat(firsts).containsExactlyInAnyOrderElementsOf(nodes);
  }

  private static List<URI> nodes(int size) {
    List<URI> nodes = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      nodes.add(URI.create("http://127.0.0.1:" + (9201 + i)));
    }
    return nodes;
  }
}
