package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Articles.paragraph;
import static corpussearch.indexer.extract.Layouts.extract;
import static corpussearch.indexer.extract.MetadataField.DATE;
import static corpussearch.indexer.extract.MetadataField.TITLE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * What set 15 showed above headlines of text files, in generated combinations: lines a machine or
 * an app put at the top (a wire's correction slug, a reader app's button with its key, a newsroom
 * system's export header, a ticker of readings, a text browser's bulleted trail, a note in
 * brackets), headlines wrapped over two lines, and leads hard-wrapped at a fixed width. The
 * headline is kept; where the page has none, the first line of a wrapped paragraph is not taken
 * for it: unknown beats a wrong title. Dates set 15 missed: a wire header's "13-NOV-24", a story's
 * own date in a "first appeared in … on …" note beside a relative stamp.
 */
class MachineJunkAndHardWrapsTest {

  @Property(tries = 120)
  void noMachineOrAppLineIsTheHeadlineAndAWrappedHeadlineIsJoined(
      @ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll("junk") List<String> junk,
      @ForAll boolean wrapHeadline, @IntRange(min = 50, max = 80) @ForAll int width) {
    List<String> lines = new ArrayList<>(junk);
    lines.add("");
    lines.addAll(wrapHeadline ? wrapBeforeLastWord(headline) : List.of(headline));
    lines.addAll(List.of("", "By Jane Doe", ""));
    lines.addAll(wrap(paragraph("the harbour"), width));
    lines.addAll(List.of("", paragraph("the levy")));

    assertThat(extract(lines).metadata().get(TITLE).value()).isEqualTo(headline);
  }

  @Property(tries = 80)
  void theFirstLineOfAHardWrappedLeadIsNeverTheHeadline(
      @ForAll("junk") List<String> junk, @IntRange(min = 50, max = 80) @ForAll int width) {
    List<String> lines = new ArrayList<>(junk);
    lines.add("");
    lines.addAll(wrap(paragraph("the harbour"), width));
    lines.add("");
    lines.addAll(wrap("In the capital, " + paragraph("the levy"), width));

    assertThat(extract(lines).metadata().get(TITLE).isKnown()).isFalse();
  }

  @Property(tries = 60)
  void aRelativeUpdateStampInBracketsLeavesTheDateBesideIt(
      @ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll(supplier = Layouts.Dates.class) LocalDate date,
      @ForAll("relative") String stamp) {
    String shown = Layouts.spelledOut(date).sample();
    List<String> lines = List.of(headline, "", "By Jane Doe", shown + " at 16:20 (" + stamp + ")", "", paragraph("the ferry"));

    assertThat(extract(lines).metadata().get(DATE).value()).isEqualTo(date.toString());
  }

  @Property(tries = 40)
  void aWireHeadersDayMonthNameAndShortYearDatesTheStory(@ForAll(supplier = Layouts.Dates.class) LocalDate date,
      @ForAll @IntRange(min = 0, max = 1) int upper) {
    String month = date.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH);
    String shown = "%02d-%s-%02d".formatted(date.getDayOfMonth(), upper == 1 ? month.toUpperCase(java.util.Locale.ROOT) : month,
        date.getYear() % 100);
    assertThat(DateParser.find("EPA0187 3 ECO /EPA-ENG/ " + shown + " 09:41 GMT")).map(DateParser.DateMatch::date).contains(date);
    assertThat(DateParser.find("order 13-" + "Kestrel-24")).isEmpty();
  }

  @Property(tries = 40)
  void aFirstAppearedNoteDatesTheStoryOverARelativeStamp(
      @ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll(supplier = Layouts.Dates.class) LocalDate date,
      @ForAll(supplier = Layouts.Outlets.class) String partner) {
    String shown = Layouts.spelledOut(date).sample();
    List<String> lines = List.of(headline, "", "Posted 3 days ago in Local News", "Reporter: Jane Doe", "",
        "This story first appeared in " + partner + " on " + shown + " and is republished with permission.", "",
        paragraph("the pier"), "", paragraph("the ferry"));

    assertThat(extract(lines).metadata().get(DATE).value()).isEqualTo(date.toString());
  }

  @Provide
  Arbitrary<List<String>> junk() {
    Arbitrary<String> line = Arbitraries.of(
        "CORRECTED-HARBOUR-FERRY/FARES (Corrects name of port in paragraph 2)",
        "REFILE-UPDATE 2-ENERGY/GRID_WIND",
        "Exit Immersive Reader (F9)",
        "Close reader view (Esc)",
        "Save for later (Ctrl+S)",
        "iNEWS export · story 0713-03 · printed 13.11.2024 07:41 · page 1 of 2",
        "ENPS | rundown 0600 | item 14 | page 2 of 3",
        "USD/SSP (parallel market): 4,620 | Nile level at Juba bridge: 12.4 m",
        "Brent: 81.20 $ · Gold: 2,310 $ · Euro: 1.08",
        "* News * Juba",
        "• Home • Local • Harbour",
        "[NOTE TO PRESENTER: the name is pronounced HOO-tell-nay-seh]",
        "[Photo: the harbour at dawn]");
    return line.list().ofMinSize(1).ofMaxSize(3).uniqueElements();
  }

  @Provide
  Arbitrary<String> relative() {
    return Arbitraries.of("Updated 2 days ago", "updated 3 hours ago", "Updated 1 hour ago", "Edited 20 minutes ago");
  }

  /** "Council votes … pack" / "chambers": the last word carried over, as a narrow column does. */
  private static List<String> wrapBeforeLastWord(String headline) {
    int cut = headline.lastIndexOf(' ');
    return List.of(headline.substring(0, cut), headline.substring(cut + 1));
  }

  /** {@code text} broken at spaces into lines of at most {@code width} characters. */
  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.isEmpty() ? "" : " ").append(word);
    }
    lines.add(line.toString());
    return lines;
  }
}
