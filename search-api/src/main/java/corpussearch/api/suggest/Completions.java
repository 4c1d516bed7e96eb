package corpussearch.api.suggest;

import corpussearch.api.search.IndexView;
import corpussearch.api.search.NoiseWords;
import corpussearch.indexer.index.IndexSchema;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.search.suggest.Lookup.LookupResult;
import org.apache.lucene.search.suggest.fst.WFSTCompletionLookup;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.Bits;

/**
 * Search-as-you-type completions from the corpus's own words and multi-word names ("Islamic
 * State", "Maria Zakharova", "Wall Street Journal"), weighted by how often they occur, served by
 * Lucene's {@link WFSTCompletionLookup}. Built once per index version, on first use.
 *
 * <p>Keys are lower-cased and accent-folded so "zak" finds "Zakharova"; each completion is shown in
 * the spelling the corpus uses most.
 *
 * <p>A completion is something a person would type whole: a word that is not a {@linkplain
 * NoiseWords function word}, a name (a run of capitalised words within one sentence, at least
 * {@value #MIN_NAME_OCCURRENCES} times in the text, neither starting nor ending on a function word:
 * "Islamic State in Khorasan", not "Kabul and American"), an outlet or author, or a whole title.
 * Headlines are not cut into names, since title case capitalises every word ("Taliban Vs").
 */
public final class Completions {

