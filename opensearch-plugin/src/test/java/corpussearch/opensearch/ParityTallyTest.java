package corpussearch.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parity check counts a text as different on any token field, and shows where. */
class ParityTallyTest {

  private static final ParityToken HARD = new ParityToken("hard", 1, 1, 0, 4);

  @Test
  void aTokenDifferingInOneFieldMakesTheTextDifferentAndIsShown() {
    ParityTally tally = new ParityTally(2, 5);
    tally.add(0, "plugin corpus", "hard", List.of(HARD), List.of(HARD));
    tally.add(1, "builtin corpus", "hard\u00ad", List.of(HARD), List.of(new ParityToken("hard", 1, 2, 0, 4)));
    assertThat(tally.identical(0)).isEqualTo(1);
    assertThat(tally.different(1)).isEqualTo(1);
    assertThat(tally.allIdentical()).isFalse();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    tally.printDifferences(new PrintStream(out, true, StandardCharsets.UTF_8));
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("builtin corpus: \"hard\\u00AD\"", "token 0: ours hard@1[0,4), OpenSearch hard@1+2[0,4)");
  }

  @Test
  void aMissingTokenIsADifference() {
    ParityTally tally = new ParityTally(1, 5);
    tally.add(0, "plugin corpus_search", "", List.of(), List.of(HARD));
    assertThat(tally.allIdentical()).isFalse();
  }
}
