package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Articles.field;
import static corpussearch.indexer.extract.Articles.paragraph;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * A think tank's commentary through pdftotext: the running head ("INSTITUTE FOR SAHEL SECURITY
 * STUDIES      COMMENTARY") tops every page, with neither a date nor a page number. It is the
 * publisher's name, never the headline under it; a row of links or a table's head repeated on each
 * page is no running head.
 */
class RepeatedRunningHeadTest {

  private static final String HEADLINE = "Why the armed group is winning the war for the roads";

  @Property(tries = 60)
  void aRunningHeadOnEveryPageNamesThePublisherAndIsNoHeadline(@ForAll("publishers") String publisher, @ForAll("labels") String label,
      @ForAll @IntRange(min = 2, max = 30) int gap, @ForAll @IntRange(min = 2, max = 3) int pages) {
    String head = publisher.toUpperCase(Locale.ROOT) + " ".repeat(gap) + label;
    List<String> lines = new ArrayList<>(List.of(head, "", HEADLINE, "", "Hélène Dabiré, Senior Fellow", "14 October 2026", ""));
    for (int page = 1; page <= pages; page++) {
      lines.addAll(List.of(paragraph("the roads to the capital, page " + page), "", paragraph("the escorts and the convoys"), "", "Commentary | October 2026      " + page, ""));
      if (page < pages) {
        lines.addAll(List.of(head, ""));
      }
    }

    Extraction extraction = new MetadataExtractor().extract(lines);

    assertThat(field(extraction, MetadataField.TITLE).value()).as(head).isEqualTo(HEADLINE);
    assertThat(field(extraction, MetadataField.OUTLET).value()).as(head).isEqualToIgnoringCase(publisher);
  }

  @Property(tries = 40)
  void aRepeatedRowOfLinksOrTableHeadIsNoRunningHead(@ForAll("rows") String row) {
    List<String> lines = List.of(HEADLINE, "", paragraph("the roads"), "", row, "", paragraph("the markets"), "", row, "", paragraph("the convoys"));

    assertThat(RunningHeaders.repeatedHeads(new ArticleLines(lines))).as(row).isEmpty();
  }

  @Provide
  Arbitrary<String> publishers() {
    return Arbitraries.of("Institute for Sahel Security Studies", "Lombok Institute for Maritime Security", "Centre for Border Studies", "Horn Policy Forum");
  }

  @Provide
  Arbitrary<String> labels() {
    return Arbitraries.of("COMMENTARY", "Policy Brief No. 31", "LIMS Commentary No. 117/2025", "Working Paper");
  }

  @Provide
  Arbitrary<String> rows() {
    return Arbitraries.of("News Index  Sport  Weather  TV Guide", "COUNTRY OF ORIGIN      2023      2024", "REGION      DISPLACED      RETURNED",
        "Home    About    Contact");
  }
}
