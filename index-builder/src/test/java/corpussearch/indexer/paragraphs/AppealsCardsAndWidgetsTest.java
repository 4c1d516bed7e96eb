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
 * What a page sets around a story that is not the story: appeals to give, subscribe or write in, a
 * publisher's postal card, a ticker of readings, a reader poll, a partner's description and a note
 * on how the piece was made. Each generated in many shapes, with news sentences on the same subjects
 * (a donation, a poll result, a registration revoked, a translated interview) that must be kept.
 */
class AppealsCardsAndWidgetsTest {

  @Property(tries = 60)
  void anAppealIsDropped(@ForAll("appeals") String appeal) {
    assertThat(texts(split(P1, appeal, P2))).containsExactly(P1, P2);
  }

  @Property(tries = 60)
  void aPostalCardOrImprintIsDropped(@ForAll("cards") String card) {
    assertThat(texts(split(P1, P2, card))).containsExactly(P1, P2);
  }

  @Property(tries = 40)
  void aTickerOfReadingsIsDropped(@ForAll("tickers") String ticker) {
    assertThat(texts(split(ticker, P1, P2))).containsExactly(P1, P2);
  }

  @Property(tries = 40)
  void aPollIsDroppedByItsLabelOrItsAnswers(@ForAll("questions") String question, @ForAll("pollLabels") String label, @ForAll boolean labelled) {
    String poll = labelled ? label + "\n" + question : question + "\n○ Yes   ○ No   ○ Not sure\n[Vote]";
    assertThat(texts(split(P1, P2, poll))).containsExactly(P1, P2);
  }

  @Property(tries = 40)
  void notesAboutThePublicationAndThePieceAreDropped(@ForAll("notes") String note) {
    assertThat(texts(split(P1, P2, note))).containsExactly(P1, P2);
  }

  @Property(tries = 30)
  void newsOnTheSameSubjectsIsKept(@ForAll("prose") String prose) {
    assertThat(texts(split(P1, prose, P2))).containsExactly(P1, prose, P2);
  }

  @Property(tries = 20)
  void aQuestionInTheStoryIsKept(@ForAll("questions") String question) {
    assertThat(texts(split(P1, question, P2))).containsExactly(P1, question, P2);
  }

  @Provide
  Arbitrary<String> appeals() {
    Arbitrary<String> outlet = Arbitraries.of("Chișinău Dispatch", "The Steppe Observer", "Dar Morning Digest");
    Arbitrary<String> price = Arbitraries.of("50 lei a month", "$5 a month", "2,000 shillings a month", "€3 per week");
    return Arbitraries.oneOf(
        Combinators.combine(outlet, price).as((o, p) -> o + " is funded by its readers. Donate from " + p + " and keep our reporting free."),
        Combinators.combine(Arbitraries.of("Subscribe to", "Join", "Follow"), outlet, Arbitraries.of("in Telegram", "on WhatsApp", "on Viber"))
            .as((v, o, c) -> v + " " + o + " " + c + " to get the day’s main news first."),
        Arbitraries.of("Got a story from your street? Just reply to this e-mail – a real person reads every message.",
            "Have a tip? Simply reply to this newsletter and tell us."),
        // a newsletter platform's appeal, its purpose first and the kind of subscription in a few words
        Combinators.combine(outlet, Arbitraries.of("a free or paid subscriber", "a paid subscriber", "a founding member", "a monthly supporter"))
            .as((o, kind) -> o + " is a reader-supported publication. To receive new posts and support my work, consider becoming " + kind + "."),
        // a newsletter platform's upsell to a paid plan, with what it brings
        Arbitraries.of("Upgrade to paid to get the monthly case tracker and full court documents.", "Upgrade to a paid subscription for the archive.",
            "Upgrade to premium to read every issue."));
  }

  @Provide
  Arbitrary<String> cards() {
    Arbitrary<String> name = Arbitraries.of("Dar Morning Digest", "Savinja Herald d.o.o.", "Pacific Media Watch Ltd", "Harbour Post Sp. z o.o.");
    Arbitrary<String> address = Arbitraries.of("P.O. Box 70311, Dar es Salaam, Tanzania.", "Prešernova 10, 3000 Celje.",
        "Honiara, clippings@pmw.example", "PO Box 1100, Port Moresby", "14 Harbour View Road, Mombasa, Kenya", "2 Kenyatta Ave, Nairobi.");
    Arbitrary<String> tail = Arbitraries.of("", " Publisher’s registration no. 1721 in the Media Register.", " Company no. 55012.");
    return Arbitraries.oneOf(
        Combinators.combine(name, address, tail).as((n, a, t) -> n + ", " + a + (a.endsWith(".") ? t : "")),
        name.map(n -> n + " · Honiara · clippings@pmw.example"));
  }

  @Provide
  Arbitrary<String> tickers() {
    return Arbitraries.of("Savinja at Celje: 4.1 m ▼ falling · Laško 3.6 m · Updated 09:00",
        "USD/COP 4.268 · Cartagena 31°C · Sea: calm", "BDS$1 = US$0.50 | Bridgetown 30°C, scattered showers | Sunrise 5:58",
        "Nile at Aswan 88.2 m ▲ · Cairo 34°C · Updated 14:30");
  }

  @Provide
  Arbitrary<String> questions() {
    return Arbitraries.of("Do you feel safer in Celje since the flood wall was built?", "Should the market stay open on Sundays?",
        "Will you use the new night buses?");
  }

  @Provide
  Arbitrary<String> pollLabels() {
    return Arbitraries.of("POLL", "Anketa", "Umfrage:", "Encuesta", "Reader poll", "Quick poll:");
  }

  @Provide
  Arbitrary<String> notes() {
    return Arbitraries.of("Prut River Review is an independent cross-border newsroom covering both banks of the Prut.",
        "The Lagoon Ledger is a non-profit news site based in Majuro.",
        "Some interviews for this story were conducted in Gilbertese and translated by the Tides.",
        "Reporting for this article was supported by the Pacific Media Fund.");
  }

  @Provide
  Arbitrary<String> prose() {
    return Arbitraries.of(
        "The charity said residents had donated 50 lei a month on average, double last year’s figure.",
        "A poll by the institute found that 62% of residents felt safer since the wall was built.",
        "The regulator revoked the registration of Savinja Herald d.o.o., which publishes the paper, on Tuesday.",
        "“We did not expect this,” the fisherman said in an interview translated from Gilbertese.",
        "The river stood at 4.1 m in Celje and 3.6 m in Laško at 9 a.m., the hydrological service said.",
        "Celje beat Maribor 2-1, Koper drew with Olimpija, and Domžale lost at home.",
        "To the surprise of many, becoming a member of the bloc took Moldova less than two years, diplomats said.",
        "To support the families, the council said it had paid for two new classrooms and a well.",
        "Police searched a house at 14 Harbour View Road, Mombasa, on Tuesday and seized two laptops.",
        "Harbour View Road, Mombasa, Kenya, 14 March: Police sealed off the street after the blast.");
  }
}
