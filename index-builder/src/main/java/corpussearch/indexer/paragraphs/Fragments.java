package corpussearch.indexer.paragraphs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the paragraphs of one article that only repeat a fragment of another, longer paragraph of
 * the same article: a pull quote ("“What the town needs is a bypass”"), a standfirst cut from the
 * lead, a caption quoting the text. Words are compared in lower case, without punctuation, so
 * quotation marks, a closing full stop or a changed case do not hide the repeat; an ellipsis marks
 * words left out, and the parts around it must then appear in order in the longer paragraph.
 *
 * <p>Why: pages set a sentence of the story out again in large type wherever it fits the layout,
 * and a copy, a text dump or an archive keeps it as a block of its own. Dropping the repeat loses
 * nothing a search can find, since every one of its words stands, in the same order, in the
 * paragraph it was cut from; at least {@value #MIN_WORDS} words are needed, so that a common
 * phrase met twice in a story does not count.
 */
final class Fragments {
  /** Fewer words are a common phrase, not a quoted passage. */
  static final int MIN_WORDS = 6;
  /** A longer block is a paragraph of its own, not a pull quote. */
  private static final int MAX_WORDS = 60;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]++");
  private static final Pattern ELLIPSIS = Pattern.compile("…|\\.{3}+|\\[\\s*\\.{3}+\\s*]");

  private Fragments() {}

  /** The indexes of {@code texts} that repeat a fragment of another, longer one (or the same words later). */
  static Set<Integer> repeats(List<String> texts) {
    List<List<String>> words = texts.stream().map(Fragments::words).toList();
    Map<String, List<Integer>> byWord = new HashMap<>();
    for (int t = 0; t < words.size(); t++) {
      for (String word : new TreeSet<>(words.get(t))) {
        byWord.computeIfAbsent(word, w -> new ArrayList<>()).add(t);
      }
    }
    Set<Integer> repeats = new TreeSet<>();
    for (int t = 0; t < texts.size(); t++) {
      int size = words.get(t).size();
      if (size < MIN_WORDS || size > MAX_WORDS) {
        continue;
      }
      List<List<String>> parts = parts(texts.get(t));
      for (int other : byWord.getOrDefault(rarest(words.get(t), byWord), List.of())) {
        int otherSize = words.get(other).size();
        boolean longer = otherSize > size || otherSize == size && other < t;
        if (other != t && longer && !repeats.contains(other) && containsInOrder(words.get(other), parts)) {
          repeats.add(t);
          break;
        }
      }
    }
    return repeats;
  }

  /** The word met in the fewest paragraphs: the paragraphs that could hold the fragment all have it. */
  private static String rarest(List<String> words, Map<String, List<Integer>> byWord) {
    String rarest = words.get(0);
    for (String word : words) {
      if (byWord.get(word).size() < byWord.get(rarest).size()) {
        rarest = word;
      }
    }
    return rarest;
  }

  /** The runs of words between the ellipses of {@code text}, empty runs left out. */
  private static List<List<String>> parts(String text) {
    return ELLIPSIS.splitAsStream(text).map(Fragments::words).filter(part -> !part.isEmpty()).toList();
  }

  /** Whether every part stands, word for word, in {@code words}, each after the one before. */
  private static boolean containsInOrder(List<String> words, List<List<String>> parts) {
    int from = 0;
    for (List<String> part : parts) {
      int at = indexOf(words, part, from);
      if (at < 0) {
        return false;
      }
      from = at + part.size();
    }
    return true;
  }

  private static int indexOf(List<String> words, List<String> part, int from) {
    for (int i = from; i + part.size() <= words.size(); i++) {
      if (words.subList(i, i + part.size()).equals(part)) {
        return i;
      }
    }
    return -1;
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }
}
