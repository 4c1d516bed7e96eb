package corpussearch.indexer.index;

import corpussearch.indexer.paragraphs.Paragraph;
import corpussearch.indexer.source.WebAddresses;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;

/** Turns an {@link IndexableArticle} into one Lucene document per paragraph. */
final class ParagraphDocuments {

  private final FacetsConfig facetsConfig = IndexSchema.facetsConfig();

  List<Document> of(IndexableArticle article) {
    List<Document> documents = new ArrayList<>(article.paragraphs().size());
    for (Paragraph paragraph : article.paragraphs()) {
      documents.add(build(article, paragraph));
    }
    return documents;
  }

  private Document build(IndexableArticle article, Paragraph paragraph) {
    Document doc = new Document();
    String articleId = article.articleId();
    doc.add(new StringField(IndexSchema.ID, articleId + ":" + paragraph.n(), Field.Store.YES));
    doc.add(new StringField(IndexSchema.ARTICLE_ID, articleId, Field.Store.YES));
    doc.add(new SortedDocValuesField(IndexSchema.ARTICLE_ID, new BytesRef(articleId)));
    doc.add(new IntField(IndexSchema.N, paragraph.n(), Field.Store.YES));
    doc.add(new Field(IndexSchema.TEXT, paragraph.text(), IndexSchema.TEXT_WITH_OFFSETS));
    doc.add(new StringField(IndexSchema.SOURCE_FILE, article.sourceFile(), Field.Store.YES));
    doc.add(new StringField(IndexSchema.HASH, article.contentHash(), Field.Store.YES));
    if (paragraph.section() != null) {
      doc.add(new Field(IndexSchema.SECTION, paragraph.section(), IndexSchema.TEXT_WITH_OFFSETS));
    }
    var metadata = article.metadata();
    if (metadata.title().isKnown()) {
      doc.add(new Field(IndexSchema.TITLE, metadata.title().value(), IndexSchema.TEXT_WITH_OFFSETS));
    }
    addName(doc, IndexSchema.AUTHOR, IndexSchema.AUTHOR_TEXT, IndexSchema.FACET_AUTHOR, metadata.author().value());
    addName(doc, IndexSchema.OUTLET, IndexSchema.OUTLET_TEXT, IndexSchema.FACET_OUTLET, metadata.outlet().value());
    addDate(doc, metadata.date().value());
    addUrl(doc, article.url());
    try {
      return facetsConfig.build(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void addName(Document doc, String field, String textField, String dim, String value) {
    if (value != null) {
      doc.add(new StoredField(field, value));
      doc.add(new TextField(textField, value, Field.Store.NO));
    }
    doc.add(new SortedSetDocValuesFacetField(dim, IndexSchema.facetLabel(value)));
  }

  private static void addUrl(Document doc, String url) {
    String site = WebAddresses.site(url);
    if (site != null) {
      doc.add(new StoredField(IndexSchema.URL, url));
      doc.add(new StringField(IndexSchema.SITE, site, Field.Store.YES));
    }
    doc.add(new SortedSetDocValuesFacetField(IndexSchema.FACET_SITE, IndexSchema.facetLabel(site)));
  }

  private static void addDate(Document doc, String isoDate) {
    String year = null;
    if (isoDate != null) {
      LocalDate date = LocalDate.parse(isoDate);
      doc.add(new StoredField(IndexSchema.DATE, isoDate));
      doc.add(new LongField(IndexSchema.DATE_DAY, date.toEpochDay(), Field.Store.NO));
      year = Integer.toString(date.getYear());
    }
    doc.add(new SortedSetDocValuesFacetField(IndexSchema.FACET_YEAR, IndexSchema.facetLabel(year)));
  }
}
