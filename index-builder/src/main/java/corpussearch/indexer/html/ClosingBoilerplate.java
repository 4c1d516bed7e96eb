package corpussearch.indexer.html;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What an organisation sets after its story, the way news releases end and NGO and company
 * newsrooms copy: "About X" with the issuer's standard description, "About this story:" notes,
 * "Media contact:" cards, the "###" or "-ends-" end mark and the wire's "SOURCE X" line. They
 * describe who speaks, not what happened, and repeat word for word under every release.
 */
final class ClosingBoilerplate {

  /**
   * An opener: "About X" as a line of its own or a label ("About this story: …"), a media contact
   * label, an end mark, or "SOURCE" in capitals before the issuer's name.
   */
  private static final Pattern OPENER = Pattern.compile(
      "(?i:about)\\s+(?!\\d)[^\\n.:!?,]{1,60}(?:\\n.*|:\\s.*|$)"
          + "|(?i:(?:media|press)\\s+(?:contacts?|enquiries|inquiries|relations))\\b.*"
          + "|(?:#{3}|-\\s*(?i:ends?)\\s*-)\\s*(?:\\n.*)?|SOURCE\\s+\\p{Lu}.*", Pattern.DOTALL);
  /** The boilerplate is short: an opener further from the end heads a section of the article. */
  private static final int MAX_BLOCKS = 4;

  private ClosingBoilerplate() {}

  /**
   * Where the closing boilerplate starts among {@code blocks}, the article's blocks after its lead
   * (the first {@code lead}): the first opener that has prose before it and at most
   * {@value #MAX_BLOCKS} blocks from it to the end; else {@code blocks.size()}.
   */
  static int start(List<String> blocks, int lead) {
    for (int i = Math.max(lead + 1, blocks.size() - MAX_BLOCKS); i < blocks.size(); i++) {
      if (OPENER.matcher(blocks.get(i).strip()).matches()) {
        return i;
      }
    }
    return blocks.size();
  }
}
