package corpussearch.indexer.paragraphs;

import static corpussearch.indexer.paragraphs.Articles.P1;
import static corpussearch.indexer.paragraphs.Articles.P2;
import static corpussearch.indexer.paragraphs.Articles.P3;
import static corpussearch.indexer.paragraphs.Articles.split;
import static corpussearch.indexer.paragraphs.Articles.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Furniture known by its shape among a story pasted one paragraph per line, or beside it: a run of
 * linked headlines (with a label of any wording or none) and a box of labelled values (with a
 * title of any wording or none, framed or not). Generated in many wordings; the story's own
 * questions, headings, labelled sentences and interview turns are kept.
 */
class ShapeRunsTest {

  @Property(tries = 120)
  void aRunOfHeadlinesAmongPastedParagraphsIsDropped(@ForAll("labels") String label, @ForAll("headlines") List<String> items) {
    List<String> lines = new ArrayList<>(List.of(P1, P2));
    if (!label.isEmpty()) {
      lines.add(label);
    }
    lines.addAll(items);
    lines.add(P3);

    assertThat(texts(split(String.join("\n", lines)))).containsExactly(P1, P2, P3);
  }

  @Property(tries = 80)
  void aRunOfHeadlinesUnderThePastedStoryIsDropped(@ForAll("labels") String label, @ForAll("headlines") List<String> items) {
    List<String> lines = new ArrayList<>(List.of(P1, P2, P3));
    if (!label.isEmpty()) {
      lines.add(label);
    }
    lines.addAll(items);

    assertThat(texts(split(String.join("\n", lines)))).containsExactly(P1, P2, P3);
  }

  @Property(tries = 60)
  void aListDrawnAsATableUnderItsLabelIsDropped(@ForAll("listLabels") String label, @ForAll("headlines") List<String> items) {
    List<String> table = new ArrayList<>(List.of(label, "┌────┬──────────────────────────"));
    for (int n = 0; n < items.size(); n++) {
      table.add("│ " + (n + 1) + "  │ " + items.get(n) + "    │");
    }
    table.add("└────┴──────────────────────────");

    assertThat(texts(split(P1, P2, P3, String.join("\n", table)))).containsExactly(P1, P2, P3);
  }

  @Property(tries = 60)
  void theStorysOwnQuestionsAndHeadingsAreKept(@ForAll("asides") String aside) {
    String pasted = String.join("\n", P1, aside, P2, P3);

    assertThat(String.join(" ", texts(split(pasted)))).contains(P1, P2, P3, aside.substring(aside.lastIndexOf('\n') + 1));
  }

  @Property(tries = 120)
  void aBoxOfLabelledValuesIsDropped(@ForAll("boxTitles") String title, @ForAll("entries") List<String> entries,
      @ForAll boolean framed) {
    List<String> box = new ArrayList<>();
    if (!title.isEmpty()) {
      box.add(title);
    }
    box.addAll(entries);
    String printed = framed
        ? "+------------------------------+\n" + String.join("\n", box.stream().map(e -> "| " + e + " |").toList())
            + "\n+------------------------------+"
        : String.join("\n", box);

    assertThat(texts(split(P1, P2, printed, P3))).containsExactly(P1, P2, P3);
  }

  @Property(tries = 60)
  void aTitleInCapitalsOverOneReadingIsDropped(@ForAll("capitalTitles") String title, @ForAll("entries") List<String> entries) {
    String widget = title + " " + entries.get(0);

    assertThat(texts(split(P1, P2, widget, P3))).containsExactly(P1, P2, P3);
  }

  @Property(tries = 60)
  void labelledSentencesAndInterviewTurnsAreKept(@ForAll("turns") List<String> turns) {
    String block = String.join("\n", turns);

    assertThat(String.join(" ", texts(split(P1, block, P2)))).contains(turns);
  }

  @Property(tries = 60)
  void aMenuOfQuestionsUnderATitleInCapitalsIsDropped(@ForAll("capitalTitles") String title, @ForAll("questions") List<String> questions) {
    String pasted = String.join("\n", P1, P2, title, String.join(" ", questions), P3);

    assertThat(texts(split(pasted))).containsExactly(P1, P2, P3);
  }

  @Property(tries = 40)
  void theStorysQuestionsWithoutATitleAreKept(@ForAll("questions") List<String> questions) {
    String asked = String.join(" ", questions);

    assertThat(texts(split(String.join("\n", P1, P2, asked, P3)))).containsExactly(P1, P2, asked, P3);
  }

