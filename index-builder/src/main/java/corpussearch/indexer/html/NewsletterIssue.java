package corpussearch.indexer.html;

import corpussearch.indexer.extract.FieldValue;
import corpussearch.indexer.extract.NameAndDateShapes;
import java.util.Locale;
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
 * week: …") has no label. The newsletter's owner or editor (its meta author, who signs the note
 * above the story) is not the author of a story bylined inside it: the lead story's own byline
 * ("— Tan Wei Jie in Singapore", "By …" closing or opening the story) is.
 */
final class NewsletterIssue {
  /** "Issue #112", "Vol. 3, Issue 7", "Edition 45", "Episode 12", then a separator or nothing (a title cut to its label). */
  private static final Pattern LABEL = Pattern.compile("(?i)^(?:(?:vol(?:ume)?\\.?\\s*\\d+\\s*,?\\s*)?"
      + "(?:issue|no\\.|number|edition|episode|ep\\.)\\s*#?\\s*\\d+|vol(?:ume)?\\.?\\s*\\d+|#\\d+)(?:\\s*[:|·•—–-]\\s+(?=\\S)|\\s*$)");
  private static final String LEAD_STORY = "lead-story";
  private static final String LEAD_STORY_BYLINE = "lead-story-byline";
  /** A story's byline in a block of its own: "— Tan Wei Jie in Singapore", "By Tan Wei Jie, Singapore". */
  private static final Pattern STORY_BYLINE =
      Pattern.compile("(?i:[—–-]\\s*|by\\s+)(\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,3})(?:\\s+in\\s+\\p{Lu}.*|\\s*,.*)?");
  private static final int MIN_HEADLINE_WORDS = 4;

  private final String leadHeading;
  private final String leadByline;

  private NewsletterIssue(String leadHeading, String leadByline) {
    this.leadHeading = leadHeading;
    this.leadByline = leadByline;
  }

  /** The issue page's lead story, the first {@code <h2>}/{@code <h3>} after the {@code <h1>} that heads prose. */
  static NewsletterIssue of(Document page) {
    boolean belowSubject = false;
    for (Element heading : page.select("h1, h2, h3")) { // in the page's order
      if (heading.tagName().equals("h1")) {
        belowSubject = true;
      } else if (belowSubject && isHeadline(heading.text()) && heading.nextElementSibling() != null
          && "p".equals(heading.nextElementSibling().tagName())) {
        return new NewsletterIssue(heading.text(), byline(heading));
      }
    }
    return new NewsletterIssue(null, null);
  }

  /** The name in the last byline-shaped block of the story under {@code heading}, up to the next rule or heading. */
  private static String byline(Element heading) {
    String name = null;
    for (Element block = heading.nextElementSibling(); block != null && !block.is("hr, h1, h2, h3"); block = block.nextElementSibling()) {
      Matcher byline = STORY_BYLINE.matcher(block.text().strip());
      if (block.is("p") && byline.matches() && NameAndDateShapes.isPersonName(byline.group(1))) {
        name = byline.group(1);
      }
    }
    return name;
  }

  /** {@code author}, or the lead story's own byline on an issue page whose {@code title} was labelled. */
  FieldValue reauthored(FieldValue author, FieldValue title) {
    return leadByline != null && LEAD_STORY.equals(title.rule()) ? FieldValue.of(leadByline, LEAD_STORY_BYLINE) : author;
  }

  /** {@code title}, or the issue's lead story's headline when {@code title} is an issue's labelled subject. */
  FieldValue retitled(FieldValue title) {
    Matcher label = title.isKnown() ? LABEL.matcher(title.value().strip()) : null;
    if (label == null || !label.lookingAt()) {
      return title;
    }
    String subject = title.value().strip().substring(label.end());
    return leadHeading != null ? FieldValue.of(leadHeading, LEAD_STORY) : subject.isEmpty() ? FieldValue.unknown() : FieldValue.of(subject, title.rule());
  }

  private static boolean isHeadline(String text) {
    return text.split("\\s+").length >= MIN_HEADLINE_WORDS && !text.equals(text.toUpperCase(Locale.ROOT)) && !text.endsWith(":");
  }
}
