package corpussearch.indexer.paragraphs;

import static corpussearch.indexer.paragraphs.Articles.P1;
import static corpussearch.indexer.paragraphs.Articles.P2;
import static corpussearch.indexer.paragraphs.Articles.P3;
import static corpussearch.indexer.paragraphs.Articles.blocks;
import static corpussearch.indexer.paragraphs.Articles.split;
import static corpussearch.indexer.paragraphs.Articles.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * What closes or frames a story besides its text: the credits of a wire story several to a
 * paragraph, a translator's credit, an audio player's label with its narrator, a reply form's
 * labels and moderation notice, an address under its label, a Markdown export's footnotes, and a
 * line set above the byline, which heads no section of the story.
 */
class CreditsFormsAndFootnotesTest {
  /** The story's last paragraph, which shares words with a moderation notice. */
  private static final String EDITED =
      "The ministry said editors at the state paper would review the figures once more before they were published next week.";
  private static final String STANDFIRST =
      "Night after night, a small media team turns out sermons, songs and slick videos in six languages. Who is watching, and why?";

  @Property(tries = 60)
  void severalCreditSentencesInOneParagraphAreDropped(@ForAll("reporters") String first, @ForAll("reporters") String second,
      @ForAll("places") String place, @ForAll("places") String other) {
    String credits = first + " reported from " + place + " and " + second + " from " + other + ". AP writer Jim Poe in "
        + other + " contributed to this report.";

    assertThat(texts(split(P1, P2, credits))).containsExactly(P1, P2);
  }

  @Property(tries = 40)
  void aTranslatorsCreditIsDropped(@ForAll("translated") String credit) {
    assertThat(texts(split(P1, P2, credit))).containsExactly(P1, P2);
  }

  @Provide
  Arbitrary<String> translated() {
    return Combinators.combine(Arbitraries.of("Translated by %s.", "Interviews translated from Tajik by %s.",
        "Quotes translated from Dari and Pashto by %s", "Translated from German by %s"), reporters())
        .as((credit, name) -> credit.formatted(name + " Rahimova"));
  }

  @Property(tries = 40)
  void aPlayersLabelWithItsNarratorIsDropped(@ForAll("narrators") String narrator, @ForAll("durations") String duration) {
    String label = "Listen to this article" + duration + " · Narrated by " + narrator;

    ParagraphSplit result = split(P1, label, P2, P3);

    assertThat(texts(result)).containsExactly(P1, P2, P3);
    assertThat(result.paragraphs()).allMatch(paragraph -> paragraph.section() == null);
  }

  @Property(tries = 40)
  void aReplyFormsLabelsAndItsModerationNoticeAreDropped(@ForAll("formLabels") String labels, @ForAll("moderation") String notice) {
    String related = "Related news\nDrivers' association asks for night escorts on transit road\nBorder market reopens after closure";

    assertThat(texts(split(P1, P2, EDITED, "Your comment\n" + labels + "\n" + notice, related))).containsExactly(P1, P2, EDITED);
  }

  @Provide
  Arbitrary<String> formLabels() {
    return Arbitraries.of("Name   Email   Comment", "Comment * Name * Email * Website", "Your name  Your email  Comment");
  }

  @Provide
  Arbitrary<String> moderation() {
    return Arbitraries.of("Your comment will be published after review by the editors.",
        "Comments are published only after moderation.", "Your comment will be visible once approved.");
  }

  @Property(tries = 40)
  void anAddressUnderItsLabelIsDropped(@ForAll("addressLabels") String label, @ForAll("streets") String street) {
    String imprint = label + ": " + street + ", Osh. Circulation 4,500.";

    assertThat(texts(split(P1, P2, imprint))).containsExactly(P1, P2);
  }

  @Property(tries = 30)
  void aSentenceAboutAnOfficeIsKept(@ForAll("streets") String street) {
    String story = "The editorial office moved to " + street + " in Osh last year, the paper's owner said.";

    assertThat(texts(split(P1, story, P2))).containsExactly(P1, story, P2);
  }

  @Provide
  Arbitrary<String> addressLabels() {
    return Arbitraries.of("Editorial office", "Registered address", "Address", "Redaktion", "Head office");
  }

  @Provide
  Arbitrary<String> streets() {
    return Combinators.combine(Arbitraries.integers().between(1, 240), Arbitraries.of("Kurmanjan Datka St", "Lenin Avenue", "Harbour View Road"))
        .as((number, street) -> number + " " + street);
  }

  @Property(tries = 40)
  void footnotesOfAMarkdownExportAreDropped(@ForAll("reporters") String first, @ForAll("reporters") String second) {
    String byline = first + " Sadykova[^1] and " + second + " Omarov[^2]";
    String notes = "[^1]: " + first + " Sadykova is a senior researcher at the institute.\n\n[^2]: " + second
        + " Omarov is a research fellow in its Central Asia programme.";

    ParagraphSplit result = split(byline, P1, P2, notes);

    assertThat(texts(result)).containsSubsequence(P1, P2).noneMatch(text -> text.contains("researcher") || text.contains("fellow"));
    assertThat(result.dropped(DropReason.ENDNOTES)).isEqualTo(2);
  }

  @Property(tries = 40)
  void aLineAboveTheBylineHeadsNoSection(@ForAll("kickers") String kicker) {
    List<String> lines = blocks("Inside the machine that keeps the front recruiting", STANDFIRST, kicker, "Words by Zarina Kassymova", P1, P2);

    ParagraphSplit result = new ParagraphSplitter().split(lines, Set.of(0, 6), null, lines.get(0));

    assertThat(texts(result)).containsExactly(STANDFIRST, P1, P2);
    assertThat(result.paragraphs()).allMatch(paragraph -> paragraph.section() == null);
  }

  @Property(tries = 30)
  void aHeadingBetweenParagraphsStillHeadsItsSection(@ForAll("kickers") String heading) {
    List<String> lines = blocks("Inside the machine that keeps the front recruiting", "Words by Zarina Kassymova", P1, heading, P2);

    ParagraphSplit result = new ParagraphSplitter().split(lines, Set.of(0, 2), null, lines.get(0));

    assertThat(result.paragraphs().get(1).section()).isEqualTo(heading);
  }

  @Provide
  Arbitrary<String> kickers() {
    return Arbitraries.of("The Long Read", "A cheap caliphate", "Analysis", "Follow the money", "In depth");
  }

  @Provide
  Arbitrary<String> reporters() {
    return Arbitraries.of("Khademi", "Qureshi", "Aigerim", "Daniyar", "Nodira", "Leyla");
  }

  @Provide
  Arbitrary<String> places() {
    return Arbitraries.of("Zahedan", "Islamabad", "Dubai", "Kabul", "Almaty");
  }

  @Provide
  Arbitrary<String> narrators() {
    return Arbitraries.of("Tom Harker", "Amina Diallo", "Sam O'Neill");
  }

  @Provide
  Arbitrary<String> durations() {
    return Arbitraries.of("", " · 14 min", " 6:12");
  }
}
