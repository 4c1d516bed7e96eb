package corpussearch.api.relevance;

import corpussearch.api.relevance.opensearch.OpenSearchIndex;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;

/**
 * The OpenSearch baseline: the same paragraphs (ids and texts) in an index on a running OpenSearch
 * cluster with its built-in {@code english} analyzer, queried with a plain {@code match} query
 * (default OR) and ranked by OpenSearch's BM25. Equal scores rank in the order of the paragraphs
 * given, as the Lucene baselines' do. Closing deletes the index from the cluster.
 */
final class OpenSearchRanker implements Ranker {

  private final OpenSearchIndex index;
  private final Map<String, String> texts;

  private OpenSearchRanker(OpenSearchIndex index, Map<String, String> texts) {
    this.index = index;
    this.texts = texts;
  }

  /** Indexes {@code paragraphs} on the cluster at {@code base}. */
  static OpenSearchRanker open(URI base, List<IndexedParagraph> paragraphs) throws IOException {
    SequencedMap<String, String> texts = new LinkedHashMap<>();
    for (IndexedParagraph paragraph : paragraphs) {
      texts.put(paragraph.id(), paragraph.text());
    }
    return new OpenSearchRanker(OpenSearchIndex.create(base, texts), texts);
  }

  /** Which cluster answers: "OpenSearch 3.6.0 at http://127.0.0.1:9201". */
  String cluster() {
    return "OpenSearch " + index.version() + " at " + index.base();
  }

  @Override
  public String name() {
    return "opensearch";
  }

  @Override
  public List<String> top(String query, int k) throws IOException {
    return index.search(query, k).stream().map(texts::get).toList();
  }

  @Override
  public void close() throws IOException {
    index.close();
  }
}
