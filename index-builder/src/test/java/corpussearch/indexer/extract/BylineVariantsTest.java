package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Articles.paragraph;
import static corpussearch.indexer.extract.Layouts.extract;
import static corpussearch.indexer.extract.Layouts.paragraphs;
import static corpussearch.indexer.extract.MetadataField.AUTHOR;
import static corpussearch.indexer.extract.MetadataField.DATE;
import static corpussearch.indexer.extract.MetadataField.OUTLET;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Byline and dateline phrasings around the second round's rules: an agency after the reporter's
 * name, a dashed sign-off, "Words:" with a picture credit, an issue line with a dash, and a
 * byline's slashed date read by the page's spelling.
 */
class BylineVariantsTest {

  @Property(tries = 40)
  void anAgencyAfterTheReportersNameIsTheOutletNotAnAuthor(
      @ForAll(supplier = Layouts.People.class) String author, @ForAll("agencies") String agency) {
    Extraction result = extract(List.of("Ceasefire talks stall as shelling resumes", "", "By " + author + ", " + agency, "",
        "LONDON, March 5 (" + agency + ") - " + paragraph("the talks")));

    assertThat(result.metadata().get(AUTHOR).value()).isEqualTo(author);
    assertThat(result.metadata().get(OUTLET).value()).isEqualTo(agency);
  }

  @Property(tries = 40)
  void initialsBeforeASurnameStayOneName(@ForAll("initialledNames") String author, @ForAll("byLabels") String label) {
    Extraction result = extract(List.of("Desalination plant doubles output after repairs", label + author, "Dec 3, 2024, 19:05 IST", "",
        paragraph("the plant")));

    assertThat(result.metadata().get(AUTHOR).value()).isEqualTo(author);
    assertThat(result.metadata().get(OUTLET).isKnown()).isFalse();
  }

  @Provide
  Arbitrary<String> initialledNames() {
    return Arbitraries.of("K. P. Haneefa", "A. R. Rahman", "J. R. Tolkien", "M. K. Stalin", "P. J. Oommen");
  }

  @Provide
  Arbitrary<String> byLabels() {
    return Arbitraries.of("Report by: ", "By ", "Reporting by ", "Story by ");
  }

  @Property(tries = 40)
  void aDashedSignOffNamesTheAuthor(
      @ForAll(supplier = Layouts.People.class) String author, @ForAll("dashes") String dash, @ForAll("roles") String role) {
    List<String> lines = List.of("Harbour dredging contract goes to out-of-county firm", "", paragraph("the contract"), "",
        paragraph("the quay"), "", dash + author + role);

    assertThat(extract(lines).metadata().get(AUTHOR)).isEqualTo(FieldValue.of(author, RuleNames.SIGNATURE));
    assertThat(paragraphs(lines)).noneMatch(p -> p.contains(author));
  }

  @Property(tries = 40)
  void wordsAndPicturesCreditsGiveTheWriterAndLeaveNoCredit(
      @ForAll(supplier = Layouts.People.class) String writer, @ForAll(supplier = Layouts.People.class) String photographer,
      @ForAll("pictureLabels") String label) {
    List<String> lines = List.of("Harbour dredging contract goes to out-of-county firm", "", "Words: " + writer,
        label + ": " + photographer, "", paragraph("the contract"));

    assertThat(extract(lines).metadata().get(AUTHOR).value()).isEqualTo(writer);
    assertThat(paragraphs(lines)).containsExactly(paragraph("the contract"));
  }

  @Property(tries = 40)
  void anIssueLineWithADashDatesTheMailing(@ForAll("dates") LocalDate date, @ForAll("dashes") String dash) {
    String spelled = date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
    Extraction result = extract(List.of("THE TIDEWATER LEDGER", "Issue 142 " + dash.strip() + " " + spelled, "",
        "Harbour dredging contract goes to out-of-county firm", "", paragraph("the contract")));

    assertThat(result.metadata().get(DATE).value()).isEqualTo(date.toString());
  }

  @Property(tries = 60)
  void aBylinesSlashedDateIsReadInThePagesSpellingOrder(@ForAll("ambiguous") LocalDate date, @ForAll boolean dayFirst) {
    String numeric = date.format(DateTimeFormatter.ofPattern(dayFirst ? "dd/MM/yyyy" : "MM/dd/yyyy"));
    String month = date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    String later = dayFirst ? "12 " + month : month + " 12";
    Extraction result = extract(List.of("Harbour dredging contract goes to out-of-county firm", "", "By Jane Doe | " + numeric, "",
        paragraph("the contract"), "", "The board will meet again on " + later + " at the harbour office."));

    assertThat(result.metadata().get(DATE).value()).isEqualTo(date.toString());
    assertThat(result.metadata().get(OUTLET).isKnown()).isFalse();
  }

  @Property(tries = 40)
  void aBylineDatedWithOnGivesAuthorAndDate(
      @ForAll(supplier = Layouts.People.class) String author, @ForAll("bylineDates") LocalDate date) {
    String line = "By " + author + " on " + date.format(DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH));
    Extraction result = extract(List.of("Harbour dredging plan delayed again after cost review", line, "", paragraph("the harbour")));

