package corpussearch.indexer.opensearch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corpussearch.indexer.index.IndexSchema;
import corpussearch.indexer.index.IndexableArticle;
import corpussearch.indexer.paragraphs.Paragraph;
import corpussearch.indexer.source.WebAddresses;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns an {@link IndexableArticle} into one OpenSearch document per paragraph, with the values
 * the Lucene index holds (see {@link ParagraphMapping}).
 */
final class ParagraphSources {

  /**
   * One paragraph's document.
   *
   * @param id the document id, the paragraph id {@code {articleId}:{n}}
   * @param routing the article id: all paragraphs of an article go to one shard
   * @param source the document
   */
  record ParagraphSource(String id, String routing, ObjectNode source) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private ParagraphSources() {}

  static List<ParagraphSource> of(IndexableArticle article) {
    List<ParagraphSource> sources = new ArrayList<>(article.paragraphs().size());
    for (Paragraph paragraph : article.paragraphs()) {
      String id = article.articleId() + ":" + paragraph.n();
      sources.add(new ParagraphSource(id, article.articleId(), source(article, paragraph, id)));
    }
    return sources;
  }

  private static ObjectNode source(IndexableArticle article, Paragraph paragraph, String id) {
    ObjectNode doc = JSON.createObjectNode();
    doc.put(IndexSchema.ID, id).put(IndexSchema.ARTICLE_ID, article.articleId()).put(IndexSchema.N, paragraph.n());
    doc.put(IndexSchema.TEXT, paragraph.text());
    if (paragraph.section() != null) {
      doc.put(IndexSchema.SECTION, paragraph.section());
    }
    var metadata = article.metadata();
    putIfKnown(doc, IndexSchema.TITLE, metadata.title().value());
    putIfKnown(doc, IndexSchema.AUTHOR, metadata.author().value());
    putIfKnown(doc, IndexSchema.OUTLET, metadata.outlet().value());
    String isoDate = metadata.date().value();
    if (isoDate != null) {
      LocalDate date = LocalDate.parse(isoDate);
      doc.put(IndexSchema.DATE, isoDate).put(IndexSchema.DATE_DAY, date.toEpochDay());
      doc.put(ParagraphMapping.YEAR, Integer.toString(date.getYear()));
    }
    String site = WebAddresses.site(article.url());
    if (site != null) {
      doc.put(IndexSchema.URL, article.url()).put(IndexSchema.SITE, site);
    }
    doc.put(IndexSchema.SOURCE_FILE, article.sourceFile()).put(IndexSchema.HASH, article.contentHash());
    return doc;
  }

  private static void putIfKnown(ObjectNode doc, String field, String value) {
    if (value != null) {
      doc.put(field, value);
    }
  }
}
