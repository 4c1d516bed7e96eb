package corpussearch.api.search;

import com.github.benmanes.caffeine.cache.Cache;
import corpussearch.analysis.CorpusAnalyzer;
import corpussearch.api.cache.Caches;
import corpussearch.indexer.index.IndexSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/**
 * The typo budget spent on surface forms rather than on the index's stems: the index holds
 * "afghanistan" for "Afghan" (the stemmer maps the adjective to the country), so "Afgan", one edit
 * from "Afghan", is three edits from every word the index holds. This finds the words one edit
 * from the typed one (a transposition counts as one), stems each as the index would, and keeps
 * the stems the index holds.
 *
 * <p>About 55 candidates per letter go through the analyzer (in one pass, remembered per typed
 * word), so {@link TypoQuery} asks for it only when the walk over the term dictionary found nothing
 * and the paragraph text does not hold the word as typed.
 */
public final class StemmedTypos {

  private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";
  /** Typed words whose stems are remembered: each costs its stems' strings, a few kilobytes. */
  private static final int REMEMBERED_WORDS = 2048;
  private static final StemmedTypos SHARED = new StemmedTypos(CorpusAnalyzer.forQueryWords());

  private record Key(String typed, int prefixLength) {}

  private final Analyzer words;
  private final Cache<Key, List<String>> stems = Caches.ofSize(REMEMBERED_WORDS);
  private final LongAdder passes = new LongAdder();

  /** @param words the analyzer that turns a query word into its index term */
  public StemmedTypos(Analyzer words) {
    this.words = words;
  }

  /**
   * The one instance over the shared analyzer: the stems of a word's one-edit variants depend on
   * the analyzer alone, not on the index or the field, so every search and spelling hint reuses them.
   */
  public static StemmedTypos shared() {
    return SHARED;
  }

  /**
   * The index terms of {@code term}'s field whose word is one edit from {@code term}'s text,
   * keeping its first {@code prefixLength} letters, most frequent first.
   */
  List<TypoExpansions.Candidate> of(IndexReader reader, Term term, int prefixLength, int max) throws IOException {
    String typed = term.text();
    List<Counted> found = new ArrayList<>();
    for (String stem : stemsOf(typed, prefixLength)) {
      Term indexed = new Term(term.field(), stem);
      int docFreq = reader.docFreq(indexed);
      if (docFreq > 0) {
        found.add(new Counted(indexed, docFreq));
      }
    }
    float similarity = 1f - 1f / Math.max(1, typed.length());
    return found.stream().sorted((a, b) -> Integer.compare(b.docFreq(), a.docFreq())).limit(max)
        .map(counted -> new TypoExpansions.Candidate(counted.term(), similarity)).toList();
  }

  /**
   * The distinct stems of the words one edit from {@code typed} (its first {@code prefixLength}
   * letters kept) that may stand for a typo of it, in the order {@link #of} tries them: for a
   * backend that asks its index about all of them at once.
   */
  public List<String> stems(String typed, int prefixLength) {
    try {
      return stemsOf(typed, prefixLength);
    } catch (IOException e) {
      throw new UncheckedIOException("analysis of an in-memory string failed", e);
    }
  }

  /**
   * The distinct stems of the words one edit from {@code typed} that may stand for a typo of it:
   * about 55 words a letter, put through the analyzer in one pass and remembered, for every field
   * and every index.
   */
  private List<String> stemsOf(String typed, int prefixLength) throws IOException {
    return Caches.get(stems, new Key(typed, prefixLength), () -> {
      Set<String> kept = new LinkedHashSet<>();
      for (String stem : stemsInOnePass(List.copyOf(oneEditFrom(typed, prefixLength)))) {
        if (stem != null && kept(typed, stem)) {
          kept.add(stem);
        }
      }
      return List.copyOf(kept);
    }, complete -> true).value();
  }

  /**
   * The one index term of each of {@code variants} (null where it gives none or several), from
   * one token stream over them all, told apart by where each token starts: one stream instead of
   * one per variant, which on a cold server is most of a typo's cost.
   */
  private List<String> stemsInOnePass(List<String> variants) {
    int[] starts = new int[variants.size()];
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < variants.size(); i++) {
      starts[i] = text.length();
      text.append(variants.get(i)).append(' ');
    }
    String[] stems = new String[variants.size()];
    boolean[] several = new boolean[variants.size()];
    passes.increment();
    try (TokenStream stream = words.tokenStream(IndexSchema.TEXT, text.toString())) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        int at = Arrays.binarySearch(starts, offset.startOffset());
        int variant = at >= 0 ? at : -at - 2;
        several[variant] |= stems[variant] != null;
        stems[variant] = term.toString();
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysis of an in-memory string failed", e);
    }
    List<String> single = new ArrayList<>(variants.size());
    for (int i = 0; i < stems.length; i++) {
      single.add(several[i] ? null : stems[i]);
    }
    return single;
  }

  /** How often a typed word's one-edit variants have gone through the analyzer: the work {@link #stemsOf} remembers. */
  public long analyzerPasses() {
    return passes.sum();
  }

  /**
   * Whether {@code stem} may stand for a typo of {@code typed}: not the word itself, and not
   * shorter than it by more than the one edit. A stemmer lengthens or keeps a word it knows
   * ("afghan" → "afghanistan"), but it cuts the made-up words among the candidates by guessed
   * endings ("comement" → "come"), which would reach another word altogether.
   */
  private static boolean kept(String typed, String stem) {
    return !stem.equals(typed) && stem.length() >= typed.length() - 1;
  }

  /**
   * The most frequent index term of {@code field} one edit from {@code word} as {@link #of} finds
   * them (first letter kept), or null: what "did you mean" offers when the typo rules found it.
   */
  public String closest(IndexReader reader, String field, String word) throws IOException {
    List<TypoExpansions.Candidate> found = of(reader, new Term(field, word), 1, 1);
    return found.isEmpty() ? null : found.get(0).term().text();
  }

  private record Counted(Term term, int docFreq) {}

  /** Every lower-case word one deletion, transposition, substitution or insertion from {@code word}. */
  static Set<String> oneEditFrom(String word, int prefixLength) {
    Set<String> variants = new LinkedHashSet<>();
    int from = Math.min(prefixLength, word.length());
    for (int i = from; i <= word.length(); i++) {
      String head = word.substring(0, i);
      String tail = word.substring(i);
      if (!tail.isEmpty()) {
        variants.add(head + tail.substring(1));
      }
      if (tail.length() > 1) {
        variants.add(head + tail.charAt(1) + tail.charAt(0) + tail.substring(2));
      }
      for (char letter : LETTERS.toCharArray()) {
        if (!tail.isEmpty()) {
          variants.add(head + letter + tail.substring(1));
        }
        variants.add(head + letter + tail);
      }
    }
    variants.remove(word);
    return variants;
  }
}
