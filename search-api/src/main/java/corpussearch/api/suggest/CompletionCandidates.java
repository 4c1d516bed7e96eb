package corpussearch.api.suggest;

import corpussearch.analysis.CorpusAnalyzer;
import corpussearch.api.search.NoiseWords;
import corpussearch.api.suggest.WordSpans.WordSpan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.util.BytesRef;

/**
 * What {@link Completions} offers, weighted by how often it occurs, each in its most common
 * spelling: words that are not function words; names, as runs of capitalised words within one
 * sentence, neither starting nor ending on a function word ("Islamic State in Khorasan", not
 * "Kabul and American"); outlets and authors; whole titles.
 *
 * <p>Capitals are evidence of a name only where they are not the rule: a sentence's first word
 * joins a name only if the corpus never writes it in lower case ("Maria Zakharova said", but not
 * "Recently Panama"), and text set in title case (a headline, inside an article or as its title)
 * gives no names at all ("Taliban Vs").
 */
final class CompletionCandidates {

  static final int MIN_WORD_LENGTH = 3;
  /** Longest title offered whole, in words. */
  static final int MAX_TITLE_WORDS = 10;
  /** Most words in a name. */
  static final int MAX_NAME_WORDS = 5;
  /** Share of capitalised words above which a text is set in title case. */
  static final double TITLE_CASE_SHARE = 0.6;

