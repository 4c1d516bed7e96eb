package corpussearch.indexer.paragraphs;

import java.util.regex.Pattern;

/**
 * Drops download prompts: a line of at most 12 words that mentions downloading and is shaped like
 * a call to action — it ends with a colon (a form label) or starts with "Download", "Please",
 * "Click", "Tap" or "Select".
 *
 * <p>An invitation to the site's app or news alerts is dropped whatever its shape (see {@link
 * #APP_PROMPT}), and so is a link to a file given with its format and size ({@link #FILE_LINK}).
 *
 * <p>Why: PDF/digest/app download widgets are page chrome; an ordinary sentence about downloads is
 * longer or shaped differently and is kept.
 */
final class DownloadPromptRule extends LineRule {
  private static final Pattern DOWNLOAD = Pattern.compile("(?iu).*\\bdownload(?:s|ing)?\\b.*");
  private static final Pattern CALL =
      Pattern.compile("(?iu)^(?:download|please|click|tap|select|get the app)\\b.*");

  /**
   * An invitation to the site's app or alerts, prose or not: "Download the News 9 app for breaking
   * news alerts.", "Get the Star's breaking news alerts straight to your phone", "Turn on
   * notifications", "Join our WhatsApp channel for breaking news", "Follow us on Facebook for the latest news",
   * "Get up-to-the-minute news sent straight to your device".
   * It must open with the imperative, so a report that residents can download the
   * county's app is kept.
   */
  // the delivery prompt takes no clause after a comma, so an instruction reported in a story ("Have the results sent to your
  // phone, the clinic told patients.") is kept
  private static final Pattern APP_PROMPT =
      Pattern.compile(
          "(?iu)^(?:(?:follow|like|find) us on\\b.*"
              + "|(?:(?:click|tap)\\s+(?:here\\s+)?to\\s+)?(?:follow|join)\\s+[^.!?]{1,60}?\\s+on\\s+"
              + "(?:whatsapp|telegram|signal|viber|instagram|facebook|twitter|x|tiktok|youtube|threads|linkedin|google news)\\b.*"
              + "|(?:download|get|install|turn on|sign up for|enable|join|follow|subscribe to)\\s+(?:the|our)\\b[^.!?]{0,50}?"
              + "\\b(?:app|alerts?|notifications?|push alerts?|channel)\\b(?:[^.!?]{0,60}\\b"
              + "(?:phone|device|inbox|app|alerts?|notifications?|free)\\b)?[^.!?]{0,30}[.!]?"
              // the reader's own device as where the news goes: "Get up-to-the-minute news sent straight to your device."
              + "|(?:get|receive|have)\\s+[^.!?]{1,50}?\\b(?:sent|delivered|pushed)\\s+(?:straight\\s+|directly\\s+|right\\s+)?to\\s+your\\s+"
              + "(?:device|phone|mobile|smartphone|inbox|email|e-mail|lock\\s?screen)\\b[^.!?,;\"“”]{0,30}[.!]?)");

  private static final int MAX_APP_PROMPT_WORDS = 20;
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
        || TextShapes.atMostWords(line, MAX_APP_PROMPT_WORDS) && APP_PROMPT.matcher(line).matches()
        || TextShapes.atMostWords(line, MAX_FILE_LINK_WORDS) && FILE_LINK.matcher(line).matches();
  }
}
