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
 * What a page sells or whom it asks the reader to call, set among the story: adverts under their
 * label in many languages, unlabelled offers with a price, one-line contact cards, tip-line
 * prompts, a chat channel's chrome and a mailing's sign-off. Each with a news sentence in the same
 * words (an advert ban, a fare rise with prices, a hotline a minister announced) that must be kept.
 */
class AdvertsAndContactsTest {

  @Property(tries = 60)
  void anAdvertUnderItsLabelIsDropped(@ForAll("labels") String label, @ForAll("adverts") String advert, @ForAll("labelSets") int set) {
    String block = switch (set) {
      case 0 -> label + "\n" + advert;
      case 1 -> label.toUpperCase(java.util.Locale.ROOT) + " | " + advert;
      default -> "[" + label + "] " + advert;
    };

    assertThat(texts(split(P1, block, P2))).containsExactly(P1, P2);
  }

  @Property(tries = 20)
  void aLoneLabelIsDroppedAndTheParagraphAfterItKept(@ForAll("labels") String label) {
    assertThat(texts(split(P1, label, P2))).containsExactly(P1, P2);
    assertThat(texts(split(P1, label + "\n" + P2))).containsExactly(P1, P2);
  }

  @Property(tries = 30)
  void aLabelOverABlankLineTakesOnlyMarkedAdvertCopy(@ForAll("labels") String label, @ForAll("markedCopy") String copy) {
    assertThat(texts(split(P1, label, copy, P2))).containsExactly(P1, P2);

    ParagraphSplit underHeading = split(P1, label, "What happens next", P2);
    assertThat(underHeading.paragraphs()).extracting(Paragraph::text).containsExactly(P1, P2);
    assertThat(underHeading.paragraphs().get(1).section()).isEqualTo("What happens next");
  }

  @Provide
  Arbitrary<String> markedCopy() {
    return Arbitraries.of("Weinhaus Krenn — tastings every weekend in Krems", "Morabeza Rent-a-Car | from 2 500 escudos a day",
        "Hegarty's Hardware · Paint, timber and garden supplies", "Learn to sail this summer at www.sailing.example");
  }

  @Property(tries = 40)
  void anUnlabelledOfferWithAPriceIsDropped(@ForAll("offers") String offer) {
    assertThat(texts(split(P1, offer, P2))).containsExactly(P1, P2);
  }

  @Property(tries = 40)
  void aOneLineContactCardIsDropped(@ForAll("contactCards") String card) {
    assertThat(texts(split(P1, P2, card, P3))).containsExactly(P1, P2, P3);
  }

  @Property(tries = 40)
  void aPromptAChannelsChromeOrASignOffIsDropped(@ForAll("prompts") String prompt) {
    assertThat(texts(split(P1, P2, prompt))).containsExactly(P1, P2);
  }

  @Property(tries = 30)
  void proseWithTheSameWordsIsKept(@ForAll("prose") String prose) {
    assertThat(texts(split(P1, prose, P2))).containsExactly(P1, prose, P2);
  }

  @Provide
  Arbitrary<String> labels() {
    return Arbitraries.of("Advertisement", "SPONSORED", "Reklama", "Anzeige", "Publicidad", "Publicité", "Pubblicità", "Advertentie",
        "Annons", "Werbung", "Реклама", "Promoted");
  }

  @Provide
  Arbitrary<Integer> labelSets() {
    return Arbitraries.integers().between(0, 2);
  }

  @Provide
  Arbitrary<String> adverts() {
    return Arbitraries.of("Herzegovina Wine Route — tastings every weekend in Čapljina",
        "Fly Nuku’alofa–Auckland from 499 pa’anga return this October. Conditions apply.",
        "Planning a wedding this winter? Discover the new banqueting halls at Palazzo Xirka, now taking bookings for 2025.",
        "Kumul Motors Goroka: new Hilux 4x4, finance available");
  }

  @Provide
  Arbitrary<String> offers() {
    Arbitrary<String> verb = Arbitraries.of("Fly to Barbados", "Book two nights in Mindelo", "Travel Riga–Tallinn", "Stay at the Harbour Inn");
    Arbitrary<String> price = Arbitraries.of("from US$189 return", "for 120 euros", "from 499 pa’anga", "from GYD 5,000", "for just £39");
    Arbitrary<String> tail = Arbitraries.of(" return.", " this weekend.", " per night. Book by Thursday with Coastal Air.", " — conditions apply.",
        " now!");
    return Arbitraries.oneOf(Combinators.combine(verb, price, tail).as((v, p, t) -> v + " " + p + t),
        Arbitraries.of("52 issues delivered to your door for 39 euros.", "12 issues for only $30, delivered free.",
            "Book now: 3 nights for the price of 2 at Hotel Bay. T&Cs apply.", "Visit our showroom at 14 Main Street. Call 555 0147 today!",
            "Try our new lunch menu at the Harbour Café. Conditions apply."));
  }

