package corpussearch.indexer.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Captions a page sets without {@code <figcaption>} or a caption class: the one short text beside
 * an image in the box that holds both ({@code <div><img><p>The wharf at low tide. (Photo: …)</p></div>}).
 * A reader sees it under the picture, not in the story's run of paragraphs.
 */
final class Captions {

  /** Captions are a sentence or two; a longer text beside an image is the story's own paragraph. */
  private static final int MAX_CAPTION_CHARS = 300;
  private static final int MAX_CREDIT_WORDS = 8;
  private static final String IMAGES = "img, picture, amp-img";

  private Captions() {}

  /** Removes from {@code body} each text that is the only one in a box with an image. */
  static void remove(Element body) {
    List<Element> captions = new ArrayList<>();
    for (Element image : body.select(IMAGES)) {
      Element box = image.parent();
      // Wrappers around the image alone ("<a><picture><img>") are part of the picture.
      while (box != null && box != body && textUpTo(box, 0) != null) {
        box = box.parent();
      }
      List<Element> texts = box == null || box == body ? List.of() : captionTexts(box, image);
      texts.stream().filter(text -> !captions.contains(text)).forEach(captions::add);
    }
    // A brief of one short paragraph under its picture is the story, not a caption.
    int total = body.text().length();
    captions.stream().filter(caption -> caption.text().length() * 2 < total).forEach(Element::remove);
  }

  /**
   * The element's text when it has at most {@code limit} characters, else null; reading stops at
   * the limit, so that asking about the many images of a long page stays linear.
   */
  private static String textUpTo(Element element, int limit) {
    StringBuilder text = new StringBuilder();
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode part && !part.isBlank()) {
          text.append(part.text().strip()).append(' ');
        }
        return text.length() > limit + 1 ? FilterResult.STOP : FilterResult.CONTINUE;
      }
    }, element);
    return text.length() > limit + 1 ? null : text.toString().strip();
  }

  /**
   * The children of {@code box} that hold all its text, when that is short and not where the image
   * is: one text, or two when one of them is a credit (a name and a role, "Dana Whitby, Photo
   * Editor": a few words, no sentence), the caption and the photographer a picture box sets in
   * either order. Text set around an image inline (an emoji, an icon) belongs to its paragraph;
   * two sentences beside a picture may be a short story's paragraphs.
   */
  private static List<Element> captionTexts(Element box, Element image) {
    if (box.is("body, main, article, [itemprop=articleBody]") || textUpTo(box, MAX_CAPTION_CHARS) == null
        || !box.textNodes().stream().allMatch(t -> t.isBlank())) {
      return List.of();
    }
    List<Element> texts = box.children().stream().filter(child -> !child.text().isBlank()).toList();
    boolean apart = texts.stream().noneMatch(text -> image.parents().contains(text) || text == image);
    boolean captionAndCredit = texts.size() == 1 || texts.size() == 2 && texts.stream().anyMatch(Captions::isCredit);
    return apart && captionAndCredit ? texts : List.of();
  }

  private static boolean isCredit(Element text) {
    String words = text.text().strip();
    return words.split("\\s+").length <= MAX_CREDIT_WORDS && !words.matches("(?s).*[.!?][\"”’)]?$");
  }
}
