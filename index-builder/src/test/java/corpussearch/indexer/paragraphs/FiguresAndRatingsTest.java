package corpussearch.indexer.paragraphs;

import static corpussearch.indexer.paragraphs.Articles.P1;
import static corpussearch.indexer.paragraphs.Articles.P2;
import static corpussearch.indexer.paragraphs.Articles.split;
import static corpussearch.indexer.paragraphs.Articles.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A box of figures under a title in capitals, whatever the title says, a fact check's rating
 * under its label in capitals, and a note on the method under its heading, are dropped; a story's
 * lead set in capitals, a dateline, a subheading over a story sentence, a short story paragraph
 * full of figures and a story's section under a heading of its own are kept.
 */
class FiguresAndRatingsTest {

  @Property(tries = 60)
  void aMethodNoteUnderItsHeadingIsDropped(@ForAll("methodHeadings") String heading, @ForAll("methodNotes") String note) {
    assertThat(texts(split(P1, heading, note, P2))).containsExactly(P1, P2);
  }

  @Property(tries = 60)
  void aStorySectionUnderItsOwnHeadingIsKept(@ForAll("storyHeadings") String heading, @ForAll("methodNotes") String note) {
    assertThat(String.join(" ", texts(split(P1, heading, note, P2)))).contains(P1, note, P2);
  }

  @Property(tries = 40)
  void aQuotedParagraphUnderAMethodHeadingIsKept(@ForAll("methodHeadings") String heading) {
    String quote = "“We counted every class twice,” said Norma Villarreal, who led the count for the district.";
    assertThat(texts(split(P1, heading, quote, P2))).contains(P1, quote, P2);
  }

  @Provide
  Arbitrary<String> methodHeadings() {
    return Arbitraries.of("How we did this analysis", "How we reported this story", "Methodology", "About the data",
        "How we verified these claims", "Why we did this story", "Notes on the survey:");
  }

  @Provide
  Arbitrary<String> storyHeadings() {
    return Arbitraries.of("How we got here", "How the deal was done", "What happens next", "About the town", "The data gap");
  }

  @Provide
  Arbitrary<String> methodNotes() {
    return Arbitraries.of(
        "The Record matched class-level staffing records from 31 districts with certification data from the state.",
        "Reporters compared 12 years of inspection reports with court filings, then asked each landlord to respond.",
        "The survey of 1,204 adults was conducted online between 2 and 9 May and has a margin of error of 3 points.");
  }

  @Property(tries = 100)
  void aBoxOfFiguresUnderACapitalTitleIsDropped(@ForAll("titles") String title, @ForAll("figures") List<String> figures) {
    String box = title + "  " + String.join(" ", figures);
    assertThat(texts(split(P1, box, P2))).containsExactly(P1, P2);
  }

  @Property(tries = 60)
  void aRatingUnderItsLabelIsDropped(@ForAll("ratingLabels") String label, @ForAll("ratings") String rating,
      @ForAll("reasons") String reason) {
    String box = String.join("\n", "THE CLAIM", "A viral video says households pay the highest prices on the planet.", label,
        rating + ". " + reason);
    assertThat(String.join("\n", texts(split(P1, box, P2)))).doesNotContain(rating + ". ").contains(P1, P2);
  }

  @Property(tries = 200)
  void storyParagraphsWithCapitalsAndFiguresAreKept(@ForAll("storyParagraphs") String paragraph) {
    assertThat(texts(split(P1, paragraph, P2))).containsExactly(P1, paragraph, P2);
  }

  @Property(tries = 60)
  void aSubheadingOverAStorySentenceIsKept(@ForAll("ratingLabels") String heading, @ForAll("reasons") String sentence) {
    String pasted = String.join("\n", P1, heading, sentence, P2);
    assertThat(String.join(" ", texts(split(pasted)))).contains(P1, sentence, P2);
  }

  @Provide
  Arbitrary<String> titles() {
    return Arbitraries.of("MARKET SNAPSHOT", "TODAY'S WEATHER", "RESULTS ROUNDUP", "THE TALLY", "SALEYARD REPORT", "BY THE WAY");
  }

  @Provide
  Arbitrary<List<String>> figures() {
    return Arbitraries.of(
            "Dubbo prime cattle sale: 3,150 head yarded.", "Heavy steers to 384c/kg.", "Cows to 298c/kg.",
            "Tomorrow: showers, 19C.", "Wind NW 25km/h.", "Rovers 2 United 1.", "Harbour 14.6 (90) d Valley 9.8 (62).",
            "Lambs to $212.", "Rain since 9am: 12mm.")
        .list().ofMinSize(2).ofMaxSize(4).uniqueElements();
  }

  @Provide
  Arbitrary<String> ratingLabels() {
    return Arbitraries.of("OUR VERDICT", "THE VERDICT", "RATING", "OUR RULING", "CONCLUSION");
  }

  @Provide
  Arbitrary<String> ratings() {
    return Arbitraries.of("FALSE", "TRUE", "MOSTLY FALSE", "MISLEADING", "HALF TRUE", "UNPROVEN");
  }

  @Provide
  Arbitrary<String> reasons() {
    return Arbitraries.of(
        "Queensland's prices are close to the Australian average, and several European countries pay more.",
        "The figure in the video counts a single month of the most expensive tariff.",
        "The minister was quoted correctly, but the chart left out two years.");
  }

  @Provide
  Arbitrary<String> storyParagraphs() {
    Arbitrary<String> lead = Arbitraries.of("THE COUNCIL", "MORE THAN", "DUBBO, NSW —", "WASHINGTON (AP) —", "A RECORD");
    Arbitrary<String> body = Arbitraries.of(
        "approved $3 million for roads on Tuesday, and the work starts in 2025.",
        "3,150 head were yarded at the Dubbo sale on Monday, agents said.",
        "Prime cattle sold to 384c/kg at the sale on Monday, the highest price since 2022, according to agents who had expected less.");
    Arbitrary<String> plain = Arbitraries.of(
        "Heavy steers sold to 384c/kg. Cows fetched 298c/kg, agents said on Monday after the sale.",
        "The vote was 7 to 2. Two councillors, both elected in 2021, said they would appeal the decision.");
    return Arbitraries.oneOf(Combinators.combine(lead, body).as((l, b) -> l + " " + b), plain);
  }
}
