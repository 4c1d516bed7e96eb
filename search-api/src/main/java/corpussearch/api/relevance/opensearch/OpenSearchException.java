package corpussearch.api.relevance.opensearch;

import java.io.IOException;

/**
 * OpenSearch could not be used: unreachable, or it refused a request. The message is one line
 * meant for the person running the report (what failed, where, and OpenSearch's own reason).
 */
public final class OpenSearchException extends IOException {

  private static final long serialVersionUID = 1L;

  OpenSearchException(String message) {
    super(message);
  }

  OpenSearchException(String message, Throwable cause) {
    super(message, cause);
  }
}
