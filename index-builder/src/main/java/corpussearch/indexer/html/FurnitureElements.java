package corpussearch.indexer.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The page furniture {@link MainContent} removes before it looks for the article: elements that
 * say what they are by their tag or role (navigation, headers, footers, asides, forms, hidden
 * parts), containers whose class or id words name a feature of the page (comments, share bars,
 * adverts, newsletter prompts, author boxes, pull quotes), teaser cards, and the boxes {@link Forms}, {@link
 * Captions}, {@link SmallType}, {@link SponsorBoxes} and {@link Standfirst} find. A unit because
 * it is what the markup itself declares to be no part of the article, decided before any text is
 * weighed.
 */
final class FurnitureElements {

  private static final String FURNITURE_TAGS =
      "script, style, noscript, template, svg, canvas, iframe, object, embed, nav, header, footer, aside,"
          + " button, select, input, textarea, figcaption, dialog, menu,"
          + " [role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=dialog],"
          + " [aria-hidden=true], [hidden], [style~=(?i)display:\\s*none]";

  /** Class and id words of furniture containers, matched as whole words of the attribute. */
  private static final Pattern FURNITURE_NAMES =
      Pattern.compile(
          "(?i)(?:^|[\\s_-])(?:comments?|comment-list|disqus|related|recommended|more-stories|most-popular"
              + "|trending|read-more|readmore|share|sharing|social|newsletter|subscribe|subscription|signup"
              + "|cookie|cookies|consent|gdpr|ad|ads|advert|advertisement|adslot|promo|sponsored|sponsor"
              // the advert's box named in the page's own language
              + "|reklama|reklame|reklam|werbung|anzeige|anzeigen|publicidad|publicidade|publicite|pubblicita|advertentie|annons|annonce|mainos|hirdetes|oglas"
              + "|sidebar|breadcrumbs?|navbar|nav|menu|footer|popup|modal|outbrain|taboola|paywall|tags"
              + "|caption|cutline|credit|newsletter-signup|author-bio|bio|about-the-author|about-author|author-box|author-info|author-card|card-author|box-author|author-details|author-profile|skip-link|header|masthead|topbar|toolbar|metabar"
              // the line of date, author and reading time a theme sets over or under the text: "entry-meta", "article__meta"
              + "|meta"
              // a box set beside the story, "Info: What is IS-K?", or a note called out from it (a Ghost "kg-callout-card", a Docusaurus admonition)
              + "|info-?box|fact-?box|callout|admonition"
              // the story's points listed over it, each told again in the text: "keypoints", "key-takeaways", an analysis's "key-judgement"
              + "|key-?points|key-?takeaways|key-?findings|key-?facts|key-?judg(?:e)?ments?"
              + "|ticker|poll|polls|survey|quiz|cta|call-to-action|disclosure|disclaimer|also-read|alsoread|read-also|see-also"
              // a sentence of the text set large beside it again, often reworded, so no repeat to recognise
              + "|pull[_-]?quotes?"
              + "|references?|footnotes?|endnotes?|citations?|cite-this|how-to-cite|bibliography|(?:video|audio|media)-player|audio|donate|donation|donations|support|support-us|supportus|contribute|meter|metering|regwall|upsell|pagination|pager)(?:$|[\\s_-])");

  /**
   * A pull quote named by the bare class "pull" or "pullout" ("blockquote class=pull"): a whole class
   * token, so Bootstrap's "pull-left" and "pull-right", which float anything, are no such box.
   */
  private static final String PULL_BOXES = ".pull, .pullout, .pull-out";

  /** Class words of a card announcing another page ("cmp-teaser", "node--teaser"). */
  private static final Pattern TEASER_NAMES = Pattern.compile("(?i)(?:^|[\\s_-])teasers?(?:$|[\\s_-])");

  private FurnitureElements() {}

  /** Removes from {@code body} the elements that are page furniture by their tag, role, attributes or class and id words. */
  static void remove(Element body) {
    Forms.removeFurniture(body);
    Captions.remove(body);
    SmallType.remove(body);
    SponsorBoxes.remove(body);
    body.select(FURNITURE_TAGS).remove();
    List<Element> named = new ArrayList<>();
    for (Element element : body.getAllElements()) {
      String names = ClassWords.of(element);
      if (!element.is("body, article, main, [itemprop=articleBody]") && (FURNITURE_NAMES.matcher(names).find() || element.is(PULL_BOXES))) {
        named.add(element);
      }
    }
    int total = body.text().length();
    for (Element element : named) {
      // A container named for a feature of the page ("has-comments") may still hold the article.
      if (element.parent() != null && element.text().length() * 2 < total) {
        element.remove();
      }
    }
    // A teaser card points to another page; named so and holding no prose, it is no lead of this one.
    body.getAllElements().stream().filter(element -> TEASER_NAMES.matcher(element.className()).find() && TextDensity.isBoxWithoutProse(element))
        .toList().forEach(Element::remove);
    // Last: the first paragraph of prose it looks for is then no cookie notice above the article.
    Standfirst.remove(body);
  }
}
