package corpussearch.indexer.html;

import corpussearch.indexer.extract.FieldValue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A newsletter's issue page ("Issue #112: Electric prime movers hit the night shift", "Vol. 3,
 * Issue 7 — …", "Edition 45 | …"): the issue label is no part of any headline, and the subject is
 * the issue's, not the story's. The story's own headline is the first heading of a story below the
 * subject (after an editor's note); a page with no such heading keeps the subject without its
 * label. A headline that only mentions an issue ("Council to issue 500 permits", "Issue of the
 * week: …") has no label.
 */
final class NewsletterIssue {
  /** "Issue #112", "Vol. 3, Issue 7", "Edition 45", "Episode 12", then a separator. */
  private static final Pattern LABEL = Pattern.compile("(?i)^(?:(?:vol(?:ume)?\\.?\\s*\\d+\\s*,?\\s*)?"
      + "(?:issue|no\\.|number|edition|episode|ep\\.)\\s*#?\\s*\\d+|vol(?:ume)?\\.?\\s*\\d+|#\\d+)\\s*(?:[:|·•—–-])\\s+(?=\\S)");
  private static final String LEAD_STORY = "lead-story";
  private static final int MIN_HEADLINE_WORDS = 4;

  private final String leadHeading;

  private NewsletterIssue(String leadHeading) {
    this.leadHeading = leadHeading;
  }

  /** The issue page's lead story, the first {@code <h2>}/{@code <h3>} after the {@code <h1>} that heads prose. */
  static NewsletterIssue of(Document page) {
    boolean belowSubject = false;
    for (Element heading : page.select("h1, h2, h3")) { // in the page's order
      if (heading.tagName().equals("h1")) {
        belowSubject = true;
      } else if (belowSubject && isHeadline(heading.text()) && heading.nextElementSibling() != null
          && "p".equals(heading.nextElementSibling().tagName())) {
        return new NewsletterIssue(heading.text());
      }
    }
    return new NewsletterIssue(null);
  }

  /** {@code title}, or the issue's lead story's headline when {@code title} is an issue's labelled subject. */
  FieldValue retitled(FieldValue title) {
    Matcher label = title.isKnown() ? LABEL.matcher(title.value().strip()) : null;
    if (label == null || !label.lookingAt()) {
      return title;
    }
    return leadHeading != null ? FieldValue.of(leadHeading, LEAD_STORY) : FieldValue.of(title.value().strip().substring(label.end()), title.rule());
  }

  private static boolean isHeadline(String text) {
    return text.split("\\s+").length >= MIN_HEADLINE_WORDS && !text.equals(text.toUpperCase(java.util.Locale.ROOT)) && !text.endsWith(":");
  }
}
