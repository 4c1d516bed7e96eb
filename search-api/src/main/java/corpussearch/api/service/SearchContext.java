package corpussearch.api.service;

import corpussearch.api.facets.FilterHint;
import corpussearch.api.filter.Filters;
import corpussearch.api.query.QueryPlan;
import corpussearch.api.index.IndexView;
import corpussearch.api.index.RequestDeadline;
import corpussearch.api.request.SearchRequest;
import corpussearch.api.request.SearchRequest.SortOrder;
import corpussearch.api.search.SearchQuery;
import corpussearch.indexer.index.IndexSchema;
import java.util.List;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;

/**
 * One search request as it runs, gathered once so that each stage (counting, ranking, grouping,
 * highlighting, the spelling suggestion) takes this instead of the same handful of values.
 *
 * @param request the request, with the filters typed into {@code q} added and every filter value
 *     resolved to the index's own
 * @param plan what the request asks for, filters included
 * @param queries the plan's Lucene queries, rewritten against {@code view}
 * @param view the index version searched; its caches live as long as it
 * @param searcher the searcher of {@code view}, bounded by {@code deadline}
 * @param deadline the request's time limit, shared by every stage
 * @param started when the request started ({@link System#nanoTime})
 * @param hints what became of filter values the index does not hold as given
 */
record SearchContext(SearchRequest request, QueryPlan plan, SearchQuery queries, IndexView view, IndexSearcher searcher,
    RequestDeadline deadline, long started, List<FilterHint> hints) {

  /** The request's filters. */
  Filters filters() {
    return plan.filters();
  }

  /** The ranking query under the request's filters. */
  DrillDownQuery ranking() {
    return filters().drillDown(queries.ranking());
  }

  /** The order of the hits: null for relevance; an empty query sorts by date, newest first. */
  Sort sort() {
    SortOrder order = request.sort();
    if (order == SortOrder.RELEVANCE && !request.q().isBlank()) {
      return null;
    }
    boolean newestFirst = order != SortOrder.DATE_ASC;
    SortField date = new SortedNumericSortField(IndexSchema.DATE_DAY, SortField.Type.LONG, newestFirst);
    date.setMissingValue(newestFirst ? Long.MIN_VALUE : Long.MAX_VALUE);
    SortField paragraph = new SortedNumericSortField(IndexSchema.N, SortField.Type.INT);
    return new Sort(date, SortField.FIELD_SCORE, new SortField(IndexSchema.ARTICLE_ID, SortField.Type.STRING), paragraph);
  }
}
