package corpussearch.indexer.html;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The standfirst (dek, subtitle, strapline, intro, a content system's summary or excerpt field, a
 * French chapô) a page sets under its headline, named by its class: a summary of the article written
 * for its head, not a paragraph of it. Only one set before the article's first paragraph goes; a class of the
 * same name further down heads a section.
 */
final class Standfirst {

  /** Drupal's body field is "text-with-summary": a field type that may hold one, no summary itself. */
  private static final Pattern NAMED = Pattern.compile("(?i)(?:^|[\\s_-])(?:standfirst|subtitle|sub-title|dek|deck|strapline|subheadline|sub-headline|(?<!with-)summary"
      // the same named in the newsroom's own language: French chapeau or chapô, Spanish entradilla or bajada, Portuguese
      // linha fina, Italian sommario, Scandinavian ingress, German Vorspann
      + "|chapeau|chapo|chapô|entradilla|bajada|linha-fina|linhafina|sommario|ingress|vorspann)(?:$|[\\s_-])");

  /**
   * Names a story's own lead paragraph has as often as a standfirst: "intro", "excerpt". Such a box
   * is a standfirst only outside the block that holds the story's paragraphs; among them, it is the
   * lead, set in larger type.
   */
  private static final Pattern LEAD_OR_STANDFIRST = Pattern.compile("(?i)(?:^|[\\s_-])(?:intro|excerpt)(?:$|[\\s_-])");

  private Standfirst() {}

  /**
   * Removes from {@code body} the named standfirsts set before its first paragraph of prose (one not
   * named so itself, nor a credit line such as "Reporting: A. Editing: B.", which heads the text).
   */
  static void remove(Element body) {
    Element first = body.select("p").stream().filter(p -> !isInNamed(p) && BlockShapes.isProse(p.text()) && !Bylines.isBylineLine(p)).findFirst().orElse(null);
    List<Element> all = body.getAllElements();
    int end = first == null ? -1 : all.indexOf(first);
    all.stream().filter(named -> all.indexOf(named) < end && isStandfirst(named, first) && !first.parents().contains(named) && named.select("p").size() <= 1)
        .toList().forEach(Element::remove);
  }

  private static boolean isStandfirst(Element element, Element first) {
    return isNamed(element) || isLeadNamed(element) && element.parent() != first.parent();
  }

  private static boolean isNamed(Element element) {
    return NAMED.matcher(ClassWords.of(element)).find();
  }

  private static boolean isInNamed(Element element) {
    return isNamedOrLead(element) || element.parents().stream().anyMatch(Standfirst::isNamedOrLead);
  }

  private static boolean isNamedOrLead(Element element) {
    return isNamed(element) || isLeadNamed(element);
  }

  private static boolean isLeadNamed(Element element) {
    return LEAD_OR_STANDFIRST.matcher(ClassWords.of(element)).find();
  }
}
