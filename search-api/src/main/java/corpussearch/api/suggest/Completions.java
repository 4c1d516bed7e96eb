package corpussearch.api.suggest;

import corpussearch.api.search.IndexView;
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
 */
public final class Completions {

  /** Paragraphs read to collect candidates; enough for a representative vocabulary. */
  static final int SCAN_LIMIT = 20_000;
  static final int MIN_WORD_LENGTH = 3;

  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}]*(?:['’-]\\p{L}+)*");
  private static final Set<String> NAME_CONNECTORS = Set.of("of", "in", "and", "al", "e", "the", "for", "de", "bin");
  private static final Set<String> LEADING_FUNCTION_WORDS =
      Set.of("the", "a", "an", "in", "on", "at", "for", "but", "and", "as", "by", "if", "it", "its", "this", "that",
          "these", "those", "while", "when", "after", "before", "since", "with", "from", "to", "of", "our", "their");

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
        candidates.addText(document.get(IndexSchema.TEXT), 1);
        String title = document.get(IndexSchema.TITLE);
        if (title != null && seenTitles.add(title)) {
          candidates.addText(title, 2);
        }
        candidates.addWhole(document.get(IndexSchema.AUTHOR));
        candidates.addWhole(document.get(IndexSchema.OUTLET));
      }
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

    void addText(String text, int weight) {
      if (text == null) {
        return;
      }
      List<String> run = new ArrayList<>();
      Matcher words = WORD.matcher(text);
      int lastEnd = 0;
      while (words.find()) {
        String word = words.group();
        boolean adjacent = text.substring(lastEnd, words.start()).isBlank();
        lastEnd = words.end();
        if (word.length() >= MIN_WORD_LENGTH) {
          add(word, weight);
        }
        boolean capital = Character.isUpperCase(word.codePointAt(0));
        boolean connector = !run.isEmpty() && NAME_CONNECTORS.contains(word.toLowerCase(Locale.ROOT));
        if (adjacent && (capital || connector)) {
          run.add(word);
        } else {
          addName(run, weight);
          run.clear();
          if (capital) {
            run.add(word);
          }
        }
      }
      addName(run, weight);
    }

    void addWhole(String value) {
      if (value != null) {
        add(value, 3);
      }
    }

    private void addName(List<String> run, int weight) {
      int start = 0;
      while (start < run.size() && LEADING_FUNCTION_WORDS.contains(run.get(start).toLowerCase(Locale.ROOT))) {
        start++;
      }
      int end = run.size();
      while (end > start && NAME_CONNECTORS.contains(run.get(end - 1).toLowerCase(Locale.ROOT))) {
        end--;
      }
      if (end - start >= 2 && end - start <= 5) {
        add(String.join(" ", run.subList(start, end)), weight);
      }
    }

    private void add(String surface, int weight) {
      String key = key(surface);
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
