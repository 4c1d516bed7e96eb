package corpussearch.indexer.paragraphs;

import static corpussearch.indexer.paragraphs.Articles.P1;
import static corpussearch.indexer.paragraphs.Articles.P2;
import static corpussearch.indexer.paragraphs.Articles.P3;
import static corpussearch.indexer.paragraphs.Articles.split;
import static corpussearch.indexer.paragraphs.Articles.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Blocks → paragraphs, headings → sections, duplicates, numbering. */
class ParagraphStructureTest {

  @Test
  void wrappedLinesOfOneParagraphAreJoinedWithSpaces() {
    ParagraphSplit split =
        split(
            "The council met on Tuesday to debate\nthe water agreement, which farmers say\n"
                + "  has left their fields dry.",
            P1);
    assertThat(texts(split))
        .containsExactly(
            "The council met on Tuesday to debate the water agreement, which farmers say has left"
                + " their fields dry.",
            P1);
  }

  @Test
  void linesThatEachReadAsProseAreSeparateParagraphs() {
    ParagraphSplit split = split(P1 + "\n" + P2 + "\n" + P3);
    assertThat(split.paragraphs())
        .extracting(Paragraph::n, Paragraph::text)
        .containsExactly(tuple(0, P1), tuple(1, P2), tuple(2, P3));
  }

  @Test
  void shortSentencesOnePerLineAreSeparateParagraphs() {
    ParagraphSplit split = split("The vote was close.\nThe motion failed.");
    assertThat(texts(split)).containsExactly("The vote was close.", "The motion failed.");
  }

  @Test
  void pullQuoteRenderedTwiceInOneBlockIsKeptOnce() {
    String quote =
        "Nobody in the capital has visited our fields in three years, and nobody will until the"
            + " harvest fails completely";
    ParagraphSplit split = split(P1, quote + "\n" + quote, P2);
    assertThat(texts(split)).containsExactly(P1, quote, P2);
    assertThat(split.duplicates()).isEqualTo(1);
  }

  @Test
  void repeatedStandfirstIsKeptOnceAtFirstOccurrenceAfterWhitespaceNormalisation() {
    ParagraphSplit split = split(P1, P2, P1.replace(" the ", "  the\u00A0"), P3);
    assertThat(texts(split)).containsExactly(P1, P2, P3);
    assertThat(split.paragraphs()).extracting(Paragraph::n).containsExactly(0, 1, 2);
    assertThat(split.duplicates()).isEqualTo(1);
  }

  @Test
  void headingsBecomeSectionsUntilTheNextHeading() {
    ParagraphSplit split =
        split(P1, "Why the Canal Failed", P2, P3, "What Comes Next?", "A short real paragraph.");
    assertThat(split.paragraphs())
        .extracting(Paragraph::section, Paragraph::text)
        .containsExactly(
            tuple(null, P1),
            tuple("Why the Canal Failed", P2),
            tuple("Why the Canal Failed", P3),
            tuple("What Comes Next?", "A short real paragraph."));
    assertThat(split.dropped()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Final Thoughts",
        "Who Pays?",
        "Kabul, Tehran",
        "The Farmers and the Council Need to Agree on Water Rights Together",
        "\"Nobody Listens\""
      })
  void headingShapes(String heading) {
    ParagraphSplit split = split(P1, heading, P2);
    assertThat(split.paragraphs()).hasSize(2);
    assertThat(split.paragraphs().get(1).section()).isNotNull();
    assertThat(split.dropped()).isEmpty();
  }

  @Test
  void quotesEnclosingAHeadingAreRemovedFromTheSection() {
    ParagraphSplit split = split(P1, "'We Won't Leave'", P2, "“Dry Season”", P3);
    assertThat(split.paragraphs())
        .extracting(Paragraph::section)
        .containsExactly(null, "We Won't Leave", "Dry Season");
  }

  @Test
  void headingOnTheFirstLineOfABlock() {
    ParagraphSplit split = split(P1, "The Road Ahead\n" + P2);
    assertThat(split.paragraphs())
        .extracting(Paragraph::section, Paragraph::text)
        .containsExactly(tuple(null, P1), tuple("The Road Ahead", P2));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "A short real paragraph ends here.",
        "He refused.",
        "the talks resumed on monday without the delegation from the north",
        "The talks resumed on Monday without the delegation from the northern district at all"
      })
  void nonHeadingsAreKeptAsParagraphs(String line) {
    ParagraphSplit split = split(P1, line, P2);
    assertThat(texts(split)).containsExactly(P1, line, P2);
    assertThat(split.paragraphs()).allMatch(p -> p.section() == null);
  }

  @Test
  void headingWithoutBodyTextIsDroppedAsStray() {
    ParagraphSplit split = split(P1, P2, "Further Developments");
    assertThat(texts(split)).containsExactly(P1, P2);
    assertThat(split.dropped(DropReason.STRAY_HEADING)).isEqualTo(1);
  }

  @Test
  void furnitureLabelsThatLookLikeHeadingsAreNotSections() {
    ParagraphSplit split = split(P1, "See Also", P2, "Newsletter", P3);
    assertThat(texts(split)).containsExactly(P1, P2, P3);
    assertThat(split.paragraphs()).allMatch(p -> p.section() == null);
    assertThat(split.dropped())
        .containsEntry(DropReason.RELATED_LIST, 1)
        .containsEntry(DropReason.NEWSLETTER, 1);
  }

  @Test
  void realHeadingAboutSharingOrCommentsIsASection() {
    ParagraphSplit split = split(P1, "Sharing the Water", P2, "Comments From the Minister", P3);
    assertThat(split.paragraphs())
        .extracting(Paragraph::section)
        .containsExactly(null, "Sharing the Water", "Comments From the Minister");
  }

  @Test
  void bulletsAreStrippedAndSymbolOnlyLinesDroppedAsEmpty() {
    ParagraphSplit split = split("  • " + P1, "* * *", P2);
    assertThat(texts(split)).containsExactly(P1, P2);
    assertThat(split.dropped(DropReason.EMPTY)).isEqualTo(1);
  }

  @Test
  void emptyInputAndOutOfRangeMetadataAreHarmless() {
    assertThat(new ParagraphSplitter().split(List.of(""), Set.of(5)).paragraphs()).isEmpty();
    ParagraphSplit split = new ParagraphSplitter().split(List.of(P1), Set.of(-1, 7));
    assertThat(texts(split)).containsExactly(P1);
  }

  @Test
  void dropReasonLabelsAreKebabCase() {
    assertThat(DropReason.REACTION_WIDGET.label()).isEqualTo("reaction-widget");
    assertThat(DropReason.METADATA.label()).isEqualTo("metadata");
    assertThat(DropReason.DOWNLOAD_PROMPT.label()).isEqualTo("download-prompt");
    for (DropReason r : DropReason.values()) {
      assertThat(r.label()).matches("[a-z]+(-[a-z]+)*");
    }
  }

  @Test
  void resultIsImmutable() {
    ParagraphSplit split = split(P1, "Share", P2);
    assertThat(split.paragraphs()).isUnmodifiable();
    assertThat(split.dropped()).isUnmodifiable();
    assertThat(split.dropped(DropReason.COPYRIGHT)).isZero();
  }
}
