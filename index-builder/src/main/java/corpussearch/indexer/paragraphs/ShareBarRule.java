package corpussearch.indexer.paragraphs;

import java.util.Locale;
import java.util.Set;

/**
 * Drops share bars: a short line (at most 12 tokens) every word of which is a share verb or the
 * name of a sharing service ("Share", "Tweet", "Facebook Twitter WhatsApp", "Share on LinkedIn",
 * "Email Print", a button with its tooltip "Click to share on X (Opens in new window)", a feed
 * reader's toolbar "Open in Browser  Mark as Unread  Star  Share…", a blog's like button "Like
 * Loading..."), optionally with share counts.
 *
 * <p>Why: share buttons are rendered as text next to every article; a line consisting only of
 * such words carries no content. A sentence that merely uses the word ("Share prices fell …") has
 * other words and is kept.
 */
final class ShareBarRule extends LineRule {
  private static final Set<String> SERVICES =
      Set.of(
          "share", "shares", "shared", "tweet", "retweet", "facebook", "twitter", "x", "whatsapp",
          "linkedin", "email", "e-mail", "mail", "print", "pinterest", "reddit", "telegram",
          "messenger", "tumblr", "pocket", "flipboard", "vk", "sms", "copy", "link", "copied", "like", "reblog");
  private static final Set<String> FILLERS =
      Set.of(
          "on", "via", "this", "the", "article", "story", "post", "page", "to", "with", "by", "a",
          "friend", "click", "tap", "opens", "open", "in", "new", "window", "tab",
          // a feed reader's item toolbar beside its share button: "Open in Browser  Mark as Unread  Star  Share…"
          "browser", "mark", "as", "read", "unread", "star", "unstar", "save", "later", "archive", "bookmark",
          // a blog platform's like button still loading when the page was copied: "Like Loading..."
          "loading");

  @Override
  public DropReason reason() {
    return DropReason.SHARE_BAR;
  }

  /** Ten short tokens at most: a longer line is never a share bar, so it is not split. */
  private static final int MAX_BAR_CHARS = 160;

  /** "Click to email a link to a friend (Opens in new window)": a button's text and its tooltip. */
  private static final int MAX_TOKENS = 12;

  @Override
  boolean matches(String line) {
    if (line.length() > MAX_BAR_CHARS) {
      return false;
    }
    String[] tokens = line.toLowerCase(Locale.ROOT).split("(?:[\\s|,:/·•()…]|\\.{2,})+");
    if (tokens.length == 0 || tokens.length > MAX_TOKENS) {
      return false;
    }
    boolean service = false;
    for (String token : tokens) {
      if (token.isEmpty() || token.matches("[\\d.,]+[km]?")) {
        continue;
      }
      if (SERVICES.contains(token)) {
        service = true;
      } else if (!FILLERS.contains(token)) {
        return false;
      }
    }
    return service;
  }
}
