package corpussearch.indexer.pipeline;

import corpussearch.indexer.index.IndexSchema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/** Test helper: what a committed paragraph index on disk holds, read back through Lucene. */
record IndexContents(List<Paragraph> paragraphs, int numDeletedDocs, long generation) {

  /** The stored fields of one paragraph document. */
  record Paragraph(
      String id, String articleId, int n, String text, String title, String author, String outlet,
      String date, String sourceFile, String hash) {}

  /** Opens the last commit in {@code index} (failing if there is none) and reads every live doc. */
  static IndexContents read(Path index) throws IOException {
    try (Directory directory = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      List<Paragraph> paragraphs = new ArrayList<>();
      int limit = Math.max(1, reader.maxDoc());
      for (ScoreDoc hit : searcher.search(new MatchAllDocsQuery(), limit).scoreDocs) {
        Document doc = searcher.storedFields().document(hit.doc);
        paragraphs.add(new Paragraph(
            doc.get(IndexSchema.ID), doc.get(IndexSchema.ARTICLE_ID),
            doc.getField(IndexSchema.N).storedValue().getIntValue(), doc.get(IndexSchema.TEXT),
            doc.get(IndexSchema.TITLE), doc.get(IndexSchema.AUTHOR), doc.get(IndexSchema.OUTLET),
            doc.get(IndexSchema.DATE), doc.get(IndexSchema.SOURCE_FILE), doc.get(IndexSchema.HASH)));
      }
      paragraphs.sort(Comparator.comparing(Paragraph::articleId).thenComparingInt(Paragraph::n));
      return new IndexContents(List.copyOf(paragraphs), reader.numDeletedDocs(), reader.getIndexCommit().getGeneration());
    }
  }

  /** The generation of the last commit in {@code index}, read from the segments_N file name. */
  static long commitGeneration(Path index) throws IOException {
    try (Directory directory = FSDirectory.open(index)) {
      return SegmentInfos.getLastCommitGeneration(directory);
    }
  }

  Set<String> articleIds() {
    return paragraphs.stream().map(Paragraph::articleId).collect(Collectors.toCollection(TreeSet::new));
  }

  List<Paragraph> of(String articleId) {
    return paragraphs.stream().filter(p -> p.articleId().equals(articleId)).toList();
  }

  /** Paragraph counts by article id. */
  Map<String, Integer> countsByArticle() {
    Map<String, Integer> counts = new TreeMap<>();
    paragraphs.forEach(p -> counts.merge(p.articleId(), 1, Integer::sum));
    return counts;
  }
}