  /** The shared analyzer, for where its tokenizer finds words; the spans are the text as written. */
  private static final CorpusAnalyzer WORDS = CorpusAnalyzer.forIndexing();
  /** Lower-case words that may join the capitalised words of one name ("Islamic State in Khorasan"). */
  private static final Set<String> NAME_CONNECTORS = Set.of("of", "in", "al", "e", "the", "for", "de", "bin");
  /** Function words beyond the {@link NoiseWords} (which ranking needs): nobody searches for them alone. */
  private static final Set<String> FUNCTION_WORDS = Set.of("after", "also", "among", "another", "any", "because",
      "before", "between", "during", "each", "however", "its", "our", "since", "them", "under", "unless", "until",
      "till", "upon", "versus", "via", "vs", "whatever", "whereas", "whether", "while", "within", "without");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;]");

  /** A run of capitalised words as found, decided once every text has been read. */
  private record NameRun(List<String> words, int weight, boolean startsSentence) {}

  private final Map<String, Long> weights = new HashMap<>();
  private final Map<String, Map<String, Integer>> spellings = new HashMap<>();
  private final List<NameRun> runs = new ArrayList<>();
  /** Words the corpus writes in lower case somewhere, folded. */
  private final Set<String> lowerCase = new HashSet<>();

  /** Adds the words of {@code text}, and its names when {@code names} and the text is not in title case. */
  void addText(String text, int weight, boolean names) {
    if (text == null) {
      return;
    }
    boolean keepNames = names && !titleCase(text);
    List<String> run = new ArrayList<>();
    boolean runStartsSentence = false;
    boolean sentenceStart = true;
    int lastEnd = 0;
    for (WordSpan span : words(text)) {
      String word = text.substring(span.start(), span.end());
      String between = text.substring(lastEnd, span.start());
      sentenceStart |= SENTENCE_END.matcher(between).find();
      lastEnd = span.end();
      addWord(word, weight);
      boolean capital = Character.isUpperCase(word.codePointAt(0));
      boolean connector = !run.isEmpty() && NAME_CONNECTORS.contains(word.toLowerCase(Locale.ROOT));
      // only spaces between two words of a name: punctuation ends a sentence, clause or heading
      if (between.isBlank() && (capital || connector) && !run.isEmpty()) {
        run.add(word);
      } else {
        addRun(run, weight, runStartsSentence, keepNames);
        run = new ArrayList<>();
        if (capital) {
          run.add(word);
          runStartsSentence = sentenceStart;
        }
      }
      sentenceStart = false;
    }
    addRun(run, weight, runStartsSentence, keepNames);
  }

  private void addWord(String word, int weight) {
    if (!Character.isUpperCase(word.codePointAt(0))) {
      lowerCase.add(Completions.key(word));
    }
    if (word.length() >= MIN_WORD_LENGTH && !isFunctionWord(word)) {
      add(word, weight);
    }
  }

  private static boolean titleCase(String text) {
    int capitalised = 0;
    int all = 0;
    for (WordSpan span : words(text)) {
      String word = text.substring(span.start(), span.end());
      if (!isFunctionWord(word) && !NAME_CONNECTORS.contains(word.toLowerCase(Locale.ROOT))) {
        all++;
        capitalised += Character.isUpperCase(word.codePointAt(0)) ? 1 : 0;
      }
    }
    return all >= 3 && capitalised > all * TITLE_CASE_SHARE;
  }

  private void addRun(List<String> run, int weight, boolean startsSentence, boolean keep) {
    if (keep && run.size() >= 2) {
      runs.add(new NameRun(List.copyOf(run), weight, startsSentence));
    }
  }

  /** An outlet or author, without a leading "The" (the filters find it either way). */
  void addWhole(String value) {
    if (value != null) {
      String trimmed = trimmed(List.of(value.strip().split("\\s+")));
      if (!trimmed.isEmpty()) {
        add(trimmed, 3);
      }
    }
  }

  /** A title, offered whole when short and neither starting nor ending on a function word. */
  void addTitle(String title) {
    List<String> words = List.of(title.strip().split("\\s+"));
    if (words.size() >= 2 && words.size() <= MAX_TITLE_WORDS && trimmed(words).equals(String.join(" ", words))) {
      add(String.join(" ", words), 2);
    }
  }

  /** Adds the names among the runs read, now that every lower-case word is known. */
  void addNames() {
    for (NameRun run : runs) {
      List<String> words = run.words();
      if (run.startsSentence() && lowerCase.contains(Completions.key(words.get(0)))) {
        words = words.subList(1, words.size());
      }
      String name = trimmed(words);
      int count = name.isEmpty() ? 0 : name.split(" ").length;
      if (count >= 2 && count <= MAX_NAME_WORDS) {
        add(name, run.weight());
      }
    }
    runs.clear();
  }

  /** {@code words} without function words (and stray punctuation) at either end, joined by spaces. */
  private static String trimmed(List<String> words) {
    int start = 0;
    int end = words.size();
    while (start < end && !isContent(words.get(start))) {
      start++;
    }
    while (end > start && !isContent(words.get(end - 1))) {
      end--;
    }
    return String.join(" ", words.subList(start, end));
  }

  /**
   * The words of {@code text} as the analyzer's tokenizer finds them, a hyphenated word whole;
   * numbers are left out (nobody types a prefix to complete a figure), and so are words the
   * tokenizer joins at dots ("U.S", "e.g", "example.com"), which its span would show without
   * their last dot.
   */
  private static List<WordSpan> words(String text) {
    return WordSpans.merged(WORDS, text).stream().filter(span -> Character.isLetter(text.codePointAt(span.start()))
        && text.lastIndexOf('.', span.end() - 1) < span.start()).toList();
  }

  /** Whether {@code word} (white-space delimited) is one word, whole, and one a person would search for. */
  private static boolean isContent(String word) {
    List<WordSpan> spans = words(word);
    return spans.size() == 1 && spans.get(0).start() == 0 && spans.get(0).end() == word.length() && !isFunctionWord(word) && !NAME_CONNECTORS.contains(word.toLowerCase(Locale.ROOT));
  }

  private static boolean isFunctionWord(String word) {
    return NoiseWords.isNoise(word) || FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT));
  }

  private void add(String surface, int weight) {
    String key = Completions.key(surface);
    weights.merge(key, (long) weight, Long::sum);
    spellings.computeIfAbsent(key, k -> new HashMap<>()).merge(surface, 1, Integer::sum);
  }

  Map<String, String> display() {
    Map<String, String> display = new HashMap<>();
    spellings.forEach((key, forms) -> display.put(key,
        forms.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey()));
    return display;
  }

  InputIterator iterator() {
    return new WeightedWords(weights.entrySet().iterator());
  }

  /** The words with their weights, as the suggester reads them: no payloads, no contexts. */
  private static final class WeightedWords implements InputIterator {
    private final Iterator<Map.Entry<String, Long>> entries;
    private long weight;

    WeightedWords(Iterator<Map.Entry<String, Long>> entries) {
      this.entries = entries;
    }

    @Override
    public BytesRef next() {
      if (!entries.hasNext()) {
        return null;
      }
      Map.Entry<String, Long> entry = entries.next();
      weight = entry.getValue();
      return new BytesRef(entry.getKey());
    }

    @Override
    public long weight() {
      return weight;
    }

    @Override
    public BytesRef payload() {
      return null;
    }

    @Override
    public boolean hasPayloads() {
      return false;
    }

    @Override
    public Set<BytesRef> contexts() {
      return null;
    }

    @Override
    public boolean hasContexts() {
      return false;
    }
  }
}
