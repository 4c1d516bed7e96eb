package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Articles.paragraph;
import static corpussearch.indexer.extract.Layouts.extract;
import static corpussearch.indexer.extract.Layouts.paragraphs;
import static corpussearch.indexer.extract.MetadataField.AUTHOR;
import static corpussearch.indexer.extract.MetadataField.DATE;
import static corpussearch.indexer.extract.MetadataField.OUTLET;
import static corpussearch.indexer.extract.MetadataField.TITLE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Layouts of the fifth blind set's kind, generated: a wire client feed's ruled-off header and an
 * agency named by its initials, a reader view's byline above its reading time, a bio that names
 * the outlet in the possessive or addresses its writer as "Dr", a footer naming the company that
 * owns the site, a "Published | Updated" line of slashed dates on a page that spells its dates.
 */
class FeedAndReaderViewLayoutsTest {

  @Property(tries = 60)
  void aHeaderRuledOffAboveTheHeadlineIsNeverTheTitle(
      @ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll("agencies") String agency,
      @ForAll("headerFields") List<String> fields, @ForAll("rules") String rule) {
    List<String> lines = new ArrayList<>();
    lines.add(agency.toUpperCase(Locale.ROOT) + " -- CLIENT FEED");
    lines.addAll(fields);
    lines.addAll(List.of(rule, "", headline, "", paragraph("the rate decision"), "", paragraph("the currency")));

    Extraction result = extract(lines);
    assertThat(result.metadata().get(TITLE).value()).isEqualTo(headline);
    assertThat(paragraphs(lines)).containsExactly(paragraph("the rate decision"), paragraph("the currency"));
  }

  @Property(tries = 20)
  void aHeadlineUnderlinedByARuleIsStillTheTitle(
      @ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll("rules") String rule) {
    List<String> lines = List.of(headline, rule, "", "Source: the council", "", paragraph("the vote"));

    assertThat(extract(lines).metadata().get(TITLE).value()).isEqualTo(headline);
  }

