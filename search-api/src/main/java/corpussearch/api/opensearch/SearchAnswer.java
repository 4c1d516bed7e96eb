package corpussearch.api.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import corpussearch.api.facets.FacetCounts;
import corpussearch.api.facets.FacetValue;
import corpussearch.indexer.index.IndexSchema;
import corpussearch.indexer.opensearch.ShardFailures;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What OpenSearch answered to a {@link SearchDsl} body, in the embedded search's terms.
 *
 * @param total paragraphs that match the query and every filter
 * @param articles distinct articles among them
 * @param articlesRelation {@code eq} while {@code articles} is exact, {@code approx} from the
 *     request's threshold up (OpenSearch's estimate)
 * @param facets per dimension, values by count as {@link FacetCounts#ORDER} orders them; null when
 *     none were asked for
 * @param hits the page's hits, in order
 * @param timedOut whether some shard reached the request's {@code timeout} and answered with what
 *     it had found by then: totals, facets and hits may be partial
 */
public record SearchAnswer(long total, long articles, String articlesRelation, Map<String, List<FacetValue>> facets, List<Hit> hits,
    boolean timedOut) {

  /** The relation of an exact count, as OpenSearch's {@code hits.total.relation} names it. */
  public static final String EXACT = "eq";
  /** The relation of an estimated count. */
  public static final String ESTIMATE = "approx";

  /**
   * One hit.
   *
   * @param id the paragraph id
   * @param score its score (with a date order, the relevance score it also has)
   * @param source its stored fields ({@link OpenSearchFields#HIT_FIELDS})
   * @param highlight the paragraph with {@code <mark>}ed matches, HTML-escaped; null when nothing
   *     was marked or no highlight was asked for
   * @param matches with grouping by article, its number of matching paragraphs; otherwise null
   */
  public record Hit(String id, float score, JsonNode source, String highlight, Integer matches) {}

  /**
   * The answer of a search whose every shard ran out of time before it found anything (OpenSearch
   * then fails the whole search with {@code time_exceeded_exception}): nothing, timed out.
   *
   * @param facets whether facets were asked for (each dimension then has no values)
   */
  public static SearchAnswer nothingInTime(boolean facets) {
    Map<String, List<FacetValue>> none = null;
    if (facets) {
      none = new LinkedHashMap<>();
      for (String dim : FacetCounts.DIMENSIONS) {
        none.put(dim, List.of());
      }
    }
    return new SearchAnswer(0, 0, EXACT, none, List.of(), true);
  }

  /**
   * Reads {@code response} to a body whose article count was exact up to {@code exactArticles}.
   *
   * @throws IllegalArgumentException when it is not the answer to a {@link SearchDsl} body
   */
  public static SearchAnswer read(JsonNode response, int exactArticles) {
    JsonNode total = response.path("hits").path("total");
    JsonNode articles = response.path("aggregations").path(FilterDsl.ARTICLES).path(FilterDsl.COUNT).path("value");
    if (!EXACT.equals(total.path("relation").asText()) || !articles.isNumber()) {
      throw new IllegalArgumentException("not the answer to a corpus-search request: " + abbreviated(response));
    }
    List<Hit> hits = new ArrayList<>();
    for (JsonNode hit : response.path("hits").path("hits")) {
      JsonNode matches = hit.path("inner_hits").path(SearchDsl.MATCHES).path("hits").path("total").path("value");
      JsonNode marked = hit.path("highlight").path(IndexSchema.TEXT).path(0);
      hits.add(new Hit(hit.path("_id").asText(), (float) hit.path("_score").asDouble(0), hit.path("_source"),
          marked.isTextual() ? marked.asText() : null, matches.isNumber() ? matches.asInt() : null));
    }
    long distinct = articles.asLong();
    return new SearchAnswer(total.path("value").asLong(), distinct, distinct < exactArticles ? EXACT : ESTIMATE,
        facets(response.path("aggregations")), hits,
        response.path("timed_out").asBoolean(false) || ShardFailures.ranOutOfTime(response));
  }

  private static Map<String, List<FacetValue>> facets(JsonNode aggregations) {
    if (!aggregations.has(FacetCounts.DIMENSIONS.get(0))) {
      return null;
    }
    Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
    for (String dim : FacetCounts.DIMENSIONS) {
      List<FacetValue> values = new ArrayList<>();
      for (JsonNode bucket : aggregations.path(dim).path(FilterDsl.VALUES).path("buckets")) {
        values.add(new FacetValue(IndexSchema.facetValue(bucket.path("key").asText()), bucket.path("doc_count").asLong()));
      }
      values.sort(FacetCounts.ORDER);
      facets.put(dim, values);
    }
    return facets;
  }

  private static String abbreviated(JsonNode response) {
    String text = response.toString();
    return text.length() > 200 ? text.substring(0, 200) + "…" : text;
  }
}
