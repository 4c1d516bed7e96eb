package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.MetadataField.AUTHOR;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code more-by}: a link to the writer's other pieces, "Read more by Fawad Rashidi: The Kabul
 * dialogue …", "More articles by Jane Doe", as a column's page sets it by the story. The name is a
 * person's; "More from …" names a site or a section as often as a writer, and counts for nothing.
 * Weak evidence, for a page whose byline is a name alone the other rules cannot tell from a heading.
 */
final class MoreByLinks {
  private static final Pattern MORE_BY = Pattern.compile(
      "(?i:(?:read\\s+)?more\\s+(?:(?:articles|stories|columns|pieces|posts)\\s+)?by)\\s+"
          + "(\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){1,3})(?=\\s*(?:[:|·•→»›]|$))");
  private static final int MAX_WORDS = 20;

  private MoreByLinks() {}

  static void collect(ArticleLines page, Findings out) {
    for (int line : page.nonBlank()) {
      String text = page.text(line).strip();
      Matcher more = MORE_BY.matcher(text);
      if (ArticleLines.wordCount(text) <= MAX_WORDS && more.lookingAt() && PersonNames.isName(more.group(1), false)) {
        out.propose(Candidate.of(AUTHOR, more.group(1), RuleNames.MORE_BY, line));
      }
    }
  }
}
