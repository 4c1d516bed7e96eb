package corpussearch.indexer.containers;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A page dumped by a text browser (w3m, lynx, links) shows each image by its alternative text in
 * brackets and each form field as a bracketed box: "[kms-logo] Kowloon Morning Standard",
 * "[Search]", "[image] Passengers board …". On the first line that placeholder is the site's logo
 * beside its name; it comes off, so the name stands alone as a masthead does.
 */
final class TextBrowserDump {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\[[^\\]\\[]{1,40}]");
  private static final Pattern LEADING_PLACEHOLDER = Pattern.compile("^\\s*\\[[^\\]\\[]{1,40}]\\s+(?=\\S)");

  /** One bracket may be a footnote or an editor's insertion; a dump has many placeholders. */
  private static final int MIN_PLACEHOLDERS = 3;

  private TextBrowserDump() {}

  static List<String> unwrap(List<String> lines) {
    long placeholders = lines.stream().mapToLong(line -> PLACEHOLDER.matcher(line).results().count()).sum();
    int first = Lines.firstNonBlank(lines);
    if (placeholders < MIN_PLACEHOLDERS || first < 0 || !LEADING_PLACEHOLDER.matcher(lines.get(first)).find()) {
      return lines;
    }
    List<String> result = new java.util.ArrayList<>(lines);
    result.set(first, LEADING_PLACEHOLDER.matcher(lines.get(first)).replaceFirst(""));
    return result;
  }
}
