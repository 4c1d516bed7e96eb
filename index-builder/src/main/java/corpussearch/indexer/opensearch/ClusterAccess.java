package corpussearch.indexer.opensearch;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * How to reach a cluster: its nodes, the credentials of a cluster running the security plugin,
 * the certificate authority its TLS certificates are signed by, and how long one request may take.
 *
 * @param nodes the HTTP addresses of one or more nodes ({@code http://host:port} or {@code https://…})
 * @param user the user of HTTP basic authentication, or null for none
 * @param password that user's password (null without a user)
 * @param caFile a PEM file of the certificates to trust for {@code https} nodes, or null for the JDK's
 * @param timeout the longest one request may take
 */
public record ClusterAccess(List<URI> nodes, String user, String password, Path caFile, Duration timeout) {

  /** A build's hang guard: a copy of many unchanged articles with {@code _reindex} may take minutes. */
  public static final Duration BUILD_TIMEOUT = Duration.ofMinutes(30);

  public ClusterAccess {
    nodes = List.copyOf(nodes);
    if (nodes.isEmpty()) {
      throw new IllegalArgumentException("at least one OpenSearch address is needed");
    }
    if (user != null && password == null) {
      throw new IllegalArgumentException("a user needs a password");
    }
  }

  /** The nodes, without credentials or a CA of its own, with the build's timeout. */
  public static ClusterAccess of(List<URI> nodes) {
    return new ClusterAccess(nodes, null, null, null, BUILD_TIMEOUT);
  }

  /**
   * The password in {@code file}: its first line, without surrounding white space (a file keeps it
   * out of the command line, the environment and the process list).
   *
   * @throws OpenSearchException when the file cannot be read
   */
  public static String readPassword(Path file) throws OpenSearchException {
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      return lines.isEmpty() ? "" : lines.get(0).strip();
    } catch (IOException e) {
      throw new OpenSearchException("cannot read the password file " + file + ": " + e.getMessage(), e);
    }
  }

  /** The {@code Authorization} header's value, when there is a user. */
  Optional<String> authorization() {
    if (user == null) {
      return Optional.empty();
    }
    byte[] pair = (user + ":" + password).getBytes(StandardCharsets.UTF_8);
    return Optional.of("Basic " + Base64.getEncoder().encodeToString(pair));
  }

  /**
   * The TLS context that trusts the certificates of {@link #caFile}, or the JDK's default when
   * there is none.
   *
   * @throws OpenSearchException when the file cannot be read or holds no certificate
   */
  SSLContext sslContext() throws OpenSearchException {
    try {
      if (caFile == null) {
        return SSLContext.getDefault();
      }
      KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
      trusted.load(null, null);
      int n = 0;
      try (InputStream in = Files.newInputStream(caFile)) {
        for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
          trusted.setCertificateEntry("ca-" + n++, certificate);
        }
      }
      if (n == 0) {
        throw new OpenSearchException("the CA file " + caFile + " holds no PEM certificate");
      }
      TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(trusted);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, trust.getTrustManagers(), null);
      return context;
    } catch (IOException | GeneralSecurityException e) {
      throw new OpenSearchException("cannot read the CA file " + caFile + ": " + e.getMessage(), e);
    }
  }
}
