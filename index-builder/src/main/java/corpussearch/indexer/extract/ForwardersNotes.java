package corpussearch.indexer.extract;

import java.util.Collections;
import java.util.regex.Pattern;

/**
 * The note a reader writes to a friend on the mail she forwards, right under its headers: "Thought
 * you'd want to see this - the bit on Iran is new to me. J." One person speaking to another, in
 * the first and the second person at once, in a line or two: no line of what was forwarded, whose
 * lead tells of others; or any short line between two forwards. The line is furniture.
 */
final class ForwardersNotes {
  private static final Pattern SECOND_PERSON = Pattern.compile("(?iu)(?<!\\p{L})(?:you|your|you['’](?:d|ll|re|ve))(?!\\p{L})");
  private static final Pattern FIRST_PERSON = Pattern.compile("(?u)(?<!\\p{L})(?:I|I['’](?:d|m|ve|ll)|[Mm]e|[Mm]y)(?!\\p{L})");
  /** A note is a line or two; a longer line is a letter's or a story's paragraph. */
  private static final int MAX_NOTE_WORDS = 30;

  private ForwardersNotes() {}

  /**
   * Marks the note under the mail headers of {@code block}, if the line after them is one, or if it
   * is short and the next banner ("---------- Forwarded message ---------") forwards another mail:
   * what stands between two forwards is the forwarder's ("FYI for the travel assessment. L.").
   */
  static void mark(ArticleLines page, FieldBlocks.Block block, Findings out) {
    int last = Collections.max(block.lines());
    page.nonBlank().stream().filter(line -> line > last).findFirst()
        .filter(line -> isNote(page.text(line)) || ArticleLines.wordCount(page.text(line)) <= MAX_NOTE_WORDS && beforeBanner(page, line))
        .ifPresent(out::markMetadata);
  }

  private static boolean beforeBanner(ArticleLines page, int line) {
    return page.nonBlank().stream().filter(next -> next > line).findFirst().filter(next -> PageHeader.isBanner(page.text(next))).isPresent();
  }

  private static boolean isNote(String text) {
    return ArticleLines.wordCount(text) <= MAX_NOTE_WORDS && SECOND_PERSON.matcher(text).find() && FIRST_PERSON.matcher(text).find();
  }
}
