package corpussearch.indexer.containers;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A forum thread copied as text whose first post quotes a whole article: phpBB's "by NAME » date"
 * and "Quote:" or "NAME wrote:", SMF's "Quote from: NAME on date", vBulletin's "Originally Posted
 * by NAME". The quote runs from its marker to the next line of the forum's own (the next post's
 * header, "Last edited by …", the poster's profile); when it is long enough to be an article it is
 * what the file holds, and the board's name, the thread's title, the posts and the replies are the
 * forum's.
 */
final class QuotedThread {
  /** A post's header or footer: the forum speaking, never the article. */
  private static final Pattern POST_LINE =
      Pattern.compile(
          "(?i)^(?:re:\\s.+|by\\s+\\S.{0,40}?\\s[»›]\\s.+|posted\\s+by\\s.+|posted:\\s.+|last edited by\\s.+"
              + "|posts:\\s*[\\d,.]+|joined:\\s.+|reply\\s*#\\d+.*|post\\s*#\\d+.*|#\\d+|report post|back to top)$");

  /** What opens a quote: "Quote:", "Quote from: NAME on …", "Originally Posted by NAME", "NAME wrote:". */
  private static final Pattern QUOTE_MARKER =
      Pattern.compile(
          "(?i)^(?:quote|quoting|zitat|citation|cita)\\s*:?|quote from:?\\s.{1,80}|originally posted by\\s.{1,40}"
              + "|\\S.{0,40}?\\s(?:wrote|said|schrieb|a écrit|escribió)\\s*:");

  private QuotedThread() {}

  static List<String> unwrap(List<String> lines) {
    boolean postSeen = false;
    for (int i = 0; i < lines.size(); i++) {
      String text = Lines.visible(lines.get(i));
      if (POST_LINE.matcher(text).matches()) {
        postSeen = true;
      } else if (postSeen && QUOTE_MARKER.matcher(text).matches()) {
        int end = quoteEnd(lines, i + 1);
        if (Lines.words(lines, i + 1, end) >= ChatExport.MIN_ARTICLE_WORDS) {
          return Lines.keepOnly(lines, i + 1, end);
        }
      }
    }
    return lines;
  }

  private static int quoteEnd(List<String> lines, int from) {
    for (int i = from; i < lines.size(); i++) {
      if (POST_LINE.matcher(Lines.visible(lines.get(i))).matches()) {
        return i;
      }
    }
    return lines.size();
  }
}
