package corpussearch.api.facets;

import corpussearch.api.filter.DayRange;
import corpussearch.api.filter.Filters;
import corpussearch.api.index.IndexView;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.DocIdStream;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * Counts what a search matches, with its filters: paragraphs, distinct articles, and multi-select
 * facet counts (each filtered dimension counted as if its own filter were off, as Lucene's
 * {@code DrillSideways} does).
 *
 * <p>The query runs once, unfiltered, into a bit set per segment; filters and facets are then
 * applied per article run ({@link ArticleRuns}): outlet, author and date are article values, so a
 * run of matching paragraphs passes or fails each filter as a whole and adds its number of
 * matches to its facet values at once. One pass over the postings, and counting work that follows
 * the number of matching articles, where {@code DrillSideways} visits every match again per
 * filtered dimension and reads three facet ordinals per matching paragraph.
 */
public final class MatchCounter {

  /**
   * What a search matches.
   *
   * @param paragraphs paragraphs that match the query and every filter
   * @param articles distinct articles among them
   * @param facets per dimension, values by count (multi-select); null when the request asked for
   *     none
   * @param timedOut whether the search's time limit ran out before every match was counted
   */
  public record Counts(long paragraphs, long articles, Map<String, List<FacetValue>> facets, boolean timedOut) {}

  private MatchCounter() {}

  /**
   * Counts {@code query}'s matches in {@code view} under {@code filters}, with the facet values
   * when {@code facets} is set.
   */
  public static Counts count(IndexSearcher searcher, IndexView view, Query query, Filters filters, boolean facets)
      throws IOException {
    ArticleRuns runs = ArticleRuns.of(view);
    Selection selection = Selection.of(runs, filters);
    MatchingDocs matching = MatchingDocs.of(searcher, query);
    FixedBitSet[] matches = matching.bits();
    Tally tally = new Tally(runs.ordCount());
    for (int leaf = 0; leaf < matches.length; leaf++) {
      if (matches[leaf] != null) {
        tally.add(runs.segment(leaf), matches[leaf], selection);
      }
    }
    return new Counts(tally.paragraphs, tally.articles, facets ? facets(runs, tally.counts) : null,
        matching.timedOut());
  }

  private static Map<String, List<FacetValue>> facets(ArticleRuns runs, long[] counts) {
    Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
    List<List<FacetValue>> byDimension = new ArrayList<>();
    for (String dim : ArticleRuns.DIMENSIONS) {
      List<FacetValue> values = new ArrayList<>();
      facets.put(dim, values);
      byDimension.add(values);
    }
    for (int ord = 0; ord < counts.length; ord++) {
      if (counts[ord] > 0) {
        byDimension.get(runs.dimensionOf(ord)).add(new FacetValue(runs.value(ord), counts[ord]));
      }
    }
    facets.replaceAll((dim, values) -> {
      values.sort(FacetCounts.ORDER);
      return values.size() > FacetCounts.MAX_VALUES ? List.copyOf(values.subList(0, FacetCounts.MAX_VALUES)) : values;
    });
    return facets;
  }

  /** {@link Filters} as ordinals: per filtered dimension, which ordinals it lets through (null: all). */
  private record Selection(boolean[][] selected, DayRange days) {

    static Selection of(ArticleRuns runs, Filters filters) throws IOException {
      boolean[][] selected = new boolean[ArticleRuns.DIMENSIONS.size()][];
      for (Map.Entry<String, List<String>> filter : filters.labels().entrySet()) {
        boolean[] ords = new boolean[runs.ordCount()];
        for (String label : filter.getValue()) {
          int ord = runs.ordOf(filter.getKey(), label);
          if (ord >= 0) {
            ords[ord] = true;
          }
        }
        selected[ArticleRuns.DIMENSIONS.indexOf(filter.getKey())] = ords;
      }
      return new Selection(selected, filters.days());
    }

    /** Whether a run with these ordinals passes dimension {@code dim}'s filter. */
    boolean passes(int dim, int[] ords, int offset, long day) {
      if (dim == ArticleRuns.YEAR) {
        return days == null || (day != ArticleRuns.NO_DAY && days.contains(day));
      }
      int ord = ords[offset + dim];
      return selected[dim] == null || (ord >= 0 && selected[dim][ord]);
    }
  }

  /** Totals and facet counts, run by run. */
  private static final class Tally {
    final long[] counts;
    long paragraphs;
    long articles;

    Tally(int ordCount) {
      counts = new long[ordCount];
    }

