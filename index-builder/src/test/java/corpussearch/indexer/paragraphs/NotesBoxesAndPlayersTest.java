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

/**
 * Furniture of kinds that news pages carry and a copy, a reader view, a clipper or pdftotext keeps:
 * a consent platform's notice, the page's notes on its transcripts, links and funded posts, a
 * wire's advisories and picture-desk notes, rules for letters, jump lines, audio players, credits
 * "courtesy of", discounts, fact boxes, a forwarder's note, and any notice set off by a clipper's
 * quote mark or a running footer's site address. Each family has prose of the same words that is
 * kept.
 */
class NotesBoxesAndPlayersTest {

  @Property(tries = 200)
  void aNoteBetweenOrAfterTheParagraphsIsDropped(@ForAll("notes") String note, @ForAll("setOff") String setOff, @ForAll boolean last) {
    String line = setOff + note;
    ParagraphSplit result = last ? split(P1, P2, line) : split(P1, line, P2);

    assertThat(texts(result)).containsExactly(P1, P2);
  }

  @Property(tries = 20)
  void everyLineABigSitesCopyDragsAlongIsDropped(@ForAll("bigSites") String line) {
    assertThat(texts(split(P1, line, P2))).containsExactly(P1, P2);
  }

  @Provide
  Arbitrary<String> bigSites() {
    return bigSiteLines();
  }

  @Property(tries = 60)
  void proseWithTheSameWordsIsKept(@ForAll("prose") String prose) {
    assertThat(texts(split(P1, prose, P2))).containsExactly(P1, prose, P2);
  }

  @Property(tries = 60)
  void aFactBoxIsDropped(@ForAll("factLabels") String label, @ForAll("facts") List<String> facts, @ForAll boolean inline) {
    String box = inline
        ? label.toUpperCase(java.util.Locale.ROOT) + " " + String.join("\n", facts)
        : label + "\n" + String.join("\n", facts);

    assertThat(texts(split(P1, box, P2))).containsExactly(P1, P2);
  }

  @Property(tries = 30)
  void aForwardersHeaderAndNoteAreDropped(@ForAll("forwardNotes") String note, @ForAll("forwardMarkers") String marker) {
    ParagraphSplit result = split("Tom Harvey <tom.harvey@mail.example>    Thu, 28 Nov 2024 at 14:10", note, marker, P1, P2, P3);

    assertThat(texts(result)).containsExactly(P1, P2, P3);
  }

  @Provide
  Arbitrary<String> setOff() {
    return Arbitraries.of("", "", "> ", "ledger.example | ", "www.tidewater-courier.example · ");
  }

  @Provide
  Arbitrary<String> notes() {
    return Arbitraries.oneOf(consentNotices(), pageNotes(), fundingNotes(), clientNotes(), letterRules(), jumpLines(),
        players(), courtesyCaptions(), discounts(), signUps(), bigSiteLines());
  }

  @Provide
  Arbitrary<String> prose() {
    return Arbitraries.of(
        "The court transcripts were produced by the defence on Monday and run to 400 pages, the judge said.",
        "Two reporters are funded by the grant, which the foundation said would run until 2027.",
        "The council is not responsible for the roads in the estate, which belong to the developer, she said.",
        "Editors at the paper met on Tuesday to discuss the strike, which has closed three newsrooms.",
        "Pictures of the flooding were shared widely on social media before the road was closed.",
        "Letters from residents to the council ran to more than 200 pages, and most opposed the plan.",
        "At a glance, the plan looks cheap, but the council's own figures show costs doubling by 2030.",
        "In numbers that startled officials, more than 3,000 people turned up to the meeting on Friday.",
        "We and our neighbours have lived on this street for forty years, and nobody asked us, she said.",
        "The privacy of patients was not protected when the records were left in an unlocked room, the report found.",
        "He said the text of the treaty may change before it is signed in March.",
        "Listen to the people who live here before you build anything, the farmer told the minister.",
        "The photo, courtesy of a neighbour, shows the bridge moments before it collapsed into the river.",
        "Shoppers who book direct can save 15% on average, the consumer group found in its survey.");
  }

  @Provide
  Arbitrary<String> factLabels() {
    return Arbitraries.of("FAST FACTS", "In numbers", "By the numbers:", "At a glance —", "Key facts", "Quick facts:", "Factbox",
        "Facts and figures");
  }

  @Provide
  Arbitrary<List<String>> facts() {
    return Arbitraries.of("50-70 megalitres a day: planned output", "84%: dam levels in the supply system this week",
            "23 member farms", "3 solar boreholes, 8 more planned by 2025", "R4.2m: provincial grant", "1952: year the dam was built")
        .list().ofMinSize(1).ofMaxSize(5);
  }

  @Provide
  Arbitrary<String> forwardNotes() {
    return Arbitraries.of("Thought you would want this one for the high streets project - see the bit about the footfall counters. T",
        "FYI - relevant to Thursday's meeting.", "See below, worth a read before the board meets next week.");
  }

  @Provide
  Arbitrary<String> forwardMarkers() {
    return Arbitraries.of("---------- Forwarded message ---------", "Begin forwarded message:", "-----Original Message-----");
  }

