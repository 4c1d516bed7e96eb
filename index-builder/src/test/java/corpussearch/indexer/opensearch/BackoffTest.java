package corpussearch.indexer.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** How often and how long a busy cluster is asked again. */
class BackoffTest {

  @Test
  void theDefaultPausesDoubleUpToHalfAMinute() {
    assertThat(Backoff.DEFAULT.pauses()).extracting(Duration::toMillis).containsExactly(500L, 1_000L, 2_000L, 4_000L, 8_000L, 16_000L,
        30_000L);
  }

  @Test
  void theServiceKeepsAskingForAsLongAsItWaitsForANode() {
    Backoff fiveSeconds = Backoff.within(Duration.ofMillis(200), Duration.ofSeconds(1), Duration.ofSeconds(5));
    assertThat(fiveSeconds.pauses()).extracting(Duration::toMillis).containsExactly(200L, 400L, 800L, 1_000L, 1_000L, 1_000L);
  }

  @Property(tries = 300)
  void thePausesFillTheBudgetAndNoMore(@ForAll @IntRange(min = 1, max = 500) int first, @ForAll @IntRange(min = 1, max = 4_000) int longest,
      @ForAll @IntRange(min = 0, max = 60_000) int budget) {
    Backoff backoff = Backoff.within(Duration.ofMillis(first), Duration.ofMillis(longest), Duration.ofMillis(budget));
    List<Duration> pauses = backoff.pauses();
    long waited = pauses.stream().mapToLong(Duration::toMillis).sum();
    List<Duration> oneMore = new Backoff(backoff.first(), backoff.longest(), backoff.tries() + 1).pauses();
    assertThat(waited).isLessThanOrEqualTo(budget);
    assertThat(waited + oneMore.getLast().toMillis()).isGreaterThan(budget);
    assertThat(pauses).allSatisfy(pause -> assertThat(pause.toMillis()).isLessThanOrEqualTo(Math.max(first, longest)));
  }
}