    assertThat(result.metadata().get(AUTHOR).value()).isEqualTo(author);
    assertThat(result.metadata().get(DATE).value()).isEqualTo(date.toString());
  }

  @Property(tries = 40)
  void thePublicationAfterTheNamesEndsTheAuthorList(
      @ForAll(supplier = Layouts.People.class) String first, @ForAll(supplier = Layouts.People.class) String second,
      @ForAll(supplier = Layouts.Outlets.class) String outlet) {
    Extraction result = extract(List.of("Harbour dredging plan delayed again after cost review", "",
        "By " + first + " and " + second + ", " + outlet.replaceFirst("^The ", ""), "", paragraph("the harbour")));

    assertThat(result.metadata().get(AUTHOR).value()).isEqualTo(first + " and " + second);
  }

  @Property(tries = 30)
  void aPlaceBesideTheDateIsNoOutlet(@ForAll("places") String place, @ForAll("bylineDates") LocalDate date) {
    String line = date.format(DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH)) + " · " + place;
    Extraction result = extract(List.of("Harbour dredging plan delayed again after cost review", line, "By Jane Doe", "", paragraph("the harbour")));

    assertThat(result.metadata().get(OUTLET).value()).isNull();
    assertThat(result.metadata().get(DATE).value()).isEqualTo(date.toString());
  }

  @Property(tries = 30)
  void aClosingBioAfterADashGivesTheAuthor(@ForAll(supplier = Layouts.People.class) String author, @ForAll("dashes") String dash) {
    Extraction result = extract(List.of("Harbour dredging plan delayed again after cost review", "", paragraph("the harbour"), "",
        paragraph("the costs"), "", dash + author + " is the Harbour Times' port reporter."));

    assertThat(result.metadata().get(AUTHOR).value()).isEqualTo(author);
  }

  @Property(tries = 30)
  void aNameAboveTheSectionItFilesUnderIsTheMasthead(
      @ForAll(supplier = Layouts.Outlets.class) String outlet, @ForAll("sections") String section) {
    Extraction result = extract(List.of(outlet, "", section, "", "Harbour dredging plan delayed again after cost review", "",
        paragraph("the harbour"), "", paragraph("the costs")));

    assertThat(result.metadata().get(OUTLET).value()).isEqualTo(outlet);
    assertThat(result.metadata().get(MetadataField.TITLE).value()).isEqualTo("Harbour dredging plan delayed again after cost review");
  }

  @Property(tries = 40)
  void theAgencyOnTheLineUnderTheBylineIsFurnitureAndNamesTheOutletWhenItSaysSo(
      @ForAll(supplier = Layouts.People.class) String author, @ForAll("agencyLines") String agency) {
    List<String> lines = List.of("Harbour dredging plan delayed again after cost review", "", "By " + author, agency, "",
        "LONDON -- " + paragraph("the harbour"), "", paragraph("the costs"));

    Extraction result = extract(lines);
    assertThat(result.metadata().get(AUTHOR).value()).isEqualTo(author);
    assertThat(result.metadata().get(OUTLET).value()).isEqualTo(agency.contains(" ") ? agency : null);
    assertThat(paragraphs(lines)).containsExactly("LONDON -- " + paragraph("the harbour"), paragraph("the costs"));
  }

  @Property(tries = 30)
  void aBylineWithADateAndAReadingTimeGivesBoth(
      @ForAll(supplier = Layouts.People.class) String author, @ForAll("bylineDates") LocalDate date, @ForAll("bullets") String bullet) {
    String line = "By " + author + bullet + date.format(DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH)) + bullet + "5 min read";
    Extraction result = extract(List.of("Harbour dredging plan delayed again after cost review", "", line, "", paragraph("the harbour")));

    assertThat(result.metadata().get(AUTHOR).value()).isEqualTo(author);
    assertThat(result.metadata().get(DATE).value()).isEqualTo(date.toString());
  }

  @Provide
  Arbitrary<String> agencyLines() {
    return Arbitraries.of("Reuters", "Associated Press", "Meridian Wire", "London");
  }

  @Provide
  Arbitrary<String> bullets() {
    return Arbitraries.of(" • ", " · ", " | ");
  }

  @Provide
  Arbitrary<String> sections() {
    return Arbitraries.of("Opinion", "Business", "Local News", "Press release", "Letters");
  }

  @Provide
  Arbitrary<LocalDate> bylineDates() {
    return Layouts.dates();
  }

  @Provide
  Arbitrary<String> places() {
    return Arbitraries.of("Portland", "Dushanbe", "Riga", "Nairobi", "Suva");
  }

  @Provide
  Arbitrary<String> agencies() {
    return Layouts.agencies();
  }

  @Provide
  Arbitrary<String> dashes() {
    return Arbitraries.of("— ", "– ", "-- ");
  }

  @Provide
  Arbitrary<String> roles() {
    return Arbitraries.of("", ", Editor", ", Harbour correspondent");
  }

  @Provide
  Arbitrary<String> pictureLabels() {
    return Arbitraries.of("Pictures", "Photos", "Photography", "Images");
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return Layouts.dates();
  }

  @Provide
  Arbitrary<LocalDate> ambiguous() {
    return Layouts.dates().filter(d -> d.getDayOfMonth() <= 12 && d.getDayOfMonth() != d.getMonthValue());
  }
}
