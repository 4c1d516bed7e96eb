package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Articles.paragraph;
import static corpussearch.indexer.extract.Layouts.extract;
import static corpussearch.indexer.extract.MetadataField.AUTHOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A newsletter's masthead credits its publisher with a "by" line ("SAHEL SECURITY BRIEF / by
 * Dunefield Risk"), and its lead story carries its own byline under the headline: the story's
 * writer is the author, never the publisher over the headline. A byline over the headline with
 * none under it is still the author's.
 */
class PublisherTaglineTest {

  @Property(tries = 80)
  void theStorysBylineUnderTheHeadlineBeatsThePublishersOverIt(
      @ForAll("publishers") String publisher, @ForAll(supplier = Layouts.People.class) String writer,
      @ForAll("roles") String role, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> lines = List.of("SECURITY BRIEF", "by " + publisher, "Issue 212 | Week of 9-15 November 2026", "", "LEAD STORY", "",
        headline, "By " + writer + role, "", paragraph("the talks"), "", paragraph("the markets"), "", paragraph("the wells"));

    assertThat(extract(lines).metadata().get(AUTHOR).value()).as(String.join("\n", lines)).isEqualTo(writer);
  }

  @Property(tries = 40)
  void aBylineOverTheHeadlineAloneStaysTheAuthors(
      @ForAll(supplier = Layouts.Outlets.class) String outlet, @ForAll(supplier = Layouts.People.class) String writer,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> lines = List.of(outlet.toUpperCase(Locale.ROOT), "", "By " + writer, "November 12, 2026", "", headline, "",
        paragraph("the talks"), "", paragraph("the markets"), "", paragraph("the wells"));

    assertThat(extract(lines).metadata().get(AUTHOR).value()).as(String.join("\n", lines)).isEqualTo(writer);
  }

  /** Publishers named like firms, and like people: a consultancy may carry its founder's name. */
  @Provide
  Arbitrary<String> publishers() {
    Arbitrary<String> firms = Combinators.combine(Arbitraries.of("Dunefield", "Harrow", "Meridian", "Castellan", "Northgate"),
        Arbitraries.of("Risk", "Advisory", "Analytics", "Intelligence", "Partners")).as((a, b) -> a + " " + b);
    return Arbitraries.oneOf(firms, Layouts.people());
  }

  @Provide
  Arbitrary<String> roles() {
    return Arbitraries.of("", ", Sahel Analyst", ", Senior Analyst", " | Research Director");
  }
}
