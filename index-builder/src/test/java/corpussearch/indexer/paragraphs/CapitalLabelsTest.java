package corpussearch.indexer.paragraphs;

import static corpussearch.indexer.paragraphs.Articles.P1;
import static corpussearch.indexer.paragraphs.Articles.P2;
import static corpussearch.indexer.paragraphs.Articles.P3;
import static corpussearch.indexer.paragraphs.Articles.split;
import static corpussearch.indexer.paragraphs.Articles.texts;
import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A box under a label in capitals set among the paragraphs ("WEATHER: …", "COMMUNITY NOTICE: …",
 * "AGENDA · …"), in any language and with a colon or a middle dot, is dropped, one label to a
 * block or several; a dateline opening the article, an agency's dateline, a transcript's turns and a
 * labelled paragraph as long as the story's are kept.
 */
class CapitalLabelsTest {

  @Property(tries = 80)
  void aLabelledBoxAmongTheParagraphsIsDropped(@ForAll("labels") String label, @ForAll("separators") String separator,
      @ForAll("items") String item, @ForAll boolean secondItem, @ForAll boolean wrapped) {
    String box = label + separator + (wrapped ? item.replaceFirst(" ", "\n") : item) + (secondItem ? "\nWEATHER: Cloudy, 19°C, easterly force 5" : "");

    assertThat(texts(split(P1, P2, box, P3))).containsExactly(P1, P2, P3);
  }

  @Property(tries = 40)
  void aDatelineOpeningTheArticleIsKept(@ForAll("places") String place, @ForAll("separators") String separator) {
    String lede = place + separator + "The federal cabinet on Tuesday approved a plan to rebuild the canal gates.";

    assertThat(texts(split(lede, P1, P2))).containsExactly(lede, P1, P2);
  }

  @Property(tries = 40)
  void anAgencysDatelineIsKeptWherever(@ForAll("places") String place, @ForAll("agencies") String agency) {
    String paragraph = place + " (" + agency + "): The ministry said the gates would be inspected next week.";

    assertThat(texts(split(P1, paragraph, P2))).containsExactly(P1, paragraph, P2);
  }

  @Property(tries = 40)
  void aTranscriptsTurnsAreKept(@ForAll("answers") String answer) {
    String first = "MINISTER: We will inspect the gates before the planting season.";
    String second = "MINISTER: " + answer;
    String question = "REPORTER: Will farmers be paid for the lost harvest?";

    assertThat(texts(split(P1, question, first, "REPORTER: And if the inspection finds nothing?", second)))
        .containsExactly(P1, question, first, "REPORTER: And if the inspection finds nothing?", second);
  }

  @Property(tries = 30)
  void aLabelledParagraphAsLongAsTheStorysIsKept(@ForAll("labels") String label) {
    // its own words, not P1's again: a paragraph repeated inside a longer one is dropped as a repeat
    String paragraph = label + ": " + P1.replace("provincial council", "district board") + " " + P2;

    assertThat(texts(split(P1, paragraph, P3))).containsExactly(P1, paragraph, P3);
  }

  @Provide
  Arbitrary<String> labels() {
    return Arbitraries.of("WEATHER", "NOTICE BOARD", "COMMUNITY NOTICE", "AGENDA", "TE RECOMENDAMOS", "AVIS À LA POPULATION", "TIDES",
        "FRONTIER WAIT TIMES (6.15am)", "ÚLTIMA HORA", "DIARY", "ROAD WORKS");
  }

  @Provide
  Arbitrary<String> separators() {
    return Arbitraries.of(": ", " : ", " · ");
  }

  @Provide
  Arbitrary<String> items() {
    Arbitrary<String> what = Arbitraries.of("Water will be off in The Valley", "Hospital dental clinic closed", "Anse Vata night market",
        "Henequen haciendas reopen their machine rooms to visitors", "Mont-Dore va'a race");
    Arbitrary<String> when = Arbitraries.of("on Tuesday from 9am to 1pm.", "Friday 15th.", "· Sun 10: Fête du Mouton, Boulouparis", "");
    return Combinators.combine(what, when).as((w, t) -> (w + " " + t).strip());
  }

  @Provide
  Arbitrary<String> answers() {
    return Arbitraries.of("Then we will look again at the canal itself.", "Nobody will be left without water this season.",
        "I cannot promise that, but we will try.", "The farmers will be paid, as they were last year.");
  }

  @Provide
  Arbitrary<String> places() {
    return Arbitraries.of("ISLAMABAD", "NEW DELHI", "PORT MORESBY", "NUKU'ALOFA", "SÃO TOMÉ");
  }

  @Provide
  Arbitrary<String> agencies() {
    return Arbitraries.of("Reuters", "AFP", "Pamir Wire", "dpa");
  }
}
