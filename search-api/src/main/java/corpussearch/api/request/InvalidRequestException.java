package corpussearch.api.request;

/** A request parameter that cannot be honoured; the message says which and why. */
public final class InvalidRequestException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String parameter;

  public InvalidRequestException(String parameter, String message) {
    super(message);
    this.parameter = parameter;
  }

  /** The offending parameter. */
  public String parameter() {
    return parameter;
  }
}
