package corpussearch.api.service;

import java.io.IOException;

/**
 * The backend could not answer: the cluster is unreachable, busy past its retries or refused the
 * request. The service answers 503 (try again later), never a 500; the message says what failed.
 */
public class BackendUnavailableException extends IOException {
  private static final long serialVersionUID = 1L;

  public BackendUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
