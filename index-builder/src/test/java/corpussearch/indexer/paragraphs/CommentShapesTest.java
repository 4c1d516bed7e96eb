package corpussearch.indexer.paragraphs;

import static corpussearch.indexer.paragraphs.Articles.P1;
import static corpussearch.indexer.paragraphs.Articles.P2;
import static corpussearch.indexer.paragraphs.Articles.P3;
import static corpussearch.indexer.paragraphs.Articles.split;
import static corpussearch.indexer.paragraphs.Articles.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Readers' comments under an article, recognised by their shape: a head (a name with a time
 * stamp) over a short text, whatever the words of the text; and a comment counter with the
 * state of the thread ("Comments (9) Closed") as the header of the region.
 */
class CommentShapesTest {
  private static final List<String> COMMENT_TEXTS =
      List.of(
          "Same story every year. Fix the grid first.",
          "Ordinary people will pay the price as always.",
          "Great match! Sahan is a future national player.",
          "Who approved this? Somebody should resign",
          "My brother works at one of those mills and he has not been paid since January.",
          "Finally some honest reporting on this.");

  @Property(tries = 80)
  void commentsUnderTheArticleAreDroppedHeadAndText(
      @ForAll("headLists") @Size(min = 1, max = 4) List<String> heads, @ForAll("commentTexts") @Size(min = 4, max = 4) List<String> texts) {
    List<String> blocks = new ArrayList<>(List.of(P1, P2, P3));
    for (int c = 0; c < heads.size(); c++) {
      blocks.add(heads.get(c) + "\n" + texts.get(c));
    }
    ParagraphSplit result = split(blocks.toArray(String[]::new));

    assertThat(texts(result)).containsExactly(P1, P2, P3);
    assertThat(result.dropped(DropReason.COMMENTS)).isEqualTo(2 * heads.size());
  }

  @Property(tries = 30)
  void aCounterWithTheThreadsStateOpensTheRegion(
      @ForAll @IntRange(min = 0, max = 400) int count, @ForAll("states") String state, @ForAll("commentText") String comment) {
    ParagraphSplit result = split(P1, P2, P3, "Comments (" + count + ") " + state, "Tariq M", comment);

    assertThat(texts(result)).containsExactly(P1, P2, P3);
  }

  /** A dated head over the article's first paragraphs is the article's own, not a comment's. */
  /** A forum's thread under a reposted story: the count among the post's actions, and each comment's row of actions. */
  @Property(tries = 40)
  void aForumsCountAmongThePostsActionsOpensTheRegion(@ForAll("forumActions") String actions, @ForAll("commentText") String comment,
      @ForAll @IntRange(min = 2, max = 400) int count) {
    String thread = "[–] kunar_maps 96 points 24 days ago\n" + comment + "\n" + actions;

    ParagraphSplit result = split(P1, P2, P3, count + " comments  " + actions, "sorted by: best", thread);

    assertThat(texts(result)).containsExactly(P1, P2, P3);
  }

  @Provide
  Arbitrary<String> forumActions() {
    return Arbitraries.of("share  save  hide  give award  report  crosspost", "permalink embed save parent report reply",
        "share save report", "permalink  source  save  report  reply");
  }

  @Property(tries = 30)
  void aDatedHeadAboveTheArticlesParagraphsKeepsThem(@ForAll("heads") String head) {
    ParagraphSplit result = split(head + "\n" + P1, P2, P3);

    assertThat(String.join("\n", texts(result))).contains(P1, P2, P3);
  }

  /** Readers write long letters too; a head over a text longer than a comment's is not judged by shape. */
  @Property(tries = 20)
  void aLongTextUnderAHeadIsNotDroppedByShape(@ForAll("heads") String head) {
    String letter = P1 + " " + P2 + " " + P3;
    ParagraphSplit result = split(P1, P2, P3, head + "\n" + letter);

    assertThat(texts(result)).contains(letter);
  }