    void add(ArticleRuns.Segment segment, FixedBitSet matches, Selection filters) {
      int dims = ArticleRuns.DIMENSIONS.size();
      boolean[] passes = new boolean[dims];
      FixedBitSet countedArticles = segment.oneRunPerArticle() ? null : new FixedBitSet(Math.max(1, segment.articleOrds()));
      int maxDoc = matches.length();
      int doc = maxDoc == 0 ? DocIdSetIterator.NO_MORE_DOCS : matches.nextSetBit(0);
      int run = -1;
      while (doc != DocIdSetIterator.NO_MORE_DOCS) {
        // a common word matches article after article: try the next run before searching for one
        run = run + 1 < segment.runCount() && doc < segment.starts()[run + 2] ? run + 1 : segment.runOf(doc);
        int end = segment.starts()[run + 1];
        int n = matches.cardinality(doc, end);
        int offset = run * dims;
        int failed = 0;
        for (int dim = 0; dim < dims; dim++) {
          passes[dim] = filters.passes(dim, segment.ords(), offset, segment.days()[run]);
          failed += passes[dim] ? 0 : 1;
        }
        if (failed == 0) {
          paragraphs += n;
          articles += countsAsNewArticle(segment, run, countedArticles) ? 1 : 0;
        }
        for (int dim = 0; dim < dims; dim++) {
          int ord = segment.ords()[offset + dim];
          // multi-select: a dimension's values are counted under every filter but its own
          if (ord >= 0 && failed == (passes[dim] ? 0 : 1)) {
            counts[ord] += n;
          }
        }
        doc = end >= maxDoc ? DocIdSetIterator.NO_MORE_DOCS : matches.nextSetBit(end);
      }
    }

    private static boolean countsAsNewArticle(ArticleRuns.Segment segment, int run, FixedBitSet counted) {
      int article = segment.articles()[run];
      if (article < 0) {
        return false;
      }
      return counted == null || !counted.getAndSet(article);
    }
  }

  /**
   * Every match of a query as a bit set per segment (null where none). Without positions to check,
   * the matches are read straight from the query's iterator: Lucene ORs whole blocks of a term's
   * postings into the set, where a collector is handed the matches one at a time (a third of
   * counting). A query with phrases goes through Lucene's bulk scorer, which checks positions
   * only where a phrase alone could match (the iterator would check them for every candidate of
   * the whole disjunction). The searcher's time limit is checked every {@value #WINDOW}
   * documents, as Lucene's time-limited scorer does between its windows.
   */
  private record MatchingDocs(FixedBitSet[] bits, boolean timedOut) {

    static final int WINDOW = 1 << 16;

    static MatchingDocs of(IndexSearcher searcher, Query query) throws IOException {
      Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
      QueryTimeout timeout = searcher.getTimeout();
      List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
      FixedBitSet[] bits = new FixedBitSet[leaves.size()];
      for (LeafReaderContext leaf : leaves) {
        Scorer scorer = weight.scorer(leaf);
        if (scorer == null) {
          continue;
        }
        FixedBitSet matches = new FixedBitSet(leaf.reader().maxDoc());
        bits[leaf.ord] = matches;
        Bits live = leaf.reader().getLiveDocs();
        // The scorer may be a candidate iterator that confirms nothing, as when an exclusion
        // removes every match; the bulk scorer then says so by being null, which is no match here.
        BulkScorer bulk = scorer.twoPhaseIterator() == null ? null : weight.bulkScorer(leaf);
        boolean complete = scorer.twoPhaseIterator() == null
            ? collect(scorer.iterator(), live, matches, timeout)
            : bulk == null || collect(bulk, live, matches, timeout);
        if (!complete) {
          return new MatchingDocs(bits, true);
        }
      }
      return new MatchingDocs(bits, false);
    }

    /** Sets the live matches of {@code docs} in {@code bits}; false when the time ran out first. */
    private static boolean collect(DocIdSetIterator docs, Bits live, FixedBitSet bits, QueryTimeout timeout) throws IOException {
      int doc = docs.nextDoc();
      for (int end = WINDOW; doc < bits.length(); end = (int) Math.min(bits.length(), (long) end + WINDOW)) {
        if (timeout != null && timeout.shouldExit()) {
          return false;
        }
        if (live == null) {
          docs.intoBitSet(end, bits, 0);
          doc = docs.docID();
        } else {
          for (; doc < end; doc = docs.nextDoc()) {
            if (live.get(doc)) {
              bits.set(doc);
            }
          }
        }
      }
      return true;
    }

    /** Sets the live matches {@code scorer} finds in {@code bits}; false when the time ran out first. */
    private static boolean collect(BulkScorer scorer, Bits live, FixedBitSet bits, QueryTimeout timeout) throws IOException {
      LeafCollector into = new LeafCollector() {
        @Override
        public void setScorer(Scorable scorable) {}

        @Override
        public void collect(int doc) {
          bits.set(doc);
        }

        @Override
        public void collect(DocIdStream stream) throws IOException {
          stream.forEach(bits::set);
        }
      };
      for (int next = 0; next < bits.length(); ) {
        if (timeout != null && timeout.shouldExit()) {
          return false;
        }
        next = scorer.score(into, live, next, (int) Math.min(bits.length(), (long) next + WINDOW));
      }
      return true;
    }
  }
}
