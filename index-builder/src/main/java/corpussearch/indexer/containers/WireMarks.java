package corpussearch.indexer.containers;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Wire copy in its teletype form (ANPA 1312 and the agency feeds after it) ends every paragraph in
 * "&lt;" and a byline or agency line in "=": transmission marks, not text. When several lines end
 * in "&lt;" the copy is in that form, and the marks come off every line.
 */
final class WireMarks {
  private static final Pattern END_MARK = Pattern.compile("(?<![<=])[<=]\\s*$");

  /** One line ending in "&lt;" may be an arrow or a formula; copy in the form has many. */
  private static final int MIN_MARKED_LINES = 3;

  private WireMarks() {}

  static List<String> unwrap(List<String> lines) {
    long marked = lines.stream().filter(line -> line.strip().endsWith("<") && END_MARK.matcher(line).find()).count();
    if (marked < MIN_MARKED_LINES) {
      return lines;
    }
    return lines.stream().map(line -> END_MARK.matcher(line).replaceFirst("")).toList();
  }
}
