package corpussearch.indexer.opensearch;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.config.TlsConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;

/**
 * Requests to an OpenSearch cluster through any of its nodes. Requests go to the nodes in turn; a
 * node that cannot be reached, or that does not answer within the access's timeout (a hung node
 * keeps its connections open and says nothing), is skipped for the next and then rests a while
 * ({@link NodeRota}); only when none answers does a request fail. A request that has been sent
 * is sent again to another node only when repeating it changes nothing (a read, a search, a
 * count): a write that timed out may have been done, and a read may go round the nodes twice
 * while they are silent. A cluster
 * that is busy (HTTP 429, or 503 while a shard starts), or that answers with some
 * shards failed (a node lost, its replicas not yet promoted), or that failed a read because a node
 * left while it ran ({@link NodeLoss}), is asked again after a growing pause:
 * a partial answer that stays partial is a 503, never served as whole. Every failure is an {@link
 * OpenSearchException} with one line saying what failed. The builder and search-api's OpenSearch
 * backend both talk to the cluster through this class.
 *
 * <p>The transport is Apache HttpClient's classic (blocking) client, HTTP/1.1 over a pool of
 * connections per node: a request is written and its answer read on the caller's thread. The
 * JDK's {@code java.net.http} client, used before, hands every exchange to a selector thread and
 * back through futures; on a busy machine those wake-ups and its own work were the largest share
 * of the service's time per search (measured in docs/scale-out.md).
 */
public final class ClusterHttp implements AutoCloseable {

  /**
   * An answer: its HTTP status and body.
   *
   * @param status the HTTP status
   * @param content the body as sent, UTF-8: a search's answer is parsed from these bytes, without
   *     decoding it to text first
   */
  public record Response(int status, byte[] content) {

    /** An answer whose body is {@code body}. */
    public Response(int status, String body) {
      this(status, body.getBytes(StandardCharsets.UTF_8));
    }

    /** The body, as text. */
    public String body() {
      return new String(content, StandardCharsets.UTF_8);
    }
  }

  /** As Elasticsearch's low-level client: a node that takes longer to accept a connection is taken for down. */
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(1);
  /** An {@code https} node's TLS handshake: a few public-key operations on both sides, over a second on a busy 2-core machine. */
  private static final Duration TLS_HANDSHAKE_TIMEOUT = Duration.ofSeconds(10);
  /** Connections kept per node: more than the searches a service runs at once, so that none waits for one. */
  private static final int CONNECTIONS_PER_NODE = 64;
  /**
   * How many times a read may go round the nodes while they are silent. A hung node also stalls,
   * on every node, the searches that reach its shards, until the cluster drops it (its follower
   * checks give up after 30 s or more); but a node that has one search stuck there sends the
   * next ones to the other copies (adaptive replica selection counts the requests it has
   * outstanding per node), so the second round finds an answer.
   */
  private static final int ROUNDS = 2;
  /** The endpoints that only read, so that a request to them may be sent to another node after a timeout. */
  private static final Set<String> READ_ENDPOINTS = Set.of("_search", "_count", "_msearch", "_mget", "_analyze");
  private static final int REASON_CHARS = 400;

  private final List<URI> nodes;
  private final NodeRota rota;
  private final Backoff backoff;
  private final Duration timeout;
  private final Optional<String> authorization;
  private final CloseableHttpClient client;

  ClusterHttp(List<URI> nodes, Backoff backoff) throws OpenSearchException {
    this(ClusterAccess.of(nodes), backoff);
  }

