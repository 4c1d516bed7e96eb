package corpussearch.indexer.paragraphs;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Drops a block, or a single line, whose text equals the text of a line the metadata extractor
 * claimed (typically the title repeated above the body, or the byline printed again).
 *
 * <p>Why: the title and byline are indexed as metadata fields; indexing their echo as a paragraph
 * would duplicate them and rank every article first for its own title words. Comparison is on
 * whitespace-normalised, case-folded text.
 */
final class MetadataEchoRule implements FurnitureRule {

  @Override
  public DropReason reason() {
    return DropReason.METADATA;
  }

  @Override
  public void apply(Page page) {
    Set<String> meta =
        page.metadataTexts().stream().map(MetadataEchoRule::key).collect(Collectors.toSet());
    if (meta.isEmpty()) {
      return;
    }
    for (Block block : page.blocks()) {
      if (meta.contains(key(page.liveText(block)))) {
        page.dropAll(page.live(block), reason());
        continue;
      }
      for (int i : page.live(block)) {
        if (meta.contains(key(page.line(i)))) {
          page.drop(i, reason());
        }
      }
    }
  }

  private static String key(String s) {
    return TextShapes.normalize(s).toLowerCase(Locale.ROOT);
  }
}
