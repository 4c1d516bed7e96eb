package corpussearch.indexer.paragraphs;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The result of splitting one article file into paragraphs.
 *
 * @param paragraphs the kept paragraphs, numbered consecutively from 0
 * @param dropped for each reason that occurred, how many non-blank source lines were dropped for it
 *     (reasons that did not occur are absent; iteration follows {@link DropReason} order)
 * @param duplicates how many paragraphs were removed because they repeated an earlier one, or a
 * fragment of a longer one
 */
public record ParagraphSplit(
    List<Paragraph> paragraphs, Map<DropReason, Integer> dropped, int duplicates) {

  public ParagraphSplit {
    paragraphs = List.copyOf(paragraphs);
    EnumMap<DropReason, Integer> copy = new EnumMap<>(DropReason.class);
    dropped.forEach(
        (reason, count) -> {
          if (count != null && count > 0) {
            copy.put(reason, count);
          }
        });
    dropped = Collections.unmodifiableMap(copy);
  }

  /** How many lines were dropped for {@code reason} (0 when none). */
  public int dropped(DropReason reason) {
    return dropped.getOrDefault(reason, 0);
  }
}
