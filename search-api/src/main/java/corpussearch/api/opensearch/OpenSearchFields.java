package corpussearch.api.opensearch;

import corpussearch.indexer.index.IndexSchema;
import corpussearch.indexer.opensearch.ParagraphMapping;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the renderers of this package read of an OpenSearch index of paragraphs: the index itself
 * is declared once, by index-builder's {@link ParagraphMapping} (the same names as the Lucene
 * index, {@link IndexSchema}, plus {@link #YEAR}), and this class names the parts a search uses.
 */
public final class OpenSearchFields {

  /** The article's year ({@code YYYY}), a keyword: what the year facet counts. Absent when undated. */
  public static final String YEAR = ParagraphMapping.YEAR;
  /** See {@link ParagraphMapping#TERMS_ANALYZER}. */
  public static final String TERMS_ANALYZER = ParagraphMapping.TERMS_ANALYZER;
  /** See {@link ParagraphMapping#SAME_POSITION}. */
  public static final String SAME_POSITION = ParagraphMapping.SAME_POSITION;

  /** The facet dimensions ({@code IndexSchema.FACET_*}) and the keyword field each counts, in the API's order. */
  static final Map<String, String> FACET_FIELDS = facetFields();

  /** The stored fields a hit is built from. */
  static final List<String> HIT_FIELDS = List.of(IndexSchema.ID, IndexSchema.ARTICLE_ID, IndexSchema.N, IndexSchema.TITLE,
      IndexSchema.AUTHOR, IndexSchema.OUTLET, IndexSchema.DATE, IndexSchema.URL, IndexSchema.SECTION, IndexSchema.TEXT);

  private OpenSearchFields() {}

  private static Map<String, String> facetFields() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put(IndexSchema.FACET_OUTLET, IndexSchema.OUTLET);
    fields.put(IndexSchema.FACET_AUTHOR, IndexSchema.AUTHOR);
    fields.put(IndexSchema.FACET_SITE, IndexSchema.SITE);
    fields.put(IndexSchema.FACET_YEAR, YEAR);
    return Collections.unmodifiableMap(fields);
  }
}
