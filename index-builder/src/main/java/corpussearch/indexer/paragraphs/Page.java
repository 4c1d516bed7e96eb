package corpussearch.indexer.paragraphs;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The lines of one article file, grouped into {@link Block}s, with the drop decisions taken so far.
 *
 * <p>A line is <em>live</em> while it is non-blank and no rule has dropped it. Furniture rules read
 * live lines and call {@link #drop(int, DropReason)}; the first reason recorded for a line wins, so
 * rules that run earlier take precedence.
 */
final class Page {
  private final List<String> lines;
  private final DropReason[] marks;
  private final List<Block> blocks;
  private final List<String> metadataTexts;
  private final String outlet;
  private final String title;
  private final Set<Integer> wholeLinks;

  /**
   * @param outlet the outlet the metadata extractor named, or null when it named none
   * @param title the title the metadata extractor named, or null when it named none
   */
  Page(List<String> rawLines, Set<Integer> metadataLines, String outlet, String title) {
    this.outlet = outlet;
    this.title = title == null ? null : TextShapes.normalize(title);
    this.wholeLinks = LinkReferences.wholeLinks(rawLines);
    this.lines = LinkReferences.plainKeepingPictures(rawLines).stream().map(l -> l == null ? "" : Markdown.plain(TextShapes.normalize(l))).toList();
    this.marks = new DropReason[lines.size()];
    List<String> meta = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (metadataLines.contains(i) && !lines.get(i).isEmpty()) {
        marks[i] = DropReason.METADATA;
        meta.add(lines.get(i));
      }
    }
    this.metadataTexts = List.copyOf(meta);
    List<Block> bs = new ArrayList<>();
    List<Integer> current = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isEmpty() || marks[i] != null) {
        if (!current.isEmpty()) {
          bs.add(new Block(current));
          current = new ArrayList<>();
        }
      } else {
        current.add(i);
      }
    }
    if (!current.isEmpty()) {
      bs.add(new Block(current));
    }
    this.blocks = List.copyOf(bs);
  }

  /** Whether line {@code i} was one link and nothing else in a text browser's dump ({@link LinkReferences#wholeLinks}). */
  boolean isWholeLink(int i) {
    return wholeLinks.contains(i);
  }

  int size() {
    return lines.size();
  }

  /** The whitespace-normalised text of line {@code i}, without Markdown marks. */
  String line(int i) {
    return lines.get(i);
  }

  boolean isLive(int i) {
    return !lines.get(i).isEmpty() && marks[i] == null;
  }

  /** Records {@code reason} for line {@code i} unless it is blank or already dropped. */
  void drop(int i, DropReason reason) {
    if (isLive(i)) {
      marks[i] = reason;
    }
  }

  /** Why line {@code i} was dropped, or null while it is live or blank. */
  DropReason reason(int i) {
    return marks[i];
  }

  /**
   * Drops the live lines under line {@code i} that go on with the sentence it leaves open: the tail
   * of a wrapped line the metadata claimed ("… Registered charity" / "no. 1190000.").
   */
  void dropSentenceTail(int i, DropReason reason) {
    for (int k = i + 1; k < size() && isLive(k) && TextShapes.continuesSentence(line(k - 1), line(k)); k++) {
      drop(k, reason);
    }
  }

  void dropAll(List<Integer> indexes, DropReason reason) {
    indexes.forEach(i -> drop(i, reason));
  }

  List<Block> blocks() {
    return blocks;
  }

  /** The live lines of {@code block}, in order. */
  List<Integer> live(Block block) {
    return block.lines().stream().filter(this::isLive).toList();
  }

  /** The blocks that still have at least one live line. */
  List<Block> liveBlocks() {
    return blocks.stream().filter(b -> !live(b).isEmpty()).toList();
  }

  /**
   * The live lines under a label that opens {@code blocks.get(b)}: the rest of its block, or the
   * next block when the label stands alone.
   */
  List<Integer> underLabel(List<Block> blocks, int b) {
    List<Integer> live = live(blocks.get(b));
    if (live.size() > 1) {
      return live.subList(1, live.size());
    }
    return b + 1 < blocks.size() ? live(blocks.get(b + 1)) : List.of();
  }

  /** The live lines of {@code block} joined by single spaces. */
  String liveText(Block block) {
    return String.join(" ", live(block).stream().map(lines::get).toList());
  }

  /** The texts of the non-blank metadata lines, normalised. */
  List<String> metadataTexts() {
    return metadataTexts;
  }

  /** The outlet the metadata extractor named, or null when it named none. */
  String outlet() {
    return outlet;
  }

  /** Whether line {@code i} is a claimed line that prints the title the metadata extractor named. */
  boolean isTitle(int i) {
    return title != null && marks[i] == DropReason.METADATA && lines.get(i).equalsIgnoreCase(title);
  }

  /** Number of dropped non-blank lines per reason. */
  Map<DropReason, Integer> counts() {
    Map<DropReason, Integer> counts = new EnumMap<>(DropReason.class);
    for (DropReason r : marks) {
      if (r != null) {
        counts.merge(r, 1, Integer::sum);
      }
    }
    return counts;
  }
}
