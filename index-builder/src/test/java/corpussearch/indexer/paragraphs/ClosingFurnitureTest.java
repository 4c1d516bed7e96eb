package corpussearch.indexer.paragraphs;

import static corpussearch.indexer.paragraphs.Articles.P1;
import static corpussearch.indexer.paragraphs.Articles.P2;
import static corpussearch.indexer.paragraphs.Articles.P3;
import static corpussearch.indexer.paragraphs.Articles.split;
import static corpussearch.indexer.paragraphs.Articles.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** What closes articles besides the body: link lists, captions, credits, appeals, footers. */
class ClosingFurnitureTest {
  private static final List<String> HEADLINES =
      List.of(
          "Gannet Island ferry sidelined by ramp failure",
          "Town manager proposes $2.3M in cuts, hiring freeze",
          "Explainer: Why the border keeps erupting",
          "Copper hits three-week high on supply worries",
          "What happens to Hollis Field? Neighbors weigh in");

  @Property(tries = 60)
  void aBulletedOrNumberedHeadlineListIsDroppedWithOrWithoutALabel(
      @ForAll("bullets") String bullet,
      @ForAll @IntRange(min = 2, max = 5) int items,
      @ForAll("labels") String label) {
    String list =
        HEADLINES.stream()
            .limit(items)
            .map(h -> (bullet.equals("1.") ? (HEADLINES.indexOf(h) + 1) + "." : bullet) + " " + h)
            .collect(Collectors.joining("\n"));
    ParagraphSplit result = split(P1, P2, label.isEmpty() ? list : label + "\n" + list, P3);

    assertThat(texts(result)).containsExactly(P1, P2, P3);
    assertThat(result.dropped(DropReason.RELATED_LIST)).isEqualTo(items + (label.isEmpty() ? 0 : 1));
  }

  @Property(tries = 20)
  void aBulletedListOfSentencesIsBodyText(@ForAll("bullets") String bullet) {
    String facts =
        bullet + " The council approved the budget after a long debate on Tuesday night.\n"
            + bullet + " Residents will be able to comment on the plan until the end of March.";

    assertThat(String.join("\n", texts(split(P1, facts, P2))))
        .contains("approved the budget", "comment on the plan");
  }

  @Property(tries = 20)
  void captionsAreDropped(@ForAll("captionLabels") String label) {
    ParagraphSplit result =
        split(P1, label + ": Residents inspect a damaged house on Monday. (Photo agency)", P2);

    assertThat(texts(result)).containsExactly(P1, P2);
    assertThat(result.dropped(DropReason.CAPTION)).isEqualTo(1);
  }

  @Property(tries = 20)
  void readerAppealsAreDroppedButProseAboutMembershipIsKept(@ForAll("appeals") String appeal) {
    String prose =
        "The club said it hoped more families would become members of the association this year,"
            + " after numbers fell sharply during the pandemic.";

    assertThat(texts(split(P1, appeal, prose))).containsExactly(P1, prose);
  }

  @Property(tries = 30)
  void aWireCreditLineAndTheAgencyFooterBelowItAreDropped(@ForAll("credits") String credit) {
    ParagraphSplit result =
        split(P1, P2, credit, "Our Standards: The Trust Principles.",
            "Meridian Wire is an independent news service providing world news.");

    assertThat(texts(result)).containsExactly(P1, P2);
    assertThat(result.dropped(DropReason.CREDIT_LINE)).isEqualTo(1);
  }

  @Example
  void additionalReportingAloneDropsOnlyItself() {
    ParagraphSplit result = split(P1, "Additional reporting by Jane Doe in Riga", P2);

    assertThat(texts(result)).containsExactly(P1, P2);
  }

  @Example
  void namedNewsletterPromptsAreDropped() {
    assertThat(
            texts(
                split(
                    P1,
                    "Sign up for the Herald Morning Briefing -- the day's local headlines in your"
                        + " inbox by 6 a.m.",
                    "Riverton Daily Courier newsletters: Get Otters coverage delivered every"
                        + " morning of the season. Sign up now.",
                    P2)))
        .containsExactly(P1, P2);
  }

  @Property(tries = 20)
  void tagListsAndInvitationsToWriteInAreDropped(@ForAll("closers") String closer) {
    assertThat(texts(split(P1, closer, P2))).containsExactly(P1, P2);
  }

  @Provide
  Arbitrary<String> closers() {
    return Arbitraries.of(
        "---\nTags: library, Pinecrest, community, schedules",
        "Topics: Football, FA Cup",
        "Got a news tip? Email newsroom@sentinel.example or call 555-0142.",
        "Want to respond? Write to letters@review.example with \"Canals\" in the subject line.");
  }

  @Provide
  Arbitrary<String> bullets() {
    return Arbitraries.of("-", "*", "•", ">", "–", "1.");
  }

  @Provide
  Arbitrary<String> labels() {
    return Arbitraries.of("", "RELATED STORIES", "Related:", "More in Environment",
        "YOU MAY ALSO ENJOY", "Most Popular");
  }

  @Provide
  Arbitrary<String> captionLabels() {
    return Arbitraries.of("Caption", "Photo", "Photograph", "Image", "Pictured");
  }

  @Provide
  Arbitrary<String> appeals() {
    return Arbitraries.of(
        "Support independent journalism. Become a member of The Observer from just 5 a month.",
        "This story appears in Issue 31 of the Quarterly. Buy the print edition in our shop.",
        "Become a subscriber today.");
  }

  @Provide
  Arbitrary<String> credits() {
    return Arbitraries.of(
        "-- Reporting by Camila Rojas in Santiago and Daniel Hooper in London; editing by Fiona"
            + " Marsh",
        "Reporting by Nodira Saidova; Editing by Timur Karimov",
        "(Writing by Jane Doe; edited by John Roe)");
  }
}
