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
 * A commentary's summary under its own label: over the text as its first block of prose (wrapped
 * as pdftotext leaves it, or not), or as bullets wherever it stands, it is no part of the text; a
 * section so labelled once the text has begun, and a piece that is its summary alone, are kept.
 */
class LeadSummaryTest {

  @Property(tries = 60)
  void aLabelledSummaryOverTheTextIsDropped(@ForAll("labels") String label, @ForAll("summaries") List<String> summary) {
    String block = label + "\n" + String.join("\n", summary);

    assertThat(texts(split("INSTITUTE FOR MARITIME SECURITY", block, P1, P2))).containsExactly(P1, P2);
  }

  @Property(tries = 40)
  void summaryBulletsUnderTheLabelAreDropped(@ForAll("labels") String label) {
    String bullets = label + "\n• Road blockades have become the group's main lever of pressure.\n• Escorts and air strikes have not reopened supply routes.";

    assertThat(texts(split(P1, bullets, P2))).containsExactly(P1, P2);
  }

  @Property(tries = 40)
  void aSectionSoLabelledOnceTheTextHasBegunIsKept(@ForAll("labels") String label, @ForAll("summaries") List<String> summary) {
    String block = label + "\n" + String.join("\n", summary);

    assertThat(String.join(" ", texts(split(P1, block, P2, P3)))).contains(String.join(" ", summary));
  }

  @Property(tries = 30)
  void aPieceThatIsItsSummaryAloneIsKept(@ForAll("labels") String label, @ForAll("summaries") List<String> summary) {
    assertThat(String.join(" ", texts(split(label + "\n" + String.join("\n", summary))))).contains(String.join(" ", summary));
  }

  @Provide
  Arbitrary<String> labels() {
    return Arbitraries.of("SYNOPSIS", "Synopsis", "SUMMARY", "Summary:", "Executive summary", "Abstract", "KEY FINDINGS", "Key takeaways:");
  }

  @Provide
  Arbitrary<List<String>> summaries() {
    return Arbitraries.of(
        List.of("Military pressure has thinned the ranks of the group, but the smuggling economy that pays",
            "for it is intact. Without addressing it, the group will return again."),
        List.of("Road blockades have become the armed group's main lever of pressure, and escorts have not reopened the routes."),
        List.of("Local agreements on transport and markets offer a better path than air strikes,", "the author argues,",
            "because they keep the roads open at a fraction of the cost."));
  }
}
