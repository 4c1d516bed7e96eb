package corpussearch.indexer.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ByteLinesTest {

  private static List<String> lines(String input) throws IOException {
    ByteLines lines = new ByteLines(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
    List<String> out = new ArrayList<>();
    for (byte[] line = lines.next(); line != null; line = lines.next()) {
      out.add(new String(line, StandardCharsets.UTF_8));
    }
    return out;
  }

  @Test
  void splitsOnNewlinesAndDropsCarriageReturns() throws IOException {
    assertThat(lines("a\r\nb\n\nc")).containsExactly("a", "b", "", "c");
  }

  @Test
  void aFinalNewlineDoesNotMakeAnEmptyLine() throws IOException {
    assertThat(lines("a\nb\n")).containsExactly("a", "b");
    assertThat(lines("")).isEmpty();
  }

  @Test
  void linesLongerThanTheReadBlockComeBackWhole() throws IOException {
    String longLine = "x".repeat(200_000);
    assertThat(lines(longLine + "\n" + longLine + "y\r\nz")).containsExactly(longLine, longLine + "y", "z");
  }
}
