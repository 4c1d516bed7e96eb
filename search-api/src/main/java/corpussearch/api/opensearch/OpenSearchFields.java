package corpussearch.api.opensearch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import corpussearch.indexer.index.IndexSchema;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of an OpenSearch index of paragraphs, in one place: the same names as the Lucene
 * index ({@link IndexSchema}), one document per paragraph, plus {@link #YEAR}, the field the
 * Lucene index keeps as a facet dimension only. What {@link #mappings()} declares is what the
 * renderers of this package rely on; an index built another way must declare the same.
 */
public final class OpenSearchFields {

  /** The article's year ({@code YYYY}), a keyword: what the year facet counts. Absent when undated. */
  public static final String YEAR = IndexSchema.FACET_YEAR;

  /**
   * The analyzer that reads a query's already analysed words back as they are: words apart by
   * spaces at consecutive positions, and words joined by {@value #SAME_POSITION} stacked at one
   * position. A {@code match} or {@code match_phrase} through it builds the very synonym and
   * multi-word phrase queries the Lucene renderer builds from a plan.
   */
  public static final String TERMS_ANALYZER = "corpus_terms";
  /** What joins the words of one position for {@link #TERMS_ANALYZER}; no analysed word holds it. */
  public static final String SAME_POSITION = "|";

  /** The facet dimensions ({@code IndexSchema.FACET_*}) and the keyword field each counts, in the API's order. */
  static final Map<String, String> FACET_FIELDS = facetFields();

  /** The stored fields a hit is built from. */
  static final List<String> HIT_FIELDS = List.of(IndexSchema.ID, IndexSchema.ARTICLE_ID, IndexSchema.N, IndexSchema.TITLE,
      IndexSchema.AUTHOR, IndexSchema.OUTLET, IndexSchema.DATE, IndexSchema.URL, IndexSchema.SECTION, IndexSchema.TEXT);

  private static final String CORPUS_ANALYZER = "corpus";

  private OpenSearchFields() {}

  /**
   * The {@code mappings} of the index: analysed fields through the {@code corpus} analyzer (the
   * plugin's or the built-in form's, docs/opensearch-analysis.md), with offsets where Lucene keeps
   * them for the highlighter; exact values as keywords; numbers for ranges and sorting.
   */
  public static ObjectNode mappings() {
    ObjectNode mappings = Dsl.JSON.objectNode().put("dynamic", "strict");
    ObjectNode properties = mappings.putObject("properties");
    for (String keyword : List.of(IndexSchema.ID, IndexSchema.ARTICLE_ID, IndexSchema.AUTHOR, IndexSchema.OUTLET,
        IndexSchema.SITE, YEAR, IndexSchema.DATE, IndexSchema.SOURCE_FILE, IndexSchema.HASH)) {
      properties.putObject(keyword).put("type", "keyword");
    }
    properties.putObject(IndexSchema.URL).put("type", "keyword").put("index", false).put("doc_values", false);
    for (String text : List.of(IndexSchema.TEXT, IndexSchema.TITLE, IndexSchema.SECTION)) {
      properties.putObject(text).put("type", "text").put("analyzer", CORPUS_ANALYZER).put("index_options", "offsets");
    }
    for (String name : List.of(IndexSchema.AUTHOR_TEXT, IndexSchema.OUTLET_TEXT)) {
      properties.putObject(name).put("type", "text").put("analyzer", CORPUS_ANALYZER);
    }
    properties.putObject(IndexSchema.N).put("type", "integer");
    properties.putObject(IndexSchema.DATE_DAY).put("type", "long");
    return mappings;
  }

  /**
   * The analysis settings the renderers add to the {@code corpus} chain: {@link #TERMS_ANALYZER},
   * built from OpenSearch's own whitespace tokenizer and {@code pattern_capture} filter. Merge
   * {@code analyzer} and {@code filter} into the index's {@code settings.analysis}.
   */
  public static ObjectNode analysis() {
    ObjectNode analysis = Dsl.JSON.objectNode();
    String filter = TERMS_ANALYZER + "_stacked";
    analysis.putObject("analyzer").putObject(TERMS_ANALYZER).put("type", "custom").put("tokenizer", "whitespace")
        .putArray("filter").add(filter);
    ObjectNode stacked = analysis.putObject("filter").putObject(filter).put("type", "pattern_capture")
        .put("preserve_original", false);
    stacked.putArray("patterns").add("([^\\" + SAME_POSITION + "]+)");
    return analysis;
  }

  private static Map<String, String> facetFields() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put(IndexSchema.FACET_OUTLET, IndexSchema.OUTLET);
    fields.put(IndexSchema.FACET_AUTHOR, IndexSchema.AUTHOR);
    fields.put(IndexSchema.FACET_SITE, IndexSchema.SITE);
    fields.put(IndexSchema.FACET_YEAR, YEAR);
    return Collections.unmodifiableMap(fields);
  }
}
