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
 * The shared tables widened after blind set 17, each with variants drawn from its parts and prose of
 * the same vocabulary that stays: a widget's labelled notes with readings, a caption with its
 * photographer before the colon or its source after it, a mailing's greeting after one in the
 * readers' language, an inbox prompt after a phrase in another language, a publication saying
 * where it comes out, a labelled postal address, a "most read" title before one headline, and a
 * call for the readers' own news with its deadline.
 */
class WidgetsCreditsAndCallsTest {

  @Property(tries = 40)
  void aWidgetsLabelledNotesWithReadingsAreDropped(@ForAll("labelledNotes") String notes) {
    ParagraphSplit result = split(P1, notes, P2);

    assertThat(texts(result)).containsExactly(P1, P2);
    assertThat(result.dropped(DropReason.NAVIGATION)).isEqualTo(1);
  }

  @Property(tries = 40)
  void aCaptionCreditedBeforeItsColonOrToItsSourceIsDropped(@ForAll("credits") String caption) {
    // A credit in capitals before its colon ("PHOTO/ALI HAJI:") is a capital label's as well: dropped either way.
    assertThat(texts(split(P1, caption, P2))).containsExactly(P1, P2);
  }

  @Property(tries = 40)
  void mailingsAndPublicationsSpeakingToTheirReadersAreDropped(@ForAll("readerNotices") String notice) {
    assertThat(texts(split(P1, notice, P2))).containsExactly(P1, P2);
  }

  @Property(tries = 40)
  void aListTitleBeforeOneHeadlineIsDropped(@ForAll("listTitles") String title, @ForAll("headlines") String headline) {
    ParagraphSplit result = split(P1, title + ": " + headline, P2);

    assertThat(texts(result)).containsExactly(P1, P2);
    assertThat(result.dropped(DropReason.RELATED_LIST)).isEqualTo(1);
  }

  @Property(tries = 30)
  void proseAboutWeatherMailPhotosNewslettersAndNoticesIsKept(@ForAll("prose") String prose) {
    assertThat(texts(split(P1, prose, P2))).containsExactly(P1, prose, P2);
  }

  @Provide
  Arbitrary<String> labelledNotes() {
    Arbitrary<String> almanac = Arbitraries.of("Polar night: sun returns 16 February. ", "Sunrise: 08:41. ", "High tide: 14:05. ", "");
    Arbitrary<String> label = Arbitraries.of("Today", "Weather", "Now", "Longyearbyen");
    Arbitrary<Integer> degrees = Arbitraries.integers().between(-30, 35);
    Arbitrary<String> tail = Arbitraries.of("wind 9 m/s, avalanche warning level 3", "wind 12 km/h, sea calm", "rain 4 mm, visibility good",
        "humidity 80%, wind 5 m/s");
    return Combinators.combine(almanac, label, degrees, tail).as((first, name, t, rest) -> first + name + ": " + t + " °C, " + rest);
  }

  @Provide
  Arbitrary<String> credits() {
    Arbitrary<String> word = Arbitraries.of("PHOTO", "Photo", "PICTURE", "Image");
    Arbitrary<String> separator = Arbitraries.of(" | ", "/", " / ");
    Arbitrary<String> name = Arbitraries.of("ALI HAJI", "Per Olsen", "Mwanaisha Said", "J. Smith");
    Arbitrary<String> caption = Arbitraries.of("Timber props hold up the facade of the old customs house on Monday.",
        "Fishermen unload the first catch of the season at the harbour.");
    Arbitrary<String> credited = Combinators.combine(word, separator, name, caption).as((w, s, n, c) -> w + s + n + ": " + c);
    Arbitrary<String> source = Arbitraries.of("(photo submitted)", "(submitted photo)", "(photo supplied)", "(file photo)",
        "(photo courtesy of the Mabou museum)", "(supplied image)", "(The Hokkaido Herald)", "(Island Times)", "(Kyodo News)");
    Arbitrary<String> sourced = Combinators.combine(caption, source).as((c, s) -> c + " " + s);
    Arbitrary<String> alone = Combinators.combine(Arbitraries.of("FILE PHOTO BY", "Photo by", "Staff photo by", "Photos by", "SUBMITTED PHOTO BY"),
        name, Arbitraries.of("", " | THE PLAINSMAN", " / Reuters", ", Staff Photographer")).as((w, n, o) -> w + " " + n + o);
    return Arbitraries.oneOf(credited, sourced, alone);
  }