  @Property(tries = 40)
  void aPrintCrossReferenceIsDropped(@ForAll("sections") String section, @ForAll("headlines") List<String> items, @ForAll boolean slug) {
    String page = "page " + (items.size() * 7);
    String jump = slug ? section + ": from " + page : "See " + section + ", " + page + ": " + items.get(0);

    assertThat(texts(split(P1, P2, jump))).containsExactly(P1, P2);
  }

  @Provide
  Arbitrary<String> labels() {
    return Arbitraries.of("", "RELATED STORIES", "MORE FROM THE VALLEY TRIBUNE", "Elsewhere on the site", "You might have missed",
        "In other news", "ALSO ON OUR NETWORK");
  }

  @Provide
  Arbitrary<String> listLabels() {
    return Arbitraries.of("Trending", "Most read", "Most Popular", "Read next");
  }

  @Provide
  Arbitrary<List<String>> headlines() {
    Arbitrary<String> who = Arbitraries.of("Saint John tent encampment", "Hastings District Council", "Province", "Wairoa bridge repairs",
        "Man who rammed police car", "Regional hospital board", "Kingsridge under-15 side");
    Arbitrary<String> what = Arbitraries.of("cleared as city opens new warming centre", "signs off on Heretaunga Street revamp",
        "promises 1,000 supportive housing units by 2027", "finished ahead of summer", "jailed for three years",
        "outlast rivals in rain-hit final", "approves new bypass route despite objections");
    return Combinators.combine(who, what).as((w, v) -> w + " " + v).list().ofMinSize(2).ofMaxSize(4).uniqueElements();
  }

  /** What a story sets between its paragraphs: two questions it asks, a heading over a paragraph, a one-line kicker. */
  @Provide
  Arbitrary<String> asides() {
    return Arbitraries.of(
        "What happens to the families who live there now?\nWho will pay for the new canal gates next year?",
        "Why the council changed its mind",
        "The road ahead for growers in the district",
        "Officials did not say when the work would start.\nThe ministry declined to comment on Tuesday.");
  }

  @Provide
  Arbitrary<String> boxTitles() {
    return Arbitraries.of("", "AT A GLANCE", "The case in brief", "WHAT WE CHECKED", "Key details", "Verdict");
  }

  @Provide
  Arbitrary<String> capitalTitles() {
    return Arbitraries.of("LAKE CONDITIONS", "SURF REPORT", "HIGH TIDES", "ROAD WATCH NOW", "KEY QUESTIONS", "THE BASICS");
  }

  @Provide
  Arbitrary<List<String>> entries() {
    Arbitrary<String> label = Arbitraries.of("Fine", "CLAIM", "RATING", "Breach", "Court", "Cost to council", "Opens", "Water",
        "Sentence", "Seats");
    Arbitrary<String> value = Arbitraries.of("£180,000 plus £12,480 costs", "Section 2, HSWA 1974", "Mostly False",
        "Pima County cut library hours in half at every branch", "Birmingham Magistrates' Court", "$7.9 million",
        "6 January 2025", "7°C, wind SW 12mph", "two years, suspended", "41 of 60");
    return Combinators.combine(label, value).as((l, v) -> l + ": " + v).list().ofMinSize(2).ofMaxSize(5).uniqueElements(e -> e.split(":")[0]);
  }

  /** Labelled lines that are the story's own: sentences, an interview's questions and answers. */
  @Provide
  Arbitrary<List<String>> turns() {
    return Arbitraries.of(
        List.of("Q: What do you hope people take away from the exhibition?",
            "A: That the valley's history is theirs to keep, and that nobody else will keep it for them."),
        List.of("Background: The canal gates were last inspected in 2019, when two of them failed.",
            "Result: Growers voted 212 to 64 to accept the plan on Tuesday night."),
        List.of("Lantern: Would you give the festival's free tickets to schools every year?",
            "Osei: Every year, and to the care homes as well, if the council pays for the buses."));
  }

  @Provide
  Arbitrary<List<String>> questions() {
    return Arbitraries.of("Which vans will pay?", "What does it cost?", "Is there help?", "Who decides?", "When does it start?",
        "Where can growers apply for a grant?").list().ofMinSize(2).ofMaxSize(4).uniqueElements();
  }

  @Provide
  Arbitrary<String> sections() {
    return Arbitraries.of("Comment", "Business", "Letters", "Inside Track", "Our View");
  }
}
