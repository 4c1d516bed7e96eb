package corpussearch.indexer.paragraphs;

import java.util.List;

/**
 * A run of consecutive non-blank, non-metadata lines of a page (blocks are separated by blank
 * lines and by metadata lines).
 *
 * @param lines 0-based indexes into the page's lines, ascending
 */
record Block(List<Integer> lines) {
  Block {
    lines = List.copyOf(lines);
  }

  int first() {
    return lines.get(0);
  }

  int last() {
    return lines.get(lines.size() - 1);
  }
}
