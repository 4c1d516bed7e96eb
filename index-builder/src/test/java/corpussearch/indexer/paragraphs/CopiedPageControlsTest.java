package corpussearch.indexer.paragraphs;

import static corpussearch.indexer.paragraphs.Articles.P1;
import static corpussearch.indexer.paragraphs.Articles.P2;
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
 * The controls a copied page carries under its byline: a button acting on the piece it sits on, one
 * verb and its object alone on the line ("Gift this article", "Save this story"), a player's label
 * with the clip's running time ("Listen to the report by our correspondent (03:12)"), and at its foot
 * the site's notice that it sets cookies, copied without its buttons ("We use cookies in accordance
 * with …", "Wir verwenden Cookies …"). Sentences and headings that speak of an article or a story, with a subject or more
 * words, and story sentences about cookies, stay.
 */
class CopiedPageControlsTest {

  @Property(tries = 60)
  void aButtonActingOnThePieceIsDropped(@ForAll("buttons") String button) {
    ParagraphSplit result = split(P1, button, P2);

    assertThat(texts(result)).containsExactly(P1, P2);
    assertThat(result.dropped(DropReason.NAVIGATION)).isEqualTo(1);
  }

  @Property(tries = 40)
  void sentencesAboutAnArticleOrAStoryStay(@ForAll("prose") String prose) {
    assertThat(texts(split(P1, prose, P2))).containsExactly(P1, prose, P2);
  }

  @Property(tries = 60)
  void aPlayersLabelWithItsRunningTimeIsDropped(@ForAll("players") String player) {
    ParagraphSplit result = split(P1, player, P2);

    assertThat(texts(result)).containsExactly(P1, P2);
    assertThat(result.dropped(DropReason.NAVIGATION)).isEqualTo(1);
  }

  @Property(tries = 40)
  void sentencesAboutListeningOrWatchingStay(@ForAll("listeningProse") String prose) {
    assertThat(texts(split(P1, prose, P2))).containsExactly(P1, prose, P2);
  }

  @Provide
  Arbitrary<String> players() {
    Arbitrary<String> label = Arbitraries.of("Listen to the report by our correspondent", "Listen", "Watch", "Watch: the moment the bridge fell",
        "Listen to our correspondent in Dori", "WATCH: Families wait outside the court", "Listen to the interview with the governor");
    Arbitrary<String> time = Combinators.combine(Arbitraries.integers().between(0, 59), Arbitraries.integers().between(0, 59))
        .as((m, sec) -> String.format("(%02d:%02d)", m, sec));
    return Combinators.combine(label, Arbitraries.of(" ", "  ", ""), time).as((l, gap, t) -> l + gap + t);
  }

  @Provide
  Arbitrary<String> listeningProse() {
    return Arbitraries.of(
        "Listen to what the farmers say, the governor told officials at the meeting (10:30 on Tuesday), and then decide.",
        "Listening to the radio at 06:30 each morning, families wait for the names of the released hostages.",
        "Watch for the convoy at the bridge, the soldiers were told (it was due at 14:00).",
        "Play resumed after the rain delay (14:30)",
        "\"Listen to the report,\" the minister said, waving a copy at the cameras (03:12 into the broadcast).");
  }

  @Property(tries = 60)
  void theSitesNoticeThatItSetsCookiesIsDropped(@ForAll("cookieNotices") String notice) {
    ParagraphSplit result = split(P1, P2, notice);

    assertThat(texts(result)).containsExactly(P1, P2);
  }

  @Property(tries = 40)
  void storySentencesAboutCookiesStay(@ForAll("cookieProse") String prose) {
    assertThat(texts(split(P1, prose, P2))).containsExactly(P1, prose, P2);
  }

  @Provide
  Arbitrary<String> cookieNotices() {
    Arbitrary<String> who = Arbitraries.of("We", "This site", "This website", "Our website", "We also", "We only");
    Arbitrary<String> verb = Arbitraries.of("use", "uses", "place", "store", "set");
    Arbitrary<String> tail = Arbitraries.of(" in accordance with Law No. 6698 on the Protection of Personal Data.",
        " to improve your experience.", " and similar technologies to measure our audience and show you relevant ads.",
        ". Read our cookie policy.", " on your device to remember your preferences. Learn more", ".");
    Arbitrary<String> english = Combinators.combine(who, verb, tail).as((w, v, t) -> w + " " + v + " cookies" + t);
    Arbitrary<String> abroad = Arbitraries.of(
        "Wir verwenden Cookies und ähnliche Technologien, um Ihnen ein optimales Nutzungserlebnis zu bieten.",
        "Diese Website nutzt Cookies, um die Reichweite zu messen.", "Nous utilisons des cookies pour mesurer notre audience.",
        "Este sitio web utiliza cookies para mejorar su experiencia.", "Utilizziamo i cookie per migliorare il servizio.",
        "Usamos cookies para personalizar conteúdo e anúncios.");
    return Arbitraries.oneOf(english, abroad);
  }

  @Provide
  Arbitrary<String> cookieProse() {
    return Arbitraries.of(
        "\"We use cookies from the bakery next door for the children,\" the camp's teacher said.",
        "The regulator said the company used cookies to track users without their consent, and fined it 2 million euros.",
        "Websites that set cookies without asking will face fines under the new law, the ministry said on Tuesday.",
        "Officials said the site stored cookies on visitors' phones, which investigators later used to identify them.",
        "We used to bake cookies for the soldiers at the checkpoint, she said, but that stopped in the spring.");
  }

  @Provide
  Arbitrary<String> buttons() {
    Arbitrary<String> verb = Arbitraries.of("Gift", "Save", "Share", "Print", "Report", "Cite", "Bookmark", "Translate", "Follow",
        "Listen to", "Comment on", "gift", "SAVE");
    Arbitrary<String> object = Arbitraries.of("article", "story", "post", "page", "ARTICLE");
    return Combinators.combine(verb, object).as((v, o) -> v + " this " + o);
  }

  @Provide
  Arbitrary<String> prose() {
    return Arbitraries.of(
        "Readers who gift this article to a friend will not be charged, the paper said in a statement on Monday.",
        "I wrote this story after three weeks in the camp.",
        "We stand by this article.",
        "Officials refused to comment on this story when contacted by telephone on Tuesday.",
        "Why this story matters for the farmers of the valley",
        "Save this story for later, she told her students, because the ministry may take it down.");
  }
}