  @Property(tries = 60)
  void anAgencyGivenByItsInitialsIsReportedAsTheNameThePageSpellsOut(
      @ForAll("agencies") String agency, @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll("dates") LocalDate date) {
    String initials = initials(agency);
    List<String> lines = List.of(headline, "",
        "PORT ALVARO, " + date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)) + " (" + initials + ") - "
            + paragraph("the vote"),
        "", paragraph("the count"), "", "Copyright " + agency + " " + date.getYear() + ". Client use only.");

    Extraction result = extract(lines);
    assertThat(result.metadata().get(OUTLET).value()).isEqualTo(agency);
    assertThat(result.metadata().get(DATE).value()).isEqualTo(date.toString());
  }

  @Property(tries = 30)
  void initialsThatSpellAnotherNameAreNotTakenForIt(@ForAll("agencies") String agency) {
    assertThat(OutletInitials.isInitialsOf(initials(agency), agency)).isTrue();
    assertThat(OutletInitials.isInitialsOf(initials(agency) + "X", agency)).isFalse();
    assertThat(OutletInitials.isInitialsOf(initials(agency).toLowerCase(Locale.ROOT), agency)).isFalse();
    assertThat(OutletInitials.isInitialsOf(initials(agency), agency + " reporters")).isFalse();
  }

  @Property(tries = 60)
  void aReaderViewBylineAboveItsReadingTimeAndDateIsTheAuthor(
      @ForAll(supplier = Layouts.People.class) String author, @ForAll(supplier = Layouts.Outlets.class) String outlet,
      @ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll("readingTimes") String readingTime,
      @ForAll("dates") LocalDate date) {
    List<String> lines = List.of(squashed(outlet) + ".example", headline + " | " + outlet, author, readingTime, "",
        "Published 6:05 AM, " + date.format(DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH)), "",
        paragraph("the ferry"), "", paragraph("the permit"));

    Extraction result = extract(lines);
    assertThat(result.metadata().get(AUTHOR).value()).isEqualTo(author);
    assertThat(result.metadata().get(TITLE).value()).isEqualTo(headline);
    assertThat(result.metadata().get(DATE).value()).isEqualTo(date.toString());
    assertThat(paragraphs(lines)).containsExactly(paragraph("the ferry"), paragraph("the permit"));
  }

  @Property(tries = 40)
  void aBioThatNamesTheOutletInThePossessiveGivesTheAuthor(
      @ForAll(supplier = Layouts.People.class) String author, @ForAll("theOutlets") String outlet,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> lines = List.of(headline, "", paragraph("the ferry"), "", paragraph("the permit"), "",
        author + " is " + outlet + "'s correspondent for the islands.");

    assertThat(extract(lines).metadata().get(AUTHOR).value()).isEqualTo(author);
  }

  @Property(tries = 60)
  void aCourtesyTitleIsNoPartOfTheAuthorsName(
      @ForAll(supplier = Layouts.People.class) String author, @ForAll("honorifics") String honorific,
      @ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll boolean inBio) {
    List<String> lines = inBio
        ? List.of(headline, "", paragraph("the car parks"), "", paragraph("the charges"), "",
            honorific + " " + author + " is a professor of health economics at the University of Ardcarne")
        : List.of(headline, "", "By " + honorific + " " + author, "", paragraph("the car parks"), "", paragraph("the charges"));

    assertThat(extract(lines).metadata().get(AUTHOR).value()).isEqualTo(author);
  }

  @Property(tries = 30)
  void aTitleBeforeASurnameAloneStays(@ForAll("honorifics") String honorific) {
    assertThat(PersonNames.withoutHonorifics(honorific + " Mulvey")).isEqualTo(honorific + " Mulvey");
    assertThat(PersonNames.withoutHonorifics("Ana Ruiz and " + honorific + " Jo Lee")).isEqualTo("Ana Ruiz and Jo Lee");
  }

  @Property(tries = 40)
  void aFooterSayingTheSiteIsPartOfACompanyNamesTheOutlet(
      @ForAll(supplier = Layouts.Outlets.class) String outlet, @ForAll("companies") String company,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> lines = List.of("Sign in", "Subscribe", "", headline, "", paragraph("the buses"), "", paragraph("the routes"), "",
        outlet + " is part of " + company + ". © 2024 " + company + ". All rights reserved.");

    assertThat(OutletNames.comparable(extract(lines).metadata().get(OUTLET).value())).isEqualTo(OutletNames.comparable(outlet));
  }

  @Property(tries = 40)
  void aMastheadAboveAccountLinksStackedOneALineIsStillTheMasthead(
      @ForAll(supplier = Layouts.Outlets.class) String outlet, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> lines = List.of(outlet, "Sign in", "Subscribe", "News | Sport | Business | Your Say", "", headline, "",
        paragraph("the buses"), "", paragraph("the routes"), "", "© 2024 " + outlet + ". All rights reserved.");

    assertThat(extract(lines).metadata().get(OUTLET).value()).isEqualTo(outlet);
  }

  @Property(tries = 60)
  void aBylineSetApartFromItsOutletOrJobBySeparatorsGivesTheAuthor(
      @ForAll(supplier = Layouts.People.class) String author, @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll("separators") String separator, @ForAll("roles") String role, @ForAll boolean labelled) {
    String byline = labelled ? "By " + author + separator + "Harbour Times" : author + separator + role;
    List<String> lines = List.of(headline, "", byline, "14 September 2023", "", paragraph("the harbour"), "", paragraph("the dredging"));

    Extraction result = extract(lines);
    assertThat(result.metadata().get(AUTHOR).value()).isEqualTo(author);
    assertThat(result.metadata().get(TITLE).value()).isEqualTo(headline);
  }

  @Property(tries = 40)
  void aMastheadAndDateLineAboveTheHeadlineIsNeverTheTitle(
      @ForAll(supplier = Layouts.Outlets.class) String outlet, @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll("dates") LocalDate date, @ForAll boolean capitals) {
    String name = capitals ? outlet.toUpperCase(Locale.ROOT) : outlet;
    List<String> lines = List.of(name + " | " + date.format(DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", Locale.ENGLISH)), "",
        headline, "", "By Jane Doe", "", paragraph("the harbour"), "", paragraph("the dredging"));

    Extraction result = extract(lines);
    assertThat(result.metadata().get(TITLE).value()).isEqualTo(headline);
    assertThat(result.metadata().get(DATE).value()).isEqualTo(date.toString());
  }

  @Property(tries = 40)
  void aPersonsNameBesideADateIsTheAuthorNotTheOutlet(
      @ForAll(supplier = Layouts.People.class) String author, @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll("dates") LocalDate date, @ForAll boolean dateFirst, @ForAll boolean readingTime) {
    String shown = date.format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH));
    String line = (dateFirst ? shown + " | " + author : author + " · " + shown) + (readingTime ? " · 4 min read" : "");
    List<String> lines = List.of(headline, "", line, "", paragraph("the harbour"), "", paragraph("the dredging"));

    Extraction result = extract(lines);
    assertThat(result.metadata().get(AUTHOR).value()).isEqualTo(author);
    assertThat(result.metadata().get(OUTLET).value()).isNull();
    assertThat(result.metadata().get(DATE).value()).isEqualTo(date.toString());
  }

  @Property(tries = 40)
  void aPostFiledInASectionGivesItsAuthorAndDate(
      @ForAll(supplier = Layouts.People.class) String author, @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll("dates") LocalDate date, @ForAll("sections") String section) {
    String line = "Posted by " + author + " on " + date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)) + " in " + section;
    List<String> lines = List.of(headline, "", line, "", paragraph("the harbour"), "", paragraph("the dredging"));

    Extraction result = extract(lines);
    assertThat(result.metadata().get(AUTHOR).value()).isEqualTo(author);
    assertThat(result.metadata().get(DATE).value()).isEqualTo(date.toString());
  }

  @Property(tries = 60)
  void slashedDatesOnAPublishedAndUpdatedLineAreReadInThePagesOrder(
      @ForAll @IntRange(min = 1, max = 12) int day, @ForAll @IntRange(min = 1, max = 12) int month,
      @ForAll boolean dayFirst, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    LocalDate date = LocalDate.of(2024, month, Math.min(day, 28));
    String pattern = dayFirst ? "dd/MM/yyyy" : "MM/dd/yyyy";
    String spelled = date.format(DateTimeFormatter.ofPattern(dayFirst ? "EEEE d MMMM" : "EEEE, MMMM d", Locale.ENGLISH));
    List<String> lines = List.of(headline, "",
        "Published: " + date.format(DateTimeFormatter.ofPattern(pattern)) + " 18:40 | Updated: "
            + date.plusDays(1).format(DateTimeFormatter.ofPattern(pattern)) + " 09:12",
        "", "The packhouse, which opened on " + spelled + ", was built with a loan. " + paragraph("the packhouse"));

    assertThat(extract(lines).metadata().get(DATE).value()).isEqualTo(date.toString());
  }

  private static String initials(String name) {
    return java.util.Arrays.stream(name.split(" "))
        .filter(word -> Character.isUpperCase(word.charAt(0)))
        .map(word -> word.substring(0, 1))
        .collect(Collectors.joining());
  }

  private static String squashed(String outlet) {
    return outlet.toLowerCase(Locale.ROOT).replaceFirst("^the ", "").replace(" ", "");
  }

  @Provide
  Arbitrary<String> agencies() {
    return Combinators.combine(
            Arbitraries.of("Baltora", "Meridian", "Andes", "Kessling", "Sahel", "Tasman"),
            Arbitraries.of("Press Agency", "News Agency", "Wire Service", "Press Association", "News Service"))
        .as((place, kind) -> place + " " + kind);
  }

  @Provide
  Arbitrary<List<String>> headerFields() {
    Arbitrary<String> field = Arbitraries.of("MSG-ID: BPA20211027ECO0412   PRIORITY: 2   CAT: ECO/FIN",
        "SLUG: VELMORA-CENBANK/RATES (UPDATE 2)", "FILED: 27-10-2021 14:32 GMT   WORDS: 590", "Source: Economic service",
        "PRIORITY: 3", "DESK: Markets");
    return field.list().ofMinSize(1).ofMaxSize(4).uniqueElements();
  }

  @Provide
  Arbitrary<String> rules() {
    return Arbitraries.of("=".repeat(60), "-".repeat(40), "*****", "_".repeat(30));
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return Layouts.dates();
  }

  @Provide
  Arbitrary<String> readingTimes() {
    return Arbitraries.of("6–8 minutes", "5 min read", "3 minutes", "4-5 minutes");
  }

  @Provide
  Arbitrary<String> theOutlets() {
    return Arbitraries.of("The Tambuli Post", "The Riverton Courier", "the Kestrel Bay Herald", "Lowmarsh Review");
  }

  @Provide
  Arbitrary<String> honorifics() {
    return Arbitraries.of("Dr", "Dr.", "Prof", "Prof.", "Professor", "Mr", "Mrs", "Ms");
  }

  @Provide
  Arbitrary<String> sections() {
    return Arbitraries.of("News", "Local News", "Arts & Culture", "Council Watch Reports");
  }

  @Provide
  Arbitrary<String> separators() {
    return Arbitraries.of(" | ", " — ", " – ", " / ");
  }

  @Provide
  Arbitrary<String> roles() {
    return Arbitraries.of("Reporter", "Staff writer", "Health correspondent", "Senior Editor");
  }

  @Provide
  Arbitrary<String> companies() {
    return Arbitraries.of("Riverside Regional Media Limited", "Harbour Newspapers Ltd", "Norland Media", "Calder Publishing plc");
  }
}
