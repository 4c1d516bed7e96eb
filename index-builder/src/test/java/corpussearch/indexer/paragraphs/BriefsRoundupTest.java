package corpussearch.indexer.paragraphs;

import static corpussearch.indexer.paragraphs.Articles.P1;
import static corpussearch.indexer.paragraphs.Articles.P2;
import static corpussearch.indexer.paragraphs.Articles.P3;
import static corpussearch.indexer.paragraphs.Articles.split;
import static corpussearch.indexer.paragraphs.Articles.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A roundup of other stories after the article ("IN BRIEF" / "- Dori: The market reopened on
 * Monday." / …), its items under the label or in the block below it, is dropped. The same bullets
 * over the story, a bulleted list with no roundup label, and prose under the label are kept.
 */
class BriefsRoundupTest {

  @Property(tries = 80)
  void aRoundupAfterTheStoryIsDropped(@ForAll("labels") String label, @ForAll("items") List<String> items, @ForAll boolean ownBlock) {
    String list = String.join("\n", items);
    ParagraphSplit result = ownBlock ? split(P1, P2, P3, label, list) : split(P1, P2, P3, label + "\n" + list);

    assertThat(texts(result)).containsExactly(P1, P2, P3);
    assertThat(result.dropped(DropReason.RELATED_LIST)).isEqualTo(items.size() + 1);
  }

  @Property(tries = 40)
  void aRoundupOverTheStoryIsNotTakenForOne(@ForAll("labels") String label, @ForAll("items") List<String> items) {
    String list = String.join("\n", items);

    assertThat(String.join(" ", texts(split(label + "\n" + list, P1, P2, P3)))).contains(items.get(0).substring(2));
  }

  @Property(tries = 40)
  void proseUnderTheLabelIsKept(@ForAll("labels") String label) {
    String prose = "Officials in the district said the market would reopen once the road had been cleared of mines.";

    assertThat(texts(split(P1, P2, P3, label, prose))).contains(prose);
  }

  @Provide
  Arbitrary<String> labels() {
    return Arbitraries.of("IN BRIEF", "In brief:", "QUICK HITS", "News in brief", "In other news", "Also this week", "Briefly", "OTHER NEWS");
  }

  /** Two to four one-line briefs, bulleted, each about another place. */
  @Provide
  Arbitrary<List<String>> items() {
    return Arbitraries.of(
            "- Dori: The central livestock market reopened on Monday after a three-week closure.",
            "- Mopti: Fuel prices eased slightly after two escorted convoys arrived.",
            "• Malaysia has extended its night curfew in eastern Sabah waters for another two weeks.",
            "- A court in Palu began the trial of three men accused of preparing attacks in Poso.",
            "* Niamey: Authorities extended a ban on motorcycle traffic in four western departments.")
        .list().ofMinSize(2).ofMaxSize(4).uniqueElements();
  }
}
