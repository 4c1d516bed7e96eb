package corpussearch.api.highlight;

import corpussearch.indexer.index.IndexSchema;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Highlights paragraph text with Lucene's {@link UnifiedHighlighter}: every word the query
 * matched (phrases, aliases and typo matches included) is wrapped in {@code <mark>}, the rest is
 * HTML-escaped. A short paragraph is returned whole; a long one as its best passage of about
 * {@value #PASSAGE_LENGTH} characters, with {@code …} where it was cut. A paragraph that matched
 * only through its title or section comes back unmarked but escaped, and so do the paragraphs
 * left when the searcher's time limit has passed.
 */
public final class ParagraphHighlighter {

  /** Paragraphs up to this many characters are shown whole. */
  public static final int WHOLE_PARAGRAPH_LIMIT = 400;
  /** The length a passage of a long paragraph aims at. */
  public static final int PASSAGE_LENGTH = 300;

  private final Analyzer analyzer;

  public ParagraphHighlighter(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /**
   * Highlights the text of {@code docIds}.
   *
   * @param texts the stored text of each doc, parallel to {@code docIds}
   * @param passages whether long paragraphs are cut to their best passage (search results) or
   *     shown whole (the article view)
   * @return the HTML of each doc, parallel to {@code docIds}
   */
  public String[] highlight(IndexSearcher searcher, Query query, int[] docIds, String[] texts, boolean passages) throws IOException {
    String[] html = new String[docIds.length];
    for (boolean whole : new boolean[] {true, false}) {
      int[] indexes = IntStream.range(0, texts.length)
          .filter(i -> (!passages || texts[i].length() <= WHOLE_PARAGRAPH_LIMIT) == whole)
          .toArray();
      if (indexes.length == 0) {
        continue;
      }
      int[] ids = Arrays.stream(indexes).map(i -> docIds[i]).toArray();
      Map<Integer, String> known = new HashMap<>();
      Arrays.stream(indexes).forEach(i -> known.put(docIds[i], texts[i]));
      int[] onePassage = new int[] {1};
      String[] marked = highlighter(searcher, whole, known)
          .highlightFields(new String[] {IndexSchema.TEXT}, query, ids, onePassage)
          .get(IndexSchema.TEXT);
      for (int k = 0; k < indexes.length; k++) {
        int index = indexes[k];
        html[index] = marked[k] != null ? marked[k] : escape(texts[index]);
      }
    }
    return html;
  }

  /**
   * A highlighter that takes the text of {@code known} documents as given: the caller has read
   * their stored fields already, and reading them again (a block decompression per hit) costs
   * about a tenth of a search over a large index.
   */
  private UnifiedHighlighter highlighter(IndexSearcher searcher, boolean whole, Map<Integer, String> known) {
    Supplier<BreakIterator> breaks = whole
        ? WholeBreakIterator::new
        : () -> LengthGoalBreakIterator.createClosestToLength(
            new PrecomputedBreakIterator(BreakIterator.getSentenceInstance(Locale.ROOT)), PASSAGE_LENGTH, 0.5f);
    UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, analyzer)
        .withBreakIterator(breaks)
        .withFormatter(new MarkPassageFormatter())
        .withScorer(new LinearScanPassageScorer())
        .withMaxNoHighlightPassages(1)
        .withMaxLength(Integer.MAX_VALUE - 1);
    return new UnifiedHighlighter(builder) {
      @Override
      protected FieldOffsetStrategy getOffsetStrategy(OffsetSource source, UHComponents components) {
        boolean sharable = source == OffsetSource.POSTINGS && components.highlightFlags().contains(HighlightFlag.WEIGHT_MATCHES);
        return sharable ? new SharedWeightOffsetStrategy(components, searcher.getIndexReader(), searcher.getTimeout()) : super.getOffsetStrategy(source, components);
      }

      @Override
      protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold) throws IOException {
        List<CharSequence[]> values = new ArrayList<>();
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
          values.add(new CharSequence[] {known.get(doc)});
        }
        return values;
      }
    };
  }

  /** {@code text} HTML-escaped, with nothing marked. */
  public static String escape(String text) {
    StringBuilder html = new StringBuilder(text.length() + 16);
    MarkPassageFormatter.escape(html, text, 0, text.length());
    return html.toString();
  }
}
