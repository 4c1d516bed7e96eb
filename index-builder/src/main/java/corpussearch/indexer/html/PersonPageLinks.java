package corpussearch.indexer.html;

import corpussearch.indexer.extract.NameAndDateShapes;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The writers a page links to their own pages above the text, where no element is classed as a
 * byline: a think tank's field of experts, a byline set as bare links. A link leads to a person's
 * page when its address ends in the name it shows, spelled as a slug ("/experts/fatima-al-mansoori"
 * for "Dr Fatima Al-Mansoori") under a folder of such pages; a link to a topic or a section spells no
 * name, and a menu's item ("/photo-gallery" for "Photo Gallery") stands at the top of the site.
 */
final class PersonPageLinks {
  private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");
  private static final Pattern SCHEME_AND_HOST = Pattern.compile("^(?:[a-z]+:)?//[^/]*");
  private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
  /** A name has at least two words: a one-word slug ("/people/mansoori") may be a topic's. */
  private static final int MIN_NAME_WORDS = 2;

  private PersonPageLinks() {}

  /** The names, in page order, that links among {@code lead} (the elements above the text) give to pages of their own. */
  static List<String> names(List<Element> lead) {
    List<String> names = new ArrayList<>();
    lead.stream().filter(element -> element.is("a[href]"))
        .map(link -> linkedName(link.text(), link.attr("href")))
        .flatMap(Optional::stream)
        .filter(name -> !names.contains(name))
        .forEach(names::add);
    return names;
  }

  /** The person {@code text} names when {@code href}'s last part spells it, courtesy titles before it left out. */
  private static Optional<String> linkedName(String text, String href) {
    String[] words = text.strip().split("\\s+");
    String page = lastPart(href);
    for (int from = 0; words.length - from >= MIN_NAME_WORDS; from++) {
      String name = String.join(" ", List.of(words).subList(from, words.length));
      if (slug(name).equals(page) && NameAndDateShapes.isPersonName(name)) {
        return Optional.of(name);
      }
    }
    return Optional.empty();
  }

  /**
   * The last part of the address's path under a folder: "/experts/jane-doe/?ref=top" gives
   * "jane-doe", "/photo-gallery" nothing.
   */
  private static String lastPart(String href) {
    String path = SCHEME_AND_HOST.matcher(href.replaceFirst("[?#].*$", "").replaceFirst("/+$", "")).replaceFirst("");
    int slash = path.lastIndexOf('/');
    return slash > 0 ? path.substring(slash + 1).toLowerCase(Locale.ROOT) : "";
  }

  private static String slug(String name) {
    String plain = ACCENTS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    return NOT_SLUG.matcher(plain).replaceAll("-").replaceAll("^-|-$", "");
  }
}
