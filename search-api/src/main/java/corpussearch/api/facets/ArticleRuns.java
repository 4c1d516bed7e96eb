package corpussearch.api.facets;

import corpussearch.api.index.IndexView;
import corpussearch.indexer.index.IndexSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState.OrdRange;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * The articles of one index version as runs of documents, with each run's facet ordinals and
 * date: what counting needs to know about a matching paragraph, read once per version.
 *
 * <p>The index builder writes an article's paragraphs as one block (consecutive documents of one
 * segment), and every paragraph carries its article's outlet, author and date. So a run of
 * documents with one article id shares one outlet, one author and one year, and a search's
 * matches can be counted run by run: a common word matches hundreds of thousands of paragraphs,
 * but in a few thousand articles. Facet ordinals are those of the version's {@link
 * SortedSetDocValuesReaderState}, so labels and dimensions come from Lucene's facet module.
 */
final class ArticleRuns {

  /** Dimensions, in the order their ordinals are kept per run: those the API reports. */
  static final List<String> DIMENSIONS = FacetCounts.DIMENSIONS;
  static final int OUTLET = 0;
  static final int AUTHOR = 1;
  static final int SITE = 2;
  static final int YEAR = 3;
  /** The day of a run whose articles have no date. */
  static final long NO_DAY = Long.MIN_VALUE;

  /**
   * The runs of one segment.
   *
   * @param starts the first document of each run, then {@code maxDoc}
   * @param ords per run, {@link #DIMENSIONS} facet ordinals in a row (-1: none)
   * @param days per run, the date as days since 1970-01-01, or {@link #NO_DAY}
   * @param articles per run, the article's ordinal in the segment
   * @param oneRunPerArticle whether no article is split over several runs (then a run is an
   *     article, and counting runs counts articles)
   * @param articleOrds how many article ordinals the segment has
   */
  record Segment(int[] starts, int[] ords, long[] days, int[] articles, boolean oneRunPerArticle, int articleOrds) {

    int runCount() {
      return starts.length - 1;
    }

    /** The run holding {@code doc}. */
    int runOf(int doc) {
      int found = Arrays.binarySearch(starts, 0, starts.length - 1, doc);
      return found >= 0 ? found : -found - 2;
    }
  }

  private final Optional<SortedSetDocValuesReaderState> state;
  private final List<Segment> segments;
  private final String[] labels;
  private final int[] dimensionOfOrd;

  private ArticleRuns(Optional<SortedSetDocValuesReaderState> state, List<Segment> segments, String[] labels, int[] dimensionOfOrd) {
    this.state = state;
    this.segments = segments;
    this.labels = labels;
    this.dimensionOfOrd = dimensionOfOrd;
  }

  /** The runs of {@code view}, read on first use and kept while the version is served. */
  static ArticleRuns of(IndexView view) {
    return view.attachment(ArticleRuns.class, ArticleRuns::read);
  }

  Segment segment(int leafOrd) {
    return segments.get(leafOrd);
  }

  /** How many facet ordinals the version has. */
  int ordCount() {
    return labels.length;
  }

  /** The facet value of {@code ord} (null for "unknown"). */
  String value(int ord) {
    return IndexSchema.facetValue(labels[ord]);
  }

  /** Which of {@link #DIMENSIONS} {@code ord} belongs to, or -1. */
  int dimensionOf(int ord) {
    return dimensionOfOrd[ord];
  }

  /** The ordinal of {@code label} in dimension {@code dim}, or -1 when no paragraph has it. */
  int ordOf(String dim, String label) throws IOException {
    if (state.isEmpty()) {
      return -1;
    }
    long ord = state.get().getDocValues().lookupTerm(new BytesRef(FacetsConfig.pathToString(dim, label)));
    return ord < 0 ? -1 : (int) ord;
  }

  private static ArticleRuns read(IndexView view) {
    try {
      Optional<SortedSetDocValuesReaderState> state = view.facetState();
      int size = state.map(SortedSetDocValuesReaderState::getSize).orElse(0);
      String[] labels = new String[size];
      int[] dimensionOfOrd = new int[size];
      Arrays.fill(dimensionOfOrd, -1);
      if (state.isPresent()) {
        readLabels(state.get(), labels, dimensionOfOrd);
      }
      List<Segment> segments = new ArrayList<>();
      for (LeafReaderContext leaf : view.reader().leaves()) {
        SortedSetDocValues facets = state.isPresent() ? state.get().getDocValues() : DocValues.emptySortedSet();
        segments.add(segment(leaf, facets, dimensionOfOrd));
      }
      return new ArticleRuns(state, segments, labels, dimensionOfOrd);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void readLabels(SortedSetDocValuesReaderState state, String[] labels, int[] dimensionOfOrd) throws IOException {
    SortedSetDocValues facets = state.getDocValues();
    for (int dim = 0; dim < DIMENSIONS.size(); dim++) {
      OrdRange range = state.getOrdRange(DIMENSIONS.get(dim));
      for (int ord = range == null ? 0 : range.start(); range != null && ord <= range.end(); ord++) {
        labels[ord] = FacetsConfig.stringToPath(facets.lookupOrd(ord).utf8ToString())[1];
        dimensionOfOrd[ord] = dim;
      }
    }
  }

  private static Segment segment(LeafReaderContext leaf, SortedSetDocValues facets, int[] dimensionOfOrd) throws IOException {
    LeafReader reader = leaf.reader();
    int maxDoc = reader.maxDoc();
    SortedDocValues ids = reader.getSortedDocValues(IndexSchema.ARTICLE_ID);
    SortedNumericDocValues days = reader.getSortedNumericDocValues(IndexSchema.DATE_DAY);
    int idCount = ids == null ? 0 : ids.getValueCount();
    FixedBitSet seen = new FixedBitSet(Math.max(1, idCount));
    int[] starts = new int[maxDoc + 1];
    int[] articles = new int[maxDoc];
    int runs = 0;
    boolean oneRunPerArticle = true;
    int previous = -2;
    for (int doc = 0; doc < maxDoc; doc++) {
      int article = ids != null && ids.advanceExact(doc) ? ids.ordValue() : -1;
      if (article != previous || article == -1) {
        oneRunPerArticle &= article == -1 || !seen.getAndSet(article);
        starts[runs] = doc;
        articles[runs++] = article;
        previous = article;
      }
    }
    starts[runs] = maxDoc;
    int[] ords = new int[runs * DIMENSIONS.size()];
    long[] runDays = new long[runs];
    for (int run = 0; run < runs; run++) {
      int doc = starts[run];
      readOrds(facets, leaf.docBase + doc, dimensionOfOrd, ords, run * DIMENSIONS.size());
      runDays[run] = days != null && days.advanceExact(doc) ? days.nextValue() : NO_DAY;
    }
    return new Segment(Arrays.copyOf(starts, runs + 1), ords, runDays, Arrays.copyOf(articles, runs), oneRunPerArticle, idCount);
  }

  private static void readOrds(SortedSetDocValues facets, int doc, int[] dimensionOfOrd, int[] into, int offset) throws IOException {
    Arrays.fill(into, offset, offset + DIMENSIONS.size(), -1);
    if (facets.advanceExact(doc)) {
      for (int i = 0; i < facets.docValueCount(); i++) {
        int ord = (int) facets.nextOrd();
        int dim = dimensionOfOrd[ord];
        if (dim >= 0) {
          into[offset + dim] = ord;
        }
      }
    }
  }
}
