package corpussearch.indexer.html;

import java.util.List;
import org.jsoup.nodes.Element;
import java.util.regex.Pattern;

/**
 * What an organisation sets after its story, the way news releases end and NGO and company
 * newsrooms copy: "About X" with the issuer's standard description, "About this story:" notes,
 * "Media contact:" cards, the "###" or "-ends-" end mark and the wire's "SOURCE X" line. They
 * describe who speaks, not what happened, and repeat word for word under every release.
 */
final class ClosingBoilerplate {

  /**
   * An opener: "About X" as a line of its own or a label ("About this story: …"), a newsroom's
   * note on its method ("How we reported this story", "Methodology"), a media contact label, an
   * end mark, or "SOURCE" in capitals before the issuer's name.
   */
  private static final Pattern OPENER = Pattern.compile(
      "(?:(?i:about)\\s+(?!\\d)[^\\n.:!?,]{1,60}|(?i:how\\s+we\\s+(?:reported|did|investigated|verified|made)\\s+(?:this|it|the)\\b)[^\\n.:!?]{0,40}"
          + "|(?i:methodology|our\\s+methods?))(?:\\n.*|:\\s.*|$)"
          + "|(?i:(?:media|press)\\s+(?:contacts?|enquiries|inquiries|relations))\\b.*"
          + "|(?:#{3}|-\\s*(?i:ends?)\\s*-)\\s*(?:\\n.*)?|SOURCE\\s+\\p{Lu}.*", Pattern.DOTALL);
  /**
   * The boilerplate is short, but a page's own boxes may follow it (a donation appeal, a poll, a
   * newsletter sign-up, each a label and a line or two): an opener further from the end heads a
   * section of the article.
   */
  private static final int MAX_BLOCKS = 12;
  /**
   * Paragraphs of prose the boilerplate holds at most (the issuer's description, a note): an
   * "About the study" heading with the story going on under it heads a section.
   */
  private static final int MAX_PROSE = 3;
  private static final double MAX_LINK_SHARE = 0.5;

  private ClosingBoilerplate() {}

  /**
   * The blocks of {@code blocks} (the content's leaf blocks in reading order) from the closing
   * boilerplate on: from the first opener that has prose before it, at most {@value #MAX_BLOCKS}
   * blocks of words (not links) from it to the end and at most {@value #MAX_PROSE} of them prose;
   * else none. They go before the trailing notes are sought, so a release's "About X" paragraph is
   * never taken for the article's last one.
   */
  static List<Element> of(List<Element> blocks) {
    // Links below the text (a related list, a menu) are no part of it: only blocks of words count.
    List<Element> texts = blocks.stream()
        .filter(block -> !block.text().isBlank() && TextDensity.linkDensity(block, block.text()) < MAX_LINK_SHARE).toList();
    boolean prose = false;
    for (int i = 0; i < texts.size(); i++) {
      String text = BlockText.text(texts.get(i)).strip();
      if (prose && i >= texts.size() - MAX_BLOCKS && OPENER.matcher(text).matches() && proseFrom(texts, i + 1) <= MAX_PROSE) {
        return blocks.subList(blocks.indexOf(texts.get(i)), blocks.size());
      }
      prose |= BlockShapes.isProse(text);
    }
    return List.of();
  }

  private static long proseFrom(List<Element> blocks, int from) {
    // A copyright line ends many a plain page's text container: the page's, no note's prose; nor is
    // a box's question to the reader (a poll's "Do you feel safer …?"), which asks where a note states;
    // nor is a later opener's own block ("Media contact: Jordan Pike, …" under a methodology note),
    // boilerplate of its own (GeneratedPagesTest seed -7479615105080700888 counted it and kept the note).
    return blocks.subList(from, blocks.size()).stream().map(block -> BlockText.text(block).strip())
        .filter(text -> BlockShapes.isProse(text) && !TrailingNotes.isCopyright(text) && !text.endsWith("?") && !OPENER.matcher(text).matches())
        .count();
  }
}
