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
 * Lines that speak to the reader through the outlet's own channels (its app, this e-mail, its
 * station), tell the reader how to reach the writer, tell the client editor what the wire sends
 * next, or state what the publisher is and what may be done with its copy, are dropped wherever
 * they stand; story sentences that mention the same things (a station, a phone number, a company,
 * a photo, comments, a reproduction) are kept.
 */
class ChannelsContactsAndNoticesTest {

  @Property(tries = 80)
  void aCallThroughTheOutletsOwnChannelIsDropped(@ForAll("channelCalls") String call) {
    assertThat(texts(split(P1, call, P2))).containsExactly(P1, P2);
  }

  @Property(tries = 80)
  void howToReachTheWriterIsDropped(@ForAll("reachLines") String line) {
    assertThat(texts(split(P1, P2, line))).containsExactly(P1, P2);
  }

  @Property(tries = 60)
  void aWiresNoteToItsClientsIsDropped(@ForAll("clientNotes") String note) {
    assertThat(texts(split(P1, note, P2))).containsExactly(P1, P2);
  }

  @Property(tries = 60)
  void aPublishersStandingNoticeIsDropped(@ForAll("standingNotices") String notice) {
    assertThat(texts(split(P1, P2, notice))).containsExactly(P1, P2);
  }

  @Property(tries = 30)
  void aTextBrowsersPictureBeforeAnAdvertSlotIsDropped(@ForAll("placeholders") String placeholder, @ForAll("slots") String slot) {
    assertThat(texts(split(P1, placeholder + " " + slot, P2))).containsExactly(P1, P2);
  }

  @Property(tries = 300)
  void storySentencesAboutTheSameThingsAreKept(@ForAll("storySentences") String sentence) {
    assertThat(texts(split(P1, sentence, P2))).containsExactly(P1, sentence, P2);
    assertThat(texts(split(P1, P2, sentence))).containsExactly(P1, P2, sentence);
  }

  @Provide
  Arbitrary<String> channelCalls() {
    Arbitrary<String> opener = Arbitraries.of(
        "Follow our live coverage below.", "Want more local news?", "Need the latest on the storm?", "Looking for the results?");
    Arbitrary<String> call = Arbitraries.of(
        "Refresh for the latest, or turn on alerts in the app.",
        "Listen to Mornings with our presenters, weekdays from 8:30am on 105.7 FM.",
        "Tune in to the drive show on 96.3 FM at 5pm.",
        "Turn on notifications in our app to get updates first.");
    Arbitrary<String> reply = Arbitraries.of(
        "That's it for today. Reply to this email with questions and we'll answer the most common ones on Friday.",
        "We're looking for section editors and photographers for the winter term. Apply at paper.example/volunteer");
    return Arbitraries.oneOf(Combinators.combine(opener, call).as((o, c) -> o + " " + c), reply);
  }

  @Provide
  Arbitrary<String> reachLines() {
    Arbitrary<String> name = Arbitraries.of("Hank Delaney", "Maria José Ortega", "Tom O'Neill", "Aiko Tanaka", "Kwame Mensah Jr.");
    Arbitrary<String> mail = Arbitraries.of("hdelaney@ledger.example", "m.ortega@courier.example", "newsdesk@paper.co.uk");
    Arbitrary<String> more = Arbitraries.of("", " or 406-000-0000", ", 555-0100 or @tanaka_news", " or at +44 20 7946 0000", " and @kwamereports on X");
    Arbitrary<String> verb = Arbitraries.of("can be reached at", "may be reached at", "can be contacted at", "can be reached by email at");
    return Combinators.combine(name, verb, mail, more).as((n, v, m, x) -> n + " " + v + " " + m + x + ".");
  }

