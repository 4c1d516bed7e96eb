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
import net.jqwik.api.constraints.Size;

/**
 * The run of prose as the article's anchor: short lines that are no sentences, printed after the
 * last prose paragraph or as widgets before the first, are the page's, whatever their words;
 * inside the run, and short sentences closing it, are the story's.
 */
class OutsideProseTest {
  private static final List<String> WORDS =
      List.of("Contact", "us", "Privacy", "policy", "Terms", "Conditions", "Advertise", "About", "Careers", "Help",
          "Archive", "Source:", "Daily", "Courier", "Online", "Podcasts", "Weather", "Masthead", "Jobs", "Notices");

  @Property(tries = 80)
  void shortLinesAfterTheLastProseBlockAreDropped(@ForAll("tailLists") @Size(min = 1, max = 4) List<String> tail) {
    List<String> blocks = new ArrayList<>(List.of(P1, P2, P3));
    blocks.addAll(tail);

    assertThat(texts(split(blocks.toArray(String[]::new)))).containsExactly(P1, P2, P3);
  }

  /** (Three or more such blocks in a row read as a list of links, and go as one.) */
  @Property(tries = 60)
  void widgetsAboveTheFirstProseBlockAreDroppedAndItsHeadingKept(
      @ForAll("widgetLists") @Size(min = 1, max = 2) List<String> widgets) {
    List<String> blocks = new ArrayList<>(widgets);
    blocks.addAll(List.of("The canal dispute", P1, P2));
    ParagraphSplit result = split(blocks.toArray(String[]::new));

    assertThat(texts(result)).containsExactly(P1, P2);
    assertThat(result.paragraphs().get(0).section()).isEqualTo("The canal dispute");
  }

  /** A widget line with a heading's shape above other widgets heads nothing and is no section. */
  @Property(tries = 30)
  void aHeadingShapedLineAboveWidgetsIsNoSection(@ForAll("oneLineWidgets") String widget) {
    ParagraphSplit result = split("JSE All Share 78,412.35 ▲0.42% | Brent $82.10 ▲", widget, P1, P2);

    assertThat(texts(result)).containsExactly(P1, P2);
    assertThat(result.paragraphs().get(0).section()).isNull();
  }

  /** Inside the run every line is the story's: a score, a short label, a list of facts. */
  @Property(tries = 60)
  void shortLinesBetweenProseBlocksAreKept(@ForAll("tails") String inside, @ForAll("labels") String label) {
    ParagraphSplit result = split(P1, inside, P2, label, P3);
    List<String> kept = new ArrayList<>(texts(result));
    result.paragraphs().forEach(p -> kept.add(String.valueOf(p.section())));

    assertThat(String.join("\n", kept)).contains(P1, P2, P3, label);
  }

  /** Other stories' headlines listed under the article without a label, whatever they say. */
  @Property(tries = 40)
  void anUnlabelledListOfHeadlinesAfterTheArticleIsDropped(@ForAll("headlineLists") List<String> headlines) {
    ParagraphSplit result = split(P1, P2, P3, String.join("\n", headlines));

    assertThat(texts(result)).containsExactly(P1, P2, P3);
  }

  /** Two closing sentences on two lines are the story's end, not a list. */
  @Property(tries = 20)
  void closingSentencesOnTwoLinesAreKept(@ForAll("closings") String first, @ForAll("closings") String second) {
    String closing = first + "\n" + second;

    assertThat(String.join("\n", texts(split(P1, P2, P3, closing)))).contains(first, second);
  }

  @Provide
  Arbitrary<List<String>> headlineLists() {
    return Arbitraries.of(
            "Teen driver's name suppressed after fatal crash on State Highway 29",
            "Man who rammed police car in Tauwhare jailed for three years",
            "Stocks close flat as investors await rate decision",
            "Schools rugby: Kingsridge outlast Rathnapala in rain-hit clash",
            "Why the harbour dredging keeps getting delayed?",
            "National sevens squad named for the Asian series leg")
        .list().uniqueElements().ofMinSize(2).ofMaxSize(4);
  }

  /** A story may end on a short sentence; it is no footer. */
  @Property(tries = 40)
  void aShortClosingSentenceIsKept(@ForAll("closings") String closing, @ForAll("tails") String footer) {
    assertThat(texts(split(P1, P2, closing, footer))).containsExactly(P1, P2, closing);
  }

  @Provide
  Arbitrary<List<String>> tailLists() {
    return tails().list();
  }

  @Provide
  Arbitrary<List<String>> widgetLists() {
    return widgets().list();
  }

  @Provide
  Arbitrary<String> tails() {
    Arbitrary<String> line = Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(6).map(words -> String.join(" ", words));
    Arbitrary<String> count = Combinators.combine(Arbitraries.integers().between(1, 999), Arbitraries.of("Likes", "Restacks", "Comments", "Shares"))
        .as((n, what) -> n + " " + what);
    return Arbitraries.oneOf(line, count).list().ofMinSize(1).ofMaxSize(4).map(lines -> String.join("\n", lines));
  }

  @Provide
  Arbitrary<String> widgets() {
    Arbitrary<String> reading = Arbitraries.integers().between(2, 20).map(n -> n + " mins to read");
    Arbitrary<String> button = Arbitraries.of("Save", "Gift this article", "Listen", "·");
    return Arbitraries.oneOf(reading, labels(), button);
  }

  /** Widgets alone on a line, as a row of buttons leaves them: "Save" left of "Share | Save". */
  @Provide
  Arbitrary<String> oneLineWidgets() {
    return Arbitraries.oneOf(Arbitraries.integers().between(2, 20).map(n -> n + " mins to read"), labels(), Arbitraries.of("Share\nSave", "Save"));
  }

  @Provide
  Arbitrary<String> labels() {
    return Combinators.combine(Arbitraries.of("Man of the Match", "Result", "Venue", "Attendance"),
            Arbitraries.of("Sahan Jayakody (Pitigala Central)", "Kestrel Town won by two wickets", "12,400"))
        .as((l, v) -> l + ": " + v);
  }

  @Provide
  Arbitrary<String> closings() {
    return Arbitraries.of("Police are investigating.", "No one was hurt.", "The hearing continues.",
        "\"We will be back,\" she said.", "The council meets again on Monday.");
  }
}
