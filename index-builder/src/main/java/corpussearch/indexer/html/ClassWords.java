package corpussearch.indexer.html;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The words an element's class and id name it by, with a word break wherever a name written in
 * camel case starts a word: "ArticleDek" reads as "Article-Dek", "AudioPlayer" as "Audio-Player",
 * as content systems that name their components so (Brightspot, React design systems) mean them.
 */
final class ClassWords {
  private static final Pattern CAMEL_BREAK = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");

  private ClassWords() {}

  /** The class and id of {@code element}, camel-case words set apart by hyphens. */
  static String of(Element element) {
    return CAMEL_BREAK.matcher(element.className() + " " + element.id()).replaceAll("-");
  }
}