  private static Arbitrary<String> outlets() {
    return Combinators.combine(Arbitraries.of("Tidewater", "Kestrel Bay", "Lowmarsh", "Island Talk 94"),
            Arbitraries.of("Ledger", "News", "FM", "Courier"))
        .as((place, kind) -> place + " " + kind);
  }

  private static Arbitrary<String> consentNotices() {
    Arbitrary<String> opener = Arbitraries.of("We value your privacy.", "Your privacy is important to us.", "We care about your privacy.", "");
    Arbitrary<Integer> partners = Arbitraries.integers().between(12, 980);
    Arbitrary<String> verb = Arbitraries.of("store and access information on your device", "store and/or access information on a device",
        "use cookies and similar technologies", "process personal data");
    return Combinators.combine(opener, partners, verb)
        .as((o, n, v) -> (o + " We and our " + n + " partners " + v + " for purposes such as personalised advertising and content measurement.").strip());
  }

  private static Arbitrary<String> pageNotes() {
    return Arbitraries.oneOf(
        Combinators.combine(Arbitraries.of("transcript", "interview", "conversation"), Arbitraries.of("edited", "lightly edited", "condensed"))
            .as((kind, verb) -> "This " + kind + " has been " + verb + " for clarity. Audio of the original broadcast is available below."),
        Combinators.combine(outlets(), Arbitraries.of("produced", "created", "prepared"))
            .as((o, verb) -> o + " transcripts are " + verb + " on a rush deadline and may not be in their final form."),
        Combinators.combine(Arbitraries.of("Disclaimer: ", ""), outlets(), Arbitraries.of("external sites", "external websites", "third-party sites"))
            .as((label, o, what) -> label + o + " is not responsible for the content of " + what + "."));
  }

  private static Arbitrary<String> fundingNotes() {
    return Combinators.combine(Arbitraries.of("Local Journalism Initiative reporters are", "This reporting position is", "Our climate reporters are"),
            Arbitraries.of("funded by the Government of Canada.", "supported by the Meyer Foundation.", "paid for in part by readers' donations."))
        .as((who, how) -> who + " " + how);
  }

  private static Arbitrary<String> clientNotes() {
    return Arbitraries.oneOf(
        Combinators.combine(Arbitraries.of("ADVISORY", "EDITORS", "Note to editors", "Eds"),
                Arbitraries.of("Editors are advised that the Manitoba legislature sitting scheduled for Tuesday afternoon has been cancelled. No story is planned.",
                    "A new lead will follow by 1500 GMT.", "Please disregard the earlier item on the budget vote."))
            .as((label, text) -> label + ": " + text),
        Combinators.combine(Arbitraries.of("RGNA photo service", "Pictures desk", "Video"), Arbitraries.of("pictures", "photos", "footage"),
                Arbitraries.of("subscribers", "clients"))
            .as((desk, what, who) -> desk + ": " + what + " of the handover are available to " + who + " under code FISH-1212"));
  }

  private static Arbitrary<String> letterRules() {
    return Combinators.combine(Arbitraries.of("Letters to the editor", "Letters", "Submissions"),
            Arbitraries.of("200 words max", "maximum 300 words", "250 words or fewer"),
            Arbitraries.of("include your name and settlement", "include your full name and address"))
        .as((label, limit, include) -> label + ": " + limit + ", " + include);
  }

  private static Arbitrary<String> jumpLines() {
    return Combinators.combine(Arbitraries.of("TURN TO PAGE", "Continued on page", "See page", "Story continues on page"),
            Arbitraries.of("6", "A4", "12"), Arbitraries.of("What the dam levels mean for your summer", "Ferry timetable changes"))
        .as((label, page, headline) -> label + " " + page + ": " + headline);
  }

  private static Arbitrary<String> players() {
    return Combinators.combine(Arbitraries.of("▶ ", "", "🎧 "), Arbitraries.of("Play audio", "Listen", "Watch the video", "Play podcast"),
            Arbitraries.of(" (3:42)", " 4 min", "", " (12:05)"))
        .as((glyph, label, time) -> glyph + label + time);
  }

  private static Arbitrary<String> courtesyCaptions() {
    return Combinators.combine(Arbitraries.of("Damaged bancas lie on the shore of Barangay Bancal in Carles, Iloilo.", "Volunteers sort donated clothes."),
            Arbitraries.of("Photo courtesy of the Carles municipal information office", "Photos courtesy of the fire service", "Image courtesy Eastvale Trust"))
        .as((scene, credit) -> scene + " " + credit);
  }

  private static Arbitrary<String> discounts() {
    return Arbitraries.of("Book direct and save 15%", "Order today and get 20% off", "Shop online and save up to 30% this weekend");
  }

  /** Lines a copy of the biggest English news sites drags along. */
  private static Arbitrary<String> bigSiteLines() {
    return Arbitraries.of("Our Standards: The Thomson Reuters Trust Principles.", "Advertisement - Scroll to continue", "Comments are closed.",
        "Already a subscriber? Log in", "Subscribe to continue reading", "Follow us on Google News", "Get the latest news on WhatsApp",
        "Sign in to comment", "Listen to this article ▶ 4 min", "Copyright 2024 The Associated Press. All rights reserved.");
  }

  private static Arbitrary<String> signUps() {
    return outlets().map(o -> "Sign up to the " + o + " daily newsletter for the top stories from Derry, Strabane and Donegal, delivered at 7am.");
  }
}
