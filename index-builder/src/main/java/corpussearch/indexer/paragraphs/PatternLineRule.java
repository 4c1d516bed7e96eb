package corpussearch.indexer.paragraphs;

import java.util.regex.Pattern;

/**
 * A line rule for furniture that announces itself with a phrase: the line is furniture when it is
 * short and its whole text matches the family's pattern.
 */
abstract class PatternLineRule extends LineRule {
  private final Pattern pattern;
  private final int maxWords;

  PatternLineRule(Pattern pattern, int maxWords) {
    this.pattern = pattern;
    this.maxWords = maxWords;
  }

  @Override
  final boolean matches(String line) {
    return TextShapes.atMostWords(line, maxWords) && pattern.matcher(line).matches();
  }
}
