package corpussearch.indexer.containers;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chat exported as text with an article pasted into one of its messages: WhatsApp's "14/03/2024,
 * 07:12 - Name: text" (Android) and "[14/03/24, 07:12:31] Name: text" (iOS), Telegram's "[14.03.24
 * 07:12] Name: text". A message runs from its stamp to the next one, so a pasted article is one
 * message of many lines. The longest message is the article when it is long enough to be one; its
 * stamp and sender come off, and every other message (replies, "&lt;Media omitted&gt;", the
 * encryption notice, stamped or alone on the first line) is the chat's, not the article's.
 */
final class ChatExport {
  /** A message's stamp, a date and a clock time, and what follows it. */
  private static final Pattern STAMP =
      Pattern.compile(
          "^\\[?\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4},?\\s+\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?(?:\\s?[AaPp]\\.?\\s?[Mm]\\.?)?\\]?"
              + "(?:\\s+[-–]\\s+|:\\s+|\\s+)(.*)$");

  /** The sender before the message text: "Martha N: …"; a system notice has none. */
  private static final Pattern SENDER = Pattern.compile("^[^:]{1,50}?:\\s?(.*)$");

  /** A chat has a few messages at least; two stamped lines may be a log quoted in an article. */
  private static final int MIN_MESSAGES = 3;

  /** The app's notice over an export is a sentence or two. */
  private static final int MAX_NOTICE_WORDS = 30;

  /** An article is a few paragraphs; a long chat message is not one. */
  static final int MIN_ARTICLE_WORDS = 150;

  private ChatExport() {}

  static List<String> unwrap(List<String> lines) {
    List<Integer> stamps = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (STAMP.matcher(Lines.visible(lines.get(i))).matches()) {
        stamps.add(i);
      }
    }
    if (stamps.size() < MIN_MESSAGES || !opensChat(lines, stamps.get(0))) {
      return lines;
    }
    int best = -1;
    int bestWords = 0;
    for (int m = 0; m < stamps.size(); m++) {
      int words = Lines.words(lines, stamps.get(m), end(stamps, m, lines.size()));
      if (words > bestWords) {
        best = m;
        bestWords = words;
      }
    }
    if (bestWords < MIN_ARTICLE_WORDS) {
      return lines;
    }
    int first = stamps.get(best);
    List<String> article = Lines.keepOnly(lines, first, end(stamps, best, lines.size()));
    article.set(first, messageText(lines.get(first)));
    return article;
  }

  /**
   * Whether the first stamp opens the file, or follows only the app's own notice, which some exports
   * write unstamped on the first line ("Messages and calls are end-to-end encrypted. …"): one short
   * line. An article that quotes a chat has paragraphs of its own before the stamps.
   */
  private static boolean opensChat(List<String> lines, int firstStamp) {
    int first = Lines.firstNonBlank(lines);
    if (first == firstStamp) {
      return true;
    }
    long preamble = lines.subList(first, firstStamp).stream().filter(line -> !line.isBlank()).count();
    return preamble == 1 && Lines.words(lines, first, firstStamp) <= MAX_NOTICE_WORDS;
  }

  private static int end(List<Integer> stamps, int message, int size) {
    return message + 1 < stamps.size() ? stamps.get(message + 1) : size;
  }

  /** The first line of a message without its stamp and sender. */
  private static String messageText(String line) {
    Matcher stamp = STAMP.matcher(Lines.visible(line));
    if (!stamp.matches()) {
      return line;
    }
    Matcher sender = SENDER.matcher(stamp.group(1));
    return sender.matches() ? sender.group(1) : stamp.group(1);
  }
}
