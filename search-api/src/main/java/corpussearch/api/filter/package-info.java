/**
 * A search's filters, interpreted once: {@link corpussearch.api.filter.Filters} renders both the
 * Lucene drill-down that ranking runs and the per-dimension values and day range that counting
 * checks, and {@link corpussearch.api.filter.DayRange} holds all the date arithmetic. It depends
 * on neither {@code search} nor {@code facets}, so both may use it.
 */
package corpussearch.api.filter;
