package corpussearch.api.relevance;

import corpussearch.indexer.index.IndexSchema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * One paragraph of a built corpus-search index, as every baseline re-indexes it.
 *
 * @param id the paragraph's id in the index ({@code {articleId}:{n}})
 * @param text its stored text, which judgments are matched against
 */
public record IndexedParagraph(String id, String text) {

  private static final Set<String> FIELDS = Set.of(IndexSchema.ID, IndexSchema.TEXT);

  /**
   * Every live paragraph of the corpus-search index in {@code indexDir}, sorted by text (then id):
   * the build writes paragraphs in no fixed order, and BM25 ties are broken by document order, so
   * one fixed order keeps a baseline's figures the same from run to run.
   */
  public static List<IndexedParagraph> readAll(Path indexDir) throws IOException {
    List<IndexedParagraph> paragraphs = new ArrayList<>();
    try (Directory source = FSDirectory.open(indexDir);
        DirectoryReader built = DirectoryReader.open(source)) {
      StoredFields stored = built.storedFields();
      Bits live = MultiBits.getLiveDocs(built);
      for (int doc = 0; doc < built.maxDoc(); doc++) {
        if (live != null && !live.get(doc)) {
          continue; // deleted: a paragraph replaced by an incremental build
        }
        var fields = stored.document(doc, FIELDS);
        if (fields.get(IndexSchema.TEXT) != null) {
          paragraphs.add(new IndexedParagraph(fields.get(IndexSchema.ID), fields.get(IndexSchema.TEXT)));
        }
      }
    }
    paragraphs.sort(Comparator.comparing(IndexedParagraph::text).thenComparing(IndexedParagraph::id));
    return List.copyOf(paragraphs);
  }
}
