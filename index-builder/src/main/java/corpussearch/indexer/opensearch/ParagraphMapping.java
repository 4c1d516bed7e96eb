package corpussearch.indexer.opensearch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corpussearch.indexer.index.IndexSchema;
import corpussearch.opensearch.BuiltInAnalysis;

/**
 * The settings and mapping of one version of the paragraph index in OpenSearch: the one place
 * that says how each field of {@link IndexSchema} is indexed there. One OpenSearch document is one
 * paragraph, with the Lucene index's field names and values:
 *
 * <ul>
 *   <li>{@code text}, {@code title}, {@code section}: text analysed by {@code corpus} when indexed
 *       and {@code corpus_search} (with the aliases) when searched, with offsets in the postings
 *       for the unified highlighter, as in the Lucene index;
 *   <li>{@code author}, {@code outlet}: keywords (the facets' exact names), copied into the
 *       analysed {@code authorText} and {@code outletText} for {@code author:} and {@code outlet:}
 *       queries, which the source therefore does not repeat;
 *   <li>{@code id}, {@code articleId}, {@code site}, {@code sourceFile}, {@code hash}: keywords;
 *       {@code url}: kept in the source only;
 *   <li>{@code date}: a date ({@code yyyy-MM-dd}); {@code dateDay}: days since 1970 (a long, for
 *       ranges and sorting as in Lucene); {@code year}: a keyword, the year facet (Lucene keeps it
 *       as a facet dimension only); {@code n}: an integer.
 * </ul>
 *
 * An unknown author, outlet, site or date is absent, as in Lucene; facets count it with the
 * {@code missing} option of a {@code terms} aggregation. Every document must carry a routing (its
 * article id), so all paragraphs of an article sit on one shard. The mapping is strict: a field
 * this class does not name is refused, not guessed. The source is kept whole: the highlighter and
 * the result page read the stored text from it.
 */
final class ParagraphMapping {

  /** The year facet's field, which the Lucene index keeps only as a facet dimension. */
  static final String YEAR = "year";
  /** Keys of the mapping's {@code _meta}: an older version is reused only when they agree. */
  static final String META_SCHEMA = "schemaVersion";
  static final String META_ANALYSIS = "analysis";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String INDEX_ANALYZER = "corpus";
  private static final String SEARCH_ANALYZER = "corpus_search";

  private ParagraphMapping() {}

  /**
   * The body of {@code PUT /index}: shards, replicas, no refresh while the build loads it (the
   * index is invisible until the alias moves), the built-in analysis settings when asked for,
   * and the mappings.
   */
  static ObjectNode createIndex(OpenSearchTarget target) {
    ObjectNode body = JSON.createObjectNode();
    ObjectNode index = body.putObject("settings").putObject("index");
    index.put("number_of_shards", target.shards()).put("number_of_replicas", target.replicas()).put("refresh_interval", "-1");
    if (target.analysis() == AnalysisForm.BUILT_IN) {
      index.set("analysis", JSON.valueToTree(BuiltInAnalysis.analysis("")));
    }
    body.set("mappings", mappings(target.analysis()));
    return body;
  }

  /** The mappings: strict, routing required, the fields above. */
  static ObjectNode mappings(AnalysisForm analysis) {
    ObjectNode mappings = JSON.createObjectNode();
    mappings.put("dynamic", "strict");
    mappings.putObject("_routing").put("required", true);
    mappings.putObject("_meta").put(META_SCHEMA, IndexSchema.SCHEMA_VERSION).put(META_ANALYSIS, analysis.name());
    ObjectNode properties = mappings.putObject("properties");
    for (String keyword : new String[] {IndexSchema.ID, IndexSchema.ARTICLE_ID, IndexSchema.SITE, IndexSchema.SOURCE_FILE,
        IndexSchema.HASH, YEAR}) {
      properties.putObject(keyword).put("type", "keyword");
    }
    properties.putObject(IndexSchema.N).put("type", "integer");
    for (String text : new String[] {IndexSchema.TEXT, IndexSchema.TITLE, IndexSchema.SECTION, IndexSchema.AUTHOR_TEXT,
        IndexSchema.OUTLET_TEXT}) {
      properties.set(text, text());
    }
    properties.putObject(IndexSchema.AUTHOR).put("type", "keyword").put("copy_to", IndexSchema.AUTHOR_TEXT);
    properties.putObject(IndexSchema.OUTLET).put("type", "keyword").put("copy_to", IndexSchema.OUTLET_TEXT);
    properties.putObject(IndexSchema.DATE).put("type", "date").put("format", "strict_date");
    properties.putObject(IndexSchema.DATE_DAY).put("type", "long");
    properties.putObject(IndexSchema.URL).put("type", "keyword").put("index", false).put("doc_values", false);
    return mappings;
  }

  private static ObjectNode text() {
    return JSON.createObjectNode().put("type", "text").put("analyzer", INDEX_ANALYZER).put("search_analyzer", SEARCH_ANALYZER)
        .put("index_options", "offsets");
  }
}
