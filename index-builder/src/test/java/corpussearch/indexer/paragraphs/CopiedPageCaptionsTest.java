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
 * What a copied page keeps of its pictures: the labels it wrote for screen readers before a
 * caption or a source ("Image caption, …", "Image source, …"), and a caption's credit naming who
 * supplied the picture through whom ("(Jo Lee/Reuters via Getty Images)") or a wire's agency and photographer joined by slashes
 * ("REUTERS/Jo Lee/File Photo") or by the outlet's initials and a colon ("BNB: Azlan Mokhtar"), or
 * the photographer and the paper that commissioned the picture ("(Khalid Mansour for The Capitol Ledger)"), or where it
 * came from ("Photo courtesy: the vigilance committee"). Story sentences that
 * speak of images, sources, captions or of anything sent "via" someone stay.
 */
class CopiedPageCaptionsTest {

  @Property(tries = 60)
  void aScreenReadersLabelledCaptionOrSourceIsDropped(@ForAll("labelled") String line) {
    ParagraphSplit result = split(P1, line, P2);

    assertThat(texts(result)).containsExactly(P1, P2);
    assertThat(result.dropped(DropReason.CAPTION)).isEqualTo(1);
  }

  @Property(tries = 60)
  void aCaptionCreditedThroughAnAgencyIsDropped(@ForAll("captions") String caption, @ForAll("viaCredits") String credit) {
    ParagraphSplit result = split(P1, caption + " " + credit, P2);

    assertThat(texts(result)).containsExactly(P1, P2);
  }

  @Property(tries = 60)
  void aCaptionEndingInAWireSlashCreditIsDropped(@ForAll("captions") String caption, @ForAll("slashCredits") String credit) {
    ParagraphSplit result = split(P1, caption + " " + credit, P2);

    assertThat(texts(result)).containsExactly(P1, P2);
    assertThat(result.dropped(DropReason.CAPTION)).isEqualTo(1);
  }

  @Property(tries = 60)
  void storySentencesAboutImagesSourcesDeliveriesAndForsStay(@ForAll("prose") String prose) {
    assertThat(texts(split(P1, prose, P2))).containsExactly(P1, prose, P2);
  }

  @Provide
  Arbitrary<String> labelled() {
    Arbitrary<String> medium = Arbitraries.of("Image", "Media", "Video", "Photo", "Picture", "image", "IMAGE");
    Arbitrary<String> part = Arbitraries.of("caption", "source", "credit", "description", "Caption", "Source");
    Arbitrary<String> text = Arbitraries.of("Camp Relief Network", "Getty Images", "Reuters", "NBS", "Family handout",
        "Water is delivered by tanker to parts of the camp every other day", "Relatives in Mosul say messages from the camp have stopped",
        "Watch: the moment the bridge collapsed", "The new ferry leaves Kirkwall harbour for the first time");
    return Combinators.combine(medium, part, Arbitraries.of(", ", ",  ", " , "), text).as((m, p, comma, t) -> m + " " + p + comma + t);
  }

  @Provide
  Arbitrary<String> captions() {
    return Arbitraries.of("Smoke rises from a fuel depot near Hasakah, Syria, on March 3.",
        "Fishermen unload the first catch of the season at the harbour on Monday.",
        "A woman walks past a damaged building in the old town.",
        "Supporters gather outside the court before the verdict!");
  }

  @Provide
  Arbitrary<String> viaCredits() {
    Arbitrary<String> taker = Arbitraries.of("Local Photo Collective", "Jo Lee", "Delil Souleiman", "AFP", "Anadolu Agency", "Omar Haj Kadour");
    Arbitrary<String> agency = Arbitraries.of("", "/AFP", "/ Reuters", "/Anadolu");
    Arbitrary<String> through = Arbitraries.of("Getty Images", "Courier Images", "AP", "Reuters Connect", "Zuma Press");
    return Combinators.combine(taker, agency, through).as((t, a, v) -> "(" + t + a + " via " + v + ")");
  }

  @Provide
  Arbitrary<String> slashCredits() {
    Arbitrary<String> agency = Arbitraries.of("REUTERS", "CPA", "AFP", "Anadolu Agency", "Pacific Wire");
    Arbitrary<String> taker = Arbitraries.of("Stringer", "Jo Lee", "Tomás Ferreira", "Omar Haj Kadour");
    Arbitrary<String> tail = Arbitraries.of("", "/File Photo", " / Pool", "/File Photo Purchase Licensing Rights", " Purchase Licensing Rights");
    return Arbitraries.oneOf(Combinators.combine(agency, taker, tail).as((a, t, rest) -> a + "/" + t + rest),
        // the outlet's initials and a colon: "BNB: Azlan Mokhtar"
        Combinators.combine(Arbitraries.of("BNB", "AFP", "EPA", "NIB"), taker).as((a, t) -> a + ": " + t));
  }

