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
 * What a site says in its own voice around a story: a wire feed's version note, an acknowledgement
 * of country, an invitation to its messaging channel, a membership or subscription pitch, a
 * picture's credit in brackets, a media contact card without its colon. Each generated, next to
 * prose of the same vocabulary that must be kept.
 */
class SiteNoticesTest {

  @Property(tries = 40)
  void aWireVersionNoteIsDropped(@ForAll("versionNotes") String note) {
    assertThat(texts(split(note, P1, P2))).containsExactly(P1, P2);
  }

  @Property(tries = 40)
  void anAcknowledgementOfCountryIsDropped(@ForAll("acknowledgements") String acknowledgement) {
    assertThat(texts(split(P1, P2, acknowledgement))).containsExactly(P1, P2);
  }

  @Property(tries = 40)
  void anInvitationToTheSitesChannelIsDropped(@ForAll("channelPrompts") String prompt) {
    assertThat(texts(split(P1, prompt, P2))).containsExactly(P1, P2);
  }

  @Property(tries = 40)
  void aMembershipOrSubscriptionPitchIsDropped(@ForAll("pitches") String pitch) {
    assertThat(texts(split(P1, pitch, P2))).containsExactly(P1, P2);
  }

  @Property(tries = 40)
  void aCaptionEndingInTheBracketedPhotographerAndOutletIsDropped(
      @ForAll("photographers") String photographer, @ForAll("outlets") String outlet) {
    String caption = "Superintendent Gail Rourke answers questions from parents during Tuesday's board meeting. ("
        + photographer + "/" + outlet + ")";
    assertThat(texts(split(caption, P1, P2))).containsExactly(P1, P2);
  }

  @Property(tries = 40)
  void aContactCardUnderABareLabelIsDropped(@ForAll("contactLabels") String label, @ForAll("contacts") String contact) {
    assertThat(texts(split(P1, P2, label + "\nUniversity Communications and Marketing\n" + contact))).containsExactly(P1, P2);
  }

  @Property(tries = 60)
  void aPaywallNoticeAContactLineOrAThankYouIsDropped(@ForAll("readerNotices") String notice) {
    assertThat(texts(split(P1, P2, notice))).containsExactly(P1, P2);
  }

  @Property(tries = 40)
  void aContributionCreditIsDropped(@ForAll("contributors") String contributor, @ForAll boolean withFiles) {
    String credit = withFiles ? "— With files from " + contributor : contributor + " contributed to this report.";
    assertThat(texts(split(P1, P2, credit))).containsExactly(P1, P2);
  }

  @Property(tries = 40)
  void whereTheReportersWereIsDropped(@ForAll("reporterSurnames") String reporter, @ForAll("reportingPlaces") String place) {
    assertThat(texts(split(P1, P2, reporter + " reported from " + place + "."))).containsExactly(P1, P2);
  }

  @Provide
  Arbitrary<String> reporterSurnames() {
    return Arbitraries.of("Sultanova", "Doe", "Ng and Okafor", "Al-Hashimi");
  }

  @Provide
  Arbitrary<String> reportingPlaces() {
    return Arbitraries.of("Almaty, Kazakhstan", "Kabul", "Dakar and Roe from Bamako", "the United Nations");
  }

  @Property(tries = 40)
  void aLabelledDisclosureIsDropped(@ForAll("disclosureLabels") String label, @ForAll("disclosures") String disclosure) {
    assertThat(texts(split(P1, label + "\n" + disclosure, P2))).containsExactly(P1, P2);
  }

  @Property(tries = 20)
  void proseOfTheSameVocabularyIsKept(@ForAll("prose") String prose) {
    assertThat(texts(split(P1, prose, P2))).containsExactly(P1, prose, P2);
  }

  @Provide
  Arbitrary<String> versionNotes() {
    return Combinators.combine(
            Arbitraries.of("Adds", "Updates with", "Recasts with", "Corrects", "Refiles to add"),
            Arbitraries.of("economist comment, currency move in paragraphs 6-8", "minister's quotes",
                "spelling of governor's name in paragraph 3", "byline"))
        .as((verb, what) -> "(" + verb + " " + what + ")");
  }

  @Provide
  Arbitrary<String> acknowledgements() {
    return Arbitraries.of(
        "We acknowledge the Traditional Custodians of the land on which we live and work.",
        "The Wirra Creek Wire acknowledges the Traditional Owners of the lands where we report.",
        "We respectfully acknowledge the traditional custodians of country throughout the region and pay our respects to Elders past and present.",
        "We acknowledge the Traditional Owners of the land on which we work. We pay our respects to Elders past, present and emerging.",
        "We acknowledge the First Nations on whose territories our newsroom stands.");
  }

  @Provide
  Arbitrary<String> channelPrompts() {
    return Combinators.combine(
            Arbitraries.of("Join our", "Follow our", "Join the Courier's", "Follow the Herald's"),
            Arbitraries.of("WhatsApp channel", "Telegram channel", "WhatsApp news channel", "breaking news alerts"),
            Arbitraries.of(" for breaking news alerts", " for the latest updates", "", "."))
        .as((verb, channel, tail) -> verb + " " + channel + tail);
  }

