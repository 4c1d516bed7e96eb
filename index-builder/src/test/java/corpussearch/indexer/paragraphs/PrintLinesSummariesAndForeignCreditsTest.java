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
 * line of its label; a German caption's "Bild:" credit; the note that agencies' copy was used, in
 * the languages of the papers that run it; an app's banner with its button. The prose beside them
 * stays.
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

  /** "Sicherheitskräfte sichern den Anschlagsort in Mastung. Bild: Asad Zaidi/Agentur Südasien". */
  @Property(tries = 30)
  void aGermanCaptionWithItsPictureCreditIsDropped(@ForAll("photographers") String photographer, @ForAll("agencies") String agency) {
    String caption = "Sicherheitskräfte sichern den Anschlagsort in Mastung. Bild: " + photographer + "/" + agency;

    assertThat(texts(split(P1, caption, P2))).containsExactly(P1, P2);
  }

  @Property(tries = 30)
  void theNoteThatAgenciesCopyWasUsedIsDropped(@ForAll("agencyNotes") String note) {
    assertThat(texts(split(P1, P2, note))).containsExactly(P1, P2);
  }

  /** "Get the NewsHub app — all your news in one place. Open" between paragraphs. */
  @Property(tries = 20)
  void anAppsBannerWithItsButtonIsDropped(@ForAll("apps") String app, @ForAll("buttons") String button) {
    String banner = "Get the " + app + " app — all your news in one place. " + button;

    assertThat(AppPrompts.isAppPrompt(banner)).isTrue();
    assertThat(texts(split(P1, banner, P2))).containsExactly(P1, P2);
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
  Arbitrary<String> photographers() {
    return Arbitraries.of("Asad Zaidi", "Jana Keller", "Tobias Roth");
  }

  @Provide
  Arbitrary<String> agencies() {
    return Arbitraries.of("Agentur Südasien", "dpa", "AFP");
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
