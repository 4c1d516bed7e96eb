package corpussearch.api.relevance;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.QueryBuilder;

/**
 * A baseline: what Lucene gives with no tuning. The stored text of every paragraph of the built
 * index ({@link IndexedParagraph#readAll}) is re-indexed into memory with one of Lucene's stock
 * analyzers, and a query is {@link QueryBuilder#createBooleanQuery} over the one {@code text}
 * field: a BooleanQuery of SHOULD term queries, ranked by Lucene's default BM25 (k1 = 1.2, b =
 * 0.75). No title or section fields, no typo tolerance, no phrase handling (quotes are dropped by
 * the tokenizer).
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

  private BaselineRanker(String name, Analyzer analyzer, Directory directory, DirectoryReader reader) {
    this.name = name;
    this.analyzer = analyzer;
    this.directory = directory;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    this.builder = new QueryBuilder(analyzer);
  }

  /** {@link StandardAnalyzer} + BM25 over {@code paragraphs}, indexed in their order (which breaks ties). */
  public static BaselineRanker standard(List<IndexedParagraph> paragraphs) throws IOException {
    return over(paragraphs, "standard", StandardAnalyzer::new);
  }

  /** {@link EnglishAnalyzer} + BM25 over {@code paragraphs}, indexed in their order (which breaks ties). */
  public static BaselineRanker english(List<IndexedParagraph> paragraphs) throws IOException {
    return over(paragraphs, "english", EnglishAnalyzer::new);
  }

  private static BaselineRanker over(List<IndexedParagraph> paragraphs, String name, Supplier<Analyzer> analyzers)
      throws IOException {
    Directory memory = new ByteBuffersDirectory();
    try (IndexWriter writer = new IndexWriter(memory, new IndexWriterConfig(analyzers.get()))) {
      for (IndexedParagraph paragraph : paragraphs) {
        Document doc = new Document();
        doc.add(new TextField(FIELD, paragraph.text(), Field.Store.YES));
        writer.addDocument(doc);
      }
    }
    return new BaselineRanker(name, analyzers.get(), memory, DirectoryReader.open(memory));
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
