package corpussearch.indexer.paragraphs;

import java.util.regex.Pattern;

/**
 * Drops site and player chrome that the scraper captured as text: a whole line that is a UI
 * control label ("Back to top", "Close", "Read more", "Now Reading", "Next article"), a line made
 * only of control glyphs ("×", "›", "↑"), or a media player time ("0:00", "1:02 / 3:45").
 *
 * <p>Why: these lines are buttons, not writing; they only ever appear as the entire line, so the
 * rule requires the whole line to be the label and never touches prose that merely contains the
 * words.
 */
final class NavigationRule extends LineRule {
  private static final Pattern CONTROL =
      Pattern.compile(
          "(?iu)(?:scroll|go|back|return|jump) to (?:the )?top|top|close|close (?:this )?(?:window|ad|menu)|"
              + "menu|main menu|home|search|skip to (?:main )?content|skip ad|now reading|"
              + "read more|continue reading|read full (?:article|story)|show more|load more|"
              + "(?:next|previous|prev) (?:article|story|post|page)|next|previous|"
              + "play|pause|mute|unmute|full ?screen|play video|watch video|"
              + "advertisement|sponsored content|ad|print this (?:page|article)");
  private static final Pattern TRAILING_GLYPHS = Pattern.compile("[\\s:»›→>«‹←<↑▲^]+$");
  private static final Pattern GLYPHS_ONLY = Pattern.compile("[×✕✖☰↑↓▲▼⬆«»‹›<>→←|^]+");
  private static final Pattern MEDIA_TIME =
      Pattern.compile("\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*/\\s*\\d{1,2}:\\d{2}(?::\\d{2})?)?");

  @Override
  public DropReason reason() {
    return DropReason.NAVIGATION;
  }

  /** Longer than any control label or player time: prose, not worth the patterns. */
  private static final int MAX_LABEL_CHARS = 48;

  @Override
  boolean matches(String line) {
    if (line.length() > MAX_LABEL_CHARS) {
      return false;
    }
    String compact = line.replace(" ", "");
    if (GLYPHS_ONLY.matcher(compact).matches() || MEDIA_TIME.matcher(line).matches()) {
      return true;
    }
    String label = TRAILING_GLYPHS.matcher(line).replaceFirst("");
    return CONTROL.matcher(label).matches();
  }
}
