package corpussearch.indexer.paragraphs;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Drops the chatter of a forum post, a mailing list message or a digest around an article pasted
 * into it between framed markers ("----- begin article -----" … "----- end article -----",
 * "---------- pasted from majurojournal.example ----------" … "---------- end ----------"): the
 * poster's greeting, their signature, the replies quoted under it, the other messages of a
 * digest. The markers go too.
 *
 * <p>Why: the poster frames what they copied so that readers can tell it from their own words;
 * the article is what is inside. Both markers must be there, in that order, with prose between
 * them.
 *
 * <p>A forwarded mail has only the opening marker, the mail program's ("---------- Forwarded
 * message ---------", "Begin forwarded message:", "-----Original Message-----"): what stands above
 * it is the forwarder's own header and note ("Thought you would want this one for …"), and goes
 * with the marker, when prose follows it.
 */
final class PastedArticleRule implements FurnitureRule {
  /** A line framed by runs of dashes, equals signs or stars, words between them. */
  private static final Pattern FRAMED = Pattern.compile("\\s*[-=*_~]{3,}\\s*(\\p{L}[^-=*_~]{0,60}?)\\s*[-=*_~]{3,}\\s*");
  private static final Pattern OPENING = Pattern.compile("(?iu)(?:begin|start|pasted|copied|quoted|reposted|cut\\s+and\\s+pasted)\\b.*");
  private static final Pattern CLOSING = Pattern.compile("(?iu)end\\b.*");
  /** A mail program's line over the mail it forwards. */
  private static final Pattern FORWARDED =
      Pattern.compile("(?iu)[-=_*~\\s]*(?:(?:begin\\s+)?forwarded\\s+(?:message|e-?mail)|original\\s+message)\\s*:?[-=_*~\\s]*");
  private static final int MAX_FORWARDER_LINES = 15;

  @Override
  public DropReason reason() {
    return DropReason.COMMENTS;
  }

  @Override
  public void apply(Page page) {
    int begin = marker(page, 0, OPENING);
    int end = begin < 0 ? -1 : marker(page, begin + 1, CLOSING);
    if (end < 0) {
      begin = forwardMarker(page);
      end = page.size();
    }
    if (begin < 0 || !TextShapes.isProse(String.join(" ", IntStream.range(begin + 1, end).mapToObj(page::line).toList()))) {
      return;
    }
    for (int i = 0; i < page.size(); i++) {
      if (i <= begin || i >= end) {
        page.drop(i, reason());
      }
    }
  }

  /** The forwarded-message line among the first lines, where a forwarder writes only a header and a note; or -1. */
  private static int forwardMarker(Page page) {
    for (int i = 0; i < Math.min(page.size(), MAX_FORWARDER_LINES); i++) {
      if (FORWARDED.matcher(page.line(i)).matches()) {
        return i;
      }
    }
    return -1;
  }

  /** The first line from {@code from} framed around words of {@code kind}, or -1. */
  private static int marker(Page page, int from, Pattern kind) {
    for (int i = from; i < page.size(); i++) {
      Matcher framed = FRAMED.matcher(page.line(i));
      if (framed.matches() && kind.matcher(framed.group(1)).matches()) {
        return i;
      }
    }
    return -1;
  }
}
