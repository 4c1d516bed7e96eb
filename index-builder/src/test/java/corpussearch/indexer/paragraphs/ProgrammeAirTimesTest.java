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
 * A broadcaster's box between paragraphs telling the reader when a programme is on ("Listen to
 * Africa Today, weekdays at 06:30 GMT"): an imperative, the programme and its air time. Story
 * sentences about listening to the radio at a time of day stay.
 */
class ProgrammeAirTimesTest {

  @Property(tries = 80)
  void aProgrammesAirTimeIsDropped(@ForAll("airTimes") String promo) {
    ParagraphSplit result = split(P1, promo, P2);

    assertThat(texts(result)).containsExactly(P1, P2);
  }

  @Property(tries = 40)
  void aProgrammesAirTimeAfterAColonIsDroppedNotTakenForASectionHeading(@ForAll("labelledAirTimes") String promo) {
    ParagraphSplit result = split(P1, P2, promo, P3);

    assertThat(texts(result)).containsExactly(P1, P2, P3);
    assertThat(result.paragraphs()).allMatch(paragraph -> paragraph.section() == null);
  }

  @Provide
  Arbitrary<String> labelledAirTimes() {
    Arbitrary<String> label = Arbitraries.of("Listen: ", "Watch: ", "Listen : ");
    Arbitrary<String> programme = Arbitraries.of("Crossroads Asia Today", "Focus on the Sahel", "The World Tonight");
    Arbitrary<String> when = Arbitraries.of(", weekdays at 06:30 GMT", " every Sunday at 8pm", ", daily at 17:00 WAT");
    return Combinators.combine(label, programme, when).as((l, p, w) -> l + p + w);
  }

  @Property(tries = 20)
  void storySentencesAboutListeningStay(@ForAll("prose") String prose) {
    assertThat(texts(split(P1, prose, P2))).containsExactly(P1, prose, P2);
  }

  @Provide
  Arbitrary<String> airTimes() {
    Arbitrary<String> verb = Arbitraries.of("Listen to", "Watch", "Tune in to", "Listen to our programme");
    Arbitrary<String> programme = Arbitraries.of("Africa Today", "Focus on the Sahel", "The World Tonight", "Newsline");
    Arbitrary<String> when = Arbitraries.of(", weekdays at 06:30 GMT", " every Sunday at 8pm", ", daily at 17:00 WAT", " Monday to Friday at 7.30am",
        " on Saturdays at 14h00", ", every weekday from 6 GMT on shortwave");
    return Combinators.combine(verb, programme, when).as((v, p, w) -> v + " " + p + w);
  }

  @Provide
  Arbitrary<String> prose() {
    return Arbitraries.of(
        "Fishermen listen to the radio every morning at six to hear whether the roads are open, he said.",
        "Listen to the elders, the commander told his men every day at dawn, and you will live long.",
        "Residents said they watched the news daily at eight, hoping for word of the missing boat.");
  }
}
