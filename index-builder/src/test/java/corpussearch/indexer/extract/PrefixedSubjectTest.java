package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Articles.field;
import static corpussearch.indexer.extract.Articles.paragraph;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A forwarded newsletter's subject names the mailing and its issue before the headline ("Cabo
 * Brief #112: Insurgents shift south as rainy season approaches"); the issue prints the headline
 * alone. The headline is the title, without the prefix. A subject whose tail no line repeats stays
 * the title as stated.
 */
class PrefixedSubjectTest {

  @Property(tries = 60)
  void theIssuesHeadlineWinsOverTheSubjectsPrefix(@ForAll("prefixes") String prefix, @ForAll("headlines") String headline) {
    List<String> lines = mail(prefix + headline, headline);

    assertThat(field(new MetadataExtractor().extract(lines), MetadataField.TITLE).value()).as(prefix).isEqualTo(headline);
  }

  @Property(tries = 30)
  void aSubjectWhoseTailNoLineRepeatsStaysAsStated(@ForAll("prefixes") String prefix, @ForAll("headlines") String headline) {
    String subject = prefix + headline;
    List<String> lines = mail(subject, "This week in the province");

    assertThat(field(new MetadataExtractor().extract(lines), MetadataField.TITLE).value()).isNotEqualTo(headline);
  }

  private static List<String> mail(String subject, String issueHeading) {
    List<String> lines = new ArrayList<>(List.of("FYI, see the second item.", "", "---------- Forwarded message ---------",
        "From: The Cabo Brief <brief@newsletters.example>", "Date: Mon, 3 Nov 2025 at 07:02", "Subject: " + subject, "To: <reader@research.example>", "",
        "THE CABO BRIEF", "Weekly intelligence on northern Mozambique | Issue #112 | 3 November 2025", "", issueHeading, "", "Written by Ana Pires", ""));
    lines.addAll(List.of(paragraph("the raids along the coast"), "", paragraph("the roads to the south")));
    return lines;
  }

  @Provide
  Arbitrary<String> prefixes() {
    return Arbitraries.of("Cabo Brief #112: ", "The Weekly Dispatch | ", "Issue 47 — ", "Sahel Signals: ", "Morning Briefing - ");
  }

  @Provide
  Arbitrary<String> headlines() {
    return Arbitraries.of("Insurgents shift south as rainy season approaches", "Council votes to close two rural libraries",
        "Why the harbour dredging keeps getting delayed");
  }
}
