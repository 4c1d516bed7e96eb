package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Articles.paragraph;
import static corpussearch.indexer.extract.Layouts.extract;
import static corpussearch.indexer.extract.Layouts.paragraphs;
import static corpussearch.indexer.extract.MetadataField.DATE;
import static corpussearch.indexer.extract.MetadataField.OUTLET;
import static corpussearch.indexer.extract.MetadataField.TITLE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Print-to-text pages, editors' portals, show notes and Markdown exports, generated. */
class PrintAndExportLayoutsTest {

  @Property(tries = 60)
  void runningHeadersGiveTheIssueDateAndPaperAndAHeadlineBrokenInTwoIsJoined(
      @ForAll(supplier = Layouts.Outlets.class) String outlet,
      @ForAll("dates") LocalDate issue,
      @ForAll @IntRange(min = 1, max = 60) int pageNumber,
      @ForAll @IntRange(min = 2, max = 8) int gap,
      @ForAll("brokenHeadlines") List<String> headline,
      @ForAll boolean capitals) {
    String wide = " ".repeat(gap);
    // pdftotext sets a footer's columns two spaces apart, the date in capitals with no comma: "FRIDAY OCTOBER 18 2024"
    String date = capitals ? issue.format(DateTimeFormatter.ofPattern("EEEE MMMM d yyyy", Locale.ENGLISH)).toUpperCase(Locale.ROOT)
        : issue.format(DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", Locale.ENGLISH));
    String header = outlet.toUpperCase(Locale.ROOT) + wide + date + wide + "Page " + pageNumber;
    String footer = "Page " + pageNumber + wide + outlet.toUpperCase(Locale.ROOT);
    List<String> lines = new ArrayList<>(List.of(header, "-".repeat(60), "", "LOCAL NEWS", ""));
    lines.addAll(headline);
    lines.addAll(List.of("", paragraph("the creamery"), "-".repeat(60), footer, "",
        header.replace("Page " + pageNumber, "Page " + (pageNumber + 1)), "", paragraph("the homes")));
    Extraction result = extract(lines);

    assertThat(result.metadata().get(TITLE).value()).isEqualTo(String.join(" ", headline));
    assertThat(result.metadata().get(DATE)).isEqualTo(FieldValue.of(issue.toString(), RuleNames.RUNNING_HEADER));
    assertThat(result.metadata().get(OUTLET).value()).isEqualToIgnoringCase(outlet);
    assertThat(paragraphs(lines)).containsExactly(paragraph("the creamery"), paragraph("the homes"));
  }

  @Property(tries = 60)
  void aFooterWithTheIssueNumberGivesTheIssueDate(
      @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll("dates") LocalDate issue,
      @ForAll("issueNumbers") String number,
      @ForAll @IntRange(min = 3, max = 12) int gap) {
    String wide = " ".repeat(gap);
    String date = issue.format(DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", Locale.ENGLISH));
    List<String> lines = List.of(headline, "", "By Amara Kollie", "", paragraph("the bridge"), "", paragraph("the market"), "",
        number + wide + date + wide + "www.kestrelobserver.example");
    Extraction result = extract(lines);

    assertThat(result.metadata().get(DATE)).isEqualTo(FieldValue.of(issue.toString(), RuleNames.RUNNING_HEADER));
    assertThat(paragraphs(lines)).containsExactly(paragraph("the bridge"), paragraph("the market"));
  }

  @Property(tries = 60)
  void labelledReleaseDatesAndTheLabelsBelowTheHeadlineAreMetadata(
      @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll("dates") LocalDate released,
      @ForAll("releaseLabels") String label,
      @ForAll(supplier = Layouts.Outlets.class) String syndicate) {
    String date = released.format(DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", Locale.ENGLISH));
    List<String> lines = List.of(syndicate, "Columnists  |  Comics  |  Puzzles  |  Log in", "",
        label + date, "Embargoed: Not for publication before 12:01 a.m.", "", "MONEY SENSE", "", headline, "",
        "Suggested headline: A shorter one", "", "Word count: 612", "", paragraph("the paycheck"));
    Extraction result = extract(lines);

    assertThat(result.metadata().get(TITLE).value()).isEqualTo(headline);
    assertThat(result.metadata().get(DATE).value()).isEqualTo(released.toString());
    assertThat(paragraphs(lines)).containsExactly(paragraph("the paycheck"));
  }

  @Property(tries = 60)
  void aMastheadWithATaglineAboveALinkBarIsTheOutletNotTheTitle(
      @ForAll(supplier = Layouts.Outlets.class) String show,
      @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll("dates") LocalDate released,
      @ForAll("blogDates") String dateFormat) {
    List<String> lines = List.of(show.toUpperCase(Locale.ROOT) + " — a podcast about the coast",
        "Episodes | Hosts | Support us on Patreon | Merch", "", "Kindly Share This Story:", "", headline, "",
        released.atTime(6, 12).format(DateTimeFormatter.ofPattern(dateFormat, Locale.ENGLISH)), "", paragraph("the nets"));
    Extraction result = extract(lines);

    assertThat(result.metadata().get(TITLE).value()).isEqualTo(headline);
    assertThat(result.metadata().get(OUTLET).value()).isEqualToIgnoringCase(show);
    assertThat(result.metadata().get(DATE).value()).isEqualTo(released.toString());
  }

  @Property(tries = 40)
  void markdownMarksDoNotHideAHeadingACaptionOrALink(
      @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll @IntRange(min = 1, max = 3) int level) {
    List<String> lines = List.of("[Home](/) > [Research](/research/) > Wells", "", "#".repeat(level) + " " + headline,
        "", "![A pump.](/img/pump.jpg)", "*A hand pump in the ward. Photo: Jane Doe*", "", paragraph("the pumps"),
        "", "**Download the full report (PDF, 2.4 MB)**");
    Extraction result = extract(lines);

    assertThat(result.metadata().get(TITLE).value()).isEqualTo(headline);
    assertThat(paragraphs(lines)).containsExactly(paragraph("the pumps"));
  }

  @Property(tries = 60)
  void anIssuerNamedTwiceAboveTheHeadlineIsTheOutletAndNeverTheTitle(
      @ForAll("issuers") String issuer,
      @ForAll(supplier = Layouts.Outlets.class) String government,
      @ForAll("sentenceCaseHeadlines") String headline,
      @ForAll("dates") LocalDate released) {
    List<String> lines = List.of("Province of " + government, issuer, "",
        "Contact us | Newsroom | Subscribe to news releases", "", "NEWS RELEASE", "For Immediate Release",
        released.format(DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH)), "", issuer, "", headline, "",
        paragraph("the bridge"));
    Extraction result = extract(lines);

    assertThat(result.metadata().get(TITLE)).isEqualTo(FieldValue.of(headline, RuleNames.BELOW_REPEATED_NAME));
    assertThat(result.metadata().get(OUTLET)).isEqualTo(FieldValue.of(issuer, RuleNames.REPEATED_NAME));
    assertThat(paragraphs(lines)).containsExactly(paragraph("the bridge"));
  }

  @Property(tries = 40)
  void aPromptEndingInAButtonIsNeverTheTitle(
      @ForAll(supplier = Layouts.Outlets.class) String outlet,
      @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll("buttons") String button) {
    List<String> lines = List.of(outlet.toUpperCase(Locale.ROOT) + "  |  ARTS", "Subscribe from R79 a month. Already a"
        + " subscriber? " + button, "", "REVIEW: Theatre", "", headline, "", paragraph("the play"));

    assertThat(extract(lines).metadata().get(TITLE).value()).isEqualTo(headline);
  }

  @Property(tries = 40)
  void aToolbarUnderTheHeadlineIsFurniture(
      @ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll("toolbars") String toolbar) {
    List<String> lines = List.of(headline, "", "Legal Correspondent", "", toolbar, "", paragraph("the court"));

    assertThat(paragraphs(lines)).containsExactly(paragraph("the court"));
  }

  @Property(tries = 40)
  void aTableRowWithANumberIsNoRunningHeader(
      @ForAll(supplier = Layouts.Outlets.class) String team, @ForAll @IntRange(min = 1, max = 99) int points) {
    List<String> lines = List.of("League table after the weekend", "", paragraph("the league"), "",
        team + "     " + points, "Riverton Rovers     " + (points + 1));

    assertThat(extract(lines).metadata().get(OUTLET).isKnown()).isFalse();
  }

  @Provide
  Arbitrary<String> toolbars() {
    return Arbitraries.of("READ LATER    PRINT    A A", "Save   Share   Print", "Listen  Print  Font size");
  }

  @Provide
  Arbitrary<String> issuers() {
    return Arbitraries.of("Ministry of Transportation and Infrastructure", "Department of Health",
        "Office of the Premier", "Ministry of Forests");
  }

  @Provide
  Arbitrary<String> sentenceCaseHeadlines() {
    return Arbitraries.of("Highway 7 bridge at Caribou Narrows to close for deck replacement",
        "New clinic hours announced for rural health centres", "Wildfire season outlook released");
  }

  @Provide
  Arbitrary<String> buttons() {
    return Arbitraries.of("Sign in", "Log in", "Subscribe", "Register");
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return Layouts.dates();
  }

  @Provide
  Arbitrary<List<String>> brokenHeadlines() {
    return Arbitraries.of(List.of("Creamery site to become", "forty homes after appeal"),
        List.of("Budget approved", "after long night"), List.of("Ferry fares to rise", "by eight per cent"),
        // a line ending on a preposition or article goes on, even into a name
        List.of("Traders cheer as repaired", "bridge reopens on", "Kestrel–Salala highway"),
        List.of("Fishing ban extended in", "Kestrel Bay after spill"), List.of("New clinic for", "Aroha Bay islanders"));
  }

  @Provide
  Arbitrary<String> issueNumbers() {
    return Arbitraries.of("Vol. 14 No. 201", "Volume 3, No. 44", "No. 4821", "Issue 312", "Vol 9 Issue 17");
  }

  @Provide
  Arbitrary<String> releaseLabels() {
    return Arbitraries.of("Release date: ", "Released ", "Released: ", "Issued ", "Publication date: ");
  }

  @Provide
  Arbitrary<String> blogDates() {
    return Arbitraries.of("'Released' d MMMM yyyy", "'On' h:mm a EEEE, d MMMM yyyy 'In News'",
        "'Release date:' EEEE, MMMM d, yyyy");
  }
}
