package corpussearch.indexer.index;

import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexOptions;

/**
 * The field names and facet dimensions of the paragraph index: the one place both the index
 * builder and the search service take them from.
 *
 * <p>One Lucene document is one kept paragraph of an article. Article-level values (title,
 * author, outlet, date, source file, content hash) are repeated on each of its paragraphs, so a
 * paragraph hit carries everything a result needs and the paragraphs of an article can be
 * replaced as one block.
 */
public final class IndexSchema {

  /**
   * Bumped whenever analysis, extraction, article ids or document layout change: the index
   * builder rebuilds an index of another version in full, and the service refuses to serve one.
   */
  public static final String SCHEMA_VERSION = "44";

  /** Unique paragraph id {@code {articleId}:{n}}: stored, indexed as one term. */
  public static final String ID = "id";
  /** Stable article id: stored, one term, sorted doc values (for grouping by article). */
  public static final String ARTICLE_ID = "articleId";
  /** Ordinal of the paragraph among the article's kept paragraphs: stored, points, doc values. */
  public static final String N = "n";
  /** The paragraph text: analyzed, stored, with offsets for highlighting. */
  public static final String TEXT = "text";
  /** The article's title: analyzed and stored. */
  public static final String TITLE = "title";
  /** The heading the paragraph stands under: analyzed and stored, absent when none. */
  public static final String SECTION = "section";
  /** The author's exact name: stored; absent when unknown. Filtered through the facet dim. */
  public static final String AUTHOR = "author";
  /** The outlet's exact name: stored; absent when unknown. Filtered through the facet dim. */
  public static final String OUTLET = "outlet";
  /** The author's name, analyzed, for {@code author:} queries. Not stored. */
  public static final String AUTHOR_TEXT = "authorText";
  /** The outlet's name, analyzed, for {@code outlet:} queries. Not stored. */
  public static final String OUTLET_TEXT = "outletText";
  /** The article date as ISO {@code YYYY-MM-DD}: stored only; absent when unknown. */
  public static final String DATE = "date";
  /** The article date as days since 1970-01-01: points and doc values, for ranges and sorting. */
  public static final String DATE_DAY = "dateDay";
  /** The corpus file the article came from, relative to the corpus folder: stored. */
  public static final String SOURCE_FILE = "sourceFile";
  /** The address of the original page (http or https): stored only; absent when unknown. */
  public static final String URL = "url";
  /** The host name of {@link #URL} without {@code www.}: stored, one term. Filtered through the facet dim. */
  public static final String SITE = "site";
  /** Content hash of the article's source and metadata: stored and indexed, for incremental runs. */
  public static final String HASH = "hash";

  /** Facet dimension of outlets. */
  public static final String FACET_OUTLET = "outlet";
  /** Facet dimension of authors. */
  public static final String FACET_AUTHOR = "author";
  /** Facet dimension of sites. */
  public static final String FACET_SITE = "site";
  /** Facet dimension of years. */
  public static final String FACET_YEAR = "year";

  /**
   * The facet label that stands for "unknown": facets must count documents without a value, and
   * a facet label cannot be empty. No real name starts with a NUL character.
   */
  public static final String UNKNOWN_FACET_VALUE = "\u0000unknown";

  /** Commit user-data key holding {@link #SCHEMA_VERSION}. */
  public static final String COMMIT_SCHEMA_VERSION = "schemaVersion";
  /** Commit user-data key holding the commit time (ISO-8601 instant). */
  public static final String COMMIT_TIME = "committedAt";

  /** Analyzed, stored, with term vectors off and offsets in the postings for highlighting. */
  public static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

  private IndexSchema() {}

  /** The facet configuration shared by writer and searcher. */
  public static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    for (String dim : new String[] {FACET_OUTLET, FACET_AUTHOR, FACET_SITE, FACET_YEAR}) {
      config.setMultiValued(dim, false);
      config.setRequireDimCount(dim, true);
    }
    return config;
  }

  /** The facet label of {@code value}: itself, or {@link #UNKNOWN_FACET_VALUE} when null. */
  public static String facetLabel(String value) {
    return value == null ? UNKNOWN_FACET_VALUE : value;
  }

  /** The value a facet label stands for: itself, or null for {@link #UNKNOWN_FACET_VALUE}. */
  public static String facetValue(String label) {
    return UNKNOWN_FACET_VALUE.equals(label) ? null : label;
  }

  private static FieldType textWithOffsets() {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }
}
