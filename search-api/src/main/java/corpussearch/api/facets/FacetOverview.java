package corpussearch.api.facets;

import corpussearch.api.index.IndexView;
import corpussearch.api.index.IndexViews;
import corpussearch.api.index.RequestDeadline;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.search.MatchAllDocsQuery;

/** All outlets, authors and years of the corpus with their paragraph counts, for filter UIs. */
public final class FacetOverview {

  private final IndexViews views;
  private final Duration timeout;

  public FacetOverview(IndexViews views, Duration timeout) {
    this.views = views;
    this.timeout = timeout;
  }

  /** Counts over the whole index. */
  public Map<String, List<FacetValue>> all() throws IOException {
    IndexView view = views.acquire();
    try {
      if (view.facetState().isEmpty()) {
        return FacetCounts.none();
      }
      FacetsCollector collector = view.searcher(RequestDeadline.after(timeout)).search(new MatchAllDocsQuery(), new FacetsCollectorManager());
      return FacetCounts.of(new SortedSetDocValuesFacetCounts(view.facetState().get(), collector));
    } finally {
      views.release(view);
    }
  }
}
