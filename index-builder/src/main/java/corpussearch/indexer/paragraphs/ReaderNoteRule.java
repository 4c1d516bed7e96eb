package corpussearch.indexer.paragraphs;

import java.util.regex.Pattern;

/**
 * Drops the reader's own note under a highlight, as read-later and e-reader exports print it: a
 * quoted passage ("> fines for anchoring … will start at Rs 5,000") and on the next line "Note: check
 * whether fines were ever collected" (or "My note:", "Comment:", "Annotation:").
 *
 * <p>Why: the note is what the person who saved the article thought, not what the article says.
 * Only the line right under a quoted highlight counts, so a story's own "Note: figures are
 * provisional" is kept.
 */
final class ReaderNoteRule implements FurnitureRule {
  private static final Pattern HIGHLIGHT = Pattern.compile(">\\s*\\S.*");
  private static final Pattern NOTE = Pattern.compile("(?iu)(?:my\\s+)?(?:note|comment|annotation|thought)s?\\s*:\\s*\\S.*");

  @Override
  public DropReason reason() {
    return DropReason.COMMENTS;
  }

  @Override
  public void apply(Page page) {
    for (int i = 1; i < page.size(); i++) {
      if (page.isLive(i) && NOTE.matcher(page.line(i)).matches() && HIGHLIGHT.matcher(page.line(i - 1)).matches()) {
        page.drop(i, reason());
      }
    }
  }
}