  @Provide
  Arbitrary<String> contactCards() {
    Arbitrary<String> label = Arbitraries.of("Hotline for vaccination questions", "For media enquiries", "-- Desk editor", "Information",
        "Fako Pharma —");
    Arbitrary<String> contact = Arbitraries.of("0 800 00147 (free of charge, Monday to Friday, 8:00–17:00)",
        "Corporate Communications Unit, tel +268 2500 0147", "Innocent Mugabo; desk@rps.example; +250 788 555 014",
        "open 24 hours at Molyko junction. Tel 655 500 147");
    return Combinators.combine(label, contact).as((l, c) -> l.endsWith("—") ? l + " " + c : l + ": " + c);
  }

  @Provide
  Arbitrary<String> prompts() {
    return Arbitraries.of("Got a story? Send us a text or WhatsApp on 555 0147 – we read every message.",
        "Have a tip? Drop us a line at tips@herald.example", "Bishkek Bulletin in Telegram: news every hour",
        "Forwarded from Zarafshan Daily — English", "[Pinned message] Our website is back online", "The Courier on WhatsApp — breaking news first",
        "Mālō ‘aupito for reading. See you next Thursday.", "Mālō e lelei! Here is what happened across the Kingdom this week.",
        "Bula! Here's your Friday briefing.", "Cheers, see you Monday.", "Until next week,", "The Matangi Bulletin team, Nuku’alofa",
        "For advertising enquiries call 555 0199 or email ads@herald.example", "Want to reach 50,000 readers? Advertise with us.",
        "Send your news to news@herald.example or WhatsApp 0777 555 147", "Enjoyed this newsletter? Share it with a friend.",
        "Hi everyone, welcome to this week's edition.", "That's it from us. Back next Friday!",
        "Have a great weekend, and thanks for reading!", "This content was produced by our commercial team on behalf of Visit Malta.", "To advertise in the Herald, call our sales team on 020 7946 0000.", "Thanks again for reading!", "See you on Monday.",
        "Advertise on Ohrid Lake Herald: 46 000 readers a month", "Like what we do? The Adriatic Times is free to read. Support us with a monthly donation.",
        "PHOTO AVAILABLE: RPS-PIX-240805-022. Caption: Farmers unload sacks of potatoes at the cooperative storage house in Kinigi.");
  }

  @Provide
  Arbitrary<String> prose() {
    return Arbitraries.of(
        "The council voted to ban advertisement hoardings on the seafront, saying the signs spoiled the view of the bay.",
        "Ferry fares rose to 499 pa’anga return from November, the operator said, blaming fuel costs.",
        "Book prices have risen from $10 to $14 in two years, according to the publishers' association.",
        "Call centres charge from $5 a minute for the helpline, consumer groups complain.",
        "Residents can call the new hotline on 0 800 00147 from Monday to Friday, the minister said.",
        "Nurse Mary Phiri – who runs the clinic alone – can be reached on 0999 555 147 at night.",
        "Update: The road reopened at 3pm on Tuesday; drivers can call 0800 123 4567 for traffic news.",
        "Volunteers who answered the phone said the line was open 24 hours during the floods.",
        "The word reklama, used for adverts across the region, was painted over on the old cinema's front.",
        "Pinned beneath the rubble for two days, the shopkeeper survived on rainwater.",
        "She thanked the pupils for reading more than five hundred books this term.",
        "Until next year, the bridge will stay closed to lorries.",
        "Stop! Here is the ferry, she shouted to the children waiting on the jetty.",
        "Visitors should call 555 0147 to book a place on the tour.", "Call 555 0147 if you see the missing boy, police said.",
        "The Bulletin team won the regional quiz on Friday.", "Until next week, the road will stay closed.",
        "Want to help? Share the appeal with friends, organisers said.",
        "Welcome to the new season of community theatre, which opens on Friday.",
        "That's it for the old ferry: it leaves service on Monday.", "More on Friday when the council votes, the mayor said.",
        "Travel agents report bookings from $499 return to Auckland are selling out this October.",
        "Forwarded from one ministry to another, the letter took six weeks to arrive.",
        "Support us with your vote on Sunday, the candidate told the crowd.",
        "The party's new slogan, Support us with your vote, was printed on every poster.");
  }
}
