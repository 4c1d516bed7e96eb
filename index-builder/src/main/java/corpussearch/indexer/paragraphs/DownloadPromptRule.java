package corpussearch.indexer.paragraphs;

import java.util.regex.Pattern;

/**
 * Drops download prompts: a line of at most 12 words that mentions downloading and is shaped like
 * a call to action — it ends with a colon (a form label) or starts with "Download", "Please",
 * "Click", "Tap" or "Select".
 *
 * <p>Why: PDF/digest/app download widgets are page chrome; an ordinary sentence about downloads is
 * longer or shaped differently and is kept.
 */
final class DownloadPromptRule extends LineRule {
  private static final Pattern DOWNLOAD = Pattern.compile("(?iu).*\\bdownload(?:s|ing)?\\b.*");
  private static final Pattern CALL =
      Pattern.compile("(?iu)^(?:download|please|click|tap|select|get the app)\\b.*");

  @Override
  public DropReason reason() {
    return DropReason.DOWNLOAD_PROMPT;
  }

  @Override
  boolean matches(String line) {
    return TextShapes.atMostWords(line, 12)
        && DOWNLOAD.matcher(line).matches()
        && (line.endsWith(":") || CALL.matcher(line).matches() && !TextShapes.isProse(line));
  }
}