  @Provide
  Arbitrary<String> readerNotices() {
    Arbitrary<String> greeting = Combinators.combine(Arbitraries.of("Moghrey mie, ", "Madainn mhath, ", "Kia ora! ", "God morgen, "),
        Arbitraries.of("good morning. Here is what you need to know on the Island today.", "good morning. Here's your Thursday briefing."))
        .as(String::concat);
    Arbitrary<String> inbox = Arbitraries.of("Gach naidheachd bho na h-eileanan — get every island story in your inbox, free",
        "Alle nyheter fra øyene — every island story in your inbox",
        "Want more island news? Get the Lantern Daily in your inbox every weekday at 7am – sign up free",
        "Never miss a story: the Harbour Brief lands in your inbox each Friday. Subscribe now");
    Arbitrary<String> published = Combinators.combine(Arbitraries.of("Lofoten Tidende", "The Island Mercury", "Ærø Avis"),
        Arbitraries.of("is published in Svolvær.", "is published every Thursday by Island Media.", "is printed weekly in Marstal."),
        Arbitraries.of("", " Subscribe to read all our English articles.", " Our readers get the paper before the ferry does."))
        .as((name, where, offer) -> name + " " + where + offer);
    Arbitrary<String> postal = Combinators.combine(Arbitraries.of("Mail to Tristan", "Postal address", "Write to us", "Letters to the editor"),
        Arbitraries.of("Tristan da Cunha, South Atlantic Ocean, TDCU 1ZZ.", "PO Box 85, Avarua, Rarotonga.", "Harbour Road, Kirkwall KW15 1AB."),
        Arbitraries.of("", " Post takes up to three months."))
        .as((label, address, note) -> label + ": " + address + note);
    Arbitrary<String> call = Combinators.combine(Arbitraries.of("", "Watawieh! ", "Talofa! "),
        Arbitraries.of("Send your community notices to the Post office by Wednesday noon.", "Send us your club news to the front desk by Friday 5pm.",
            "Send in your school news to the editor by Monday."))
        .as(String::concat);
    return Arbitraries.oneOf(greeting, inbox, published, postal, call);
  }

  @Provide
  Arbitrary<String> listTitles() {
    return Arbitraries.of("Mest læste / Most read", "Most read", "Most popular", "Trending now", "Mest lesne / Most viewed");
  }

  @Provide
  Arbitrary<String> headlines() {
    return Arbitraries.of("Marstal shipyard wins order for two pilot boats", "Ferry fares to rise 8% from October",
        "Council approves new harbour wall");
  }

  @Provide
  Arbitrary<String> prose() {
    return Arbitraries.of(
        "Temperatures fell to -14 °C on Tuesday, and the wind reached 9 m/s on the pass, the forecaster said.",
        "Today: the council said snow had closed the road, and crews were clearing it.",
        "The photo, taken by a tourist on Monday, shows the facade leaning over the street.",
        "Residents were asked to send their objections to the council by Friday noon.",
        "Mail to the island now takes up to three months, and the post office closes at noon on Wednesdays.",
        "The report is published every spring by the ministry, and this year's was delayed by the election.",
        "The newsletter, which reaches most homes on the island, carried the notice in its inbox edition last week.",
        "\"Good morning,\" the harbour master said, before reading the community notices aloud.",
        "The most read story on the site last year was about the ferry timetable, the editor said.",
        "The figures were first reported by a local paper (The Hokkaido Herald).",
        "Photos by Ansel Adams hang in the lobby of the visitor centre until May.",
        "Photographs by Per Olsen, shown at the library last winter, drew 3,000 visitors.",
        "Residents who sign up for the council's alerts will get a warning in their inbox before the road closes.");
  }
}
