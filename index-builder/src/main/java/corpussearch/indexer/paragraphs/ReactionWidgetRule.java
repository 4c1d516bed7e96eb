package corpussearch.indexer.paragraphs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Drops reaction widgets.
 *
 * <ul>
 *   <li>A widget header ("What's your reaction?", "How do you feel about this article?") and the
 *       run of lines after it that are counters ("+1", "0", "12") or mood labels (one or two
 *       words, no punctuation: "In Love", "Not Sure", "Angry"). The run continues into following
 *       blocks only while a whole block has that shape.
 *   <li>Without a header: a run of two or more consecutive counter lines, or a single signed
 *       counter ("+1").
 * </ul>
 *
 * <p>Why: the widget's buttons and vote counts are scraped as lines of their own; they are never
 * prose, but the mood labels look like short headings, so they are only dropped right after a
 * header.
 */
final class ReactionWidgetRule implements FurnitureRule {
  private static final Pattern HEADER =
      Pattern.compile(
          "(?iu)(?:what['’]?s|what is|what['’]?s your|share your) ?(?:your )?reactions?\\??:?|"
              + "(?:your )?reactions?\\??:?|how (?:do|did) you feel(?: about (?:this|the) \\p{L}+)?\\??:?");
  private static final Pattern COUNTER = Pattern.compile("[+\\-−]?\\d{1,6}%?");
  private static final Pattern SIGNED = Pattern.compile("[+]\\d{1,6}");
  private static final Pattern MOOD = Pattern.compile("\\p{L}[\\p{L}'’]*(?: \\p{L}[\\p{L}'’]*)?");

  @Override
  public DropReason reason() {
    return DropReason.REACTION_WIDGET;
  }

  @Override
  public void apply(Page page) {
    List<Block> blocks = page.blocks();
    for (int b = 0; b < blocks.size(); b++) {
      List<Integer> live = page.live(blocks.get(b));
      for (int k = 0; k < live.size(); k++) {
        int i = live.get(k);
        if (!page.isLive(i) || !HEADER.matcher(page.line(i)).matches()) {
          continue;
        }
        page.drop(i, reason());
        int next = dropWidgetLines(page, live.subList(k + 1, live.size()));
        if (next == live.size() - k - 1) {
          for (int c = b + 1; c < blocks.size(); c++) {
            List<Integer> following = page.live(blocks.get(c));
            if (following.isEmpty()) {
              continue;
            }
            if (!following.stream().allMatch(j -> isWidgetLine(page.line(j)))) {
              break;
            }
            page.dropAll(following, reason());
          }
        }
      }
      dropCounterRuns(page, page.live(blocks.get(b)));
    }
  }

  /** Drops the leading widget-shaped lines of {@code lines}; returns how many were dropped. */
  private int dropWidgetLines(Page page, List<Integer> lines) {
    int n = 0;
    for (int i : lines) {
      if (!isWidgetLine(page.line(i))) {
        break;
      }
      page.drop(i, reason());
      n++;
    }
    return n;
  }

  private void dropCounterRuns(Page page, List<Integer> lines) {
    List<Integer> run = new ArrayList<>();
    for (int i : lines) {
      if (COUNTER.matcher(page.line(i)).matches()) {
        run.add(i);
      } else {
        flush(page, run);
      }
    }
    flush(page, run);
  }

  private void flush(Page page, List<Integer> run) {
    if (run.size() >= 2 || run.size() == 1 && SIGNED.matcher(page.line(run.get(0))).matches()) {
      page.dropAll(run, reason());
    }
    run.clear();
  }

  private static boolean isWidgetLine(String line) {
    return COUNTER.matcher(line).matches() || MOOD.matcher(line).matches() && line.length() <= 20;
  }
}
