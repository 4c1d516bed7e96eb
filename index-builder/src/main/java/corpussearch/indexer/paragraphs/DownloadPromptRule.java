package corpussearch.indexer.paragraphs;

import java.util.regex.Pattern;

/**
 * Drops download prompts: a line of at most 12 words that mentions downloading and is shaped like
 * a call to action — it ends with a colon (a form label) or starts with "Download", "Please",
 * "Click", "Tap" or "Select".
 *
 * <p>An invitation to the site's app or news alerts is dropped whatever its shape (see {@link
 * AppPrompts}), and so is a link to a file given with its format and size ({@link #FILE_LINK}).
 *
 * <p>Why: PDF/digest/app download widgets are page chrome; an ordinary sentence about downloads is
 * longer or shaped differently and is kept.
 */
final class DownloadPromptRule extends LineRule {
  private static final Pattern DOWNLOAD = Pattern.compile("(?iu).*\\bdownload(?:s|ing)?\\b.*");
  private static final Pattern CALL =
      Pattern.compile("(?iu)^(?:download|please|click|tap|select|get the app)\\b.*");

  /**
   * A link to a file with its format and size after the name, and nothing after them: "Annex: List
   * of designated individuals and entities (PDF, 214 KB)", "Full report [PDF 1.2 MB]". A story gives
   * no file's size in brackets.
   */
  private static final Pattern FILE_LINK =
      Pattern.compile("(?iu)[^.!?]{2,160}?\\s*[(\\[](?:pdf|docx?|xlsx?|pptx?|zip|epub|csv)\\s*[,·|-]?\\s*\\d+(?:[.,]\\d+)?\\s*[kmg]i?b[)\\]]");
  private static final int MAX_FILE_LINK_WORDS = 25;

  @Override
  public DropReason reason() {
    return DropReason.DOWNLOAD_PROMPT;
  }

  @Override
  boolean matches(String line) {
    return TextShapes.atMostWords(line, 12)
        && DOWNLOAD.matcher(line).matches()
        && (line.endsWith(":") || CALL.matcher(line).matches() && !TextShapes.isProse(line))
        || AppPrompts.isAppPrompt(line)
        || TextShapes.atMostWords(line, MAX_FILE_LINK_WORDS) && FILE_LINK.matcher(line).matches();
  }
}