  @Provide
  Arbitrary<String> clientNotes() {
    Arbitrary<String> picture = Arbitraries.of(
        "Photo of the skipper at the helm available on the member portal.",
        "Pictures of the launch are available on the subscribers' site.",
        "Video of the rescue moved to clients via the client wire.",
        "Art: Photo of Lisa Carr with her children available on the member portal. Credit: Ben Hollis.",
        "Clients can access incident maps and the full weekly dataset through the Dunefield client portal.",
        "Subscribers can download the data tables from the subscriber area of our website.",
        "Members may view the full report on the member portal.");
    Arbitrary<String> mark = Arbitraries.of(
        "MORE FOLLOWS", "MORE TO FOLLOW", "MORE FOLLOWS - editors note picture available, see Photo LIFEBOAT 01", "MORE TO COME — see later versions");
    return Arbitraries.oneOf(picture, mark);
  }

  @Provide
  Arbitrary<String> standingNotices() {
    Arbitrary<String> outlet = Arbitraries.of("The Currach Media CLG", "Harbour News Ltd", "Valley Voice", "The Lantern Trust");
    Arbitrary<String> form = Arbitraries.of(
        "is a company limited by guarantee registered in Ireland.",
        "is a charity registered in England and Wales.",
        "is a non-profit company incorporated in New Zealand.");
    Arbitrary<String> company = Combinators.combine(outlet, form).as((o, f) -> o + " " + f);
    Arbitrary<String> rights = Arbitraries.of(
        "Powered by EditionReader. Reproduced with permission of the publisher. Redistribution is prohibited.",
        "Unauthorised reproduction is strictly prohibited.",
        "Comments (41) Comments are the responsibility of the person posting them",
        "Comments are the sole responsibility of their authors.",
        "A message from our sponsor: Valley Credit Union. Auto loans from 5.49% APR.",
        "Acknowledging the Wiradjuri people, Traditional Custodians of the land on which we report.");
    return Arbitraries.oneOf(company, rights);
  }

  @Provide
  Arbitrary<String> placeholders() {
    return Arbitraries.of("[IMG]", "[image]", "[IMG] [IMG]", "[iframe]");
  }

  @Provide
  Arbitrary<String> slots() {
    return Arbitraries.of("Advertisement - scroll to continue reading", "Advertisement", "Story continues below advertisement");
  }

  /** Reporting that names a station, a contact, a company, a photo, comments or a reproduction. */
  @Provide
  Arbitrary<String> storySentences() {
    Arbitrary<String> person = Arbitraries.of("Nurse Phiri", "Dana Whitlock", "The skipper", "Councillor Graham Firth", "She");
    Arbitrary<String> deed = Arbitraries.of(
        "said listeners could follow the race on 105.7 FM from 8:30am on Saturday.",
        "said she could be reached at the clinic on 0977 123 456 at night.",
        "told the hearing the firm was a company limited by guarantee registered in Ireland until 2019.",
        "said photos of the launch were available on the council's website.",
        "said comments are the responsibility of the person posting them, not of the platform.",
        "argued that reproduction is prohibited under the museum's loan agreement.",
        "asked whether residents wanted more local news on the radio.",
        "acknowledged the traditional owners of the land before the ceremony began.");
    Arbitrary<String> reported = Combinators.combine(person, deed).as((p, d) -> p + " " + d);
    Arbitrary<String> plain = Arbitraries.of(
        "MORE than 300 people attended the meeting at the town hall on Tuesday night.",
        "More follows from the inquiry, which resumes in January after the holidays.",
        "Nurse Phiri – who runs the clinic – can be reached on 0977 123 456 at night.",
        "Acknowledging the traditional owners of the land, the minister opened the bridge on Tuesday.",
        "The app crashed twice during the vote, and alerts were sent to the wrong suburbs.",
        "Residents who want a refund can apply at the council office before March.",
        "Customers can access their accounts through the bank's customer portal again, the bank said on Monday.",
        "Clients of the firm can see their case files on a portal the court ordered it to build.");
    return Arbitraries.oneOf(reported, plain);
  }
}