  /** Paragraphs read to collect candidates; enough for a representative vocabulary. */
  static final int SCAN_LIMIT = 20_000;
  static final int MIN_WORD_LENGTH = 3;
  /** How often a run of capitalised words must occur to be offered as a name. */
  static final int MIN_NAME_OCCURRENCES = 2;
  /** Longest title offered whole, in words. */
  static final int MAX_TITLE_WORDS = 10;

  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}]*(?:['’-]\\p{L}+)*");
  /** Lower-case words that may join the capitalised words of one name ("Islamic State in Khorasan"). */
  private static final Set<String> NAME_CONNECTORS = Set.of("of", "in", "al", "e", "the", "for", "de", "bin");
  /** Function words beyond the {@link NoiseWords} (which ranking needs): nobody searches for them alone. */
  private static final Set<String> FUNCTION_WORDS = Set.of("after", "also", "among", "another", "any", "because",
      "before", "between", "during", "each", "however", "its", "our", "since", "them", "under", "unless", "until",
      "upon", "whatever", "whereas", "whether", "while", "within", "without");

  private final WFSTCompletionLookup lookup;
  private final Map<String, String> display;

  private Completions(WFSTCompletionLookup lookup, Map<String, String> display) {
    this.lookup = lookup;
    this.display = display;
  }

  /** The completions of {@code view}, built on first call and kept for the view's lifetime. */
  public static Completions of(IndexView view) {
    return view.attachment(Completions.class, Completions::build);
  }

  /** Up to {@code size} completions of {@code prefix}, most frequent first. */
  public List<String> complete(String prefix, int size) throws IOException {
    String key = key(prefix.strip());
    if (key.isEmpty()) {
      return List.of();
    }
    List<String> result = new ArrayList<>();
    for (LookupResult hit : lookup.lookup(key, null, false, size)) {
      result.add(display.getOrDefault(hit.key.toString(), hit.key.toString()));
    }
    return result;
  }

  private static Completions build(IndexView view) {
    Candidates candidates = new Candidates();
    try {
      StoredFields stored = view.reader().storedFields();
      Bits live = org.apache.lucene.index.MultiBits.getLiveDocs(view.reader());
      int limit = Math.min(view.reader().maxDoc(), SCAN_LIMIT);
      Set<String> seenTitles = new java.util.HashSet<>();
      for (int doc = 0; doc < limit; doc++) {
        if (live != null && !live.get(doc)) {
          continue;
        }
        var document = stored.document(doc, Set.of(IndexSchema.TEXT, IndexSchema.TITLE, IndexSchema.AUTHOR, IndexSchema.OUTLET));
        candidates.addText(document.get(IndexSchema.TEXT), 1, true);
        String title = document.get(IndexSchema.TITLE);
        if (title != null && seenTitles.add(title)) {
          candidates.addText(title, 2, false);
          candidates.addTitle(title);
        }
        candidates.addWhole(document.get(IndexSchema.AUTHOR));
        candidates.addWhole(document.get(IndexSchema.OUTLET));
      }
      candidates.keepFrequentNames();
      WFSTCompletionLookup lookup = new WFSTCompletionLookup(new ByteBuffersDirectory(), "completions");
      lookup.build(candidates.iterator());
      return new Completions(lookup, candidates.display());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static String key(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return folded.toLowerCase(Locale.ROOT).replace('’', '\'');
  }

  /** Counts words and capitalised name sequences, remembering each key's most common spelling. */
  private static final class Candidates {
    private final Map<String, Long> weights = new HashMap<>();
    private final Map<String, Map<String, Integer>> spellings = new HashMap<>();
    /** Name candidates: weight, and occurrences in running text. */
    private final Map<String, long[]> names = new HashMap<>();

    /** Adds the words of {@code text}, and its names when {@code names} (running text, not a headline). */
    void addText(String text, int weight, boolean names) {
      if (text == null) {
        return;
      }
      List<String> run = new ArrayList<>();
      Matcher words = WORD.matcher(text);
      int lastEnd = 0;
      while (words.find()) {
        String word = words.group();
        // only spaces between two words: punctuation ends a sentence, clause or heading
        boolean adjacent = text.substring(lastEnd, words.start()).isBlank();
        lastEnd = words.end();
        if (word.length() >= MIN_WORD_LENGTH && !isFunctionWord(word)) {
          add(word, weight);
        }
        boolean capital = Character.isUpperCase(word.codePointAt(0));
        boolean connector = !run.isEmpty() && NAME_CONNECTORS.contains(word.toLowerCase(Locale.ROOT));
        if (adjacent && (capital || connector)) {
          run.add(word);
        } else {
          addName(run, weight, names);
          run.clear();
          if (capital) {
            run.add(word);
          }
        }
      }
      addName(run, weight, names);
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

    /** A headline, offered whole when short and neither starting nor ending on a function word. */
    void addTitle(String title) {
      List<String> words = List.of(title.strip().split("\\s+"));
      if (words.size() >= 2 && words.size() <= MAX_TITLE_WORDS && trimmed(words).equals(String.join(" ", words))) {
        add(String.join(" ", words), 2);
      }
    }

    private void addName(List<String> run, int weight, boolean counted) {
      String name = trimmed(run);
      int words = name.isEmpty() ? 0 : name.split(" ").length;
      if (counted && words >= 2 && words <= 5) {
        long[] seen = names.computeIfAbsent(key(name), k -> new long[2]);
        seen[0] += weight;
        seen[1]++;
        spellings.computeIfAbsent(key(name), k -> new HashMap<>()).merge(name, 1, Integer::sum);
      }
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

    private static boolean isContent(String word) {
      return WORD.matcher(word).matches() && !isFunctionWord(word) && !NAME_CONNECTORS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean isFunctionWord(String word) {
      return NoiseWords.isNoise(word) || FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    private void add(String surface, int weight) {
      String key = key(surface);
      weights.merge(key, (long) weight, Long::sum);
      spellings.computeIfAbsent(key, k -> new HashMap<>()).merge(surface, 1, Integer::sum);
    }

    /** Adds the names seen often enough to the weighted candidates. */
    void keepFrequentNames() {
      names.forEach((key, seen) -> {
        if (seen[1] >= MIN_NAME_OCCURRENCES) {
          weights.merge(key, seen[0], Long::sum);
        }
      });
    }

    Map<String, String> display() {
      Map<String, String> display = new HashMap<>();
      spellings.forEach((key, forms) -> display.put(key,
          forms.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey()));
      return display;
    }

    InputIterator iterator() {
      Iterator<Map.Entry<String, Long>> entries = weights.entrySet().iterator();
      return new InputIterator() {
        private long weight;

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
      };
    }
  }
}
