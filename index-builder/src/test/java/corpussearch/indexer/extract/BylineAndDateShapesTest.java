package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Articles.paragraph;
import static corpussearch.indexer.extract.Layouts.extract;
import static corpussearch.indexer.extract.MetadataField.AUTHOR;
import static corpussearch.indexer.extract.MetadataField.DATE;
import static corpussearch.indexer.extract.MetadataField.OUTLET;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Author names in the shapes bylines take wherever they sit (semicolons, a bracketed affiliation,
 * a surname in capitals, "in Place", a credit label, a name alone over the body); dates without a
 * year dated by the page's other date, two-digit years; an agency's initials spelled out. Names,
 * places and dates drawn at random; prose with the same words is left alone.
 */
class BylineAndDateShapesTest {
  private static final String HEADLINE = "Market vendors to move to seawall while hall roof is replaced";

  @Property(tries = 80)
  void everyBylineShapeNamesItsAuthors(
      @ForAll(supplier = Layouts.People.class) String first,
      @ForAll(supplier = Layouts.People.class) String second,
      @ForAll("bylineShapes") String shape) {
    Assume.that(!first.equals(second));
    String surname = first.substring(first.lastIndexOf(' ') + 1).toUpperCase(Locale.ROOT);
    String line = shape.replace("A1", first).replace("A2", second).replace("SURNAME", surname);
    String expected = shape.contains("A2") ? first + ", " + second : shape.contains("SURNAME") ? "Emmanuel " + surname : first;
    List<String> lines = List.of(HEADLINE, "", line, "", paragraph("the market"), "", paragraph("the roof"));

    ArticleMetadata metadata = extract(lines).metadata();

    assertThat(names(metadata.get(AUTHOR).value())).isEqualTo(names(expected));
    assertThat(metadata.get(MetadataField.TITLE).value()).isEqualTo(HEADLINE);
    assertThat(metadata.get(OUTLET).value()).isNull();
  }

  @Provide
  Arbitrary<String> bylineShapes() {
    return Arbitraries.of("Authors: A1; A2", "By A1; A2", "A1 (Wild Coast Weekly)", "By Emmanuel SURNAME in Buea",
        "By A1 in Port Vila", "Story & photos: A1", "Story and pictures: A1", "Words: A1", "A1", "A1 | Chania", "Emmanuel SURNAME");
  }

  @Property(tries = 40)
  void aDashedSignOffWithItsPlaceNamesTheAuthor(
      @ForAll(supplier = Layouts.People.class) String author,
      @ForAll("places") String place) {
    List<String> lines = List.of(HEADLINE, "", paragraph("the market"), "", paragraph("the roof"), "", "— " + author + ", " + place);

    assertThat(extract(lines).metadata().get(AUTHOR).value()).isEqualTo(author);
  }

  @Provide
  Arbitrary<String> places() {
    return Arbitraries.of("Port Vila", "Chania", "Nieuw Nickerie", "Luganville");
  }

  @Example
  void proseWithCreditWordsOrAPlaceUnderTheHeadlineNamesNoAuthor() {
    assertThat(BylineRules.parse("Story and photos of the flood were shared by residents")).isEmpty();
    List<String> lines = List.of(HEADLINE, "", "The council met on Tuesday.", "", paragraph("the market"));
    assertThat(extract(lines).metadata().get(AUTHOR).value()).isNull();
    List<String> placed = List.of(HEADLINE, "", "Port Vila", "", paragraph("the Port Vila market"), "", paragraph("the roof"));
    assertThat(extract(placed).metadata().get(AUTHOR).value()).isNull();
    List<String> capitals = List.of(HEADLINE, "", "PORT VILA", "", paragraph("the market"), "", paragraph("the roof"));
    assertThat(extract(capitals).metadata().get(AUTHOR).value()).isNull();
  }

  @Property(tries = 80)
  void aDateWithoutItsYearTakesTheYearOfTheMailsDate(
      @ForAll(supplier = Layouts.Dates.class) LocalDate story,
      @ForAll("lag") int daysLater,
      @ForAll(supplier = Layouts.People.class) String author) {
    LocalDate sent = story.plusDays(daysLater);
    String header = sent.format(DateTimeFormatter.ofPattern("EEE, d MMM yyyy", Locale.ENGLISH)) + " 06:00:12 +1300";
    String filed = story.format(DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH));
    List<String> lines = List.of("From: Matangi Bulletin <news@matangi.example>", "To: reader@mail.example",
        "Subject: Weekly bulletin", "Date: " + header, "", HEADLINE, "", "Filed " + filed, "By " + author + " in Pangai", "",
        paragraph("the harvest"), "", paragraph("the divers"));

    assertThat(extract(lines).metadata().get(DATE).value()).isEqualTo(story.toString());
  }

  @Provide
  Arbitrary<Integer> lag() {
    return Arbitraries.integers().between(0, 6);
  }

  @Example
  void aDateWithoutItsYearOnAPageWithoutAFullDateStaysUnknown() {
    List<String> lines = List.of(HEADLINE, "", "Filed Wed 9 Oct", "", paragraph("the harvest"));
    assertThat(extract(lines).metadata().get(DATE).value()).isNull();
  }

  @Property(tries = 60)
  void aTwoDigitYearIsReadOnlyWhenTheDayCannotBeAMonth(@ForAll(supplier = Layouts.Dates.class) LocalDate date) {
    String shortDate = date.format(DateTimeFormatter.ofPattern("EEE dd/MM/yy", Locale.ENGLISH));
    List<String> lines = List.of(HEADLINE, "", shortDate, "", paragraph("the market"), "", paragraph("the roof"));

    String expected = date.getDayOfMonth() > 12 ? date.toString() : null;
    assertThat(extract(lines).metadata().get(DATE).value()).isEqualTo(expected);
  }

  @Property(tries = 40)
  void anAgencysInitialsAreReportedAsThePageSpellsThemOut(
      @ForAll("agencies") String agency,
      @ForAll("cities") String city) {
    String initials = agency.replaceAll("[^\\p{Lu}]", "");
    List<String> lines = List.of(HEADLINE, "", city + ", Oct 15 (" + initials + ") –", paragraph("the harbour"), "",
        paragraph("the plant"), "", initials + "/MS/AK", "", agency + ", Dakar — desk: +221 55 500 0147");

    assertThat(extract(lines).metadata().get(OUTLET).value()).isEqualTo(agency);
  }

  @Provide
  Arbitrary<String> agencies() {
    return Arbitraries.of("Teranga News Agency", "Pamir Press Service", "Sahel Wire Agency", "Baltora Press Agency");
  }

  @Provide
  Arbitrary<String> cities() {
    return Arbitraries.of("KAYAR", "DUSHANBE", "RIGA");
  }

  @Example
  void initialsTheCopyrightLineSignsWithStayInitials() {
    List<String> lines = List.of(HEADLINE, "", "VOLGANE, Astrava (CAPA) — " + paragraph("the dam"), "",
        "Continental Associated Press Agency offices were closed.", "", "(c) CAPA 2023. All rights reserved.");
    assertThat(OutletNames.comparable(extract(lines).metadata().get(OUTLET).value())).isEqualTo("capa");
  }

  /** Author lists compared as sets of names, as the evaluation compares them. */
  private static Set<String> names(String authors) {
    return authors == null ? Set.of() : Arrays.stream(authors.split("\\s*(?:,|;|&|\\band\\b)\\s*")).collect(Collectors.toSet());
  }
}
