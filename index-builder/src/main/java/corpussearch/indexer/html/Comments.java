package corpussearch.indexer.html;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Readers' comments under an article. Their names and dates are the commenters', never the
 * article's: a comment posted the next day, or in a form that reads one way only ("03/13/2024"),
 * must not date the story.
 */
final class Comments {

  /** A class, id or hook word that starts with "comment" or "disqus": "comments", "comment-time", "commentuser". */
  private static final Pattern COMMENT_WORD = Pattern.compile("(?i)(?:^|\\s)(?:comment|disqus)");
  private static final Pattern COMMENT_TYPE = Pattern.compile("(?i)Comment\\b");

  /** The containers of the page's headlines, found once: a page may have thousands of comments to ask about. */
  private final Set<Element> aroundHeadline = Collections.newSetFromMap(new IdentityHashMap<>());

  private Comments(Document page) {
    for (Element h1 : page.select("h1")) {
      aroundHeadline.add(h1);
      aroundHeadline.addAll(h1.parents());
    }
  }

  /** The comments of {@code page}. */
  static Comments of(Document page) {
    return new Comments(page);
  }

  /**
   * Whether {@code element} is part of a comment: it or a container around it is named or typed
   * as one ({@code class="comment-wrapper"}, {@code data-hook="comments-section"}, RDFa {@code
   * typeof="sioct:Comment"}). A container that holds the page's {@code <h1>} is the article,
   * whatever its class says ("has-comments").
   */
  boolean contains(Element element) {
    for (Element at = element; at != null && !at.is("body, html"); at = at.parent()) {
      String words = at.className() + " " + at.id() + " " + at.attr("data-hook");
      boolean named = COMMENT_WORD.matcher(words).find() || COMMENT_TYPE.matcher(at.attr("typeof")).find();
      if (named && !aroundHeadline.contains(at)) {
        return true;
      }
    }
    return false;
  }
}
