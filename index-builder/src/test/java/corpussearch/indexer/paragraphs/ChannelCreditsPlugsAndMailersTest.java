package corpussearch.indexer.paragraphs;

import static corpussearch.indexer.paragraphs.Articles.P1;
import static corpussearch.indexer.paragraphs.Articles.P2;
import static corpussearch.indexer.paragraphs.Articles.split;
import static corpussearch.indexer.paragraphs.Articles.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Furniture that large news sites, wires' clients and their share-by-mail pages carry: a caption
 * ending in a credit in square brackets, a bare continuation marker, the lead-in to a link to the
 * whole piece, a republication note, an app or podcast plug naming the platforms, a mailing
 * footer telling the reader why the mail came, and a clipper's note on the copy it delivered. Each shape has story sentences with the same words
 * that are kept.
 */
class ChannelCreditsPlugsAndMailersTest {

  @Property(tries = 300)
  void furnitureBetweenOrAfterTheParagraphsIsDropped(@ForAll("furniture") String line, @ForAll boolean last) {
    ParagraphSplit result = last ? split(P1, P2, line) : split(P1, line, P2);

    assertThat(texts(result)).containsExactly(P1, P2);
  }

  @Property(tries = 100)
  void storySentencesWithTheSameWordsAreKept(@ForAll("prose") String prose) {
    assertThat(texts(split(P1, prose, P2))).containsExactly(P1, prose, P2);
  }

  @Provide
  Arbitrary<String> furniture() {
    return Arbitraries.oneOf(bracketedCredits(), continuationMarkers(), fullArticleLeadIns(), republicationNotes(), appPlugs(),
        mailingFooters(), deliveryNotes());
  }

  private static Arbitrary<String> deliveryNotes() {
    return Combinators.combine(Arbitraries.of("Sent", "Saved", "Clipped", "Exported"),
            Arbitraries.of("gotlandpost.example", "https://www.harbour-news.example/local/ferry-fares", "news.example"),
            Arbitraries.of("via Send to Kindle", "with Web Clipper", "using Pocket", "via Instapaper"),
            Arbitraries.of(".", ". Images have been removed.", ""))
        .as((verb, site, service, tail) -> verb + " from " + site + " " + service + tail);
  }

  private static Arbitrary<String> captions() {
    return Arbitraries.of("Malian refugees queue for water at a camp in south-eastern Mauritania",
        "Soldiers patrol a market in Gao on Tuesday.", "Protesters gather outside parliament in Accra",
        "A woman carries water past a burned-out lorry near Kidal, March 3, 2025");
  }

  private static Arbitrary<String> bracketedCredits() {
    Arbitrary<String> credit = Arbitraries.oneOf(
        Combinators.combine(Arbitraries.of("File", "FILE", "Photo", "Handout", "File photo", "Image"),
                Arbitraries.of("Zenith News", "Reuters", "AFP", "Issouf Sanogo/AFP", "The Harbour Times"))
            .as((label, owner) -> "[" + label + ": " + owner + "]"),
        Combinators.combine(Arbitraries.of("Issouf Sanogo", "Mohamed Nureldin Abdallah", "Jo Lee"), Arbitraries.of("AFP", "Reuters", "AP Photo"))
            .as((photographer, agency) -> "[" + photographer + "/" + agency + "]"));
    return Combinators.combine(captions(), credit).as((caption, c) -> caption + " " + c);
  }

  private static Arbitrary<String> continuationMarkers() {
    return Combinators.combine(Arbitraries.of("Story", "Article"), Arbitraries.of("", " below", " below advertisement", " after the ad"))
        .as((what, where) -> what + " continues" + where)
        .flatMap(marker -> Arbitraries.of(marker, marker.toUpperCase(Locale.ROOT)));
  }

  private static Arbitrary<String> fullArticleLeadIns() {
    return Combinators.combine(Arbitraries.of("Read", "See", "View"), Arbitraries.of("the full", "the complete", "full", "the whole"),
            Arbitraries.of("article", "story"), Arbitraries.of("", ", with photos and comments", " with video", ", including graphics"),
            Arbitraries.of("", ":"))
        .as((verb, whole, what, with, colon) -> verb + " " + whole + " " + what + with + colon);
  }

  private static Arbitrary<String> republicationNotes() {
    return Combinators.combine(Arbitraries.of("article", "story", "piece"), Arbitraries.of("was", "has been", "is"),
            Arbitraries.of("republished", "reprinted", "reposted"), Arbitraries.of("from", "with permission from", "by arrangement with"),
            Arbitraries.of("the Southern Africa Press Wire (SAPW).", "The Conversation under a Creative Commons licence.", "our partner site."))
        .as((what, tense, verb, prep, source) -> "This " + what + " " + tense + " " + verb + " " + prep + " " + source);
  }

  private static Arbitrary<String> appPlugs() {
    return Combinators.combine(
            Arbitraries.of("Enjoy more audio and podcasts", "Download our app", "Get the Herald app", "Listen to the daily podcast",
                "Watch live", "Find us"),
            Arbitraries.of("on", "for", "in", "from"),
            Arbitraries.of("iOS or Android", "iOS and Android", "the App Store or Google Play", "Apple Podcasts, Spotify or Android"),
            Arbitraries.of("", ".", "!"))
        .as((offer, prep, platforms, end) -> offer + " " + prep + " " + platforms + end);
  }

  private static Arbitrary<String> mailingFooters() {
    return Combinators.combine(Arbitraries.of("You received this e-mail", "You are receiving this email", "You received this message"),
            Arbitraries.of("Raj Bhatt", "a reader", "a friend"), Arbitraries.of("The Confederation Times", "The Island Ledger", "Harbour News"))
        .as((opening, sender, outlet) -> opening + " because " + sender + " entered your address on " + outlet.toLowerCase(Locale.ROOT)
            .replace(' ', '-') + ".example. " + outlet + " has not added you to any mailing list and will not use your address for any"
            + " other purpose.");
  }

  @Provide
  Arbitrary<String> prose() {
    return Arbitraries.of(
        "The app, which is available on iOS and Android, was downloaded two million times in its first week, the company said.",
        "Users can download it on iOS or Android, but the ministry says fewer than half of farmers own a smartphone.",
        "The story continues to unfold in the north, where aid agencies say they have lost contact with three camps.",
        "She said the article was republished from a blog without permission, and the paper apologised on Friday.",
        "\"We will not go back [to the camp],\" said Aminata Traore, who fled Menaka with her four children in January.",
        "The minister said the figures were \"wrong and misleading [sic]\" and ordered a review by the statistics office.",
        "Readers can see the full report in the library, where copies were placed on Monday, the council said.",
        "Listen to the farmers before you build anything, the chief told the governor at the meeting in Tamale.",
        "The archive photo, filed by a Reuters photographer in 1994, shows the same bridge before the floods.",
        "He said he had received the e-mail on Tuesday and had not added anyone to the mailing list since.",
        "Sent from Kabul via Dubai, the shipment of vaccines reached the provincial hospital on Thursday morning.",
        "Saved from the fire by neighbours, the town's only printing press will be back in use by the spring.");
  }
}
