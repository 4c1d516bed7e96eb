package corpussearch.api.highlight;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter.OffsetSource;

/**
 * The words to mark, from offsets in the postings through {@code Weight.matches}, as Lucene's own
 * postings strategy with {@code WEIGHT_MATCHES} finds them, but with one {@link Weight} for every
 * paragraph highlighted: Lucene builds the query's weight again for each one, which looks up every
 * term of the query (typo expansions included) ten times per page of results.
 *
 * <p>Meant for highlighting a field with its own query ({@code requireFieldMatch}, the default):
 * Lucene's strategy maps other fields' terms onto the highlighted one, which this one need not.
 */
final class SharedWeightOffsetStrategy extends FieldOffsetStrategy {

  private final IndexReader index;
  private final QueryTimeout deadline;
  private Weight weight;

  /**
   * @param deadline when it has passed, the remaining paragraphs are left unmarked (null: never)
   */
  SharedWeightOffsetStrategy(UHComponents components, IndexReader index, QueryTimeout deadline) {
    super(components);
    this.index = index;
    this.deadline = deadline;
  }

  @Override
  public OffsetSource getOffsetSource() {
    return OffsetSource.POSTINGS;
  }

  @Override
  public OffsetsEnum getOffsetsEnum(LeafReader reader, int docId, String content) throws IOException {
    if (deadline != null && deadline.shouldExit()) {
      return OffsetsEnum.EMPTY;
    }
    LeafReaderContext leaf = leafOf(reader);
    if (leaf == null) {
      return createOffsetsEnumFromReader(reader, docId);
    }
    Matches matches = weight().matches(leaf, docId);
    if (matches == null) {
      return OffsetsEnum.EMPTY;
    }
    List<OffsetsEnum> enums = new ArrayList<>();
    for (String field : matches) {
      MatchesIterator iterator = components.fieldMatcher().test(field) ? matches.getMatches(field) : null;
      if (iterator != null) {
        enums.add(new OffsetsEnum.OfMatchesIteratorWithSubs(iterator));
      }
    }
    return switch (enums.size()) {
      case 0 -> OffsetsEnum.EMPTY;
      case 1 -> enums.get(0);
      default -> new OffsetsEnum.MultiOffsetsEnum(enums);
    };
  }

  private Weight weight() throws IOException {
    if (weight == null) {
      IndexSearcher searcher = new IndexSearcher(index);
      searcher.setQueryCache(null);
      weight = searcher.createWeight(searcher.rewrite(components.query()), ScoreMode.COMPLETE_NO_SCORES, 1f);
    }
    return weight;
  }

  /** The context of {@code reader} among the index's segments; null when it is not one of them. */
  private LeafReaderContext leafOf(LeafReader reader) {
    for (LeafReaderContext leaf : index.leaves()) {
      if (leaf.reader() == reader) {
        return leaf;
      }
    }
    return null;
  }
}
