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
 *
 * <p>Searches (search-api's OpenSearch backend) rely on this very mapping and on {@link
 * #TERMS_ANALYZER}, which every version carries whatever its {@link AnalysisForm}: this class is
 * the one declaration of the index both the builder and the server use.
 */
public final class ParagraphMapping {

  /** The year facet's field ({@code YYYY}, absent when undated), which the Lucene index keeps only as a facet dimension. */
  public static final String YEAR = IndexSchema.FACET_YEAR;
  /**
   * The analyzer that reads a query's already analysed words back as they are: words apart by
   * spaces at consecutive positions, and words joined by {@value #SAME_POSITION} stacked at one
   * position. A {@code match} or {@code match_phrase} through it builds the very synonym and
   * multi-word phrase queries the Lucene search builds from a plan.
   */
  public static final String TERMS_ANALYZER = "corpus_terms";
  /** What joins the words of one position for {@link #TERMS_ANALYZER}; no analysed word holds it. */
  public static final String SAME_POSITION = "|";
  /** Keys of the mapping's {@code _meta}: an older version is reused only when they agree. */
  static final String META_SCHEMA = "schemaVersion";
  static final String META_ANALYSIS = "analysis";
  static final String META_MAPPING = "mapping";
  /** The version of this class's settings and mapping: raised when either changes, so no older index is copied. */
  static final String MAPPING_VERSION = "2";

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
    ObjectNode body = createIndex(target.shards(), target.replicas(), target.analysis());
    ((ObjectNode) body.path("settings").path("index")).put("refresh_interval", "-1");
    return body;
  }

  /**
   * The body of {@code PUT /index} for an index of paragraphs with {@code shards} and {@code
   * replicas}: the built-in analysis settings when asked for, {@link #TERMS_ANALYZER} always, and
   * the mappings.
   */
  public static ObjectNode createIndex(int shards, int replicas, AnalysisForm analysis) {
    ObjectNode body = JSON.createObjectNode();
    ObjectNode index = body.putObject("settings").putObject("index");
    index.put("number_of_shards", shards).put("number_of_replicas", replicas);
    ObjectNode settings = analysis == AnalysisForm.BUILT_IN ? JSON.valueToTree(BuiltInAnalysis.analysis("")) : JSON.createObjectNode();
    termsAnalysis().properties().forEach(part -> {
      ObjectNode into = settings.has(part.getKey()) ? (ObjectNode) settings.get(part.getKey()) : settings.putObject(part.getKey());
      into.setAll((ObjectNode) part.getValue());
    });
    index.set("analysis", settings);
    body.set("mappings", mappings(analysis));
    return body;
  }

  /**
   * {@link #TERMS_ANALYZER}, built from OpenSearch's own whitespace tokenizer and {@code
   * pattern_capture} filter: its {@code analyzer} and {@code filter} settings.
   */
  static ObjectNode termsAnalysis() {
    ObjectNode analysis = JSON.createObjectNode();
    String filter = TERMS_ANALYZER + "_stacked";
    analysis.putObject("analyzer").putObject(TERMS_ANALYZER).put("type", "custom").put("tokenizer", "whitespace")
        .putArray("filter").add(filter);
    ObjectNode stacked = analysis.putObject("filter").putObject(filter).put("type", "pattern_capture").put("preserve_original", false);
    stacked.putArray("patterns").add("([^\\" + SAME_POSITION + "]+)");
    return analysis;
  }

  /** The mappings: strict, routing required, the fields above. */
  public static ObjectNode mappings(AnalysisForm analysis) {
    ObjectNode mappings = JSON.createObjectNode();
    mappings.put("dynamic", "strict");
    mappings.putObject("_routing").put("required", true);
    mappings.putObject("_meta").put(META_SCHEMA, IndexSchema.SCHEMA_VERSION).put(META_ANALYSIS, analysis.name())
        .put(META_MAPPING, MAPPING_VERSION);
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
