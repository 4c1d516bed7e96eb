package corpussearch.indexer.paragraphs;

import java.util.regex.Pattern;

/**
 * Drops copyright footers: a line of at most 40 words that contains "©", starts with "(c)" or
 * "Copyright" followed by a year or "©", or says "All rights reserved".
 *
 * <p>Why: the footer is the same on every page of a site and says nothing about the article. The
 * tests are on notice forms, so prose about a copyright dispute is kept.
 */
final class CopyrightRule extends LineRule {
  private static final Pattern NOTICE =
      Pattern.compile(
          "(?iu).*(?:©|all rights reserved|^\\(c\\)\\s*\\d{4}|^copyright\\s*(?:©|\\(c\\)|\\d{4})).*");

  @Override
  public DropReason reason() {
    return DropReason.COPYRIGHT;
  }

  @Override
  boolean matches(String line) {
    return TextShapes.atMostWords(line, 40) && NOTICE.matcher(line).matches();
  }
}