  /** A live blog's entries under bare clock lines are the story's, short as they are. */
  @Property(tries = 30)
  void aLiveBlogEntryUnderABareTimeStampIsKept(@ForAll("stamps") String stamp, @ForAll("commentText") String entry) {
    String text = "Coastguard teams were called to the harbour. " + entry;
    ParagraphSplit result = split(P1, P2, P3, stamp + "\n" + text);

    assertThat(texts(result)).contains(text);
  }

  @Provide
  Arbitrary<String> stamps() {
    return Arbitraries.of("3 hours ago", "2 days ago", "Updated 40 minutes ago");
  }

  @Provide
  Arbitrary<String> heads() {
    Arbitrary<String> name =
        Arbitraries.of("Faraz A", "Chamara S.", "harbourfan88", "Old Boy 1998", "j_smith", "Nasreen", "Tom Reilly");
    Arbitrary<String> stamp =
        Arbitraries.of("Mar 05, 2024 11:02am", "3 hours ago", "12 March 2024 at 4:12 pm", "2 days ago", "2024-03-05 09:14");
    Arbitrary<String> separator = Arbitraries.of(" | ", " · ", " • ");
    return Combinators.combine(name, separator, stamp).as((n, s, t) -> n + s + t);
  }

  @Provide
  Arbitrary<List<String>> headLists() {
    return heads().list();
  }

  @Provide
  Arbitrary<List<String>> commentTexts() {
    return Arbitraries.of(COMMENT_TEXTS).list();
  }

  @Provide
  Arbitrary<String> commentText() {
    return Arbitraries.of(COMMENT_TEXTS);
  }

  @Provide
  Arbitrary<String> states() {
    return Arbitraries.of("Closed", "Open", "Newest", "Show");
  }

  /** The thread shut, said as the line's last words, is the comment box's notice wherever it sits. */
  @Property(tries = 40)
  void aNoticeThatCommentsAreShutIsDropped(
      @ForAll("shutNotices") String notice, @ForAll @IntRange(min = 0, max = 1) int at) {
    ParagraphSplit result = at == 0 ? split(P1, notice, P2, P3) : split(P1, P2, P3, notice);

    assertThat(texts(result)).containsExactly(P1, P2, P3);
  }

  /** A story reports comments shut elsewhere, in the past or with more to say after it. */
  @Property(tries = 30)
  void aStoryAboutCommentsBeingShutKeepsItsSentence(@ForAll("shutReports") String report) {
    assertThat(texts(split(P1, report, P2))).containsExactly(P1, report, P2);
  }

  @Provide
  Arbitrary<String> shutNotices() {
    Arbitrary<String> reason =
        Arbitraries.of("", "Because this matter is before the courts, ", "For legal reasons, ", "As the case is ongoing, ");
    Arbitrary<String> subject = Arbitraries.of("comments have been", "commenting has been");
    Arbitrary<String> state = Arbitraries.of("closed", "disabled", "turned off", "switched off");
    Arbitrary<String> where = Arbitraries.of("", " on this article", " for this story", " on this post");
    return Combinators.combine(reason, subject, state, where)
        .as((r, s, st, w) -> r + (r.isEmpty() ? Character.toUpperCase(s.charAt(0)) + s.substring(1) : s) + " " + st + w + ".");
  }

  @Provide
  Arbitrary<String> shutReports() {
    Arbitrary<String> who = Arbitraries.of("The ministry", "The mayor's office", "The club", "The police service");
    Arbitrary<String> state = Arbitraries.of("closed", "disabled", "turned off");
    Arbitrary<String> tail =
        Arbitraries.of(
            " on its Facebook page after the post drew hundreds of abusive replies.",
            " under the video since Tuesday, a spokesman confirmed.",
            " on the announcement while officials review the complaints.");
    return Combinators.combine(who, state, tail)
        .as((w, st, t) -> w + " said comments had been " + st + t);
  }
}
