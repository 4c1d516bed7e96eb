package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Articles.paragraph;
import static corpussearch.indexer.extract.Layouts.extract;
import static corpussearch.indexer.extract.MetadataField.TITLE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A paper's slogan set in one block with its masthead ("KESTREL HERALD" / "Local news since
 * 1872"), generated over mastheads, slogans and bylines: the headline is the longer line below with
 * a byline or date under it, not the slogan. A short headline set directly under the masthead,
 * with its byline below, stays the headline; so does a headline of three words over its byline
 * and date, which are no menu's items.
 */
class MastheadTaglinesTest {

  @Property(tries = 60)
  void theSloganUnderTheMastheadIsNoHeadline(
      @ForAll(supplier = Layouts.Outlets.class) String outlet, @ForAll("slogans") String slogan, @ForAll boolean capitals,
      @ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll("bylines") List<String> byline) {
    List<String> lines = new ArrayList<>(List.of(capitals ? outlet.toUpperCase(Locale.ROOT) : outlet, slogan, "", headline, ""));
    lines.addAll(byline);
    lines.addAll(List.of("", paragraph("the ferry"), "", paragraph("the timetable")));

    assertThat(extract(lines).metadata().get(TITLE).value()).isEqualTo(headline);
  }

  @Property(tries = 30)
  void aHeadlineDirectlyUnderTheMastheadStays(
      @ForAll(supplier = Layouts.Outlets.class) String outlet, @ForAll("shortHeadlines") String headline,
      @ForAll("bylines") List<String> byline) {
    List<String> lines = new ArrayList<>(List.of(outlet.toUpperCase(Locale.ROOT), headline, ""));
    lines.addAll(byline);
    lines.addAll(List.of("", paragraph("the ferry"), "", paragraph("the timetable")));

    assertThat(extract(lines).metadata().get(TITLE).value()).isEqualTo(headline);
  }

  /** "Ferry service saved" / "By Jane Doe" / "5 December 2024": short lines with a byline and a date are no menu. */
  @Property(tries = 30)
  void aShortHeadlineOverItsBylineIsNoMenuItem(
      @ForAll(supplier = Layouts.Outlets.class) String outlet, @ForAll("threeWords") String headline,
      @ForAll(supplier = Layouts.People.class) String person) {
    List<String> lines = List.of(outlet.toUpperCase(Locale.ROOT), "", headline, "By " + person, "5 December 2024", "",
        paragraph("the ferry"), "", paragraph("the timetable"));

    assertThat(extract(lines).metadata().get(TITLE).value()).isEqualTo(headline);
  }

  @Provide
  Arbitrary<String> threeWords() {
    return Arbitraries.of("Ferry service saved", "Ferry Service Saved", "Crane fails inspection", "Schools close early");
  }

  @Provide
  Arbitrary<String> slogans() {
    return Arbitraries.of("Local news since 1872", "Your island, your news", "Orkney's news, every tide",
        "Independent and free");
  }

  @Provide
  Arbitrary<String> shortHeadlines() {
    return Arbitraries.of("Ferry fares to rise in spring", "Harbour crane fails inspection", "School roof repairs begin");
  }

  @Provide
  Arbitrary<List<String>> bylines() {
    return Arbitraries.of(List.of("By Jane Doe", "5 December 2024"), List.of("Jane Doe", "5 December 2024"),
        List.of("Jane Doe", "Local government reporter", "", "5 December 2024"), List.of("Jane Doe, Staff Writer", "5 December 2024"));
  }
}
