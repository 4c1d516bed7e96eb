package corpussearch.indexer.html;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * A sponsor's box under its label: "TOGETHER WITH KESTREL BANK", "Presented by …", "A message
 * from our partner", "Partner content", "Sponsored content", the way e-mail newsletters published
 * on the web (beehiiv, Substack, Mailchimp) set an advert between their stories, with inline styles
 * and no class to name it.
 */
final class SponsorBoxes {

  /** The label: a short line of its own, no sentence. */
  private static final Pattern LABEL = Pattern.compile(
      "(?i)(?:together with|in partnership with|presented by|sponsored by|brought to you by|from our (?:sponsors?|partners?)"
          + "|a (?:word|message) from (?:our )?(?:sponsors?|partners?)?|partner content|paid partnership"
          // the labels sites print over a partner's paid box: "Sponsored content", "Advertisement feature", "Paid post"
          + "|(?:sponsored|branded|promoted|paid|partner|commercial)\\s+(?:content|post|story|stories|feature|article)|advertisement feature|advertorial)\\b[^.!?]{0,50}");
  /** A box is small beside the page: a label over most of it heads a sponsored page, not a box. */
  private static final int MAX_SHARE = 3;

  private SponsorBoxes() {}

  /** Removes from {@code body} every box that opens with a sponsor's label, the label with it. */
  static void remove(Element body) {
    int total = body.text().length();
    for (Element label : body.select("p, div, span, b, strong, h2, h3, h4, h5, h6")) {
      // a wrapper that holds the label alone (a reader wraps a loose label in a block of its own) is the label still
      Element opening = label;
      Element box = label.parent();
      while (box != null && box != body && box.text().strip().equals(label.text().strip())) {
        opening = box;
        box = box.parent();
      }
      boolean opens = box != null && box != body && box.firstElementChild() == opening && label.children().isEmpty();
      if (opens && LABEL.matcher(label.text().strip()).matches() && box.text().length() * MAX_SHARE < total) {
        box.remove();
      }
    }
  }
}
