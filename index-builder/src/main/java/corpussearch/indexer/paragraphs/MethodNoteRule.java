package corpussearch.indexer.paragraphs;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Drops a note on how the piece was made, set as a box among the story: a heading in the
 * newsroom's voice about this piece ("How we did this analysis", "How we reported this story",
 * "Methodology", "About the data") alone in its block, and the one short block under it ("The
 * Record matched staffing records from 31 districts with …").
 *
 * <p>Why: data and investigative desks explain their method in a box beside the story; the
 * story tells its findings again in its own words. The heading has to speak of this piece and
 * of how "we" made it, and stand alone: a subheading the story goes on under ("How we got here",
 * "How the deal was done") names no such piece; only the first block under it is taken, and
 * only when short and nobody's quoted words, so a section of the story under such a heading
 * keeps everything after its first paragraph.
 */
final class MethodNoteRule implements FurnitureRule {
  private static final Pattern HEADING = Pattern.compile(
      "(?iu)(?:how|why)\\s+we\\s+(?:did|reported|investigated|verified|made|checked|analy[sz]ed|calculated|counted|tested|reviewed"
          + "|fact-checked|sourced|built)\\s+(?:this|these)\\b[^.!?:]{0,40}[:?]?"
          + "|(?:our\\s+)?methodology:?|(?:about|notes?\\s+on)\\s+(?:the|this|our)\\s+(?:data|analysis|methodology|sources|survey)\\s*:?");
  private static final Pattern QUOTED = Pattern.compile("[\"“”«»]");
  private static final int MAX_NOTE_WORDS = 80;

  @Override
  public DropReason reason() {
    return DropReason.PRODUCTION_NOTE;
  }

  @Override
  public void apply(Page page) {
    List<Block> blocks = page.liveBlocks();
    for (int b = 0; b + 1 < blocks.size(); b++) {
      List<Integer> heading = page.live(blocks.get(b));
      String note = page.liveText(blocks.get(b + 1));
      if (heading.size() == 1 && HEADING.matcher(page.line(heading.get(0))).matches()
          && TextShapes.atMostWords(note, MAX_NOTE_WORDS) && !QUOTED.matcher(note).find()) {
        page.dropAll(heading, reason());
        page.dropAll(page.live(blocks.get(b + 1)), reason());
      }
    }
  }
}
