package corpussearch.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import corpussearch.indexer.index.IndexSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** {@link ArticleCounter} against a plain count of distinct article ids. */
class ArticleCounterTest {

  private static Document paragraph(String article, String word) {
    Document doc = new Document();
    doc.add(new StringField(IndexSchema.ARTICLE_ID, article, Field.Store.YES));
    doc.add(new SortedDocValuesField(IndexSchema.ARTICLE_ID, new BytesRef(article)));
    doc.add(new StringField(IndexSchema.TEXT, word, Field.Store.NO));
    doc.add(new SortedSetDocValuesFacetField(IndexSchema.FACET_OUTLET, "Outlet"));
    try {
      return IndexSchema.facetsConfig().build(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Document> article(String id, String... words) {
    List<Document> block = new ArrayList<>();
    for (String word : words) {
      block.add(paragraph(id, word));
    }
    return block;
  }

  /** Distinct articles of {@code query}'s matches: by the counter, and by reading every id. */
  private static long[] counts(Directory directory, Query query) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      FacetsCollector matches = searcher.search(query, new FacetsCollectorManager());
      Set<String> ids = new HashSet<>();
      for (ScoreDoc hit : searcher.search(query, Math.max(1, reader.maxDoc())).scoreDocs) {
        ids.add(searcher.storedFields().document(hit.doc).get(IndexSchema.ARTICLE_ID));
      }
      return new long[] {ArticleCounter.of(new IndexView(reader)).count(matches), ids.size()};
    }
  }

  @Test
  void countsArticlesWrittenAsBlocksAcrossSegmentsAndUpdates() throws IOException {
    try (Directory directory = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
        writer.updateDocuments(new Term(IndexSchema.ARTICLE_ID, "a"), article("a", "x", "y", "x"));
        writer.updateDocuments(new Term(IndexSchema.ARTICLE_ID, "b"), article("b", "y", "y"));
        writer.commit();
        writer.updateDocuments(new Term(IndexSchema.ARTICLE_ID, "c"), article("c", "x"));
        writer.updateDocuments(new Term(IndexSchema.ARTICLE_ID, "a"), article("a", "x", "x"));
        writer.updateDocuments(new Term(IndexSchema.ARTICLE_ID, "d"), article("d", "z", "x", "z"));
      }
      for (Query query : List.of(new TermQuery(new Term(IndexSchema.TEXT, "x")),
          new TermQuery(new Term(IndexSchema.TEXT, "y")), new MatchAllDocsQuery())) {
        long[] counts = counts(directory, query);
        assertThat(counts[0]).as(query.toString()).isEqualTo(counts[1]).isPositive();
      }
    }
  }

  @Test
  void countsArticlesWhoseParagraphsAreInterleaved() throws IOException {
    try (Directory directory = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
        for (String article : List.of("a", "b", "a", "c", "b", "a")) {
          writer.addDocument(paragraph(article, "x"));
        }
      }
      long[] counts = counts(directory, new TermQuery(new Term(IndexSchema.TEXT, "x")));
      assertThat(counts[0]).isEqualTo(3).isEqualTo(counts[1]);
    }
  }
}
