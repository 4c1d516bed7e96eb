package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Articles.paragraph;
import static corpussearch.indexer.extract.Layouts.extract;
import static corpussearch.indexer.extract.MetadataField.TITLE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * An archive's notice of a page's age ("This article is more than 10 months old") copied with the
 * page, in one block with the headline, its standfirst and the byline: the headline under it is
 * the title. A headline that speaks of something's age keeps its place.
 */
class ArchiveAgeNoticeTest {

  @Property(tries = 80)
  void theHeadlineUnderAnAgeNoticeIsTheTitle(
      @ForAll("notices") String notice,
      @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll(supplier = Layouts.People.class) String author,
      @ForAll(supplier = Layouts.Dates.class) LocalDate date) {
    List<String> lines = new ArrayList<>(List.of("The Kestrel Bay Herald", "News", "World", "Middle East", "", notice, headline,
        "Families wait for news as the search moves into the hills above the town",
        author + " in Riverton", date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)), "", paragraph("the search"), "", paragraph("the hills")));

    assertThat(extract(lines).metadata().get(TITLE).value()).isEqualTo(headline);
  }

  @Provide
  Arbitrary<String> notices() {
    return Combinators.combine(Arbitraries.of("article", "story", "piece", "post"), Arbitraries.of("more than ", "over ", ""),
            Arbitraries.of("a", "1", "10", "3"), Arbitraries.of("month", "months", "year", "years", "weeks"))
        .as((kind, qualifier, count, unit) -> "This " + kind + " is " + qualifier + count + " " + unit + " old");
  }

  @Property(tries = 40)
  void aHeadlineAboutSomethingsAgeStaysTheTitle(
      @ForAll("agedHeadlines") String headline, @ForAll(supplier = Layouts.People.class) String author) {
    List<String> lines = List.of(headline, "", "By " + author, "", paragraph("the bridge"), "", paragraph("the town"));

    assertThat(extract(lines).metadata().get(TITLE).value()).isEqualTo(headline);
  }

  @Provide
  Arbitrary<String> agedHeadlines() {
    return Combinators.combine(Arbitraries.of("This bridge", "This town", "The ferry service", "This story of a mill"),
            Arbitraries.of("100", "300", "more than 40"))
        .as((subject, count) -> subject + " is " + count + " years old and may not see another winter");
  }
}