  /**
   * A client of the cluster {@code access} names, asking a busy cluster again as {@code backoff} says.
   *
   * @throws OpenSearchException when the CA file cannot be read
   */
  public ClusterHttp(ClusterAccess access, Backoff backoff) throws OpenSearchException {
    this.nodes = access.nodes();
    this.rota = new NodeRota(nodes, System::nanoTime);
    this.backoff = backoff;
    this.timeout = access.timeout();
    this.authorization = access.authorization();
    // no retries, redirects, cookies or compression of its own: anyNode and call decide what is sent again
    this.client = HttpClients.custom().setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
            .setTlsSocketStrategy(new DefaultClientTlsStrategy(access.sslContext()))
            .setDefaultTlsConfig(TlsConfig.custom().setHandshakeTimeout(Timeout.of(TLS_HANDSHAKE_TIMEOUT)).build())
            .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(Timeout.of(CONNECT_TIMEOUT))
                .setSocketTimeout(Timeout.of(timeout)).build())
            .setMaxConnPerRoute(CONNECTIONS_PER_NODE).setMaxConnTotal(CONNECTIONS_PER_NODE * nodes.size()).build())
        .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(Timeout.of(timeout))
            .setConnectionRequestTimeout(Timeout.of(timeout)).build())
        .disableAutomaticRetries().disableRedirectHandling().disableCookieManagement().disableContentCompression().build();
  }

  /** The nodes, as given, for messages. */
  public String nodesText() {
    return String.join(", ", nodes.stream().map(URI::toString).toList());
  }

  /** Sends a JSON request (null body for none) and returns the answer's body; any status of 300 or more fails. */
  public String json(String method, String path, String body) throws OpenSearchException {
    return ok(method, path, call(method, path, body, "application/json"));
  }

  /** Sends an NDJSON request (a {@code _bulk} body) and returns the answer's body. */
  String ndjson(String path, String body) throws OpenSearchException {
    return ok("POST", path, call("POST", path, body, "application/x-ndjson"));
  }

  /**
   * Sends a request, asking again while the cluster is busy, some shards failed or (for a read) a
   * node left while it ran ({@link NodeLoss}), and returns whatever it finally answered (a 503 for
   * an answer still partial), so that a caller can tell "not found" from a failure.
   */
  public Response call(String method, String path, String body, String contentType) throws OpenSearchException {
    Backoff.Attempts attempts = backoff.start();
    while (true) {
      Response response = anyNode(method, path, body, contentType);
      boolean partial = response.status() < 300 && ShardFailures.failed(response.content()) > 0;
      boolean lostNode = NodeLoss.failed(response) && repeatable(method, path);
      if (!partial && !lostNode && !Backoff.busy(response.status())) {
        return response;
      }
      if (!attempts.pause()) {
        return partial ? new Response(503, "shards failed to answer: " + response.body()) : response;
      }
    }
  }

  /** The body of {@code response}, or the failure it stands for. */
  public String ok(String method, String path, Response response) throws OpenSearchException {
    if (response.status() >= 300) {
      throw new OpenSearchException("OpenSearch (" + nodesText() + ") refused " + method + " " + path + ": HTTP "
          + response.status() + " " + shorten(response.body()));
    }
    return response.body();
  }

  private Response anyNode(String method, String path, String body, String contentType) throws OpenSearchException {
    List<String> failures = new ArrayList<>();
    boolean silence = false;
    for (int round = 0; round == 0 || silence && round < ROUNDS; round++) {
      silence = false;
      for (URI node : rota.order()) {
        try {
          Response response = exchange(request(node, method, path, body, contentType));
          rota.answered(node);
          return response;
        } catch (ConnectTimeoutException e) {
          rota.failed(node);
          failures.add(node + " (no connection within " + CONNECT_TIMEOUT.toMillis() + " ms)");
        } catch (SocketTimeoutException e) {
          rota.failed(node);
          String silent = node + " did not answer " + method + " " + path + " within " + timeout.toMillis() + " ms";
          if (!repeatable(method, path)) {
            throw new OpenSearchException("OpenSearch at " + silent, e);
          }
          failures.add(silent);
          silence = true;
        } catch (IOException e) {
          rota.failed(node);
          failures.add(node + " (" + why(e) + ")");
        }
      }
    }
    throw new OpenSearchException("OpenSearch is unreachable: " + String.join("; ", failures));
  }

  /** Whether sending {@code method path} twice does what sending it once does: reads and searches. */
  static boolean repeatable(String method, String path) {
    if (method.equals("GET") || method.equals("HEAD")) {
      return true;
    }
    String endpoint = path.replaceFirst("[?#].*", "");
    return method.equals("POST") && READ_ENDPOINTS.contains(endpoint.substring(endpoint.lastIndexOf('/') + 1));
  }

  private ClassicHttpRequest request(URI node, String method, String path, String body, String contentType) {
    ClassicRequestBuilder request = ClassicRequestBuilder.create(method).setUri(node.resolve(path));
    authorization.ifPresent(value -> request.addHeader("Authorization", value));
    if (body != null) {
      request.setEntity(new StringEntity(body, ContentType.create(contentType, StandardCharsets.UTF_8)));
    }
    return request.build();
  }

  private Response exchange(ClassicHttpRequest request) throws IOException {
    return client.execute(request, response -> new Response(response.getCode(),
        response.getEntity() == null ? new byte[0] : EntityUtils.toByteArray(response.getEntity())));
  }

  static String shorten(String text) {
    String oneLine = text.replaceAll("\\s+", " ").strip();
    return oneLine.length() > REASON_CHARS ? oneLine.substring(0, REASON_CHARS) + "…" : oneLine;
  }

  /**
   * Why a connection failed, in a few words: the reason is often only the type of an inner exception.
   */
  private static String why(IOException e) {
    Optional<String> untrusted = untrustedCertificate(e);
    if (untrusted.isPresent()) {
      return untrusted.get();
    }
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof UnknownHostException) {
        return "unknown host";
      }
      if (cause instanceof ConnectException) {
        return "connection refused";
      }
      if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
        return cause.getMessage();
      }
    }
    return e.getClass().getSimpleName();
  }

  /**
   * Why the node's certificate was refused, when it was: the JDK wraps the reason (no path to a
   * trusted authority, a name the certificate does not cover) in a handshake failure that names
   * its own classes.
   */
  private static Optional<String> untrustedCertificate(IOException e) {
    Throwable refusal = e;
    while (refusal != null && !(refusal instanceof CertificateException)) {
      refusal = refusal.getCause();
    }
    if (refusal == null) {
      return Optional.empty();
    }
    Throwable reason = refusal;
    while (reason.getCause() != null && reason.getCause().getMessage() != null) {
      reason = reason.getCause();
    }
    return Optional.of("its TLS certificate is not trusted: " + reason.getMessage() + "; --opensearch-ca-file names the authority that signed it");
  }

  /** Releases the client's connections and threads. */
  @Override
  public void close() {
    client.close(CloseMode.GRACEFUL);
  }
}
