package corpussearch.indexer.paragraphs;

import static corpussearch.indexer.paragraphs.Articles.P1;
import static corpussearch.indexer.paragraphs.Articles.P2;
import static corpussearch.indexer.paragraphs.Articles.P3;
import static corpussearch.indexer.paragraphs.Articles.split;
import static corpussearch.indexer.paragraphs.Articles.texts;
import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Round 35's furniture, generated: whom all rights of the page belong to; a client paper's note
 * that an agency provided the story; a newsletter telling the reader her plan; a brief's foot
 * of the site's address and the page's number; a paywall's label; an invitation to the channel in
 * other languages; a wire's "MORE" mark with its codes; a perk for paying readers in brackets; an
 * aggregator's note that the texts are their publishers'. The story's sentences of the same words stay.
 */
class RightsSyndicationAndPlanNoticesTest {
  private static final String TITLE = "The borderlands problem: why the front has outlasted every crackdown";
  private static final String NAMES = "Miriam Castellane and Tomasz Wieczorek";

  @Property(tries = 30)
  void whomAllRightsBelongToIsACopyrightNotice(@ForAll("outlets") String outlet) {
    String notice = "All rights of the published news belong to " + outlet + ". Cannot be republished without written permission.";

    assertThat(texts(split(P1, P2, P3, notice))).containsExactly(P1, P2, P3);
  }

  /** A story about who holds the rights to a film tells of others, in a sentence that does not open with "All rights". */
  @Property(tries = 10)
  void aStoryAboutRightsStays(@ForAll("outlets") String outlet) {
    String prose = "The court ruled that the rights to the footage belong to " + outlet + ", ending a dispute that had run for two years.";

    assertThat(texts(split(P1, prose, P2))).containsExactly(P1, prose, P2);
  }

  @Property(tries = 30)
  void aNoteThatAnAgencyProvidedTheStoryIsDropped(@ForAll("agencies") String agency, @ForAll("outlets") String outlet) {
    String note = "This story was provided by " + agency + " and has not been edited by " + outlet + ".";

    assertThat(texts(split(P1, P2, note, P3))).containsExactly(P1, P2, P3);
  }

  /** "The report was provided by the ministry …" is news: only "this story" speaks of the page. */
  @Property(tries = 10)
  void aReportProvidedBySomeoneStays(@ForAll("agencies") String agency) {
    String prose = "The report was provided by " + agency + " to investigators, who passed it to the prosecutor's office in March.";

    assertThat(texts(split(P1, prose, P2))).containsExactly(P1, prose, P2);
  }

  @Property(tries = 30)
  void aNewsletterTellingTheReaderHerPlanIsDropped(@ForAll("plans") String plan, @ForAll("outlets") String outlet) {
    String upsell = "You're currently a " + plan + " subscriber to " + outlet + ". For the full archive and monthly deep dives, upgrade your subscription.";

    assertThat(texts(split(P1, P2, upsell, P3))).containsExactly(P1, P2, P3);
  }

  /** "lowlands-institute.example    2" at each page break of a converted brief. */
  @Property(tries = 30)
  void aBriefsFootOfItsAddressAndPageNumberIsDropped(@ForAll("addresses") String address, @ForAll @IntRange(min = 2, max = 12) int page) {
    String foot = "                                              " + address + "    " + page;

    ParagraphSplit result = split("LOWLANDS INSTITUTE FOR SECURITY STUDIES", TITLE, NAMES, P1, P2, foot, P3);

    assertThat(texts(result)).containsSubsequence(P1, P2, P3).noneMatch(text -> text.contains(address));
  }

  @Property(tries = 30)
  void aPaywallsLabelIsDropped(@ForAll("paywallLabels") String label) {
    assertThat(PaywallLabels.isPaywallLabel(label)).isTrue();
    assertThat(texts(split(label, P1, P2, P3))).containsExactly(P1, P2, P3);
  }

  /** A sentence that tells of subscribers is no label. */
  @Property(tries = 10)
  void aSentenceAboutSubscribersIsNoPaywallLabel(@ForAll("paywallLabels") String label) {
    assertThat(PaywallLabels.isPaywallLabel("The paper said its " + label.toLowerCase() + " section would close in May.")).isFalse();
  }

  @Property(tries = 30)
  void anInvitationToTheChannelInAnotherLanguageIsDropped(@ForAll("foreignPrompts") String prompt) {
    assertThat(AppPrompts.isAppPrompt(prompt)).isTrue();
    assertThat(texts(split(P1, P2, prompt, P3))).containsExactly(P1, P2, P3);
  }

  /** "MORE 1112 EPA GEN" between two takes of a wire story: the time it was sent and the agency's and desk's codes. */
  @Property(tries = 30)
  void aWiresMoreMarkWithItsCodesIsDropped(@ForAll @IntRange(min = 0, max = 2359) int time, @ForAll("agencyCodes") String codes) {
    String mark = "MORE " + String.format("%04d", time) + " " + codes;

    assertThat(texts(split(P1, mark, P2, P3))).containsExactly(P1, P2, P3);
  }

