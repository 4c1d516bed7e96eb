package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Articles.paragraph;
import static corpussearch.indexer.extract.Layouts.extract;
import static corpussearch.indexer.extract.MetadataField.AUTHOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A byline a page sets under its story, "By Jane Doe, in Mora" signing the last paragraph as
 * weeklies do: the writer, without the town. Sentences that start with "By", a time and a place are
 * no bylines.
 */
class FootBylinesTest {

  @Property(tries = 60)
  void aByLineWithItsTownUnderTheLastParagraphNamesTheAuthor(
      @ForAll(supplier = Layouts.People.class) String person, @ForAll("towns") String town, @ForAll boolean comma, @ForAll boolean tagsBelow) {
    List<String> lines = new ArrayList<>(List.of("THE VALLEY WEEKLY", "", "Market traders close early as fears grow", "",
        "Tuesday, 11 March 2025", "", paragraph("the market"), "", paragraph("the border villages"), "", paragraph("the schools"), "",
        "By " + person + (comma ? ", in " : " in ") + town));
    if (tagsBelow) {
      lines.addAll(List.of("", "Tags: Security, Trade"));
    }

    assertThat(extract(lines).metadata().get(AUTHOR).value()).isEqualTo(person);
  }

  @Property(tries = 40)
  void aBlogsFiledByLineWithItsDateNamesTheAuthorAndDatesThePost(@ForAll(supplier = Layouts.People.class) String person,
      @ForAll(supplier = Layouts.Dates.class) java.time.LocalDate date) {
    String filed = "Filed by " + person + " · " + date.format(java.time.format.DateTimeFormatter.ofPattern("MMM d, yyyy", java.util.Locale.ENGLISH));
    List<String> lines = List.of("Notes from the Valley", "https://notes-valley.blog.example/market-traders", "", "Market traders close early",
        "", paragraph("the market"), "", paragraph("the border villages"), "", paragraph("the schools"), "", "—", "", filed, "#Trade #Border");

    assertThat(extract(lines).metadata().get(AUTHOR).value()).isEqualTo(person);
    assertThat(extract(lines).metadata().get(MetadataField.DATE).value()).isEqualTo(date.toString());
  }

  @Property(tries = 40)
  void theWriterNamedBetweenCommasInTheClosingBioIsTheAuthor(@ForAll(supplier = Layouts.People.class) String person, @ForAll("writerWords") String writer) {
    List<String> lines = List.of("THE VALLEY WEEKLY", "", "Market traders close early as fears grow", "", "Tuesday, 11 March 2025", "",
        paragraph("the market"), "", paragraph("the border villages"), "", paragraph("the schools"), "",
        "The " + writer + ", " + person + ", is a former diplomat who served in Kabul and Tashkent.");

    assertThat(extract(lines).metadata().get(AUTHOR).value()).isEqualTo(person);
  }

  @Provide
  Arbitrary<String> writerWords() {
    return Arbitraries.of("writer", "author", "columnist");
  }

  @Property(tries = 40)
  void theWritersFollowersCountedUnderTheFootBylineAreNoOutlet(@ForAll(supplier = Layouts.People.class) String person,
      @ForAll("audiences") String audience) {
    List<String> lines = List.of("Market traders close early as fears grow", "", "Tuesday, 11 March 2025", "", paragraph("the market"), "",
        paragraph("the border villages"), "", paragraph("the schools"), "", "Written by " + person, audience, "·", "Editor for the Valley Notebook");

    assertThat(extract(lines).metadata().get(MetadataField.OUTLET).value()).isNotEqualTo(audience);
  }

  @Provide
  Arbitrary<String> audiences() {
    return Arbitraries.of("312 Followers", "1.2K Followers", "4,810 subscribers", "87 members");
  }

  @Property(tries = 20)
  void aRecordsDateLabelsNameNobody(@ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> lines = List.of(headline, "", "    Item Type: Newspaper Article", "    Date Added: 11/20/2026, 9:14:02 AM",
        "    Date Modified: 11/20/2026, 9:16:40 AM", "", paragraph("the market"), "", paragraph("the border villages"));

    assertThat(extract(lines).metadata().get(AUTHOR).value()).isNull();
  }

  @Property(tries = 40)
  void aLateSentenceStartingWithByAndAPlaceNamesNobody(@ForAll("towns") String town, @ForAll("times") String time) {
    List<String> lines = List.of("THE VALLEY WEEKLY", "", "Market traders close early as fears grow", "",
        "Tuesday, 11 March 2025", "", paragraph("the market"), "", paragraph("the border villages"), "", paragraph("the schools"), "",
        "By " + time + " in " + town + ", most shops had closed and the buses had stopped running to the border.");

    assertThat(extract(lines).metadata().get(AUTHOR).value()).isNull();
  }

  @Provide
  Arbitrary<String> towns() {
    return Arbitraries.of("Mora", "Kolofata", "Port Moresby", "Bol", "Maiduguri", "Riga", "Saint-Louis");
  }

  @Provide
  Arbitrary<String> times() {
    return Arbitraries.of("Tuesday", "nightfall", "Friday evening", "the end of March", "noon");
  }
}
