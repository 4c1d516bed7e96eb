package corpussearch.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Lines a copy keeps above the headline that are never it, whatever the page: a print view's or a
 * player's controls ("Print this page    Close window", "Listen to this article ▶ 4 min"), a
 * partner's logo line ("In partnership with KATHERINE SUN"), a wire client's header of fields with
 * its date ("EAPA-ENG 18/11/2025 09:12 EAT  PRI: R  WORDS: 612"), a print stamp ("Printed on
 * 14/11/2025 10:02"); and a field's label before the headline ("HEADLINE: …"), which is cut.
 */
class ControlsAndLabelsAboveTheHeadlineTest {

  private static final String BODY =
      "The district council said on Thursday that the work would begin next month at a single site, with a second phase"
          + " planned for the spring and a review of the costs before any wider roll-out across the region.";

  @Property(tries = 80)
  void controlsPartnersAndStampsAreNeverTheHeadline(
      @ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll("junk") String junk,
      @ForAll(supplier = Layouts.People.class) String author) {
    List<String> lines = List.of(junk, "", headline, "", "By " + author, "", BODY);

    assertThat(Layouts.extract(lines).metadata().title().value()).isEqualTo(headline);
  }

  @Property(tries = 60)
  void aFieldLabelBeforeTheHeadlineIsCut(
      @ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll("labels") String label,
      @ForAll(supplier = Layouts.People.class) String author) {
    List<String> lines = List.of("PRIORITY: Routine", "WORDS: 560", "", label + " " + headline, "", "By " + author, "", BODY);

    assertThat(Layouts.extract(lines).metadata().title().value()).isEqualTo(headline);
  }

  @Property(tries = 40)
  void aHeadlineOpeningWithThoseWordsStays(@ForAll("prose") String headline, @ForAll(supplier = Layouts.People.class) String author) {
    List<String> lines = List.of(headline, "", "By " + author, "", BODY);

    assertThat(Layouts.extract(lines).metadata().title().value()).isEqualTo(headline);
  }

  @Provide
  Arbitrary<String> junk() {
    Arbitrary<String> controls = Arbitraries.of("Print this page", "Close window", "Print this article", "LIVE TV", "LISTEN LIVE",
        "Watch live", "Play audio").list().ofMinSize(2).ofMaxSize(3).uniqueElements()
        .flatMap(parts -> Arbitraries.integers().between(2, 8).map(gap -> String.join(" ".repeat(gap), parts)));
    Arbitrary<String> player = Arbitraries.of("Listen to this article", "Listen to this story", "LISTEN TO THIS ARTICLE")
        .flatMap(label -> Arbitraries.of(" ▶ 4 min", " (6 min)", " 3:42", " ▶", "").map(label::concat));
    Arbitrary<String> partner = Combinators.combine(
            Arbitraries.of("In partnership with", "In association with", "In collaboration with"), Layouts.outlets(),
            Arbitraries.of(true, false))
        .as((words, name, capitals) -> words + " " + (capitals ? name.toUpperCase(Locale.ROOT) : name));
    Arbitrary<String> header = Combinators.combine(Arbitraries.strings().withCharRange('A', 'Z').ofLength(4), Layouts.dates(),
            Arbitraries.integers().between(0, 23), Arbitraries.of("EAT", "GMT", "CDT", "SAST"), Arbitraries.integers().between(200, 1500))
        .as((code, date, hour, zone, words) -> String.format(Locale.ROOT, "%s-ENG %02d/%02d/%d %02d:12 %s  PRI: R  TOPICS: AGRI KE  WORDS: %d",
            code, date.getDayOfMonth(), date.getMonthValue(), date.getYear(), hour, zone, words));
    Arbitrary<String> stamp = Combinators.combine(Arbitraries.of("Printed on", "Printed", "Printed:", "Downloaded"), Layouts.dates())
        .as((label, date) -> label + " " + slashed(date) + " 10:02");
    return Arbitraries.oneOf(controls, player, partner, header, stamp);
  }

  private static String slashed(LocalDate date) {
    return String.format(Locale.ROOT, "%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
  }

  @Provide
  Arbitrary<String> labels() {
    return Arbitraries.of("HEADLINE:", "HED:", "Headline:", "TITLE:", "Title:", "Headline —", "HL:");
  }

  /** Headlines that open with a label's or a partner line's words and are none. */
  @Provide
  Arbitrary<String> prose() {
    return Layouts.cities().map(city -> Arbitraries.of(
        "In partnership with farmers, " + city + " builds its own water plant",
        "In partnership with local growers " + city + " opens a seed bank",
        "Title race tightens as " + city + " win again",
        "Headline inflation falls in " + city + " for third month",
        "Listen to the river: " + city + " residents map the floods")).flatMap(choice -> choice);
  }
}