  @Property(tries = 20)
  void aPerkForPayingReadersInBracketsIsDropped(@ForAll("plans") String plan) {
    String note = "[" + Character.toUpperCase(plan.charAt(0)) + plan.substring(1) + " subscribers get the monthly data file with every item I archive. Upgrade here.]";

    assertThat(texts(split(P1, note, P2, P3))).containsExactly(P1, P2, P3);
  }

  @Property(tries = 20)
  void anAggregatorsRightsNoteIsDropped(@ForAll("outlets") String outlet) {
    String note = outlet + " collects stories from over 900 sources. Headlines and text belong to their publishers.";

    assertThat(texts(split(P1, P2, P3, note))).containsExactly(P1, P2, P3);
  }

  @Property(tries = 20)
  void aBreakingTickersOneHeadlineIsDropped(@ForAll("tickerLabels") String label) {
    String ticker = label + ": Torkham border to remain closed for trade till Wednesday, says customs official";

    assertThat(texts(split(ticker, P1, P2, P3))).containsExactly(P1, P2, P3);
  }

  @Property(tries = 20)
  void anAggregatorsButtonsAreDropped(@ForAll("outlets") String outlet) {
    String more = "Continue reading on " + outlet.replace("the ", "") + " · ad-free with Plus";

    assertThat(texts(split("Why am I seeing this story?", P1, more, P2, P3))).containsExactly(P1, P2, P3);
  }

  @Property(tries = 20)
  void aNoteThatTheIssueIsFreeAndAPaidSubscriptionFundsItIsDropped(@ForAll("plans") String plan) {
    String note = "-- This issue is free. If you find it useful, consider a " + plan + " subscription: it funds the interviews. --";

    assertThat(texts(split(P1, note, P2, P3))).containsExactly(P1, P2, P3);
  }

  /** A German paragraph wrapped hard: every line opens with a capital, and it stays, however like a list of headlines its lines look. */
  @Property(tries = 10)
  void aHardWrappedGermanParagraphStays(@ForAll("germanNames") String name) {
    String wrapped = "Sicherheitsexperten sehen in der Grenzregion zu Tadschikistan ein wachsendes\n"
        + "Problem. „Die Gruppe rekrutiert gezielt junge Männer aus Zentralasien, die in\n"
        + "Afghanistan oder in Russland arbeiten“, sagt die Terrorismusforscherin " + name + "\n"
        + "Albers von einem Berliner Institut. Die Taliban hätten darauf mit verstärkten\n"
        + "Razzien reagiert.";

    assertThat(texts(split(P1, wrapped, P2))).hasSize(3);
  }

  @Property(tries = 10)
  void aCaptionCreditedToAFilePhotoIsDropped(@ForAll("outlets") String outlet) {
    String caption = "A Taliban fighter guards a road near Mazar-i-Sharif. File photo: " + outlet.replace("the ", "The ");

    assertThat(texts(split(caption, P1, P2, P3))).containsExactly(P1, P2, P3);
  }

  @Provide
  Arbitrary<String> tickerLabels() {
    return Arbitraries.of("Breaking", "Breaking news", "Just in", "BREAKING");
  }

  @Provide
  Arbitrary<String> germanNames() {
    return Arbitraries.of("Katrin", "Sabine", "Jürgen");
  }

  @Provide
  Arbitrary<String> foreignPrompts() {
    return Arbitraries.of("Подписывайтесь на наш Telegram-канал и будьте в курсе главных новостей юга.", "Folgen Sie uns auf Instagram!",
        "Suivez-nous sur WhatsApp pour ne rien manquer.", "Síguenos en nuestro canal de Telegram.", "Seguici su Facebook");
  }

  @Provide
  Arbitrary<String> agencyCodes() {
    return Arbitraries.of("EPA GEN", "CPA", "NSA POL WLD");
  }

  @Provide
  Arbitrary<String> outlets() {
    return Arbitraries.of("Bosphorus Ledger", "the Baltic Coast Herald", "The Khorasan Brief", "Kestrel Bay Courier");
  }

  @Provide
  Arbitrary<String> agencies() {
    return Arbitraries.of("Nordic Wire Service", "Pamir Wire", "the Continental Press Agency");
  }

  @Provide
  Arbitrary<String> plans() {
    return Arbitraries.of("free", "paid", "premium");
  }

  @Provide
  Arbitrary<String> addresses() {
    return Arbitraries.of("lowlands-institute.example", "www.cfss.example", "meridianreview.example");
  }

  @Provide
  Arbitrary<String> paywallLabels() {
    return Arbitraries.of("Article réservé aux abonnés", "Subscribers only", "Members-only content", "Nur für Abonnenten",
        "Exclusivo para suscriptores", "Riservato agli abbonati", "Paid subscribers only");
  }
}
