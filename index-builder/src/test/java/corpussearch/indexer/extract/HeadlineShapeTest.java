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
 * Lines that come first on saved pages and have no headline's shape (a mail header, a wire slot
 * header, a database's record counter, a date-and-time line, a print running head, a reading-time
 * line, a masthead in capitals with its edition), generated in any combination above a headline;
 * and headlines with figures, colons and capitals, which keep their shape.
 */
class HeadlineShapeTest {

  @Property(tries = 150)
  void noShapelessFirstLineIsTakenForTheHeadline(
      @ForAll("shapeless") List<String> firstLines, @ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll boolean blanks) {
    List<String> lines = new ArrayList<>();
    firstLines.forEach(line -> lines.addAll(blanks ? List.of(line, "") : List.of(line)));
    lines.addAll(List.of("", headline, "", paragraph("the harbour"), "", paragraph("the levy")));

    assertThat(extract(lines).metadata().get(TITLE).value()).isEqualTo(headline);
  }

  @Property(tries = 100)
  void eachShapelessLineIsNeverAHeadline(@ForAll("shapeless") List<String> firstLines) {
    assertThat(firstLines).noneMatch(line -> TitleRules.isTitleLike(line) && !TitleRules.isFurniture(line));
  }

  @Property(tries = 100)
  void aHeadlineWithFiguresColonsAndCapitalsKeepsItsShape(@ForAll("figuredHeadlines") String headline) {
    assertThat(HeadlineShape.isNeverHeadline(headline)).isFalse();
    List<String> lines = List.of("Document 3 of 9", "", headline, "", paragraph("the reefs"), "", paragraph("the survey"));
    assertThat(extract(lines).metadata().get(TITLE).value()).isEqualTo(headline);
  }

  @Property(tries = 60)
  void withOnlyShapelessLinesAboveTheBodyTheTitleStaysUnknown(@ForAll("shapeless") List<String> firstLines) {
    List<String> lines = new ArrayList<>(firstLines);
    lines.addAll(List.of("", paragraph("the harbour"), "", paragraph("the levy")));

    assertThat(extract(lines).metadata().get(TITLE).value()).isNull();
  }

  @Property(tries = 60)
  void aPageCopiedWithoutBlankLinesHasItsHeadlineBelowTheMenu(
      @ForAll(supplier = Layouts.Outlets.class) String outlet, @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll(supplier = Layouts.People.class) String author, @ForAll(supplier = Layouts.Dates.class) LocalDate date) {
    List<String> lines = List.of("Skip to content", outlet.toUpperCase(Locale.ROOT), "Home", "Politics", "Business", "Culture",
        "Subscribe", "News › Region", headline, "By " + author,
        date.format(DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH)), paragraph("the harbour"), paragraph("the levy"));

