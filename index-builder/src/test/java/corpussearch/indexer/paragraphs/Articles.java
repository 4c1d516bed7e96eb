package corpussearch.indexer.paragraphs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** Builds small inline articles for tests: a body of real prose with furniture spliced in. */
final class Articles {
  static final String P1 =
      "The provincial council met on Tuesday to debate the new water-sharing agreement with the"
          + " neighbouring district, which farmers say has left their fields dry for two seasons.";
  static final String P2 =
      "Officials promised that engineers would inspect the canal gates before the next planting"
          + " season, although similar promises were made and broken last year.";
  static final String P3 =
      "Local growers, many of whom have already sold livestock to pay debts, said they would"
          + " wait for the inspection before deciding whether to protest in the capital.";

  private Articles() {}

  /** Lines of an article: each argument is a block; blocks are separated by blank lines. */
  static List<String> blocks(String... blocks) {
    List<String> lines = new ArrayList<>();
    for (int b = 0; b < blocks.length; b++) {
      if (b > 0) {
        lines.add("");
      }
      lines.addAll(Arrays.asList(blocks[b].split("\\R", -1)));
    }
    return lines;
  }

  static ParagraphSplit split(String... blocks) {
    return new ParagraphSplitter().split(blocks(blocks), Set.of());
  }

  static List<String> texts(ParagraphSplit split) {
    return split.paragraphs().stream().map(Paragraph::text).toList();
  }

  /** Asserts that {@code furniture}, set between the story's paragraphs, is dropped and the story kept. */
  static void assertDropped(String furniture) {
    assertThat(texts(split(P1, P2, furniture, P3))).as(furniture).containsExactly(P1, P2, P3);
  }

  /** Asserts that {@code prose}, a paragraph of the story, is kept with the others. */
  static void assertKept(String prose) {
    assertThat(texts(split(P1, prose, P2))).as(prose).containsExactly(P1, prose, P2);
  }
}
