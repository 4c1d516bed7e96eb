package corpussearch.indexer.opensearch;

import java.io.IOException;

/**
 * OpenSearch could not be reached or refused a request. The message is one line a user can act
 * on; the command line prints it without a stack trace.
 */
public final class OpenSearchException extends IOException {

  OpenSearchException(String message) {
    super(message);
  }

  OpenSearchException(String message, Throwable cause) {
    super(message, cause);
  }
}
