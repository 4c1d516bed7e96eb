package corpussearch.indexer.paragraphs;

import static corpussearch.indexer.paragraphs.Articles.P1;
import static corpussearch.indexer.paragraphs.Articles.P2;
import static corpussearch.indexer.paragraphs.Articles.P3;
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
import net.jqwik.api.constraints.IntRange;

/**
 * Round 33's furniture, generated: an appeal for money for the journalism and a broadcaster's word
 * on who funds it; a print brief's notes at a page's foot, keyed by bare numbers after a stop or a
 * quote; a text browser's "[17]Read also: …" wrapped over lines; a French paywall's notice and a
 * mailing's promise of how often it comes. The prose beside them stays.
 */
class AppealsNotesAndWrappedPointersTest {

  @Property(tries = 40)
  void anAppealForMoneyOrWhoFundsThePublicationIsDropped(@ForAll("appeals") String appeal) {
    assertThat(texts(split(P1, appeal, P2))).containsExactly(P1, P2);
  }

  /** A story that says who funds a station, in the past, stays. */
  @Property(tries = 20)
  void aStoryAboutFundingStays(@ForAll("fundingProse") String prose) {
    assertThat(texts(split(P1, prose, P2))).containsExactly(P1, prose, P2);
  }

  /**
   * "… movement.1" / "… of terror".3" over "1 Counts are …" / "2 Court records …" at the foot of a
   * printed page: notes, dropped; the paragraphs the numbers close are prose, so the section
   * heading on the next page heads the text under it.
   */
  @Property(tries = 30)
  void notesAtAPrintedPagesFootKeyedByBareNumbersAreDropped(@ForAll("closings") String closing, @ForAll @IntRange(min = 2, max = 3) int notes) {
    StringBuilder foot = new StringBuilder();
    for (int n = 1; n <= notes; n++) {
      foot.append(n == 1 ? "" : "\n").append(n).append(" Court records from Düsseldorf, Vienna and The Hague, 2023–2024.");
    }
    String first = P1.substring(0, P1.length() - 1) + ".1";
    String second = P2.substring(0, P2.length() - 1) + closing.replace("N", "2");
    String third = notes == 3 ? P3.substring(0, P3.length() - 1) + ".3" : P3;
    var split = split("\fBRIEF 2024/07                    ISKP's European Reach   2", "Introduction", first, second, third, foot.toString(),
        "\fBRIEF 2024/07                    ISKP's European Reach   3", "Weak points and responses", P1.replace("provincial", "district"),
        "\fBRIEF 2024/07                    ISKP's European Reach   4", P2.replace("engineers", "surveyors"));

    assertThat(texts(split)).containsExactly(first, second, third, P1.replace("provincial", "district"), P2.replace("engineers", "surveyors"));
    assertThat(split.paragraphs().getLast().section()).isEqualTo("Weak points and responses");
  }

  @Property(tries = 40)
  void aTextBrowsersReadAlsoWrappedOverLinesIsDropped(@ForAll @IntRange(min = 1, max = 40) int link, @ForAll("headlines") String headline,
      @ForAll @IntRange(min = 2, max = 5) int lastWords) {
    String[] words = headline.split(" ");
    int cut = words.length - Math.min(lastWords, words.length - 1);
    String wrapped = "[" + link + "]Read also: " + String.join(" ", List.of(words).subList(0, cut)) + "\n"
        + String.join(" ", List.of(words).subList(cut, words.length));

    assertThat(texts(split(P1, wrapped, P2))).containsExactly(P1, P2);
  }

  @Property(tries = 30)
  void aPaywallsNoticeOrAMailingsPromiseAbroadIsDropped(@ForAll("notices") String notice) {
    assertThat(texts(split(P1, notice, P2))).containsExactly(P1, P2);
  }

  @Provide
  Arbitrary<String> appeals() {
    return Arbitraries.of("Donate to independent journalism", "Support our reporting today", "Donate to our newsroom.",
        "Riverton Radio is funded by listener contributions and is editorially independent.",
        "The Lowmarsh Post is funded by reader donations.", "We are funded by our readers.");
  }

  @Provide
  Arbitrary<String> fundingProse() {
    return Arbitraries.of("The station was funded by a regional grant until 2019, when the council withdrew it after a long dispute.",
        "Listeners contributed more than half of the budget last year, according to accounts filed with the regulator on Monday.");
  }

  @Provide
  Arbitrary<String> closings() {
    return Arbitraries.of(".N", "\".N", ".\"N", "?N", ".)N");
  }

  @Provide
  Arbitrary<String> headlines() {
    return Arbitraries.of("Austria tightens messenger surveillance law after heated debate",
        "Court jails two over plot against summer festival in Wiener Neustadt", "Ferry timetable to change in spring");
  }

  @Provide
  Arbitrary<String> notices() {
    Arbitrary<Integer> share = Arbitraries.integers().between(10, 95);
    return Arbitraries.oneOf(share.map(p -> "Cet article est réservé aux abonnés. Il vous reste " + p + " % à découvrir."),
        share.map(p -> "Il vous reste " + p + "% de l'article à lire."),
        Combinators.combine(Arbitraries.of("Recevez", "Recevez gratuitement"), Arbitraries.of("chaque matin", "tous les jours", "chaque semaine"))
            .as((verb, cadence) -> verb + " " + cadence + " l'essentiel de l'actualité régionale"),
        Arbitraries.of("Dieser Artikel ist nur für Abonnenten verfügbar.", "Este artículo es exclusivo para suscriptores."));
  }
}
