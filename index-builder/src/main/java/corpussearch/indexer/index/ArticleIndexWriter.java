package corpussearch.indexer.index;

import corpussearch.analysis.CorpusAnalyzer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Writes articles into the paragraph index incrementally and commits once, at the end.
 *
 * <p>Readers only ever see a committed index: until {@link #commit()} every change lives in
 * uncommitted segments that a crash simply discards, leaving the previous commit readable and
 * complete. An unchanged article (same content hash) is not touched; a changed one has its
 * paragraphs replaced as one atomic block; articles no longer in the corpus are deleted. A build
 * that changes nothing does not commit, so the index on disk is left exactly as it was.
 */
public final class ArticleIndexWriter implements ArticleStore {

  private final Path folder;
  private final Directory directory;
  private final IndexWriter writer;
  private final Map<String, String> committedHashes;
  private final ParagraphDocuments documents = new ParagraphDocuments();
  // Set by the worker threads that write articles, read by the thread that commits.
  private volatile boolean dirty;

  private ArticleIndexWriter(Path folder, Directory directory, IndexWriter writer, Map<String, String> hashes, boolean dirty) {
    this.folder = folder;
    this.directory = directory;
    this.writer = writer;
    this.committedHashes = hashes;
    this.dirty = dirty;
  }

  /**
   * Opens the index in {@code indexDir}, creating the folder if needed.
   *
   * @param full when true, or when the index on disk was written by another schema version,
   *     every article is written afresh (the old index stays readable until the commit)
   * @param mergeAtEnd whether {@link #mergeIntoOneSegment} will be called: segments are then left
   *     unmerged until it is, since every merge before would be merged again
   */
  public static ArticleIndexWriter open(Path indexDir, boolean full, boolean mergeAtEnd) throws IOException {
    Directory directory = FSDirectory.open(indexDir);
    try {
      boolean exists = DirectoryReader.indexExists(directory);
      boolean rebuild = full || !exists || !IndexSchema.SCHEMA_VERSION.equals(schemaVersion(directory));
      Map<String, String> hashes = rebuild ? Map.of() : readHashes(directory);
      IndexWriterConfig config = new IndexWriterConfig(CorpusAnalyzer.forIndexing());
      config.setOpenMode(rebuild ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND);
      config.setRAMBufferSizeMB(128);
      config.setCodec(new ParagraphCodec());
      if (mergeAtEnd) {
        config.setMergePolicy(NoMergePolicy.INSTANCE);
      }
      config.setCommitOnClose(false);
      return new ArticleIndexWriter(indexDir, directory, new IndexWriter(directory, config), hashes, rebuild);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  @Override
  public Change write(IndexableArticle article) throws IOException {
    String previous = committedHashes.get(article.articleId());
    if (article.contentHash().equals(previous)) {
      return Change.UNCHANGED;
    }
    Term id = new Term(IndexSchema.ARTICLE_ID, article.articleId());
    writer.updateDocuments(id, documents.of(article));
    dirty = true;
    return previous == null ? Change.ADDED : Change.CHANGED;
  }

  @Override
  public int deleteAllExcept(Set<String> keep) throws IOException {
    int removed = 0;
    for (String articleId : committedHashes.keySet()) {
      if (!keep.contains(articleId)) {
        writer.deleteDocuments(new Term(IndexSchema.ARTICLE_ID, articleId));
        removed++;
        dirty = true;
      }
    }
    return removed;
  }

  /**
   * Merges the index, with the changes so far, into one segment; like every change, it reaches
   * readers only with {@link #commit()}.
   *
   * @return whether anything was merged (false when the index already was one segment)
   */
  @Override
  public boolean mergeIntoOneSegment() throws IOException {
    int segments;
    try (DirectoryReader current = DirectoryReader.open(writer)) {
      segments = current.leaves().size();
    }
    if (segments <= 1) {
      return false;
    }
    writer.getConfig().setMergePolicy(new TieredMergePolicy());
    writer.forceMerge(1);
    dirty = true;
    return true;
  }

  /**
   * Commits all changes atomically, or nothing when nothing changed.
   *
   * @return whether a commit was written
   */
  @Override
  public boolean commit() throws IOException {
    if (!dirty) {
      return false;
    }
    writer.setLiveCommitData(
        Map.of(
                IndexSchema.COMMIT_SCHEMA_VERSION, IndexSchema.SCHEMA_VERSION,
                IndexSchema.COMMIT_TIME, Instant.now().toString())
            .entrySet());
    writer.commit();
    dirty = false;
    return true;
  }

  @Override
  public String describe() {
    return folder.toString();
  }

  /** Closes without committing: uncommitted changes are discarded. */
  @Override
  public void close() throws IOException {
    try {
      writer.rollback();
    } finally {
      directory.close();
    }
  }

  private static String schemaVersion(Directory directory) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      return reader.getIndexCommit().getUserData().get(IndexSchema.COMMIT_SCHEMA_VERSION);
    }
  }

  /** Reads each committed article's hash from a live paragraph of its block. */
  private static Map<String, String> readHashes(Directory directory) throws IOException {
    Map<String, String> hashes = new HashMap<>();
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      LiveArticles.forEach(reader, (articleId, leaf, doc) ->
          hashes.put(articleId, leaf.storedFields().document(doc, Set.of(IndexSchema.HASH)).get(IndexSchema.HASH)));
    }
    return hashes;
  }
}
