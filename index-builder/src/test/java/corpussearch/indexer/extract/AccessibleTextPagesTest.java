package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Articles.paragraph;
import static corpussearch.indexer.extract.Layouts.extract;
import static corpussearch.indexer.extract.MetadataField.DATE;
import static corpussearch.indexer.extract.MetadataField.OUTLET;
import static corpussearch.indexer.extract.MetadataField.TITLE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * A government's or a council's text-only page, generated: an accessibility bar of one-letter
 * buttons first ("Switch to graphics version | Text size: A A A"), the body's name, a trail that
 * ends in the archive's year, the headline, a slashed date that reads both ways. The bar is no
 * headline and no masthead; the date is read day first when the page prices in pounds or euros and
 * never in dollars, and stays unknown when it prices in dollars.
 */
class AccessibleTextPagesTest {

  @Property(tries = 60)
  void theHeadlineAndTheBodysNameStandUnderTheControlBar(
      @ForAll("bars") String bar, @ForAll("bodies") String body, @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll("ambiguousDays") LocalDate date) {
    Extraction extraction = extract(page(bar, body, headline, date, "£310,000"));

    assertThat(extraction.metadata().get(TITLE).value()).isEqualTo(headline);
    assertThat(extraction.metadata().get(OUTLET).value()).isEqualToIgnoringCase(body);
    assertThat(extraction.metadata().get(DATE).value()).isEqualTo(date.toString());
  }

  /** Dollars are priced where dates go month first as well as day first: the page does not say. */
  @Property(tries = 30)
  void aSlashedDateOnAPagePricedInDollarsStaysUnknown(
      @ForAll("bodies") String body, @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll("ambiguousDays") LocalDate date, @ForAll("mixedMoney") String money) {
    Extraction extraction = extract(page("Text size: A A A", body, headline, date, money));

    assertThat(extraction.metadata().get(DATE).value()).isNull();
  }

  /** A slashed date the page settles otherwise (another slashed date with a day above 12) keeps that reading. */
  @Property(tries = 30)
  void anotherDateThatReadsOneWayStillDecides(
      @ForAll("bodies") String body, @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll("ambiguousDays") LocalDate date, @ForAll @IntRange(min = 13, max = 28) int laterDay) {
    List<String> lines = new java.util.ArrayList<>(page("Text size: A A A", body, headline, date, "€12"));
    lines.add(String.format("Page last updated: %02d/%02d/%d", date.getMonthValue(), laterDay, date.getYear()));

    assertThat(extract(lines).metadata().get(DATE).value())
        .isEqualTo(LocalDate.of(date.getYear(), date.getDayOfMonth(), date.getMonthValue()).toString());
  }

  /** Initials in a headline or a sentence ("J R R Tolkien") are no control bar. */
  @Property(tries = 20)
  void initialsInAHeadlineAreNoButtons(@ForAll("initialled") String headline) {
    List<String> lines = List.of("KESTREL HERALD", "", headline, "By Jane Doe", "5 December 2024", "", paragraph("the library"), "",
        paragraph("the desk"));

    assertThat(extract(lines).metadata().get(TITLE).value()).isEqualTo(headline);
  }

  @Provide
  Arbitrary<String> initialled() {
    return Arbitraries.of("J R R Tolkien's desk goes on show at the library", "Library shows the desk where J R R Tolkien wrote",
        "W H Auden letters found in attic");
  }

  private static List<String> page(String bar, String body, String headline, LocalDate date, String money) {
    String priced = "The crane was paid for by the island government at a cost the administration put at about " + money
        + " including shipping.";
    return List.of(bar, body.toUpperCase(Locale.ROOT), "The official website of the island government",
        "Home > News > Island news > " + date.getYear(), headline, "Posted " + date.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")),
        paragraph("the harbour crane"), "", priced, "", paragraph("the fuel delivery"), "", "Back to top");
  }

  @Provide
  Arbitrary<String> bars() {
    return Arbitraries.of("Switch to graphics version | Text size: A A A", "Text only | A- A A+ | High contrast",
        "Accessibility: A A A");
  }

  @Provide
  Arbitrary<String> bodies() {
    return Arbitraries.of("Tristan da Cunha Government", "Falkland Islands Government", "Lowmarsh District Council");
  }

  /** A day and a month that can swap: both 12 or under, and not equal. */
  @Provide
  Arbitrary<LocalDate> ambiguousDays() {
    return Arbitraries.integers().between(1, 12).tuple2().filter(t -> !t.get1().equals(t.get2()))
        .map(t -> LocalDate.of(2024, t.get1(), t.get2()));
  }

  @Provide
  Arbitrary<String> mixedMoney() {
    return Arbitraries.of("$310,000", "£310,000 ($390,000)", "310,000 dollars");
  }
}
