package corpussearch.api.http;

/**
 * An RFC 9457 problem document, the body of every error response ({@code
 * application/problem+json}).
 *
 * @param type a URI naming the kind of problem
 * @param title a short summary of the kind
 * @param status the HTTP status
 * @param detail what went wrong in this request
 * @param parameter the offending query parameter, when there is one
 * @param requestId the id under which an unexpected failure was logged, else null
 */
public record Problem(String type, String title, int status, String detail, String parameter, String requestId) {

  /** The media type of problem documents. */
  public static final String MEDIA_TYPE = "application/problem+json";

  static Problem badParameter(String parameter, String detail) {
    return new Problem("/problems/invalid-parameter", "Invalid parameter", 400, detail, parameter, null);
  }

  static Problem notFound(String detail) {
    return new Problem("/problems/not-found", "Not found", 404, detail, null, null);
  }

  static Problem unavailable(String detail) {
    return new Problem("/problems/backend-unavailable", "Backend unavailable", 503, detail, null, null);
  }

  static Problem internal(String requestId) {
    return new Problem("/problems/internal-error", "Internal error", 500,
        "The service failed unexpectedly; the failure was logged under request id " + requestId + ".", null, requestId);
  }
}
