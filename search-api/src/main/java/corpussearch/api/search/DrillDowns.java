package corpussearch.api.search;

import corpussearch.indexer.index.IndexSchema;
import org.apache.lucene.document.LongField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.search.Query;

/** A request's filters as Lucene drill-downs: outlets, authors and sites by facet label, dates by day. */
public final class DrillDowns {

  private DrillDowns() {}

  /** {@code base} restricted to what {@code request}'s filters let through. */
  public static DrillDownQuery of(Query base, SearchRequest request) {
    DrillDownQuery query = new DrillDownQuery(IndexSchema.facetsConfig(), base);
    request.outlets().forEach(value -> query.add(IndexSchema.FACET_OUTLET, IndexSchema.facetLabel(value)));
    request.authors().forEach(value -> query.add(IndexSchema.FACET_AUTHOR, IndexSchema.facetLabel(value)));
    request.sites().forEach(value -> query.add(IndexSchema.FACET_SITE, IndexSchema.facetLabel(value)));
    if (request.from() != null || request.to() != null) {
      long from = request.from() == null ? Long.MIN_VALUE : request.from().toEpochDay();
      long to = request.to() == null ? Long.MAX_VALUE : request.to().toEpochDay();
      query.add(IndexSchema.FACET_YEAR, LongField.newRangeQuery(IndexSchema.DATE_DAY, from, to));
    }
    return query;
  }
}
