package corpussearch.api.opensearch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corpussearch.api.query.QueryPlan;
import corpussearch.api.request.SearchParams;
import corpussearch.api.request.SearchRequest;
import corpussearch.api.request.SearchRequest.SortOrder;
import corpussearch.indexer.index.IndexSchema;
import java.util.Map;

/**
 * One search as the body of an OpenSearch {@code _search} request, rendered from the same {@link
 * QueryPlan} the embedded search runs: the ranking query ({@link PlanDsl}), the filters as {@code
 * post_filter} with multi-select facet and article counts ({@link FilterDsl}), the order, the page,
 * one hit per article ({@code collapse}, with the article's number of matching paragraphs from
 * {@code inner_hits}) and highlighting. Send it with the query string {@link #PARAMETERS}.
 *
 * <p>Where the rendering is not exact (docs/opensearch-queries.md lists each difference):
 * <ul>
 *   <li>a typo's words score as a sum in a paragraph holding several of them (the blended
 *       top-terms rewrite of {@code fuzzy} is a boolean sum, {@code TypoQuery}'s blended term is
 *       their best), only within the typo tier; among more than {@code max_expansions} equally
 *       close words it keeps the first in term order, where {@code TypoQuery} keeps the most
 *       frequent; and its fallback to stems scores them as one synonym set;
 *   <li>a word the index holds once (its {@link Vocabulary} probes) counts only live paragraphs,
 *       where Lucene's term dictionary still counts deleted ones until a merge;
 *   <li>the distinct article count is estimated above its threshold ({@value #EXACT_ARTICLES} articles at most),
 *       and facet counts over several shards are exact only while each shard's top values hold the
 *       global ones ({@code terms} gathers {@code shard_size} values per shard);
 *   <li>the highlight marks the whole paragraph, and a phrase word by word; cutting a long one
 *       down to one passage and marking a phrase as one span, as the embedded highlighter does,
 *       are left to the caller;
 *   <li>equal scores rank in OpenSearch's document order, which is index order on one shard only.
 * </ul>
 */
public final class SearchDsl {

  /**
   * The query string of every search: term statistics of every shard, so that BM25, and with it
   * the order within a tier, is that of one index.
   */
  public static final String PARAMETERS = "search_type=dfs_query_then_fetch";
  /** The {@code inner_hits} of a collapsed article, whose total is its number of matching paragraphs. */
  public static final String MATCHES = "matches";
  /**
   * Up to this many distinct articles OpenSearch counts them exactly at most (the highest {@code
   * precision_threshold} of its {@code cardinality} aggregation); above a search's threshold, the
   * count is HyperLogLog++'s estimate, typically within a few percent ({@link
   * SearchAnswer#articlesRelation}).
   */
  public static final int EXACT_ARTICLES = 40_000;

  private SearchDsl() {}

  /**
   * The body of the search {@code request} asks for.
   *
   * @param plan the request's plan, with its filters (values resolved to the index's own)
   * @param counts the index's answers to {@link Vocabulary#next}{@code (plan, …)}, asked until it
   * had no more questions
   * @param exactArticles up to how many distinct articles the count is exact, at most {@link #EXACT_ARTICLES}
   * @throws IllegalArgumentException when the request pages deeper than {@link SearchParams#MAX_DEPTH}
   */
  public static ObjectNode body(SearchRequest request, QueryPlan plan, Map<Vocabulary.Probe, Long> counts, int exactArticles) {
    if ((long) request.page() * request.size() > SearchParams.MAX_DEPTH || request.page() < 1 || request.size() < 1) {
      throw new IllegalArgumentException("page " + request.page() + " of " + request.size() + " is beyond the deepest page served");
    }
    PlanDsl queries = new PlanDsl(plan, new MatchDsl(counts));
    FilterDsl filters = new FilterDsl(plan.filters());
    ObjectNode body = Dsl.JSON.objectNode();
    body.set("query", queries.ranking());
    if (filters.postFilter() != null) {
      body.set("post_filter", filters.postFilter());
    }
    body.set("aggs", filters.aggregations(request.facets(), exactArticles));
    body.put("from", (request.page() - 1) * request.size()).put("size", request.size()).put("track_total_hits", true);
    if (request.sort() != SortOrder.RELEVANCE || request.q().isBlank()) {
      body.set("sort", dateOrder(request.sort() != SortOrder.DATE_ASC));
      body.put("track_scores", true);
    }
    if (request.groupByArticle()) {
      ObjectNode collapse = body.putObject("collapse").put("field", IndexSchema.ARTICLE_ID);
      collapse.putObject("inner_hits").put("name", MATCHES).put("size", 0);
    }
    body.putObject("_source").putArray("includes").addAll(OpenSearchFields.HIT_FIELDS.stream().map(Dsl.JSON::textNode).toList());
    if (request.highlight()) {
      body.set("highlight", highlight(queries.highlight()));
    }
    return body;
  }

  /**
   * By date (undated last), then as the embedded search breaks ties: score, article, paragraph.
   */
  private static ArrayNode dateOrder(boolean newestFirst) {
    ArrayNode sort = Dsl.JSON.arrayNode();
    sort.addObject().putObject(IndexSchema.DATE_DAY).put("order", newestFirst ? "desc" : "asc").put("missing", "_last");
    sort.addObject().putObject("_score").put("order", "desc");
    sort.addObject().putObject(IndexSchema.ARTICLE_ID).put("order", "asc");
    sort.addObject().putObject(IndexSchema.N).put("order", "asc");
    return sort;
  }

  /**
   * The unified highlighter on the paragraph text, HTML-escaped, matches in {@code <mark>}: the
   * whole paragraph ({@code number_of_fragments: 0}); a hit where nothing is marked comes without
   * one, and its text is shown escaped, as the embedded highlighter shows it.
   */
  private static ObjectNode highlight(ObjectNode query) {
    ObjectNode highlight = Dsl.JSON.objectNode().put("type", "unified").put("encoder", "html");
    highlight.putArray("pre_tags").add("<mark>");
    highlight.putArray("post_tags").add("</mark>");
    ObjectNode text = highlight.putObject("fields").putObject(IndexSchema.TEXT).put("number_of_fragments", 0);
    if (query != null) {
      text.set("highlight_query", query);
    }
    return highlight;
  }
}
