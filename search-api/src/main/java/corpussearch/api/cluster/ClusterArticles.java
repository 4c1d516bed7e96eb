package corpussearch.api.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corpussearch.api.highlight.ParagraphHighlighter;
import corpussearch.api.query.QueryPlan;
import corpussearch.api.request.SearchParams;
import corpussearch.api.request.SearchRequest;
import corpussearch.api.service.ArticleResult;
import corpussearch.api.service.ArticleResult.ArticleParagraph;
import corpussearch.indexer.index.IndexSchema;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "View in context" on the cluster: all paragraphs of an article in order (one shard holds them:
 * the article id is the routing), and, for a query, which of them it matches, marked whole.
 */
final class ClusterArticles {

  /** Most paragraphs returned for one article, as the embedded article view. */
  static final int MAX_PARAGRAPHS = 10_000;
  /**
   * OpenSearch's longest document id, in bytes: a paragraph id is {@code articleId:n}, so no
   * longer article id can be in the index (and the cluster refuses a routing that long).
   */
  static final int MAX_ID_BYTES = 512;

  private final AliasWatch alias;
  private final ClusterSearch search;

  ClusterArticles(AliasWatch alias, ClusterSearch search) {
    this.alias = alias;
    this.search = search;
  }

  /** The article, or empty when no article has that id. */
  Optional<ArticleResult> article(String articleId, String q) throws IOException {
    if (articleId.getBytes(StandardCharsets.UTF_8).length > MAX_ID_BYTES) {
      return Optional.empty();
    }
    String query = q == null ? "" : q.strip();
    IndexVersion version = alias.current();
    ObjectNode byId = Cluster.JSON.createObjectNode();
    byId.putObject("term").putObject(IndexSchema.ARTICLE_ID).put("value", articleId);
    ObjectNode body = Cluster.JSON.createObjectNode().put("size", MAX_PARAGRAPHS);
    body.set("query", byId);
    body.putArray("sort").addObject().put(IndexSchema.N, "asc");
    JsonNode hits = search.search(version, routing(articleId), body).path("hits").path("hits");
    if (hits.isEmpty()) {
      return Optional.empty();
    }
    QueryPlan plan = query.isEmpty() ? null : search.plan(version, query);
    Map<String, String> marked = plan == null ? Map.of() : matches(version, articleId, query, plan, byId, hits.size());
    PhraseWords phrases = plan == null ? null : search.phraseWords(plan);
    List<ArticleParagraph> paragraphs = new ArrayList<>();
    List<Integer> matched = new ArrayList<>();
    for (JsonNode hit : hits) {
      JsonNode source = hit.path("_source");
      int n = source.path(IndexSchema.N).asInt();
      String text = ClusterHits.field(source, IndexSchema.TEXT);
      boolean isMatch = marked.containsKey(hit.path("_id").asText());
      if (isMatch) {
        matched.add(n);
      }
      String html = marked.get(hit.path("_id").asText());
      paragraphs.add(new ArticleParagraph(n, ClusterHits.field(source, IndexSchema.SECTION), text,
          phrases == null ? ParagraphHighlighter.escape(text) : ClusterHits.marked(html, text, phrases).html(false), isMatch));
    }
    JsonNode first = hits.path(0).path("_source");
    return Optional.of(new ArticleResult(ClusterHits.field(first, IndexSchema.ARTICLE_ID), ClusterHits.field(first, IndexSchema.TITLE),
        ClusterHits.field(first, IndexSchema.AUTHOR), ClusterHits.field(first, IndexSchema.OUTLET),
        ClusterHits.field(first, IndexSchema.DATE), ClusterHits.field(first, IndexSchema.SOURCE_FILE),
        ClusterHits.field(first, IndexSchema.URL), query, matched, paragraphs));
  }

  /**
   * The article's paragraphs {@code q} matches, by id, each with its marked text (its escaped
   * text when it matched through the title or section only).
   */
  private Map<String, String> matches(IndexVersion version, String articleId, String q, QueryPlan plan, ObjectNode byId,
      int paragraphs) throws IOException {
    int size = Math.min(paragraphs, SearchParams.MAX_DEPTH);
    SearchRequest request = new SearchRequest(q, List.of(), List.of(), List.of(), null, null, SearchRequest.SortOrder.RELEVANCE, 1, size,
        false, false, true);
    ObjectNode body = search.body(version, plan, request);
    ObjectNode both = Cluster.JSON.createObjectNode();
    ObjectNode bool = both.putObject("bool");
    bool.putArray("must").add(body.get("query"));
    bool.putArray("filter").add(byId);
    body.set("query", both);
    body.remove("aggs");
    Map<String, String> marked = new HashMap<>();
    for (JsonNode hit : search.search(version, routing(articleId), body).path("hits").path("hits")) {
      JsonNode html = hit.path("highlight").path(IndexSchema.TEXT).path(0);
      marked.put(hit.path("_id").asText(), html.isTextual() ? html.asText() : null);
    }
    return marked;
  }

  private static String routing(String articleId) {
    return "routing=" + URLEncoder.encode(articleId, StandardCharsets.UTF_8);
  }
}
