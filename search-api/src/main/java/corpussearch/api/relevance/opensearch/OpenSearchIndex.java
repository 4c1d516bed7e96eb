package corpussearch.api.relevance.opensearch;

import java.io.Closeable;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.SequencedMap;
import java.util.UUID;

/**
 * A temporary index of paragraphs on a running OpenSearch cluster: their text analysed by the
 * built-in {@code english} analyzer, searched with a plain {@code match} query. {@link #close()}
 * deletes it, so a shared cluster is left as it was found.
 */
public final class OpenSearchIndex implements Closeable {

  /** Size of one {@code _bulk} request. */
  private static final int BULK_BYTES = 4_000_000;
  private static final String NDJSON = "application/x-ndjson";

  private final OpenSearchHttp http;
  private final String name;
  private final String version;

  private OpenSearchIndex(OpenSearchHttp http, String name, String version) {
    this.http = http;
    this.name = name;
    this.version = version;
  }

  /**
   * Creates an index on the cluster at {@code base} (an {@code http://host:port} address of one of
   * its nodes) holding {@code paragraphs}, id to text, and waits until every one is searchable.
   * Equal scores rank in the order of {@code paragraphs}.
   *
   * @throws OpenSearchException when the cluster is unreachable or refuses a request, or holds
   *     fewer paragraphs than sent; the index is deleted again then
   */
  public static OpenSearchIndex create(URI base, SequencedMap<String, String> paragraphs) throws OpenSearchException {
    OpenSearchHttp http = new OpenSearchHttp(base);
    OpenSearchIndex index;
    try {
      String version = OpenSearchRequests.version(http.json("GET", "/", null));
      String name = "corpus-search-relevance-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
      http.json("PUT", "/" + name, OpenSearchRequests.createIndex());
      index = new OpenSearchIndex(http, name, version);
    } catch (OpenSearchException e) {
      http.close();
      throw e;
    }
    try {
      index.load(paragraphs);
      return index;
    } catch (OpenSearchException e) {
      try {
        index.close();
      } catch (OpenSearchException again) {
        e.addSuppressed(again);
      }
      throw e;
    }
  }

  private void load(SequencedMap<String, String> paragraphs) throws OpenSearchException {
    for (String body : OpenSearchRequests.bulk(paragraphs, BULK_BYTES)) {
      String failure = OpenSearchRequests.bulkFailure(http.send("POST", "/" + name + "/_bulk", body, NDJSON));
      if (failure != null) {
        throw new OpenSearchException("OpenSearch at " + http.base() + " did not index paragraph " + failure);
      }
    }
    http.json("POST", "/" + name + "/_refresh", null);
    long count = OpenSearchRequests.number(http.json("GET", "/" + name + "/_count", null), "count");
    if (count != paragraphs.size()) {
      throw new OpenSearchException("OpenSearch at " + http.base() + " holds " + count + " of the " + paragraphs.size() + " paragraphs sent");
    }
  }

  /** The version the cluster reports ({@code 3.6.0}). */
  public String version() {
    return version;
  }

  /** The address the index was created through. */
  public URI base() {
    return http.base();
  }

  /** The ids of the best {@code k} paragraphs for {@code query} by a {@code match} query, best first. */
  public List<String> search(String query, int k) throws OpenSearchException {
    return OpenSearchRequests.hitIds(http.json("POST", "/" + name + "/_search", OpenSearchRequests.match(query, k)));
  }

  /** Deletes the index. */
  @Override
  public void close() throws OpenSearchException {
    try {
      http.json("DELETE", "/" + name, null);
    } finally {
      http.close();
    }
  }
}
