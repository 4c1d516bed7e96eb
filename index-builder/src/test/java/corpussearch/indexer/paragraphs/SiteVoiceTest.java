package corpussearch.indexer.paragraphs;

import static corpussearch.indexer.paragraphs.Articles.P1;
import static corpussearch.indexer.paragraphs.Articles.P2;
import static corpussearch.indexer.paragraphs.Articles.P3;
import static corpussearch.indexer.paragraphs.Articles.blocks;
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
 * Notices in which the publication speaks of its own work, whatever the masthead and the
 * wording, are dropped; stories that mention the outlet, coverage or stories in their own
 * voice are kept.
 */
class SiteVoiceTest {
  private static final List<String> MASTHEADS = List.of("Kōwhai Coast Herald", "The Lanka Sentinel", "Fjordland Local", "Pamir Wire");

  @Property(tries = 80)
  void aNoticeInThePublicationsVoiceIsDropped(@ForAll("mastheads") String masthead, @ForAll("notices") NoticeParts notice) {
    String name = masthead.split(" ")[masthead.split(" ").length - 1];
    String text = notice.subject().replace("NAME", name) + " " + notice.predicate();

    assertThat(texts(split(masthead, P1, P2, P3, text))).containsExactly(P1, P2, P3);
  }

  @Property(tries = 80)
  void storiesThatNameTheOutletOrItsCoverageAreKept(@ForAll("mastheads") String masthead, @ForAll("prose") String prose) {
    String name = masthead.split(" ")[masthead.split(" ").length - 1];
    String text = prose.replace("NAME", name);

    assertThat(texts(split(masthead, P1, text, P2))).containsExactly(P1, text, P2);
  }

  @Property(tries = 80)
  void aNoteOnHowThePieceWasMadeOrPaidForIsDropped(@ForAll("mastheads") String masthead, @ForAll("makingNotes") String note) {
    String text = note.replace("NAME", masthead);

    assertThat(texts(split(masthead, P1, P2, P3, text))).containsExactly(P1, P2, P3);
  }

  @Property(tries = 80)
  void storiesAboutFundingCorrectionsAndOtherPiecesAreKept(@ForAll("mastheads") String masthead, @ForAll("makingProse") String prose) {
    String text = prose.replace("NAME", masthead);

    assertThat(texts(split(masthead, P1, text, P2))).containsExactly(P1, text, P2);
  }

  @Property(tries = 60)
  void aNoteAmongTheOutletsOtherSelfDescriptionIsDropped(@ForAll("mastheads") String masthead, @ForAll("makingNotes") String note,
      @ForAll("selfDescriptions") String self) {
    String text = self.replace("NAME", masthead) + " " + note.replace("NAME", masthead);

    assertThat(texts(split(masthead, P1, P2, P3, text))).containsExactly(P1, P2, P3);
  }

  @Property(tries = 60)
  void aStoryParagraphHoldingSuchASentenceIsKept(@ForAll("mastheads") String masthead,
      @ForAll("correctionsAndReviews") String note) {
    String text = "The council voted 7-2 to close the depot, and the union said it would appeal. " + note.replace("NAME", masthead);

    assertThat(texts(split(masthead, P1, text, P2))).containsExactly(P1, text, P2);
  }

  @Provide
  Arbitrary<String> selfDescriptions() {
    return Arbitraries.of("NAME is a signatory to the Fact-Checking Standards Charter.", "Members make NAME possible.",
        "NAME is published by students of the university.", "CREDIT LINE:", "Correction, Nov. 23:",
        "HOW WE REPORTED THIS\nWe compared the claim with two international studies and asked an economist to review our reading.");
  }

  record NoticeParts(String subject, String predicate) {}

  @Provide
  Arbitrary<String> mastheads() {
    return Arbitraries.of(MASTHEADS);
  }

  @Provide
  Arbitrary<NoticeParts> notices() {
    Arbitrary<String> subject =
        Arbitraries.of("NAME court coverage", "NAME stories", "Our reporting", "NAME journalism", "This coverage",
            "All NAME content", "Our election coverage", "This article also", "This story now", "These articles usually");
    Arbitrary<String> predicate =
        Arbitraries.of(
            "is based on what is said in open court. Stories are based on information available at the time.",
            "may not be reproduced without written permission.",
            "is funded by readers and does not accept money from political parties.",
            "follows the press council's principles on accuracy and fairness.",
            "will be updated as the case continues.",
            "appears in print in Issue 5 of the paper, available in the library foyer.",
            "runs in the Saturday edition on page 12.");
    return Combinators.combine(subject, predicate).as(NoticeParts::new);
  }

