package corpussearch.api.relevance;

import corpussearch.indexer.index.IndexSchema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.QueryBuilder;

/**
 * A baseline: what Lucene gives with no tuning. The stored text of every paragraph of the built
 * index is re-indexed into memory with one of Lucene's stock analyzers, and a query is {@link
 * QueryBuilder#createBooleanQuery} over the one {@code text} field: a BooleanQuery of SHOULD term
 * queries, ranked by Lucene's default BM25 (k1 = 1.2, b = 0.75). No title or section fields, no
 * typo tolerance, no phrase handling (quotes are dropped by the tokenizer).
 *
 * <p>Two analyzers are compared: {@link StandardAnalyzer} (lower-casing and its default English
 * stop set, no stemming; {@link #standard}) and {@link EnglishAnalyzer} (the same plus possessives
 * and Porter stemming; {@link #english}), the analyzer most search engines offer for English.
 */
public final class BaselineRanker implements Ranker {

  private static final String FIELD = "text";

  private final String name;
  private final Analyzer analyzer;
  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final QueryBuilder builder;
  private final List<String> paragraphs;

  private BaselineRanker(String name, Analyzer analyzer, Directory directory, DirectoryReader reader, List<String> paragraphs) {
    this.name = name;
    this.analyzer = analyzer;
    this.directory = directory;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    this.builder = new QueryBuilder(analyzer);
    this.paragraphs = paragraphs;
  }

  /** {@link StandardAnalyzer} + BM25 over the paragraphs of the corpus-search index in {@code indexDir}. */
  public static BaselineRanker standard(Path indexDir) throws IOException {
    return over(indexDir, "standard", StandardAnalyzer::new);
  }

  /** {@link EnglishAnalyzer} + BM25 over the paragraphs of the corpus-search index in {@code indexDir}. */
  public static BaselineRanker english(Path indexDir) throws IOException {
    return over(indexDir, "english", EnglishAnalyzer::new);
  }

  private static BaselineRanker over(Path indexDir, String name, Supplier<Analyzer> analyzers) throws IOException {
    List<String> texts = storedTexts(indexDir);
    Directory memory = new ByteBuffersDirectory();
    try (IndexWriter writer = new IndexWriter(memory, new IndexWriterConfig(analyzers.get()))) {
      for (String text : texts) {
        Document doc = new Document();
        doc.add(new TextField(FIELD, text, Field.Store.YES));
        writer.addDocument(doc);
      }
    }
    return new BaselineRanker(name, analyzers.get(), memory, DirectoryReader.open(memory), List.copyOf(texts));
  }

  /**
   * The text of every live paragraph of the corpus-search index in {@code indexDir}, sorted: the
   * parallel build writes paragraphs in no fixed order, and BM25 ties are broken by document order,
   * so sorting keeps a baseline's figures the same from run to run.
   */
  private static List<String> storedTexts(Path indexDir) throws IOException {
    List<String> texts = new ArrayList<>();
    try (Directory source = FSDirectory.open(indexDir);
        DirectoryReader built = DirectoryReader.open(source)) {
      StoredFields stored = built.storedFields();
      Bits live = MultiBits.getLiveDocs(built);
      for (int doc = 0; doc < built.maxDoc(); doc++) {
        if (live != null && !live.get(doc)) {
          continue; // deleted: a paragraph replaced by an incremental build
        }
        String text = stored.document(doc, Set.of(IndexSchema.TEXT)).get(IndexSchema.TEXT);
        if (text != null) {
          texts.add(text);
        }
      }
    }
    texts.sort(null);
    return texts;
  }

  /** The text of every indexed paragraph, sorted (the same paragraphs corpus-search holds). */
  public List<String> paragraphs() {
    return paragraphs;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<String> top(String query, int k) throws IOException {
    Query q = builder.createBooleanQuery(FIELD, query);
    if (q == null) {
      return List.of(); // only stop words or punctuation
    }
    StoredFields stored = searcher.storedFields();
    List<String> texts = new ArrayList<>();
    for (ScoreDoc hit : searcher.search(q, k).scoreDocs) {
      texts.add(stored.document(hit.doc).get(FIELD));
    }
    return texts;
  }

  @Override
  public void close() throws IOException {
    reader.close();
    directory.close();
    analyzer.close();
  }
}
