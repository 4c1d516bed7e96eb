package corpussearch.indexer.opensearch;

import java.net.URI;
import java.util.List;

/**
 * Where and how a build writes into OpenSearch.
 *
 * @param nodes the HTTP addresses of one or more nodes of the cluster ({@code http://host:port})
 * @param alias the alias searches use; each build writes the index {@code alias-vN}
 * @param shards primary shards of a new index version
 * @param replicas replicas of each shard
 * @param analysis where the {@code corpus} analyzers come from
 */
public record OpenSearchTarget(List<URI> nodes, String alias, int shards, int replicas, AnalysisForm analysis) {

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
  }

  /**
   * Reads a comma-separated list of node addresses.
   *
   * @throws IllegalArgumentException naming the address that is not one
   */
  public static List<URI> parseNodes(String commaSeparated) {
    return java.util.Arrays.stream(commaSeparated.split(","))
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
