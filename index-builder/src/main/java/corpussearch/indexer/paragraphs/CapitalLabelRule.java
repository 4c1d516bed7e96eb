package corpussearch.indexer.paragraphs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Drops a box set among the paragraphs under a label in capitals: a short label, a colon or a
 * middle dot, then a notice or a list ("WEATHER: Levanter cloud, 19°C, easterly force 5",
 * "COMMUNITY NOTICE: Water will be off in The Valley on Tuesday", "AGENDA · Sat 9: Anse Vata night
 * market · Sun 10: …", "TE RECOMENDAMOS: Henequen haciendas reopen …"), in whatever language. A
 * block of several such labelled items (a newsletter's "FRONTIER WAIT TIMES (6.15am): … / WEATHER:
 * …") goes whole.
 *
 * <p>Why: a newspaper sets its boxes under a label, and the label is what a reader skips by. The
 * shape a dateline has is the same ("ISLAMABAD: The federal cabinet …"), but a dateline opens the
 * article, so only a block after the first paragraph of prose is judged; an agency in brackets
 * ("NAIROBI (Reuters):") is a dateline wherever it stands, and a labelled item as long as a
 * paragraph of the story ({@value #MAX_ITEM_WORDS} words and more) is its prose, and so are a
 * transcript's turns, whose speakers' labels open several blocks.
 */
final class CapitalLabelRule implements FurnitureRule {

  /**
   * One to four words in capitals (one of them at least two letters), maybe a bracketed time or
   * edition with a digit, then a colon or a middle dot and the item.
   */
  private static final Pattern LABEL =
      Pattern.compile("(?u)^\\s*((?=[^:·]*\\p{Lu}{2})\\p{Lu}[\\p{Lu}'’&./-]*(?:\\s+\\p{Lu}[\\p{Lu}'’&./-]*){0,3})(?:\\s*\\([^)]*\\d[^)]*\\))?\\s*[:·]\\s+(\\S.*)");
  private static final int MAX_ITEM_WORDS = 30;

  @Override
  public DropReason reason() {
    return DropReason.NAVIGATION;
  }

  @Override
  public void apply(Page page) {
    Set<String> speakers = speakers(page);
    int lede = firstProse(page);
    for (Block block : page.liveBlocks()) {
      // All its lines: a strip of readings the ticker rule took may be the box's first item ("FRONTIER WAIT TIMES (6.15am): …").
      if (block.first() > lede && isLabelledBox(page, block.lines(), speakers)) {
        page.dropAll(page.live(block), reason());
      }
    }
  }

  /**
   * The first line of the page's first paragraph of prose, its paragraphs read between blank lines
   * with the lines the extractor claimed (a headline wrongly claimed still stands in its prose); the
   * page's size when there is none.
   */
  private static int firstProse(Page page) {
    int start = 0;
    for (int i = 0; i <= page.size(); i++) {
      if (i == page.size() || page.line(i).isBlank()) {
        if (i > start && TextShapes.isProse(String.join(" ", IntStream.range(start, i).mapToObj(page::line).toList()))) {
          return start;
        }
        start = i + 1;
      }
    }
    return page.size();
  }

  /**
   * The labels that open two blocks or more: the speakers of a transcript ("MINISTER: …" and
   * "MINISTER: …" again), whose turns are the article, where a box's label stands once.
   */
  private static Set<String> speakers(Page page) {
    Map<String, Integer> openings = new HashMap<>();
    for (Block block : page.liveBlocks()) {
      Matcher label = LABEL.matcher(page.line(page.live(block).get(0)));
      if (label.matches()) {
        openings.merge(label.group(1), 1, Integer::sum);
      }
    }
    return openings.entrySet().stream().filter(opening -> opening.getValue() > 1).map(Map.Entry::getKey).collect(Collectors.toSet());
  }

  /** Whether the block's lines are items under labels in capitals, each short, the first line labelled, none a speaker's. */
  private static boolean isLabelledBox(Page page, List<Integer> lines, Set<String> speakers) {
    List<StringBuilder> items = new ArrayList<>();
    for (int i : lines) {
      Matcher label = LABEL.matcher(page.line(i));
      if (label.matches() && speakers.contains(label.group(1))) {
        return false;
      } else if (label.matches()) {
        items.add(new StringBuilder(label.group(2)));
      } else if (items.isEmpty()) {
        return false;
      } else {
        items.get(items.size() - 1).append(' ').append(page.line(i));
      }
    }
    return items.stream().allMatch(item -> TextShapes.atMostWords(item.toString(), MAX_ITEM_WORDS - 1));
  }
}