  @Provide
  Arbitrary<String> prose() {
    return Arbitraries.of(
        "Image source, the ministry said, was a drone flying over the camp at night.",
        "Image sources for the report were satellites operated by two private companies, the researchers said.",
        "Media caption contests have become popular among students at the college, the organisers said.",
        "The money was sent to relatives in Mosul via informal transfer networks. (The network has since been closed.)",
        "The aid reached the camp on Monday. (Deliveries via the northern crossing resumed last week.)",
        "Officials said the footage was shared via Telegram, and later removed by the channel's administrators.",
        "The statement, posted via the group's channels, gave no details of the attack (Reuters could not verify it).",
        "The photo source was a relative who asked not to be named, the paper said.",
        "The vote was close. Members of the EU/AU panel said the count would be repeated on Monday.",
        "Talks resumed on Monday. Delegates called the Israel/Gaza talks and the Sudan/Chad talks a test of the new envoy.",
        "Prices rose again in March. The naira/dollar rate fell to a new low on the parallel market, traders said.",
        "The vote was delayed again. UN: two more weeks are needed to count the ballots from the islands, its envoy said.",
        "Three teams reached the final. BNB: Sabah FC, Kuching City and Penang, the league said on its website.",
        "Turnout fell in the north. (Turnout for the region as a whole was lower than in 2019.)",
        "He was substituted at half-time. (Smith for Jones, in the 46th minute.)",
        "The council voted on Monday. (Ms Reyes for her part declined to comment.)",
        "The fund paid for the new wells (money for the project came from Norway).");
  }

  /** A credit on a line of its own, or a picture's alternative text naming whom it shows, is the picture's, not the story's. */
  @Property(tries = 60)
  void aCreditLineOrAPicturesAltTextIsDropped(@ForAll("creditsAndAltTexts") String line) {
    assertThat(texts(split(P1, line, P2))).containsExactly(P1, P2);
  }

  /** A caption ending in a credit after a bar, or in the writer's own credit, is dropped whole. */
  @Property(tries = 60)
  void aCaptionEndingInABarredOrOwnCreditIsDropped(@ForAll("captions") String caption, @ForAll("barredOrOwnCredits") String credit) {
    assertThat(texts(split(P1, caption + " " + credit, P2))).containsExactly(P1, P2);
  }

  @Property(tries = 40)
  void storySentencesAboutCreditsWorkAndPhotosStay(@ForAll("creditProse") String prose) {
    assertThat(texts(split(P1, prose, P2))).containsExactly(P1, prose, P2);
  }

  @Provide
  Arbitrary<String> creditsAndAltTexts() {
    Arbitrary<String> name = Arbitraries.of("Jamie Cortez", "Teodoro Manalastas", "Ana Maria Ruiz", "Getty Images", "Reuters");
    Arbitrary<String> owner = Arbitraries.of("", "Pacific Herald/", "AP/", "Island Times / ");
    Arbitrary<String> credit =
        Combinators.combine(Arbitraries.of("Credit: ", "Photo credit: ", "Image credit:", "CREDIT: "), owner, name).as((l, o, n) -> l + o + n);
    Arbitrary<String> alt =
        Combinators.combine(Arbitraries.of("Photo of ", "Picture of ", "Image of ", "Headshot of "), Arbitraries.of("Teodoro Manalastas", "Jane Q Doe", "Ali Haji"))
            .as((l, n) -> l + n);
    return Arbitraries.oneOf(credit, alt);
  }

  @Provide
  Arbitrary<String> barredOrOwnCredits() {
    return Arbitraries.of(
        "PHOTO | REHEMA MOLLEL", "PHOTO | FILE", "Credit: Pacific Herald/Jamie Cortez", "Credit: AP", "Photo | Jo Lee", "IMAGE | ALI HAJI", "Author's own work.", "Own work", "The author's own photo.");
  }

  @Provide
  Arbitrary<String> creditProse() {
    return Arbitraries.of(
        "Credit for the rescue went to two fishermen who heard the cries from the shore, the police said.",
        "Credit: the bank said loans to farmers had doubled since the scheme began last year.",
        "A photo of the minister at the wedding circulated widely on social media on Sunday.",
        "The men built the boats themselves. They drew their own map of the reef.",
        "The council paid for the mural. It was the artist's own work, she said.",
        "Photo of the Day entries closed on Friday, and the winners will be named next month in the paper.");
  }
  /**
   * A caption ending in the photographer's name and the paper that commissioned the picture, or in
   * where the picture came from, is dropped whole.
   */
  @Property(tries = 80)
  void aCaptionCreditedToAPhotographerForThePaperOrToASourceIsDropped(@ForAll("paperOrSourceCredits") String credit, @ForAll("captions") String caption) {
    ParagraphSplit result = split(P1, caption + " " + credit, P2);

    assertThat(texts(result)).containsExactly(P1, P2);
    assertThat(result.dropped(DropReason.CAPTION)).isEqualTo(1);
  }

  @Provide
  Arbitrary<String> paperOrSourceCredits() {
    return Arbitraries.oneOf(commissionCredits(), courtesyCredits());
  }

  /** Where the picture came from, after the caption: "Photo courtesy: Gréa vigilance committee", "Image courtesy of the family". */
  @Provide
  Arbitrary<String> courtesyCredits() {
    Arbitrary<String> word = Arbitraries.of("Photo", "Image", "Picture", "Photos", "PHOTO");
    Arbitrary<String> join = Arbitraries.of(" courtesy: ", " courtesy of ", " courtesy : ");
    Arbitrary<String> source = Arbitraries.of("Gréa vigilance committee", "the family", "Mora district council", "UNHCR");
    return Combinators.combine(word, join, source).as((w, j, s) -> w + j + s);
  }


  @Provide
  Arbitrary<String> commissionCredits() {
    Arbitrary<String> taker = Arbitraries.of("Khalid Mansour", "Jo Lee", "Ana Maria Ruiz", "Delil Souleiman", "Tomás O'Neill-Ferreira");
    Arbitrary<String> paper = Arbitraries.of("The Capitol Ledger", "The New York Times", "Le Monde", "Reuters", "The Washington Post", "NBS News");
    return Combinators.combine(taker, paper).as((t, p) -> "(" + t + " for " + p + ")");
  }
}
