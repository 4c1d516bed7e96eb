package corpussearch.indexer.html;

import corpussearch.indexer.extract.NameAndDateShapes;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The authors an "About the authors" block names, one card each, often after the article: reports,
 * magazines and blogs credit their writers there rather than in a byline, and list all of them
 * where the byline or the metadata names one. A card may be one sentence about its writer, which
 * opens on the name ("Conor Friel writes about transport … He lives in Moville.").
 */
final class AuthorCards {

  /** Class and id words of a block of author cards: plural, where a single byline is "author". */
  private static final Pattern CARDS_NAME =
      Pattern.compile("(?i)(?:^|[\\s_-])(?:authors|contributors|writers|author-cards?|author-list|about-the-authors?)(?:$|[\\s_-])");
  /**
   * Class and id words of one writer's bio box ("author-box", "about-the-author", "card-author"):
   * set after the text, it may present one writer of several, so it is a card, not a byline.
   */
  private static final Pattern BIO_BOX =
      Pattern.compile("(?i)(?:^|[\\s_-])(?:author-bio|about-the-author|about-author|author-box|card-author|box-author)(?:$|[\\s_-])");
  /** A heading that introduces the cards. */
  private static final Pattern CARDS_HEADING =
      Pattern.compile("(?i)^\\s*(?:about\\s+the\\s+(?:authors?|writers?|contributors?)|(?:the\\s+)?(?:authors|contributors|writers))\\s*:?\\s*$");

  /** A label the card's sentence runs on from: "About the author: Inês Machava writes Rovuma Watch." */
  private static final Pattern CARD_LABEL =
      Pattern.compile("(?i)^\\s*about\\s+the\\s+(?:authors?|writers?|contributors?)\\s*[:.–—-]\\s*");

  /** A card that is one sentence about its writer opens on the name: "Conor Friel writes about transport … for …". */
  private static final Pattern BIO_OPENING =
      Pattern.compile("((?:\\p{Lu}[\\p{L}'’.-]*\\s+(?:(?:van|von|de|der|den|da|di|du|le|la|al|el|bin|ben|ter)\\s+){0,3}){1,3}\\p{Lu}[\\p{L}'’-]+)\\s+(?:writes|covers|reports|edits|is|was|has|joined|lives)\\b.*");

  private AuthorCards() {}

  /** The names on the page's first block of author cards, or of its first bio boxes, in order; empty when it has none. */
  static List<String> names(Document page) {
    for (Element element : page.body().getAllElements()) {
      List<String> names = namesOn(element);
      if (!names.isEmpty()) {
        return names;
      }
    }
    return List.of();
  }

  /** The names {@code element} gives as a block of cards, as the heading over one, or as a bio box; empty when none. */
  private static List<String> namesOn(Element element) {
    if (CARDS_NAME.matcher(element.className() + " " + element.id()).find()) {
      return cardNames(element);
    }
    if (element.is("h2, h3, h4, h5, h6, strong, b") && CARDS_HEADING.matcher(element.text()).matches() && element.parent() != null) {
      return cardNames(element.parent());
    }
    return bioName(element) == null ? List.of() : boxNames(element);
  }

  /**
   * The writers {@code box} and the bio boxes beside it name, in order: a page by several writers
   * sets one box each, side by side under the text.
   */
  private static List<String> boxNames(Element box) {
    List<Element> boxes = box.parent() == null ? List.of(box) : box.parent().children();
    return boxes.stream().map(AuthorCards::bioName).filter(name -> name != null).distinct().toList();
  }

  /** The name that opens each card of {@code block}. */
  private static List<String> cardNames(Element block) {
    List<String> names = new ArrayList<>();
    for (Element card : block.children()) {
      String name = cardName(card);
      if (name != null && !names.contains(name)) {
        names.add(name);
      }
    }
    return names;
  }

  /** Whether {@code element} lies in a bio box that names its writer: a byline found there is the box's card. */
  static boolean inBioBox(Element element) {
    return element.parents().stream().anyMatch(parent -> bioName(parent) != null) || bioName(element) != null;
  }

  /** The writer a bio box ({@link #BIO_BOX}) names, or null when {@code element} is none or names nobody. */
  private static String bioName(Element element) {
    return BIO_BOX.matcher(element.className() + " " + element.id()).find() ? cardName(element) : null;
  }

  /** The card's first text, or the name a one-sentence bio opens on, when it is shaped as a person's name; else null. */
  private static String cardName(Element card) {
    String text = firstText(card);
    String first = text == null ? null : CARD_LABEL.matcher(text).replaceFirst("");
    Matcher bio = first == null ? null : BIO_OPENING.matcher(first);
    if (bio != null && bio.matches() && NameAndDateShapes.isPersonName(bio.group(1))) {
      first = bio.group(1);
    }
    return first != null && NameAndDateShapes.isPersonName(first) ? first : null;
  }

  private static String firstText(Element card) {
    for (Element element : card.getAllElements()) {
      if (!element.ownText().isBlank()) {
        return element.text().strip();
      }
    }
    return null;
  }
}
