package corpussearch.indexer.paragraphs;

import static corpussearch.indexer.paragraphs.Articles.P1;
import static corpussearch.indexer.paragraphs.Articles.P2;
import static corpussearch.indexer.paragraphs.Articles.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The key points a page lists in bullets between its headline and its byline, wrapped at a width
 * or not, are dropped as the headline's; the same list inside the story is not theirs.
 */
class KeyPointsTest {
  private static final String TITLE = "Sai Kung villagers fight plan to cut green minibus route to four trips a day";
  private static final String BYLINE = "Cheryl Tse and Lam Ka-wing";

  @Property(tries = 40)
  void keyPointsBetweenHeadlineAndBylineAreDropped(@ForAll("points") List<String> points) {
    List<String> lines = new ArrayList<>(List.of(TITLE, ""));
    lines.addAll(points);
    lines.addAll(List.of("", BYLINE, "", P1, "", P2));

    assertThat(texts(new ParagraphSplitter().split(lines, Set.of(0, lines.indexOf(BYLINE))))).containsExactly(P1, P2);
  }

  @Property(tries = 30)
  void theSameListInTheStoryIsNotTheHeadlines(@ForAll("points") List<String> points) {
    List<String> lines = new ArrayList<>(List.of(TITLE, "", P1, ""));
    lines.addAll(points);
    lines.addAll(List.of("", P2, "", BYLINE));

    ParagraphSplit split = new ParagraphSplitter().split(lines, Set.of(0, lines.indexOf(BYLINE)));

    // whatever the list rules make of it, it is no summary under the headline
    assertThat(split.dropped(DropReason.METADATA)).isEqualTo(2);
  }

  @Provide
  Arbitrary<List<String>> points() {
    Arbitrary<String> bullet = Arbitraries.of("• ", "* ", "- ", "▪ ");
    return bullet.flatMap(b -> Arbitraries.of(
            List.of(b + "Operator says Route 7S has lost money for five years and cannot", "run without a subsidy"),
            List.of(b + "Residents of three villages say older people will be stranded if the service is cut"),
            List.of(b + "Transport Department to decide by the end of the month"),
            List.of(b + "Petition has gathered 1,200 signatures in", "two weeks"))
        .list().ofMinSize(2).ofMaxSize(3).uniqueElements()
        .map(items -> items.stream().flatMap(List::stream).toList()));
  }
}
