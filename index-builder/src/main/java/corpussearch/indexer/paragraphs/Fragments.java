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
 * words left out, and the parts around it must then appear in order in the longer paragraph. Two
 * more liberties of the pull quote are allowed: it may join the halves of a quotation that the story
 * cut with its attribution ("“We are strong together,” Goni said, “but …”"), and it may end with
 * an attribution of its own ("…, says the columnist"), which is then left out of the comparison.
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
  /** Verbs of an attribution ("Goni said", "says the columnist"). */
  private static final Set<String> SPEECH =
      Set.of("said", "says", "say", "told", "tells", "added", "adds", "writes", "wrote", "argues", "argued", "explained",
          "insisted", "recalled", "noted", "continued");
  private static final String SAYING = "(?:" + String.join("|", SPEECH) + ")";
  /** At most so many words of an attribution cut into a quotation ("said Amina Goni, who leads the group"). */
  private static final int MAX_ATTRIBUTION_WORDS = 6;
  /**
   * The pull quote's own attribution after a comma or its closing quote, of a few words with a verb
   * of saying: ", says the columnist", "," Goni said.".
   */
  private static final Pattern OWN_ATTRIBUTION =
      Pattern.compile(
          "(?u)(?<=[,”\"’'])\\s*+[,”\"’']?\\s*+(?:" + SAYING + "\\s++[^\\s,.;:!?”\"]++(?:\\s++[^\\s,.;:!?”\"]++){0,3}"
              + "|\\p{Lu}[^\\s,.;:!?”\"]*+(?:\\s++[^\\s,.;:!?”\"]++){0,2}?\\s++" + SAYING + ")[\\s.”\"’']*+$");

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
      List<List<String>> parts = parts(withoutOwnAttribution(texts.get(t)));
      for (int other : byWord.getOrDefault(rarest(parts.get(0), byWord), List.of())) {
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

  /** {@code text} without its own closing attribution, unless too few words would be left to compare. */
  private static String withoutOwnAttribution(String text) {
    String core = OWN_ATTRIBUTION.matcher(text).replaceFirst("");
    return words(core).size() >= MIN_WORDS ? core : text;
  }

  /** The runs of words between the ellipses of {@code text}, empty runs left out. */
  private static List<List<String>> parts(String text) {
    return ELLIPSIS.splitAsStream(text).map(Fragments::words).filter(part -> !part.isEmpty()).toList();
  }

  /** Whether every part stands, word for word, in {@code words}, each after the one before. */
  private static boolean containsInOrder(List<String> words, List<List<String>> parts) {
    int from = 0;
    for (List<String> part : parts) {
      from = endOf(words, part, from);
      if (from < 0) {
        return false;
      }
    }
    return true;
  }

  /** The end of the first run of {@code part} in {@code words} at or after {@code from}, or -1. */
  private static int endOf(List<String> words, List<String> part, int from) {
    for (int i = from; i + part.size() <= words.size(); i++) {
      int end = runEnd(words, part, i);
      if (end >= 0) {
        return end;
      }
    }
    return -1;
  }

  /**
   * The end of {@code part} read in {@code words} from {@code start}, where one attribution may cut
   * it after its first word, or -1 when it does not stand there.
   */
  private static int runEnd(List<String> words, List<String> part, int start) {
    int k = start;
    boolean cut = false;
    for (int j = 0; j < part.size(); j++) {
      if (k < words.size() && words.get(k).equals(part.get(j))) {
        k++;
      } else if (cut || j == 0) {
        return -1;
      } else {
        cut = true;
        k = afterAttribution(words, k, part.get(j));
        if (k < 0) {
          return -1;
        }
      }
    }
    return k;
  }

  /**
   * The index after {@code next} where it stands again past a short attribution starting at {@code
   * at} ("Goni said"), or -1 when no verb of saying comes first.
   */
  private static int afterAttribution(List<String> words, int at, String next) {
    boolean speech = false;
    for (int k = at; k < words.size() && k <= at + MAX_ATTRIBUTION_WORDS; k++) {
      if (speech && words.get(k).equals(next)) {
        return k + 1;
      }
      speech |= SPEECH.contains(words.get(k));
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
