package corpussearch.api.search;

import corpussearch.indexer.index.IndexSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * Counts the distinct articles among matching paragraphs, for one index version.
 *
 * <p>The index builder writes an article's paragraphs as one block, so within a segment they are
 * consecutive documents, and an article lives in one segment only. Counting articles is then
 * counting the runs of documents a match falls in: after each match the count jumps to the start
 * of the next article, so the cost follows the number of matching articles, not of matching
 * paragraphs (a common word matches hundreds of thousands of paragraphs in a few thousand
 * articles). Where a segment breaks that layout, its articles are counted by ordinal instead.
 */
final class ArticleCounter {

  /** Per segment, the first document of every article; null where articles are not contiguous. */
  private final List<FixedBitSet> articleStarts;

  private ArticleCounter(List<FixedBitSet> articleStarts) {
    this.articleStarts = articleStarts;
  }

  /** The counter of {@code view}, built on first use and kept while the version is served. */
  static ArticleCounter of(IndexView view) {
    return view.attachment(ArticleCounter.class, ArticleCounter::build);
  }

  private static ArticleCounter build(IndexView view) {
    List<FixedBitSet> starts = new ArrayList<>();
    try {
      for (LeafReaderContext leaf : view.reader().leaves()) {
        starts.add(articleStarts(leaf.reader()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ArticleCounter(starts);
  }

  private static FixedBitSet articleStarts(LeafReader reader) throws IOException {
    SortedDocValues ids = reader.getSortedDocValues(IndexSchema.ARTICLE_ID);
    if (ids == null || reader.maxDoc() == 0) {
      return null;
    }
    FixedBitSet starts = new FixedBitSet(reader.maxDoc());
    FixedBitSet seen = new FixedBitSet(Math.max(1, ids.getValueCount()));
    int previous = -1;
    for (int doc = ids.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = ids.nextDoc()) {
      int ord = ids.ordValue();
      if (ord != previous) {
        if (seen.getAndSet(ord)) {
          return null;
        }
        starts.set(doc);
        previous = ord;
      }
    }
    return starts;
  }

  /** Distinct articles among the paragraphs {@code matching} collected. */
  long count(FacetsCollector matching) throws IOException {
    long articles = 0;
    for (FacetsCollector.MatchingDocs docs : matching.getMatchingDocs()) {
      DocIdSetIterator it = docs.bits() == null ? null : docs.bits().iterator();
      if (it != null) {
        FixedBitSet starts = articleStarts.get(docs.context().ord);
        articles += starts == null ? countByOrdinal(docs.context().reader(), it) : countRuns(starts, it);
      }
    }
    return articles;
  }

  private static long countRuns(FixedBitSet starts, DocIdSetIterator matches) throws IOException {
    long runs = 0;
    int doc = matches.nextDoc();
    while (doc != DocIdSetIterator.NO_MORE_DOCS) {
      runs++;
      int next = doc + 1 < starts.length() ? starts.nextSetBit(doc + 1) : DocIdSetIterator.NO_MORE_DOCS;
      doc = next == DocIdSetIterator.NO_MORE_DOCS ? next : matches.advance(next);
    }
    return runs;
  }

  private static long countByOrdinal(LeafReader reader, DocIdSetIterator matches) throws IOException {
    SortedDocValues ids = reader.getSortedDocValues(IndexSchema.ARTICLE_ID);
    if (ids == null || ids.getValueCount() == 0) {
      return 0;
    }
    FixedBitSet seen = new FixedBitSet(ids.getValueCount());
    for (int doc = matches.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = matches.nextDoc()) {
      if (ids.advanceExact(doc)) {
        seen.set(ids.ordValue());
      }
    }
    return seen.cardinality();
  }
}
