package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.MetadataField.AUTHOR;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Credits: who made a work, "Directed by X", "Hosted by A and B. Produced by C.", "Cast: A, B, C".
 *
 * <p>Credits name the makers of the work an article is about (a play, an episode), not the
 * writer of the article. So a "Written by X" standing among other credits, line by line, is the
 * work's writer and no byline ({@link #isInCreditsBlock}); and in a line of several credit
 * sentences the author is only the one credited with the text itself, {@code text-credit}: "Show
 * notes by C.", "Words by C.". Such a line is furniture.
 */
final class CreditRules {
  /** "Directed by X", "Music by X", "Show notes by X": a role and the names after "by". */
  private static final Pattern CREDIT = Pattern.compile("^(\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Ll}[\\p{L}-]*){0,2})\\s+by\\s+(\\p{Lu}.*?)\\.?$");
  /** "Cast: A, B, C", "Starring: A and B": a label and at least two names. */
  private static final Pattern CAST = Pattern.compile("^\\p{Lu}[\\p{L} ]{1,20}:\\s*(.+)$");
  /** Roles that credit the words of the page itself. */
  private static final Pattern TEXT_ROLE =
      Pattern.compile("(?i)(?:show\\s+)?notes|words|text|article|write-?up|summary|story|episode\\s+notes");
  private static final Pattern WRITTEN_BY = Pattern.compile("(?i)written\\s+by\\b");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=\\.)\\s+(?=\\p{Lu})");
  private static final int MIN_CREDITS = 2;

  private CreditRules() {}

  /**
   * Whether the by-line on {@code line} is a work's "Written by" sitting in a block of credits: a
   * neighbouring line, with no blank between, credits someone with a role that is no byline's
   * ("Directed by", "Cast:"). "By", "Words by" or "Reviewed by" over "Photographs by" is the
   * article's own byline.
   */
  static boolean isInCreditsBlock(ArticleLines page, int line) {
    return WRITTEN_BY.matcher(page.text(line)).lookingAt() && List.of(line - 1, line + 1).stream()
        .filter(other -> other >= 0 && other < page.size() && !page.isBlank(other))
        .map(page::text)
        .anyMatch(text -> isWorkCredit(text));
  }

  private static boolean isWorkCredit(String text) {
    Matcher cast = CAST.matcher(text);
    boolean names = cast.matches()
        && PersonNameLists.nameList(cast.group(1), false).filter(list -> list.contains(",") || list.contains(" and ")).isPresent();
    return names || CREDIT.matcher(text).matches() && BylineRules.parse(text).isEmpty();
  }

  /** Proposes the text's credited writer from each line of several credit sentences. */
  static void collect(ArticleLines page, Findings out) {
    for (int line : page.nonBlank()) {
      if (!page.text(line).contains(" by ")) {
        continue;
      }
      List<Matcher> credits = SENTENCE_END.splitAsStream(page.text(line))
          .map(CREDIT::matcher).filter(Matcher::matches).toList();
      if (credits.size() < MIN_CREDITS) {
        continue;
      }
      out.markMetadata(line);
      credits.stream()
          .filter(credit -> TEXT_ROLE.matcher(credit.group(1)).matches())
          .map(credit -> PersonNameLists.nameList(credit.group(2), false))
          .flatMap(Optional::stream)
          .findFirst()
          .ifPresent(name -> out.propose(Candidate.of(AUTHOR, name, RuleNames.TEXT_CREDIT, line)));
    }
  }
}
