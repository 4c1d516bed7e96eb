package corpussearch.indexer.opensearch;

import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Where and how a build writes into OpenSearch.
 *
 * @param nodes the HTTP addresses of one or more nodes of the cluster ({@code http://host:port})
 * @param alias the alias searches use; each build writes the index {@code alias-vN}
 * @param shards primary shards of a new index version
 * @param replicas replicas of each shard
 * @param analysis where the {@code corpus} analyzers come from
 * @param credentials the user and the certificate authorities of a cluster with the security plugin
 */
public record OpenSearchTarget(List<URI> nodes, String alias, int shards, int replicas, AnalysisForm analysis, Credentials credentials) {

  /**
   * How to log in to a cluster running the security plugin.
   *
   * @param user the user of HTTP basic authentication, or null for none
   * @param passwordFile the file whose first line is that user's password (null without a user)
   * @param caFile a PEM file of the certificate authorities to trust for https nodes, or null for the JDK's
   */
  public record Credentials(String user, Path passwordFile, Path caFile) {

    /** No user, the JDK's certificate authorities. */
    public static final Credentials NONE = new Credentials(null, null, null);

    public Credentials {
      if ((user == null) != (passwordFile == null)) {
        throw new IllegalArgumentException("a user and a password file go together");
      }
    }
  }

  /** The alias when none is given. */
  public static final String DEFAULT_ALIAS = "corpus";

  public OpenSearchTarget {
    nodes = List.copyOf(nodes);
    if (nodes.isEmpty()) {
      throw new IllegalArgumentException("at least one OpenSearch address is needed");
    }
    for (URI node : nodes) {
      if (!("http".equals(node.getScheme()) || "https".equals(node.getScheme())) || node.getHost() == null) {
        throw new IllegalArgumentException("an OpenSearch address is http://host:port or https://host:port, not " + node);
      }
    }
    if (!IndexVersions.validAlias(alias)) {
      throw new IllegalArgumentException("the alias must be lower-case letters, digits, '_' or '-' (not starting with '_' or '-'), not '" + alias + "'");
    }
    if (shards < 1 || shards > 1024) {
      throw new IllegalArgumentException("shards must be between 1 and 1024, not " + shards);
    }
    if (replicas < 0) {
      throw new IllegalArgumentException("replicas must be 0 or more, not " + replicas);
    }
    credentials = credentials == null ? Credentials.NONE : credentials;
  }

  /** A target without credentials. */
  public OpenSearchTarget(List<URI> nodes, String alias, int shards, int replicas, AnalysisForm analysis) {
    this(nodes, alias, shards, replicas, analysis, Credentials.NONE);
  }

  /**
   * How the build reaches the cluster: the nodes, the credentials, the build's timeout.
   *
   * @throws OpenSearchException when the password file cannot be read
   */
  ClusterAccess access() throws OpenSearchException {
    String password = credentials.passwordFile() == null ? null : ClusterAccess.readPassword(credentials.passwordFile());
    return new ClusterAccess(nodes, credentials.user(), password, credentials.caFile(), ClusterAccess.BUILD_TIMEOUT);
  }

  /**
   * Reads a comma-separated list of node addresses.
   *
   * @throws IllegalArgumentException naming the address that is not one
   */
  public static List<URI> parseNodes(String commaSeparated) {
    return Arrays.stream(commaSeparated.split(","))
        .map(String::strip)
        .filter(address -> !address.isEmpty())
        .map(OpenSearchTarget::address)
        .toList();
  }

  private static URI address(String text) {
    try {
      URI uri = new URI(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
      if (uri.getPath() != null && !uri.getPath().isEmpty()) {
        throw new IllegalArgumentException("an OpenSearch address has no path: " + text);
      }
      return uri;
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException("not an address: " + text, e);
    }
  }
}
