package corpussearch.api.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty answers itself, before a request reaches Javalin (a URL or headers too large, a
 * malformed request line), as problem documents like every other error, never Jetty's HTML page
 * or a stack trace.
 */
public final class JettyProblemErrors extends ErrorHandler {

  /**
   * Largest request line plus headers accepted: room for a 1,000-character query of any script
   * once percent-encoded, with filters; longer URLs get a 414 problem.
   */
  public static final int MAX_REQUEST_HEADER_BYTES = 32 * 1024;

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Jetty's error handler, without stack traces or messages in titles. */
  public JettyProblemErrors() {
    setShowStacks(false);
    setShowMessageInTitle(false);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
    securityHeaders(fields);
    return ByteBuffer.wrap(body(status));
  }

  @Override
  protected void generateResponse(Request request, Response response, int code, String message, Throwable cause, Callback callback) {
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
    securityHeaders(response.getHeaders());
    response.write(true, ByteBuffer.wrap(body(code)), callback);
  }

  /**
   * The headers every response carries (see {@code Routes}); Javalin's before-handlers never run
   * for these errors, so they are added here.
   */
  private static void securityHeaders(HttpFields.Mutable fields) {
    fields.put("X-Content-Type-Options", "nosniff");
    fields.put("Referrer-Policy", "no-referrer");
    fields.put("X-Frame-Options", "DENY");
  }

  private static byte[] body(int status) {
    String reason = HttpStatus.getMessage(status);
    Problem problem = new Problem("/problems/http-" + status, reason, status, detail(status, reason), null, null);
    try {
      return JSON.writeValueAsBytes(problem);
    } catch (JsonProcessingException e) {
      return ("{\"status\":" + status + "}").getBytes(StandardCharsets.UTF_8);
    }
  }

  private static String detail(int status, String reason) {
    return switch (status) {
      case 414 -> "the URL is longer than the server accepts (" + MAX_REQUEST_HEADER_BYTES + " bytes)";
      case 431 -> "the request headers are larger than the server accepts (" + MAX_REQUEST_HEADER_BYTES + " bytes)";
      default -> "the request could not be handled: " + reason;
    };
  }
}
