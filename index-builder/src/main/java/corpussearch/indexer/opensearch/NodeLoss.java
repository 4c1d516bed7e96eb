package corpussearch.indexer.opensearch;

import java.util.regex.Pattern;

/**
 * Whether OpenSearch failed a whole request because a node left while it ran: a search whose
 * statistics phase ({@code dfs_query_then_fetch}) reached the shard copies on a node that is then
 * killed fails in its query phase with HTTP 500 and {@code node_not_connected_exception}, since
 * OpenSearch does not move that phase to another copy. Asked again, the coordinating node routes
 * to the copies left, so such a failure of a read is asked again like a busy cluster's.
 */
final class NodeLoss {

  /** The transport failures OpenSearch names when a node it was talking to is gone. */
  private static final Pattern LOST = Pattern.compile(
      "\"type\"\\s*:\\s*\"(node_not_connected|node_disconnected|node_closed|connect_transport)_exception\"");

  private NodeLoss() {}

  /** Whether {@code answer} is a server failure caused by a lost node. */
  static boolean failed(ClusterHttp.Response answer) {
    return answer.status() >= 500 && LOST.matcher(answer.body()).find();
  }
}
