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
 * Print pages' jump lines and small ads, syndication and print notes, reader-funding appeals,
 * consent bars with bracketed buttons, a script's end cue and distribution note, and a desk's card: each built
 * from its parts, and beside each a sentence of prose that speaks of the same things and is kept.
 */
class JumpsAdsAndNoticesTest {

  @Property(tries = 60)
  void aPrintedPagesJumpLineIsDropped(@ForAll("jumpLines") String jump) {
    assertThat(texts(split(P1, jump, P2))).containsExactly(P1, P2);
  }

  @Property(tries = 40)
  void aSmallAdIsDroppedAloneOrUnderItsLabelWrappedAtAWidth(@ForAll("smallAds") String ad, @ForAll boolean labelled) {
    // pdftotext wraps a box at a width: the ad's words run on over two lines under the label
    int cut = ad.indexOf(' ', ad.length() / 2);
    String box = labelled ? "CLASSIFIEDS\n" + ad.substring(0, cut) + "\n" + ad.substring(cut + 1) : ad;

    assertThat(texts(split(P1, P2, box))).containsExactly(P1, P2);
  }

  @Property(tries = 40)
  void aNoteOnWhereTheStoryRanOrWhoFundsTheOutletIsDropped(@ForAll("notes") String note) {
    assertThat(texts(split(P1, P2, note))).containsExactly(P1, P2);
  }

  @Property(tries = 40)
  void aConsentBarWithBracketedButtonsIsDroppedInAnyLanguage(@ForAll("consentBars") String bar) {
    assertThat(texts(split(bar, P1, P2))).containsExactly(P1, P2);
  }

  @Property(tries = 30)
  void aScriptsEndCueDropsWhatFollowsIt(@ForAll("endCues") String cue, @ForAll("restrictions") String restriction) {
    assertThat(texts(split(P1, P2, P3, cue, restriction))).containsExactly(P1, P2, P3);
  }

  @Property(tries = 30)
  void aRestrictionOnPublicationAloneIsDropped(@ForAll("restrictions") String restriction) {
    assertThat(texts(split(P1, P2, restriction))).containsExactly(P1, P2);
  }

  @Property(tries = 30)
  void aDesksCardOfNamePlaceAndNumberIsDropped(@ForAll("cards") String card) {
    assertThat(texts(split(P1, P2, card))).containsExactly(P1, P2);
  }

  @Property(tries = 20)
  void aWiresRightsFooterWithItsDesksCardIsDroppedWrappedAtAWidth(@ForAll("cards") String card) {
    String footer = "(C) Nusantara News Agency 2024. For use by subscribers only. Not for\nredistribution without written permission. " + card;

    assertThat(texts(split(P1, P2, footer))).containsExactly(P1, P2);
  }

  @Property(tries = 40)
  void proseAboutPagesSalesDonationsCookiesAndNewsroomsIsKept(@ForAll("prose") String prose) {
    assertThat(texts(split(P1, prose, P2))).containsExactly(P1, prose, P2);
  }

  @Provide
  Arbitrary<String> jumpLines() {
    Arbitrary<String> page = Arbitraries.of("7", "8", "A4", "12", "B2");
    Arbitrary<String> head = Arbitraries.of("", ": Camp road", ": Ferry fares", ": Council budget", ": Harbour");
    return Combinators.combine(Arbitraries.of("FROM PAGE %s", "From page %s", "Continued from page %s", "(Continued on page %s)",
            "See FERRY, page %s", "See Council on page %s", "Turn to page %s", "PAGE %s"), page, head)
        .as((form, number, tail) -> form.formatted(number) + (form.startsWith("(") || form.startsWith("See") || form.startsWith("Turn") ? "" : tail))
        .filter(line -> !line.startsWith("PAGE") || line.contains(":"));
  }

  @Provide
  Arbitrary<String> smallAds() {
    Arbitrary<String> heading = Arbitraries.of("For sale", "FOR SALE", "Wanted", "To let", "For hire", "Lost");
    Arbitrary<String> item = Arbitraries.of("Land Rover Defender 110, 2009, new tyres, recent service.", "Two-bedroom cottage near the harbour, furnished.",
        "Experienced shearer for a gang in Lafonia, December to February.", "Black and white sheepdog answering to Tess, near the airport road.");
    Arbitrary<String> reply = Arbitraries.of("Offers to PO Box 000, Stanley.", "Phone 555 0147 after six.", "Call 01234 567890.",
        "Contact sales@farm.example.", "£2,500 ono. Tel 555 0199.", "Reply to P.O. Box 41.");
    return Combinators.combine(heading, item, reply).as((h, i, r) -> h + ": " + i + " " + r);
  }

