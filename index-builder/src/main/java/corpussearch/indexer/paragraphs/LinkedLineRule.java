package corpussearch.indexer.paragraphs;

import java.util.List;

/**
 * Drops a paragraph of one line that a text browser's dump showed as one link and nothing else, no
 * sentence ending in it ("[17]Watch: Eyewitness footage shows panic inside the concert hall"):
 * another page's headline or a button, set between the story's paragraphs or around them.
 *
 * <p>Why: a dump marks every link ({@link LinkReferences}), so it tells what the copy of a page
 * cannot: that the line led elsewhere. A story's own paragraph may hold links, but it is not one,
 * and a wrapped paragraph whose line happens to open with a link has more lines.
 */
final class LinkedLineRule implements FurnitureRule {

  @Override
  public DropReason reason() {
    return DropReason.RELATED_LIST;
  }

  @Override
  public void apply(Page page) {
    for (Block block : page.liveBlocks()) {
      List<Integer> live = page.live(block);
      if (live.size() == 1 && page.isWholeLink(live.get(0)) && !TextShapes.endsSentence(page.line(live.get(0)))) {
        page.drop(live.get(0), reason());
      }
    }
  }
}
