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
import net.jqwik.api.constraints.IntRange;

/**
 * What a page asks of its reader besides reading: to get its app or alerts, to subscribe at a
 * price, to share by a button with its tooltip or from a feed reader's toolbar. Each in several phrasings and positions, with prose
 * of the same vocabulary that must be kept.
 */
class ReaderPromptsTest {

  @Property(tries = 60)
  void anAppOrAlertsPromptIsDroppedWherever(@ForAll("appPrompts") String prompt, @ForAll @IntRange(min = 0, max = 2) int at) {
    String[] blocks = {P1, P2};
    ParagraphSplit result = at == 0 ? split(prompt, P1, P2) : at == 1 ? split(P1, prompt, P2) : split(P1, P2, prompt);

    assertThat(texts(result)).containsExactly(blocks);
  }

  @Property(tries = 40)
  void aPricedSubscriptionOfferIsDropped(@ForAll("pricedOffers") String offer) {
    assertThat(texts(split(P1, offer, P2))).containsExactly(P1, P2);
  }

  @Property(tries = 40)
  void aShareButtonWithItsTooltipIsDropped(@ForAll("shareButtons") String button) {
    ParagraphSplit result = split(P1, P2, button);

    assertThat(texts(result)).containsExactly(P1, P2);
    assertThat(result.dropped(DropReason.SHARE_BAR)).isEqualTo(1);
  }

  @Property(tries = 60)
  void aFeedReadersItemToolbarIsDropped(@ForAll("readerActions") java.util.List<String> actions, @ForAll("gaps") String gap) {
    String toolbar = String.join(gap, actions) + gap + "Share…";
    ParagraphSplit result = split(P1, P2, toolbar);

    assertThat(texts(result)).containsExactly(P1, P2);
  }

  @Property(tries = 20)
  void proseAboutMarkingAndStarringIsKept(@ForAll("readerActions") java.util.List<String> actions) {
    String prose = "Readers told us they " + String.join(" and ", actions).toLowerCase(java.util.Locale.ROOT)
        + " before they share a story with friends, the app's makers said.";
    assertThat(texts(split(P1, prose, P2))).containsExactly(P1, prose, P2);
  }

  @Provide
  Arbitrary<java.util.List<String>> readerActions() {
    return Arbitraries.of("Open in Browser", "Mark as Unread", "Mark as Read", "Star", "Save", "Read Later", "Archive")
        .list().ofMinSize(1).ofMaxSize(4).uniqueElements();
  }

  @Provide
  Arbitrary<String> gaps() {
    return Arbitraries.of("   ", "  |  ", " · ");
  }

  @Property(tries = 20)
  void proseAboutAppsAlertsPricesAndWindowsIsKept(@ForAll("prose") String prose) {
    assertThat(texts(split(P1, prose, P2))).containsExactly(P1, prose, P2);
  }

  @Provide
  Arbitrary<String> appPrompts() {
    Arbitrary<String> outlet = Arbitraries.of("WQRV 9 News", "Evening Star", "Herald's", "Courier");
    Arbitrary<String> verb = Arbitraries.of("Download the", "Get the", "Install the", "Turn on the");
    Arbitrary<String> thing =
        Arbitraries.of(" app for breaking news alerts.", " breaking news alerts straight to your phone",
            " app", " push alerts on your device", " news app, free on iOS and Android.");
    Arbitrary<String> delivery = Combinators.combine(Arbitraries.of("Get", "Receive", "Have"),
        Arbitraries.of("up-to-the-minute news", "breaking news", "the day's top stories", "our morning headlines"),
        Arbitraries.of("sent straight to your device.", "delivered to your inbox", "sent directly to your phone every morning.",
            "pushed to your lock screen"))
        .as((v, n, w) -> v + " " + n + " " + w);
    return Arbitraries.oneOf(Combinators.combine(verb, outlet, thing).as((v, o, t) -> v + " " + o + t), delivery);
  }

  @Provide
  Arbitrary<String> pricedOffers() {
    Arbitrary<String> paper = Arbitraries.of("the Chronicle", "our newsroom", "the Gazette", "The Weekly");
    Arbitrary<String> price = Arbitraries.of("from $2 a week", "for just £1 a month", "for as little as €3",
        "at $49 a year");
    return Combinators.combine(Arbitraries.of("Subscribe to", "Join", "Sign up to"), paper, price)
        .as((v, p, c) -> v + " " + p + " " + c);
  }

  @Provide
  Arbitrary<String> shareButtons() {
    Arbitrary<String> service = Arbitraries.of("Facebook", "X", "LinkedIn", "WhatsApp", "Reddit");
    return Arbitraries.oneOf(
        service.map(s -> "Click to share on " + s + " (Opens in new window)"),
        service.map(s -> "Share on " + s + " (opens in a new tab)"),
        Arbitraries.just("Click to email a link to a friend (Opens in new window)"));
  }

  @Provide
  Arbitrary<String> prose() {
    return Arbitraries.of(
        "Residents can download the county app to report potholes, the highway department said.",
        "The station said it would get the alerts system working again by Friday.",
        "Subscribers to the water scheme pay from $2 a week, far less than the national average.",
        "The fire spread when a gust blew open a window on the top floor, investigators said.",
        "Get the kettle on, she told the volunteers, because the night would be long.",
        "Have the results sent to your phone, the clinic told patients waiting in the car park.",
        "Patients can get their results sent straight to their phones, the clinic said.",
        "\"Get the warning sent straight to your phone,\" the mayor urged residents on Monday.");
  }

  /** What the outlet keeps for its paying readers, said in its own voice ("our"), is a pitch wherever it sits. */
  @Property(tries = 40)
  void aPerkForPayingReadersIsDropped(@ForAll("perks") String perk, @ForAll @IntRange(min = 0, max = 1) int at) {
    ParagraphSplit result = at == 0 ? split(P1, perk, P2) : split(P1, P2, perk);

    assertThat(texts(result)).containsExactly(P1, P2);
  }

  /** A story says what members of a body get, in the third person; the outlet's "our" is not there. */
  @Property(tries = 30)
  void membersBenefitsInAStoryAreKept(@ForAll("memberReports") String report) {
    assertThat(texts(split(P1, report, P2))).containsExactly(P1, report, P2);
  }

  @Provide
  Arbitrary<String> perks() {
    Arbitrary<String> who = Arbitraries.of("Paid subscribers", "Members", "Premium members", "Subscribers", "Founding members", "Supporters");
    Arbitrary<String> verb = Arbitraries.of("get", "receive", "also get", "enjoy", "get access to");
    Arbitrary<String> what =
        Arbitraries.of(
            "our monthly district risk maps.",
            "our monthly incident dataset for the region.",
            "our full archive and early access to reports.",
            "our weekly briefing a day early. Upgrade here.");
    return Combinators.combine(who, verb, what).as((w, v, t) -> w + " " + v + " " + t);
  }

  @Provide
  Arbitrary<String> memberReports() {
    Arbitrary<String> who = Arbitraries.of("Members of the cooperative", "Union members", "Members", "Subscribers to the scheme");
    Arbitrary<String> what =
        Arbitraries.of(
            "get a share of the profits at the end of each season, the chairman said.",
            "receive a discount on seed and fertiliser bought through the store.",
            "will get their first payments in March, according to the ministry.");
    return Combinators.combine(who, what).as((w, t) -> w + " " + t);
  }
}