  @Provide
  Arbitrary<String> notes() {
    Arbitrary<String> outlet = Arbitraries.of("Gothenburg Gazette", "Port Sudan Observer", "The Valley Echo", "Radio Longyear");
    return Combinators.combine(outlet, Arbitraries.of(
            "This article also appeared in the printed %s on Tuesday 19 November 2024.",
            "This story ran in print in %s on Saturday.",
            "Republished with permission. Reporting is the responsibility of the originating newsroom.",
            "Reprinted by arrangement with %s.",
            "Syndicated under the Leeward News Exchange agreement.",
            "%s relies on reader donations. Support independent reporting from the Red Sea coast.",
            "%s is funded by its readers. Support free journalism in the valley.",
            "%s – independent liberal morning paper. Subscribe from 1 kr for the first month.",
            "%s — your local paper. Subscribe for 1 euro for the first month."))
        .as((name, form) -> form.formatted(name));
  }

  @Provide
  Arbitrary<String> consentBars() {
    return Arbitraries.of(
        "Ta strona używa plików cookie. Korzystając z niej, wyrażasz zgodę na ich użycie. [Akceptuję] [Ustawienia]",
        "Tato stránka používá cookies. [Přijmout] [Odmítnout] [Nastavení]",
        "Tämä sivusto käyttää evästeitä. [Hyväksy] [Hylkää]",
        "Þessi vefur notar vafrakökur (cookies) til að bæta þjónustuna. [Samþykkja] [Stillingar]",
        "We use cookies to measure our audience. [Accept all] [Settings]",
        "Bu site çerezler (cookies) kullanır. [Kabul et] [Reddet]");
  }

  @Provide
  Arbitrary<String> endCues() {
    return Arbitraries.of("[ENDS] Out words: \"...for Radio Longyear, I'm Ingrid Solheim, Longyearbyen.\"",
        "((END)) Outcue: ...reporting from the harbour.", "[END] Duration 2'30", "ENDS");
  }

  @Provide
  Arbitrary<String> restrictions() {
    return Arbitraries.of("Scripts are kept in the newsroom system for 90 days. Not for publication outside Radio Longyear.",
        "Not for broadcast before 06:00.", "Internal copy. Not for distribution outside the newsroom.");
  }

  @Provide
  Arbitrary<String> cards() {
    Arbitrary<String> desk = Arbitraries.of("NNA English Desk", "Harbour Wire Newsdesk", "Pacific Bureau", "Radio Longyear Newsroom", "The Courier");
    Arbitrary<String> place = Arbitraries.of("Jakarta", "Suva", "Apia, Samoa", "Longyearbyen");
    Arbitrary<String> number = Arbitraries.of("tel +62 21 5550 1944.", "phone +679 330 0147", "Tel: 021 555 0147.", "fax +685 20147 01");
    return Combinators.combine(desk, place, number).as((d, p, n) -> d + ", " + p + ", " + n);
  }

  @Provide
  Arbitrary<String> prose() {
    return Arbitraries.of(
        "The report, which runs to page 7 of the council's minutes, says the road will be graded again in spring.",
        "The family said the farm had been for sale since June and that offers had come from two buyers in Stanley.",
        "The clinic relies on donations from local businesses, its director said at the opening on Monday.",
        "The bakery said it would accept orders for Christmas cookies until Friday, when the ovens will be switched off.",
        "The minister said the draft was not for publication, but copies circulated in the newsroom within an hour.",
        "The paper republished the letter on its front page after the family gave permission, the editor said.",
        "Reporting on the fishing co-operative began in May, when members first complained about the cold store.",
        "Residents can call the council, tel 555 0147, to report a blocked culvert on the Camp road.",
        "Mr Ford, the crew foreman, said drivers should phone the department on 555 0147 if they see damage.",
        "(c) The minister may extend the deadline to 2025 if the council agrees to pay for the third grader.");
  }
}
