package corpussearch.api.highlight;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A paragraph some other highlighter marked whole (OpenSearch's unified highlighter: HTML-escaped,
 * matches in {@code <mark>}), shown as {@link ParagraphHighlighter} shows a paragraph: escaped by
 * this package's rules, whole up to {@value ParagraphHighlighter#WHOLE_PARAGRAPH_LIMIT} characters,
 * else cut to the sentences around its first mark, about {@value ParagraphHighlighter#PASSAGE_LENGTH}
 * characters, with {@code …} where it was cut.
 *
 * @param text the plain text
 * @param marks the marked spans, as {start, end} offsets into {@code text}, in order
 */
public record MarkedParagraph(String text, List<int[]> marks) {

  private static final Pattern GAP = Pattern.compile("[\\s\\-‐‑]*");
  private static final Pattern TAG_OR_ENTITY = Pattern.compile("</?mark>|&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);");

  /** Reads marked HTML back into its text and marks. */
  public static MarkedParagraph parse(String html) {
    StringBuilder text = new StringBuilder(html.length());
    List<int[]> marks = new ArrayList<>();
    Matcher matcher = TAG_OR_ENTITY.matcher(html);
    int copied = 0;
    int open = -1;
    while (matcher.find()) {
      text.append(html, copied, matcher.start());
      copied = matcher.end();
      String token = matcher.group();
      if (token.equals("<mark>")) {
        open = text.length();
      } else if (token.equals("</mark>")) {
        if (open >= 0 && open < text.length()) {
          marks.add(new int[] {open, text.length()});
        }
        open = -1;
      } else {
        text.append(entity(matcher.group(1)));
      }
    }
    text.append(html, copied, html.length());
    return new MarkedParagraph(text.toString(), marks);
  }

  private static String entity(String name) {
    return switch (name) {
      case "amp" -> "&";
      case "lt" -> "<";
      case "gt" -> ">";
      case "quot" -> "\"";
      case "apos" -> "'";
      default -> Character.toString(name.startsWith("#x") ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1)));
    };
  }

  /**
   * This paragraph with each two marks parted only by white space or hyphens joined into one
   * when {@code oneSpan} says the two marked texts are neighbouring words of one phrase: the
   * embedded highlighter marks a matched phrase as one span, where OpenSearch's marks it word by
   * word.
   */
  public MarkedParagraph joined(BiPredicate<String, String> oneSpan) {
    List<int[]> joined = new ArrayList<>();
    for (int[] mark : marks) {
      int[] last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
      if (last != null && GAP.matcher(text.substring(last[1], mark[0])).matches()
          && oneSpan.test(text.substring(last[0], last[1]), text.substring(mark[0], mark[1]))) {
        joined.set(joined.size() - 1, new int[] {last[0], mark[1]});
      } else {
        joined.add(mark);
      }
    }
    return new MarkedParagraph(text, joined);
  }

  /**
   * The HTML to show: the whole paragraph when it is short or {@code passage} is false (the
   * article view), else its passage around the first mark.
   */
  public String html(boolean passage) {
    if (!passage || text.length() <= ParagraphHighlighter.WHOLE_PARAGRAPH_LIMIT) {
      return html(0, text.length());
    }
    int[] span = passageAround(marks.isEmpty() ? 0 : marks.get(0)[0]);
    return (span[0] > 0 ? MarkPassageFormatter.ELLIPSIS : "") + html(span[0], span[1])
        + (span[1] < text.length() ? MarkPassageFormatter.ELLIPSIS : "");
  }

  /**
   * The sentences around offset {@code at}: its own, then the next or the previous ones while the
   * passage comes closer to the goal length.
   */
  private int[] passageAround(int at) {
    // the boundaries the embedded highlighter cuts at, found in one pass: the JDK's iterator scans
    // again for every preceding and following (a tenth of the service's CPU per search on OpenSearch)
    BreakIterator sentences = new PrecomputedBreakIterator(BreakIterator.getSentenceInstance(Locale.ROOT));
    sentences.setText(text);
    int start = sentences.preceding(Math.min(at + 1, text.length()));
    int end = sentences.following(at);
    start = start == BreakIterator.DONE ? 0 : start;
    end = end == BreakIterator.DONE ? text.length() : end;
    int goal = ParagraphHighlighter.PASSAGE_LENGTH;
    while (end - start < goal) {
      int next = end < text.length() ? sentences.following(end) : BreakIterator.DONE;
      int previous = start > 0 ? sentences.preceding(start) : BreakIterator.DONE;
      if (next != BreakIterator.DONE && Math.abs(next - start - goal) <= Math.abs(goal - (end - start))) {
        end = next;
      } else if (previous != BreakIterator.DONE && Math.abs(end - previous - goal) <= Math.abs(goal - (end - start))) {
        start = previous;
      } else {
        break;
      }
    }
    return new int[] {start, end};
  }

  /** {@code text[from, to)} escaped, with the marks inside it. */
  private String html(int from, int to) {
    StringBuilder html = new StringBuilder(to - from + 16);
    int position = from;
    for (int[] mark : marks) {
      int start = Math.max(mark[0], position);
      int end = Math.min(mark[1], to);
      if (end <= start) {
        continue;
      }
      MarkPassageFormatter.escape(html, text, position, start);
      html.append("<mark>");
      MarkPassageFormatter.escape(html, text, start, end);
      html.append("</mark>");
      position = end;
    }
    MarkPassageFormatter.escape(html, text, position, to);
    return html.toString();
  }
}
