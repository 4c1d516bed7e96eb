package corpussearch.api.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code --metrics}/{@code --no-metrics}: on unless turned off. */
class MetricsFlagTest {

  @Test
  void metricsAreOnUnlessTurnedOff() {
    assertThat(parse().config().metrics()).isTrue();
    assertThat(parse("--metrics").config().metrics()).isTrue();
    assertThat(parse("--no-metrics").config().metrics()).isFalse();
  }

  private static SearchApiMain parse(String... args) {
    SearchApiMain main = new SearchApiMain();
    new CommandLine(main).parseArgs(args);
    return main;
  }
}
