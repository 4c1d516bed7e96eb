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
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * What a forum post, a mailing list or a saved page sets around an article: the poster's words
 * around an article pasted between framed markers, a consent bar's buttons, a print view's stamp
 * and a gift-article meter are dropped; the article between the markers, a post with an opening
 * marker only, and sentences that speak of accepting, refusing or printing are kept. A blog theme's
 * category line ("Posted in Fieldwork, Sulu") and its like button caught loading ("Like Loading...")
 * are dropped; a sentence that goes on after "Posted in" a place is kept.
 */
class PostsAndBarsTest {

  private static final String GREETING = "Morning all, saw this in yesterday's paper. Pasting for those overseas who can't get past the paywall.";
  private static final String SIGNATURE = "--\nDesmond \"Dessie\" Baptiste | Calliaqua, St Vincent";
  private static final String REPLY = "> Do you know when the tickets will be on sale? -- Marlon";

  @Property(tries = 40)
  void thePostAroundAPastedArticleIsDropped(@ForAll("openings") String opening, @ForAll("closings") String closing, @ForAll("frames") String frame) {
    ParagraphSplit split = split(GREETING, frame + " " + opening + " " + frame, P1, P2, P3, frame + " " + closing + " " + frame, SIGNATURE, REPLY);

    assertThat(texts(split)).containsExactly(P1, P2, P3);
  }

  @Property(tries = 20)
  void aPostWithAnOpeningMarkerOnlyKeepsEverything(@ForAll("openings") String opening, @ForAll("frames") String frame) {
    assertThat(texts(split(GREETING, frame + " " + opening + " " + frame, P1, P2))).contains(GREETING, P1, P2);
  }

  @Property(tries = 30)
  void aConsentBarIsDroppedWhateverItsLanguage(@ForAll("bars") String buttons) {
    String bar = "We use cookies to measure our audience and show you relevant ads. " + buttons;

    assertThat(texts(split(P1, P2, bar))).containsExactly(P1, P2);
  }

  @Example
  void sentencesAboutAcceptingOrRefusingAreKept() {
    String prose = "The council may accept or refuse the plan, and the minister said she would not decline to meet the farmers.";

    assertThat(texts(split(P1, prose, P2))).containsExactly(P1, prose, P2);
  }

  @Property(tries = 20)
  void aPrintStampAndAGiftMeterAreDropped(@ForAll("stamps") String stamp) {
    String meter = "You have reached the limit of 3 shared articles this month. Subscribers may share five articles a month with non-subscribers.";

    assertThat(texts(split(P1, stamp, P2, meter, P3))).containsExactly(P1, P2, P3);
  }

  @Provide
  Arbitrary<String> openings() {
    return Arbitraries.of("begin article", "BEGIN PASTED TEXT", "pasted from majurojournal.example", "start of article", "copied from the Vanguard");
  }

  @Provide
  Arbitrary<String> closings() {
    return Arbitraries.of("end article", "END", "end of pasted text", "end");
  }

  @Provide
  Arbitrary<String> frames() {
    return Arbitraries.of("-----", "==========", "----------", "=====");
  }

  @Provide
  Arbitrary<String> bars() {
    return Arbitraries.of("Accept all | Refuse | Settings", "Aceitar | Recusar | Configurar", "Accepter · Refuser · Paramètres",
        "Alle akzeptieren | Ablehnen", "Accept / Reject all / Manage cookies", "OK | More info");
  }

  @Provide
  Arbitrary<String> stamps() {
    return Arbitraries.of("Impresso em 13/11/2024 08:54", "Printed on 13 November 2024, 08:54", "Imprimé le 13/11/2024 à 08:54",
        "Gedruckt am 13.11.2024 um 08:54 Uhr", "Stampato il 13/11/2024 08:54");
  }

  @Property(tries = 60)
  void aBlogsCategoryLineAndLikeButtonAreDropped(@ForAll("blogChrome") String chrome) {
    assertThat(texts(split(chrome, P1, P2, chrome, P3))).containsExactly(P1, P2, P3);
  }

  @Property(tries = 30)
  void aSentenceAboutBeingPostedSomewhereIsKept(@ForAll("postings") String posting) {
    assertThat(texts(split(P1, posting, P2))).containsExactly(P1, posting, P2);
  }

  @Provide
  Arbitrary<String> blogChrome() {
    Arbitrary<String> label = Arbitraries.of("Posted in ", "Filed under ", "Posted under ", "Published in ");
    Arbitrary<String> categories =
        Arbitraries.of("Fieldwork, Sulu", "News", "Middle East | Analysis", "Uncategorized", "Research Notes, Fieldwork and Travel");
    Arbitrary<String> categoryLine = Combinators.combine(label, categories).as((l, c) -> l + c);
    return Arbitraries.oneOf(categoryLine, Arbitraries.of("Like Loading...", "Like Loading…", "Like", "Reblog Like Loading..."));
  }

  @Provide
  Arbitrary<String> postings() {
    return Arbitraries.of(
        "Posted in Kabul in 2019, she spent two years negotiating the release of aid workers.",
        "Published in Nairobi on Monday, the report blames the drought for the rise in cattle raids.",
        "Filed under pressure from the court, the accounts show the firm lost money for three years.",
        "Posted in Jolo for six months, the officer said the smuggling routes had barely changed.");
  }
}
