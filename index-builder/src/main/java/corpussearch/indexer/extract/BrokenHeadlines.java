package corpussearch.indexer.extract;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A headline print or a narrow column broke over lines, joined again: a second half in lower case
 * ("Creamery site to become" / "forty homes after appeal"), or a headline in capitals over two to
 * four short lines. {@link TitleRules} asks before it judges a line as the headline.
 */
final class BrokenHeadlines {
  /** Each half of a headline broken over two lines has words, not a lone word or an address. */
  private static final int MIN_BROKEN_PART_WORDS = 2;
  private static final int MAX_CAPITAL_HEADLINE_LINES = 4;

  private BrokenHeadlines() {}

  /**
   * The headline at {@code line}, joined with its second line when print broke it in two: the
   * next line follows without a blank, opens in lower case, ends the block, and the first line
   * does not end a sentence ("Creamery site to become" / "forty homes after appeal").
   */
  static TitleRules.Title withContinuation(ArticleLines page, int line) {
    Optional<TitleRules.Title> capitals = capitalsOverLines(page, line);
    if (capitals.isPresent()) {
      return capitals.get();
    }
    String text = page.text(line);
    int next = line + 1;
    boolean broken = next < page.size() && !page.isBlank(next)
        && Character.isLowerCase(page.text(next).codePointAt(0))
        && (next + 1 == page.size() || page.isBlank(next + 1))
        && !text.matches(".*[.!?:;,]$") && !PageHeader.isCapitals(text)
        && ArticleLines.wordCount(text) >= MIN_BROKEN_PART_WORDS
        && ArticleLines.wordCount(page.text(next)) >= MIN_BROKEN_PART_WORDS
        && page.text(next).matches("[\\p{L}\\p{N}'’,;:\\- ]+[.!?]?");
    String joined = text + " " + (broken ? page.text(next) : "");
    return broken && TitleRules.isTitleLike(joined)
        ? new TitleRules.Title(joined.strip(), RuleNames.FIRST_LINE, line, Set.of(line, next))
        : new TitleRules.Title(text, RuleNames.FIRST_LINE, line, Set.of(line));
  }

  /**
   * A headline in capitals set over two to four short lines, as print lays it out ("HARBOUR
   * DREDGING PLAN" / "DELAYED AGAIN AFTER" / "COST REVIEW"): every line in capitals, none of them
   * furniture (nor a section's name: "LOCAL NEWS" over "THE KESTREL BAY HERALD" is a header), the
   * run closed by a blank line.
   */
  private static Optional<TitleRules.Title> capitalsOverLines(ArticleLines page, int line) {
    Set<Integer> lines = new TreeSet<>();
    StringBuilder joined = new StringBuilder();
    int at = line;
    while (at < page.size() && !page.isBlank(at) && lines.size() < MAX_CAPITAL_HEADLINE_LINES + 1) {
      String text = page.text(at);
      if (!PageHeader.isCapitals(text) || TitleRules.isFurniture(text) || text.matches(".*[.!?:;]$")) {
        return Optional.empty();
      }
      lines.add(at);
      joined.append(text).append(' ');
      at++;
    }
    boolean closed = at == page.size() || page.isBlank(at);
    String headline = joined.toString().strip();
    return closed && lines.size() >= 2 && lines.size() <= MAX_CAPITAL_HEADLINE_LINES && TitleRules.isTitleLike(headline)
        ? Optional.of(new TitleRules.Title(headline, RuleNames.FIRST_LINE, line, lines))
        : Optional.empty();
  }
}
