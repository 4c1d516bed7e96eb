package corpussearch.indexer.paragraphs;

import java.util.regex.Pattern;

/**
 * Drops a reader poll: its question, with the poll's label over it ("POLL", "Anketa", "Umfrage",
 * "Encuesta", "Reader poll") or its answers under it, a line of choice marks ("○ Yes ○ No") or the
 * vote button; the label and the answers go too.
 *
 * <p>Why: a poll asks the reader; its question is no sentence of the story. The question alone is
 * not enough, since a story may well ask one ("Do residents feel safer? Most say they do."), so the
 * poll's own label or answers must stand next to it.
 */
final class PollRule implements FurnitureRule {
  private static final int MAX_QUESTION_WORDS = 25;
  private static final Pattern LABEL =
      Pattern.compile(
          "(?iu)(?:(?:reader|readers['’]?|quick|today['’]s|our|weekly|daily|online)\\s+)?"
              + "(?:poll|anketa|umfrage|sondage|encuesta|sondaggio|enquete|enquête|ankieta|anket|kura ya maoni|szavazás|apklausa|aptauja)\\s*:?");
  /** Two choice marks or more on one line, or the button that sends the vote. */
  private static final Pattern ANSWERS =
      Pattern.compile("(?u)(?:.*?[○◯●◉☐☑□◻◼■]|.*?\\(\\s?\\)|.*?\\[\\s?\\]){2}.*|\\[?\\s*(?:vote|votar|voter|glasuj|abstimmen|hlasovat|głosuj|submit|results)\\s*]?");

  @Override
  public DropReason reason() {
    return DropReason.REACTION_WIDGET;
  }

  @Override
  public void apply(Page page) {
    for (int i = 0; i < page.size(); i++) {
      if (!page.isLive(i) || !isQuestion(page.line(i))) {
        continue;
      }
      int above = neighbour(page, i, -1);
      int below = neighbour(page, i, 1);
      boolean labelled = above >= 0 && LABEL.matcher(page.line(above)).matches();
      boolean answered = below >= 0 && ANSWERS.matcher(page.line(below)).matches();
      if (labelled || answered) {
        page.drop(i, reason());
        if (labelled) {
          page.drop(above, reason());
        }
        for (int j = below; j >= 0 && ANSWERS.matcher(page.line(j)).matches(); j = neighbour(page, j, 1)) {
          page.drop(j, reason());
        }
      }
    }
  }

  private static boolean isQuestion(String line) {
    return line.endsWith("?") && TextShapes.atMostWords(line, MAX_QUESTION_WORDS);
  }

  /** The nearest line with text above ({@code step} -1) or below (+1) line {@code i}, or -1. */
  private static int neighbour(Page page, int i, int step) {
    for (int j = i + step; j >= 0 && j < page.size(); j += step) {
      if (!page.line(j).isEmpty()) {
        return j;
      }
    }
    return -1;
  }
}
