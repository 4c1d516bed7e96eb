package corpussearch.api.search;

import corpussearch.api.query.Match;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CachingTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.graph.GraphTokenStreamFiniteStrings;

/**
 * Query text as the shared analyzer reads it, in the shapes of {@link Match}: the same reading
 * of a token stream as Lucene's {@code QueryBuilder} (one word, words at one position, a phrase,
 * and for a token graph with multi-word aliases one alternative per path), but into the plan's
 * own values, so that the text is analysed once for every field and every backend.
 */
final class TextAnalysis {

  /** More spellings of one quoted text than a plan may hold. */
  static final class TooManyVariants extends RuntimeException {
    TooManyVariants() {
      super(null, null, false, false);
    }
  }

  /** The words of a stream and how they stand, read once. */
  private record Tokens(int count, int positions, boolean graph, List<List<String>> slots) {}

  private final Analyzer analyzer;
  private final String field;

  /**
   * @param analyzer the analyzer to read text with
   * @param field the field name the analyzer is asked for (the analysis is the same for every
   *     field)
   */
  TextAnalysis(Analyzer analyzer, String field) {
    this.analyzer = analyzer;
    this.field = field;
  }

  /**
   * Plain words: one match per position, or per run of positions that a multi-word alias spans
   * (its spellings as one {@link Match#anyOf}); empty when the text holds no word.
   */
  List<Match> words(String text) {
    try (CachingTokenFilter stream = new CachingTokenFilter(analyzer.tokenStream(field, text))) {
      Tokens tokens = read(stream);
      if (tokens.count() == 0) {
        return List.of();
      }
      if (tokens.count() == 1 || !tokens.graph() && tokens.positions() == 1) {
        return List.of(slot(tokens.slots().get(0)));
      }
      return tokens.graph() ? graphWords(stream) : tokens.slots().stream().map(TextAnalysis::slot).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("analysis of an in-memory string failed", e);
    }
  }

  /**
   * A quoted text: its words in order, each spelling of its aliases one alternative; null when it
   * holds no word.
   *
   * @throws TooManyVariants when the aliases spell it more than {@code maxVariants} ways
   */
  Match phrase(String text, int slop, int maxVariants) {
    try (CachingTokenFilter stream = new CachingTokenFilter(analyzer.tokenStream(field, text))) {
      return phrase(stream, slop, maxVariants);
    } catch (IOException e) {
      throw new UncheckedIOException("analysis of an in-memory string failed", e);
    }
  }

  private Match phrase(TokenStream stream, int slop, int maxVariants) throws IOException {
    Tokens tokens = read(stream);
    if (tokens.count() == 0) {
      return null;
    }
    if (tokens.count() == 1) {
      return slot(tokens.slots().get(0));
    }
    if (tokens.graph()) {
      stream.reset();
      List<Match> spellings = new ArrayList<>();
      Iterator<TokenStream> paths = new GraphTokenStreamFiniteStrings(stream).getFiniteStrings();
      while (paths.hasNext()) {
        if (spellings.size() == maxVariants) {
          throw new TooManyVariants();
        }
        spellings.add(phrase(paths.next(), slop, maxVariants));
      }
      return Match.anyOf(spellings);
    }
    return tokens.positions() > 1 ? new Match.Phrase(tokens.slots(), slop) : new Match.SameWord(tokens.slots().get(0));
  }

  /**
   * A graph's words between its articulation points: a position without aliases as one match,
   * a stretch with multi-word aliases as its spellings.
   */
  private List<Match> graphWords(TokenStream stream) throws IOException {
    stream.reset();
    GraphTokenStreamFiniteStrings graph = new GraphTokenStreamFiniteStrings(stream);
    List<Match> matches = new ArrayList<>();
    int[] points = graph.articulationPoints();
    int start = 0;
    for (int i = 0; i <= points.length; i++) {
      int end = i < points.length ? points[i] : -1;
      matches.add(graph.hasSidePath(start) ? spellings(graph.getFiniteStrings(start, end)) : slot(terms(graph.getTerms(start))));
      start = end;
    }
    return matches;
  }

  private Match spellings(Iterator<TokenStream> paths) throws IOException {
    List<Match> spellings = new ArrayList<>();
    while (paths.hasNext()) {
      spellings.add(phrase(paths.next(), 0, Integer.MAX_VALUE));
    }
    return spellings.size() == 1 ? spellings.get(0) : Match.anyOf(spellings);
  }

  private static List<String> terms(List<AttributeSource> tokens) {
    return tokens.stream().map(token -> token.addAttribute(TermToBytesRefAttribute.class).getBytesRef().utf8ToString()).toList();
  }

  private static Match slot(List<String> words) {
    return words.size() == 1 ? new Match.Term(words.get(0)) : new Match.SameWord(words);
  }

  /** Reads {@code stream} once, as {@code QueryBuilder} does before it decides on a query's shape. */
  private static Tokens read(TokenStream stream) throws IOException {
    TermToBytesRefAttribute term = stream.getAttribute(TermToBytesRefAttribute.class);
    PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
    PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
    int count = 0;
    int positions = 0;
    boolean graph = false;
    List<List<String>> slots = new ArrayList<>();
    stream.reset();
    while (stream.incrementToken()) {
      count++;
      positions += increment.getPositionIncrement();
      graph |= length.getPositionLength() > 1;
      if (increment.getPositionIncrement() != 0 || slots.isEmpty()) {
        slots.add(new ArrayList<>());
      }
      slots.get(slots.size() - 1).add(term.getBytesRef().utf8ToString());
    }
    return new Tokens(count, positions, graph, slots);
  }
}
