package corpussearch.api.index;

/** The index folder holds no index the service can open; the message says what to do. */
public final class IndexUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public IndexUnavailableException(String message) {
    super(message);
  }
}