  @Provide
  Arbitrary<String> pitches() {
    return Arbitraries.of(
        "Did you know with a Digital Subscription to Westmarsh Evening Echo, you can get unlimited access to the website including our premium content, as well as benefiting from fewer ads, loyalty rewards and much more. Learn More",
        "With a membership you will enjoy ad-free reading and exclusive content every week.",
        "Heat Ledger is free to read because members pay for it. If this story was useful, become a member.",
        "If you value local news, become a supporter today.",
        "If you made it this far, become a paying subscriber.");
  }

  @Provide
  Arbitrary<String> readerNotices() {
    return Arbitraries.of(
        "You have 3 free articles remaining this month.", "Create a free account to keep reading.",
        "This content is for subscribers only.", "Subscribe to keep reading.",
        "Reach Jane Doe at 555-0100 or jdoe@harbourtimes.example.", "Contact the author at jane.doe@harbourtimes.example",
        "We want to hear from you. Email letters@harbourtimes.example", "Thanks for reading The Harbour Times.",
        "Stay informed. Subscribe to The Harbour Times today.", "Follow us on Facebook and Instagram for the latest news.",
        "Subscribe to our YouTube channel for more videos.", "Have your say in the comments below.", "Loading comments…",
        "Please enable JavaScript to view the comments.", "This article contains affiliate links. We may earn a commission.",
        "This story was produced in partnership with the Harbour Fund.",
        "Subscribe to Rand Ledger Premium for R69/month. Cancel anytime.", "$1 for the first month, then $8.50/week.",
        "Found a mistake in this article? Report it here.", "Click to follow The Straits Courier on WhatsApp",
        "Our stories may be republished online or in print under Creative Commons license CC BY-ND 4.0.",
        "Thanks for reading The Harbourlight Dispatch! This post is public so feel free to share it.",
        "Want to write? Write an article and join a growing community of more than 190,000 academics and researchers.",
        "Transcript available for Patreon supporters.", "@janedoe", "@janedoe @harbourtimes");
  }

  @Provide
  Arbitrary<String> disclosureLabels() {
    return Arbitraries.of("Disclosure statement", "Competing interests", "Partners", "Funding:");
  }

  @Provide
  Arbitrary<String> disclosures() {
    return Arbitraries.of("Ngaio Harrow receives funding from the National Coastal Research Council.",
        "Southern Tablelands University provides funding as a member of The Lectern AU.",
        "Jo Lee does not work for, consult, own shares in or receive funding from any company that would benefit from this article.");
  }

  @Provide
  Arbitrary<String> contributors() {
    return Arbitraries.of("The Associated Press", "Reuters", "The Canadian Press", "Staff writer Ana Ruiz", "Jo Lee in Suva");
  }

  @Provide
  Arbitrary<String> photographers() {
    return Arbitraries.of("Marcus Tegler", "Ana Ruiz", "Jean-Luc O'Neil", "Priya Raghunathan");
  }

  @Provide
  Arbitrary<String> outlets() {
    return Arbitraries.of("Gazette-Journal", "The Herald", "AP", "Lowmarsh Review");
  }

  @Provide
  Arbitrary<String> contactLabels() {
    return Arbitraries.of("Media contact", "Press contact", "Contact", "Media enquiries");
  }

  @Provide
  Arbitrary<String> contacts() {
    return Arbitraries.of("news@harwickstate.example | 555-0123", "+44 20 7946 0958", "press@uni.example");
  }

  @Provide
  Arbitrary<String> prose() {
    return Arbitraries.of(
        "The land council said it would acknowledge the traditional owners in a ceremony next month, after years of dispute.",
        "Farmers said they would join the WhatsApp group set up by the cooperative, which now has more than 400 members.",
        "Subscribers to the paper's print edition fell by a fifth last year, the publisher said in its annual report.",
        "The vote split along party lines (Labour/Green), with two independents abstaining after a long debate.",
        "The ministry said it had added three inspectors (replacing two who retired) and would publish a report in May.",
        "Media contact with the families was limited to a single briefing, the police said on Sunday evening.",
        "\"Come and have your say,\" the mayor told residents at the packed meeting on Tuesday night, urging them to attend.",
        "The union said members have contributed to this report by sharing their pay slips with researchers over several months.",
        "Residents can reach the council at its offices on Main Street, which open at 8am on weekdays.",
        "The retailer said the site uses affiliate links to earn money from sales, a practice regulators are now reviewing.",
        "With files from the archive, the historian reconstructed how the town looked before the fire of 1911.",
        "Smith reported from Kabul for a decade before the paper closed its bureau there in 2021, and the loss is still felt.",
        "Officials reported from the border that the crossing had reopened on Tuesday.",
        "You have three options, the adviser told the families, and none of them will be cheap or quick to arrange.",
        "Workers at the plant earn about $300 a week, the union said, far below the regional average for the industry.",
        "The hospital receives funding from the state health department and from a local charity, its director said.",
        "Funding for the sea wall will come from a targeted rate on properties in the harbour zone, the council said.");
  }
}