    assertThat(extract(lines).metadata().get(TITLE).value()).isEqualTo(headline);
  }

  @Property(tries = 60)
  void aPrintedPagesWeeklyHeadAndPipedFooterGiveHeadlineOutletAndDate(
      @ForAll(supplier = Layouts.Outlets.class) String outlet, @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll(supplier = Layouts.Dates.class) LocalDate date, @ForAll @net.jqwik.api.constraints.IntRange(min = 2, max = 48) int page) {
    String name = outlet.toUpperCase(Locale.ROOT);
    String head = name + " · Week of " + date.minusDays(3).format(DateTimeFormatter.ofPattern("MMMM d", Locale.ENGLISH)) + "–"
        + date.plusDays(3).format(DateTimeFormatter.ofPattern("d, yyyy", Locale.ENGLISH)) + " · Page " + page;
    String footer = "beacon.example                          " + page + " | " + name + " | " + date.format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
    List<String> lines = List.of(head, "", "TOWN · ENVIRONMENT", headline, "", paragraph("the reef"), "", paragraph("the buoys"), "", footer);

    Extraction result = extract(lines);
    assertThat(result.metadata().get(TITLE).value()).isEqualTo(headline);
    assertThat(result.metadata().get(MetadataField.DATE).value()).isEqualTo(date.toString());
    assertThat(OutletNames.comparable(result.metadata().get(MetadataField.OUTLET).value())).isEqualTo(OutletNames.comparable(outlet));
  }

  @Provide
  Arbitrary<List<String>> shapeless() {
    return Arbitraries.oneOf(mailHeaders(), slotHeaders(), counters(), dateLines(), runningHeads(), readingTimes(), editions(),
            creditedCaptions(), controlInstructions())
        .list().ofMinSize(1).ofMaxSize(4);
  }

  /**
   * A picture's caption that ends in its credit, which a copied page keeps where the picture stood:
   * "… was heard. Photograph: A/Outlet", "… Mauritania [File: Outlet]", "… (Photo: A/Agency)".
   */
  @Provide
  Arbitrary<String> creditedCaptions() {
    Arbitrary<String> scene = Arbitraries.of("The old courthouse in the capital, where the trial was heard",
        "Refugees queue for water at a camp near the border", "Fishermen unload the morning catch at the harbour");
    Arbitrary<String> credit = Arbitraries.of("Photograph: %s/The Harbour Courier", "Photo: %s", "Picture by %s", "Photographs: %s/Meridian",
        "[File: %s]", "(Photo: %s/AP)", "[Photo: %s]", "(Image: %s)");
    Arbitrary<String> name = Arbitraries.of("Nadia Rees", "Kofi Asante", "The Harbour Courier", "Zenith News");
    return Combinators.combine(scene, credit, name).as((text, tail, who) -> text + (tail.startsWith("[") || tail.startsWith("(") ? " " : ". ")
        + tail.formatted(who));
  }

  /** A button's label written as an instruction to the reader: "Click here to share on social media". */
  @Provide
  Arbitrary<String> controlInstructions() {
    return Combinators.combine(Arbitraries.of("Click here", "Tap here", "Press here"),
        Arbitraries.of("to share on social media", "to listen to this article", "to search", "for the latest updates", ""))
        .as((verb, rest) -> (verb + " " + rest).strip());
  }

  /** Headlines about pictures and photographers, which no caption's credit ends. */
  @Property(tries = 40)
  void aHeadlineAboutPicturesKeepsItsShape(@ForAll("pictureHeadlines") String headline) {
    assertThat(HeadlineShape.isNeverHeadline(headline)).isFalse();
  }

  @Provide
  Arbitrary<String> pictureHeadlines() {
    return Arbitraries.of("Photos: Life in the Mbera camp, ten years on", "In pictures: Floods sweep through the delta",
        "Photographer Nadia Rees wins award for pictures of the drought", "Why the photo of the minister (and his dog) went viral",
        "Image of the week: A heron over the harbour", "Court hears photos were taken by the accused", "Click-and-collect sales double at high-street shops");
  }

  @Provide
  Arbitrary<String> figuredHeadlines() {
    Arbitrary<String> kicker = Arbitraries.of("UN report", "Analysis", "Budget 2025", "EU summit", "COP29");
    Arbitrary<String> claim = Arbitraries.of("3 of 4 reefs bleached in a single summer", "Ferry fares rise 30% from 1 November",
        "Why the 2024 harvest failed in the north", "NATO and the EU agree on 12 new border posts");
    return Arbitraries.oneOf(Combinators.combine(kicker, claim).as((k, c) -> k + ": " + c), claim);
  }

  private static Arbitrary<String> mailHeaders() {
    return Arbitraries.of("Content-Type: text/plain; charset=utf-8", "MIME-Version: 1.0", "Content-Transfer-Encoding: 8bit",
        "X-Mailer: Newsletter Engine 4.2", "Reply-To: desk@herald.example");
  }

  private static Arbitrary<String> slotHeaders() {
    Arbitrary<String> agency = Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(3).ofMaxLength(5);
    Arbitrary<Integer> slot = Arbitraries.integers().between(1, 9999);
    return Combinators.combine(agency, slot, Arbitraries.of("ECO/TRA", "POL", "SPO/FBL"), Arbitraries.integers().between(80, 1200))
        .as((a, s, cat, words) -> a + " ENGLISH SERVICE   SLOT %04d   CAT: %s   WORDS: %d".formatted(s, cat, words));
  }

  private static Arbitrary<String> counters() {
    return Combinators.combine(Arbitraries.of("Document", "Record", "Result", "Article"), Arbitraries.integers().between(1, 40))
        .as((kind, n) -> kind + " " + n + " of " + (n + 7));
  }

  private static Arbitrary<String> dateLines() {
    return Layouts.dates().map(date -> date.format(DateTimeFormatter.ofPattern("d MMMM yyyy EEEE", Locale.ENGLISH))
        + " · Updated: " + date.plusDays(1).format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)) + " 09:15");
  }

  private static Arbitrary<String> runningHeads() {
    return Combinators.combine(Layouts.outlets(), Layouts.dates(), Arbitraries.integers().between(2, 48))
        .as((outlet, date, page) -> outlet.toUpperCase(Locale.ROOT) + " · Week of "
            + date.format(DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH)) + " · Page " + page);
  }

  private static Arbitrary<String> readingTimes() {
    return Combinators.combine(Arbitraries.integers().between(2, 20), Arbitraries.of("Leer en español", "Lire en français", "Auf Deutsch lesen"))
        .as((minutes, language) -> minutes + " min read · " + language);
  }

  private static Arbitrary<String> editions() {
    return Combinators.combine(Layouts.outlets(), Arbitraries.of("English edition", "Print edition", "Weekend edition"))
        .as((outlet, edition) -> outlet.toUpperCase(Locale.ROOT) + " - " + edition);
  }
}
