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
import net.jqwik.api.constraints.IntRange;

/**
 * Round 34's furniture, generated: a paper's print line with its day, page and length, after which
 * the column's bio is the last thing under the text again; an aggregator's machine summary on the
 * line of its label; the note that agencies' copy was used, in
 * the languages of the papers that run it; an app's banner with its button; a broadcaster's player
 * with the clip's length in minutes and a programme's air time. The prose beside them stays.
 */
class PrintLinesSummariesAndForeignCreditsTest {

  @Property(tries = 40)
  void aPrintLineWithItsDayPageAndLengthIsDropped(@ForAll("papers") String paper, @ForAll @IntRange(min = 1, max = 28) int day,
      @ForAll @IntRange(min = 1, max = 24) int page, @ForAll @IntRange(min = 300, max = 2400) int words) {
    String line = "Published in " + paper + ", October " + day + "th, 2023 (page " + page + "). Word count: " + words + ".";

    assertThat(texts(split(P1, P2, P3, line))).containsExactly(P1, P2, P3);
  }

  /** "The writer is …" over the print line and a note: once the print line goes, the bio is the last paragraph but one, and goes too. */
  @Property(tries = 20)
  void aColumnistsBioOverThePrintLineIsDropped(@ForAll("papers") String paper) {
    String bio = "The writer is a Peshawar-based journalist and former bureau chief. He tweets @rashidyz.";
    String printLine = "Published in " + paper + ", October 9th, 2023 (page 6).";

    assertThat(texts(split(P1, P2, P3, bio, printLine, "Filed from the archive desk."))).doesNotContain(bio, printLine);
  }

  /** A story's sentence about where a report was published stays. */
  @Property(tries = 20)
  void aSentenceAboutWhereSomethingWasPublishedStays(@ForAll("papers") String paper) {
    String prose = "Published in " + paper + " last spring, the report drew an angry response from the provincial government and two ministers.";

    assertThat(texts(split(P1, prose, P2))).containsExactly(P1, prose, P2);
  }

  @Property(tries = 30)
  void anAggregatorsSummaryOnItsLabelsLineIsDropped(@ForAll("summaryLabels") String label) {
    String summary = label + ": Returnees in Kandahar camps report contact with recruiters; aid workers urge caution.";

    assertThat(texts(split(summary, P1, P2, P3))).containsExactly(P1, P2, P3);
  }

  @Property(tries = 30)
  void theNoteThatAgenciesCopyWasUsedIsDropped(@ForAll("agencyNotes") String note) {
    assertThat(texts(split(P1, P2, note))).containsExactly(P1, P2);
  }

  /** "Get the NewsHub app — all your news in one place. Open": an app's prompt, which the masthead rules pass over too. */
  @Property(tries = 20)
  void anAppsBannerWithItsButtonIsAnAppPrompt(@ForAll("apps") String app, @ForAll("buttons") String button) {
    String banner = "Get the " + app + " app — all your news in one place. " + button;

    assertThat(AppPrompts.isAppPrompt(banner)).isTrue();
    assertThat(texts(split(P1, banner, P2))).containsExactly(P1, P2);
  }

  /** "Listen: RSI Peshawar bulletin, 14:00 PKT (3 min)" and "Hear more on Frontier Today, weekdays at 19:00 PKT on RSI English.". */
  @Property(tries = 30)
  void aBroadcastersPlayerAndAirTimeAreDropped(@ForAll("programmes") String programme, @ForAll @IntRange(min = 1, max = 12) int minutes,
      @ForAll @IntRange(min = 6, max = 22) int hour) {
    String player = "Listen: " + programme + " bulletin, " + hour + ":00 PKT (" + minutes + " min)";
    String airTime = "Hear more on " + programme + ", weekdays at " + hour + ":00 PKT on Radio Riverton.";

    assertThat(texts(split(P1, player, P2, P3, airTime))).containsExactly(P1, P2, P3);
  }

  /** A story that tells of hearing more stays. */
  @Property(tries = 10)
  void aSentenceAboutHearingMoreStays(@ForAll("programmes") String programme) {
    String prose = "Hear more on this, the minister told " + programme + " listeners, when the inquiry reports to parliament in the spring.";

    assertThat(texts(split(P1, prose, P2))).containsExactly(P1, prose, P2);
  }

  @Provide
  Arbitrary<String> programmes() {
    return Arbitraries.of("Frontier Today", "RSI Peshawar", "Morning Edition", "The World Tonight");
  }

  @Provide
  Arbitrary<String> papers() {
    return Arbitraries.of("Daily Mashriq Times", "The Riverton Herald", "Dawn", "Frontier Post");
  }

  @Provide
  Arbitrary<String> summaryLabels() {
    return Arbitraries.of("AI summary", "Summary", "Quick summary", "TL;DR");
  }

  @Provide
  Arbitrary<String> agencyNotes() {
    return Combinators.combine(Arbitraries.of("Mit Material von ", "Mit Informationen von "), Arbitraries.of("Agenturen.", "dpa und AFP.", "Reuters"))
        .as(String::concat)
        .injectDuplicates(0.1)
        .flatMap(german -> Arbitraries.of(german, "Avec AFP", "Con información de agencias.", "With material from agencies."));
  }

  @Provide
  Arbitrary<String> apps() {
    return Arbitraries.of("SouthAsia NewsHub", "Riverton Daily", "NewsHarbor");
  }

  @Provide
  Arbitrary<String> buttons() {
    return Arbitraries.of("Open", "Install", "Get");
  }
}