  @Provide
  Arbitrary<String> prose() {
    return Arbitraries.of(
        "The treasurer told the NAME on Tuesday that she had repaid most of the money and was seeking treatment.",
        "Mobile coverage is patchy across the valley, and residents say emergency calls often fail to connect.",
        "Stories of the flood spread quickly through the district after the first farms were cut off.",
        "NAME stories about the theft are one reason the club changed its banking rules, the president said.",
        "\"Our coverage is fair,\" the editor of the NAME told the inquiry, rejecting the complaint.",
        "Coverage of the trial was criticised by the defence, which said reporters had named a witness.",
        "This story appeared to confirm what growers had feared since the spring.",
        "Stories of the drought run through the exhibition, which opens on Friday.");
  }

  @Provide
  Arbitrary<String> makingNotes() {
    Arbitrary<String> piece = Arbitraries.of("story", "article", "explainer", "check", "fact-check", "piece", "post", "interview");
    Arbitrary<String> made = Arbitraries.of(
        "was reviewed by a second NAME editor before publication.",
        "was produced by the NAME News Service and is distributed free to member newsrooms.",
        "was updated on 4 December 2024 to correct the number of new stations in phase one.",
        "has been amended to correct the name of the school.",
        "was edited for length and clarity.",
        "was printed from NAME online. Copyright NAME Ltd 2024.",
        "was funded by a grant from the Local News Fund, which has no say in what we publish.",
        "was originally published by NAME and is republished under a Creative Commons licence.");
    Arbitrary<String> correction = Arbitraries.of("misstated the size of the fee increase.",
        "incorrectly gave the date of the hearing as Tuesday.", "misspelled the name of the principal.");
    Arbitrary<String> opener = Arbitraries.of("An earlier version of this", "A previous version of this");
    Arbitrary<String> weFunded = Arbitraries.of(
        "We do not accept funding from political parties.", "We have no paywall and no billionaire owner.",
        "We never take money from advertisers who are the subject of our reporting.",
        "We are funded by our readers and by two charitable trusts.", "Our funders have no say in what we report.",
        "Our donors do not see stories before publication.", "Editorial decisions are made independently of the university.");
    return Arbitraries.oneOf(
        Combinators.combine(piece, made).as((p, m) -> "This " + p + " " + m),
        Combinators.combine(opener, piece, correction).as((o, p, c) -> o + " " + p + " " + c),
        weFunded);
  }

  /**
   * The notes no older rule judges: a funding note or a republishing note anywhere in a
   * paragraph is dropped by ProductionNoteRule and PromoRule, whatever the rest says.
   */
  @Provide
  Arbitrary<String> correctionsAndReviews() {
    return makingNotes().filter(note -> !note.contains("funded") && !note.contains("republished"));
  }

  @Provide
  Arbitrary<String> makingProse() {
    return Arbitraries.of(
        "The report was produced by the auditor-general's office and published on Tuesday.",
        "This story was first told by her grandmother, who hid in the church for three days.",
        "An earlier version of the bill was withdrawn after objections from farmers.",
        "We had no funding for the hall, and the roof leaked every winter, the chair said.",
        "We are hearing that the owner of the mill will speak to workers at 3pm.",
        "We have contacted the party's donors for comment and will update this post.",
        "Donors to the appeal have given $2 million since the flood, organisers said.",
        "The owners of the mill have no say in what the council decides on the weir.",
        "This edition of the atlas was published in 1923 and is held at the library.",
        "\"We do not accept funding from developers,\" the residents' group said in a statement.");
  }

  /** An article whose first line is its masthead, which the metadata extractor claimed. */
  private static ParagraphSplit split(String masthead, String... body) {
    String[] all = new String[body.length + 1];
    all[0] = masthead;
    System.arraycopy(body, 0, all, 1, body.length);
    return new ParagraphSplitter().split(blocks(all), Set.of(0));
  }
}
