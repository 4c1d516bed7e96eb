package corpussearch.indexer.containers;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page dumped by a text browser (w3m, lynx, links) shows each image by its alternative text in
 * brackets and each form field as a bracketed box: "[kms-logo] Kowloon Morning Standard",
 * "[Search]", "[image] Passengers board …". On the first line that placeholder is the site's logo
 * beside its name; it comes off, so the name stands alone as a masthead does. A logo alone on the
 * first line, "[Bridgetown Bulletin logo]" or "[IMG] The Northern Clarion logo", or before the bar's
 * buttons, "[Rheinland-Kurier]  Anmelden", is the site's name in its alternative text.
 */
final class TextBrowserDump {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\[[^\\]\\[]{1,40}]");
  private static final Pattern LEADING_PLACEHOLDER = Pattern.compile("^\\s*\\[[^\\]\\[]{1,40}]\\s+(?=\\S)");

  /** The site's logo alone on the first line, "[Bridgetown Bulletin logo]": its alternative text names the site. */
  private static final Pattern LOGO = Pattern.compile("^\\s*\\[\\s*(\\p{Lu}[^\\]\\[]{1,40}?)\\s+(?i:logo)\\s*]\\s*$");

  /** A logo's alternative text after its placeholder, "[IMG] The Northern Clarion logo": the site's name and the word. */
  private static final Pattern LOGO_ALT = Pattern.compile("^\\s*(\\p{Lu}[^\\]\\[]{1,40}?)\\s+(?i:logo)\\s*$");

  /**
   * A logo named by its alternative text alone, beside the bar's buttons past a wide gap:
   * "[Rheinland-Kurier]  Jetzt abonnieren  Anmelden". A picture's or a field's generic word is no name.
   */
  private static final Pattern NAMED_LOGO_BAR =
      Pattern.compile("^\\s*\\[(?!(?i:img|image|inline|photo|picture|logo|search|menu)\\])(\\p{Lu}[^\\]\\[]{1,40})]( {2,}\\S.*)$");

  /** One bracket may be a footnote or an editor's insertion; a dump has many placeholders. */
  private static final int MIN_PLACEHOLDERS = 3;

  private TextBrowserDump() {}

  static List<String> unwrap(List<String> lines) {
    long placeholders = lines.stream().mapToLong(line -> PLACEHOLDER.matcher(line).results().count()).sum();
    int first = Lines.firstNonBlank(lines);
    if (placeholders < MIN_PLACEHOLDERS || first < 0) {
      return lines;
    }
    Matcher logo = LOGO.matcher(lines.get(first));
    if (logo.matches()) {
      List<String> named = new ArrayList<>(lines);
      named.set(first, logo.group(1).strip());
      return named;
    }
    Matcher bar = NAMED_LOGO_BAR.matcher(lines.get(first));
    if (bar.matches()) {
      List<String> named = new ArrayList<>(lines);
      named.set(first, bar.group(1).strip() + bar.group(2));
      return named;
    }
    if (!LEADING_PLACEHOLDER.matcher(lines.get(first)).find()) {
      return lines;
    }
    List<String> result = new ArrayList<>(lines);
    String shown = LEADING_PLACEHOLDER.matcher(lines.get(first)).replaceFirst("");
    Matcher alt = LOGO_ALT.matcher(shown);
    result.set(first, alt.matches() ? alt.group(1) : shown);
    return result;
  }
}
