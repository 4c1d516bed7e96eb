package corpussearch.indexer.pipeline;

import corpussearch.indexer.containers.TextContainers;
import corpussearch.indexer.corpus.MetadataOverrides;
import corpussearch.indexer.source.SourceDocument;
import corpussearch.indexer.source.WebAddresses;
import corpussearch.indexer.extract.ArticleMetadata;
import corpussearch.indexer.extract.Extraction;
import corpussearch.indexer.extract.FieldValue;
import corpussearch.indexer.extract.MetadataExtractor;
import corpussearch.indexer.extract.MetadataField;
import corpussearch.indexer.index.IndexSchema;
import corpussearch.indexer.index.IndexableArticle;
import corpussearch.indexer.paragraphs.ParagraphSplit;
import corpussearch.indexer.paragraphs.ParagraphSplitter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns one source document into an indexable article: a text's container taken off (a chat, a
 * forum thread, a shared note around the article), metadata from the source's own fields, then
 * from the text, then the curator's corrections; the body split into paragraphs with page
 * furniture dropped; a content hash over everything that decides what gets indexed.
 */
final class ArticlePipeline {

  /** An article ready to write, with the splitter's drop counts for the report. */
  record Result(IndexableArticle article, Map<String, Integer> dropped, int duplicates) {}

  /** The rule of an outlet that is only the article's site name. */
  static final String SITE_RULE = "site";

  private final MetadataExtractor extractor = new MetadataExtractor();
  private final ParagraphSplitter splitter = new ParagraphSplitter();
  private final MetadataOverrides overrides;

  ArticlePipeline(MetadataOverrides overrides) {
    this.overrides = overrides;
  }

  Result process(SourceDocument source) {
    List<String> lines = source.text() == null ? source.lines() : TextContainers.unwrap(source.lines());
    Extraction extraction = extract(source, lines);
    ArticleMetadata metadata = withSiteAsOutlet(overrides.apply(source, extraction.metadata()), source.url());
    ParagraphSplit split = splitter.split(lines, extraction.metadataLines(), metadata.outlet().value(), metadata.title().value());
    Map<String, Integer> dropped = new LinkedHashMap<>();
    split.dropped().forEach((reason, count) -> dropped.put(reason.label(), count));
    String hash = hash(IndexSchema.SCHEMA_VERSION, source.fingerprint(), overrides.fingerprint(source));
    IndexableArticle article = new IndexableArticle(source.articleId(), source.sourceFile(), metadata, split.paragraphs(), hash, source.url());
    return new Result(article, dropped, split.duplicates());
  }

  /**
   * A source that states its title (JSON Lines) is trusted as is: its text is body only, and only a
   * line repeating the title is set aside. Otherwise the extractor reads the text, and any field
   * the source did state wins over the extracted one.
   */
  private Extraction extract(SourceDocument source, List<String> lines) {
    ArticleMetadata given = source.given();
    if (given.title().isKnown()) {
      return new Extraction(given, linesEqualTo(lines, given.title().value()));
    }
    Extraction extracted = extractor.extract(lines);
    ArticleMetadata metadata = extracted.metadata();
    for (MetadataField field : MetadataField.values()) {
      FieldValue value = given.get(field);
      if (value.isKnown()) {
        metadata = metadata.with(field, value);
      }
    }
    return new Extraction(metadata, extracted.metadataLines());
  }

  /** When nothing names the outlet, the site the article is on does. */
  private static ArticleMetadata withSiteAsOutlet(ArticleMetadata metadata, String url) {
    String site = WebAddresses.site(url);
    if (metadata.outlet().isKnown() || site == null) {
      return metadata;
    }
    return metadata.with(MetadataField.OUTLET, FieldValue.of(site, SITE_RULE));
  }

  private static Set<Integer> linesEqualTo(List<String> lines, String text) {
    Set<Integer> matches = new HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals(text.strip())) {
        matches.add(i);
      }
    }
    return matches;
  }

  private static String hash(String... parts) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String part : parts) {
        digest.update(part.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
