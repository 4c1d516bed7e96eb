package corpussearch.api.highlight;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats highlighted passages as HTML: every character of the text is escaped and only the
 * {@code <mark>} tags around matches are real markup, so corpus text can never inject HTML. A
 * passage that does not start at the beginning or end at the end of the paragraph gets a
 * {@code …} where it was cut.
 */
final class MarkPassageFormatter extends PassageFormatter {

  static final String ELLIPSIS = "…";

  @Override
  public String format(Passage[] passages, String content) {
    StringBuilder html = new StringBuilder();
    for (Passage passage : passages) {
      if (passage.getStartOffset() > 0) {
        html.append(ELLIPSIS);
      }
      appendPassage(html, passage, content);
      if (passage.getEndOffset() < content.length()) {
        html.append(ELLIPSIS);
      }
    }
    return html.toString();
  }

  private static void appendPassage(StringBuilder html, Passage passage, String content) {
    int position = passage.getStartOffset();
    int[] starts = passage.getMatchStarts();
    int[] ends = passage.getMatchEnds();
    for (int i = 0; i < passage.getNumMatches(); i++) {
      int start = Math.max(starts[i], position);
      int end = ends[i];
      // Matches overlap when several query terms hit the same words; merge them into one mark.
      while (i + 1 < passage.getNumMatches() && starts[i + 1] < end) {
        end = Math.max(end, ends[++i]);
      }
      if (end <= start) {
        continue;
      }
      escape(html, content, position, start);
      html.append("<mark>");
      escape(html, content, start, end);
      html.append("</mark>");
      position = end;
    }
    escape(html, content, position, passage.getEndOffset());
  }

  /** Escapes {@code content[start, end)} for HTML text and attribute contexts. */
  static void escape(StringBuilder html, String content, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = content.charAt(i);
      switch (c) {
        case '&' -> html.append("&amp;");
        case '<' -> html.append("&lt;");
        case '>' -> html.append("&gt;");
        case '"' -> html.append("&quot;");
        case '\'' -> html.append("&#39;");
        default -> html.append(c);
      }
    }
  }
}
