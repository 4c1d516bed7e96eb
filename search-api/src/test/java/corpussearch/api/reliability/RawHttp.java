package corpussearch.api.reliability;

import corpussearch.api.HangGuard;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An HTTP/1.1 client on a plain socket, for requests {@code java.net.http} refuses to send: raw
 * bytes in the request line (invalid UTF-8, NUL, spaces), malformed percent-encoding, huge URLs
 * and headers. Sends one request with {@code Connection: close} and reads to the end.
 */
public final class RawHttp {

  /** A response: status, lower-cased header names and the (de-chunked) body. */
  public record Reply(int status, Map<String, String> headers, String body) {
    public String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }

    public String contentType() {
      return headers.getOrDefault("content-type", "");
    }
  }

  private final int port;

  public RawHttp(int port) {
    this.port = port;
  }

  /** GET of a request target written as a Java string (sent as UTF-8 bytes, unchanged). */
  public Reply get(String target, String... headers) {
    return send("GET", target.getBytes(StandardCharsets.UTF_8), headers);
  }

  /** A request of {@code method} with the target's exact bytes. */
  public Reply send(String method, byte[] target, String... headers) {
    ByteArrayOutputStream request = new ByteArrayOutputStream();
    request.writeBytes((method + " ").getBytes(StandardCharsets.US_ASCII));
    request.writeBytes(target);
    StringBuilder head = new StringBuilder(" HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n");
    for (int i = 0; i + 1 < headers.length; i += 2) {
      head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
    }
    if (!method.equals("GET") && !method.equals("HEAD")) {
      head.append("Content-Length: 0\r\n");
    }
    head.append("\r\n");
    request.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), (int) HangGuard.TIMEOUT.toMillis());
      socket.setSoTimeout((int) HangGuard.TIMEOUT.toMillis());
      OutputStream out = socket.getOutputStream();
      try {
        out.write(request.toByteArray());
        out.flush();
      } catch (SocketException e) {
        // the server may answer (414, 431) and close before reading everything: read what it sent
      }
      byte[] raw = readAll(socket.getInputStream());
      return parse(raw);
    } catch (IOException e) {
      throw new UncheckedIOException("request " + method + " " + abbreviate(new String(target, StandardCharsets.ISO_8859_1)) + " failed", e);
    }
  }

  /**
   * Reads one response: to the end of its body by Content-Length, the last chunk, or the end of
   * the stream (a server need not close the connection even when asked to).
   */
  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    byte[] chunk = new byte[8192];
    try {
      for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
        buffer.write(chunk, 0, n);
        if (complete(buffer.toByteArray())) {
          break;
        }
      }
    } catch (SocketException e) {
      if (buffer.size() == 0) {
        throw e;
      }
      // a reset after the response was sent (the server closed with unread request bytes)
    }
    return buffer.toByteArray();
  }

  private static boolean complete(byte[] raw) {
    String all = new String(raw, StandardCharsets.ISO_8859_1);
    int headEnd = all.indexOf("\r\n\r\n");
    if (headEnd < 0) {
      return false;
    }
    String head = all.substring(0, headEnd).toLowerCase(Locale.ROOT);
    java.util.regex.Matcher length = java.util.regex.Pattern.compile("\r\ncontent-length:\\s*(\\d+)").matcher(head);
    if (length.find()) {
      return raw.length - headEnd - 4 >= Long.parseLong(length.group(1));
    }
    if (head.contains("\r\ntransfer-encoding: chunked")) {
      return all.endsWith("\r\n0\r\n\r\n") || all.substring(headEnd).startsWith("\r\n\r\n0\r\n\r\n");
    }
    return false;
  }

  private static Reply parse(byte[] raw) {
    String all = new String(raw, StandardCharsets.ISO_8859_1);
    int headEnd = all.indexOf("\r\n\r\n");
    if (headEnd < 0) {
      throw new IllegalStateException("no complete response: " + abbreviate(all));
    }
    String[] lines = all.substring(0, headEnd).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0) {
        headers.merge(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip(), (a, b) -> a + ", " + b);
      }
    }
    byte[] body = java.util.Arrays.copyOfRange(raw, headEnd + 4, raw.length);
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      body = dechunk(body);
    }
    return new Reply(status, headers, new String(body, StandardCharsets.UTF_8));
  }

  private static byte[] dechunk(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int pos = 0;
    while (pos < body.length) {
      int lineEnd = indexOfCrlf(body, pos);
      if (lineEnd < 0) {
        break;
      }
      String sizeLine = new String(body, pos, lineEnd - pos, StandardCharsets.US_ASCII);
      int size = Integer.parseInt(sizeLine.split(";")[0].strip(), 16);
      if (size == 0) {
        break;
      }
      int start = lineEnd + 2;
      out.write(body, start, Math.min(size, body.length - start));
      pos = start + size + 2;
    }
    return out.toByteArray();
  }

  private static int indexOfCrlf(byte[] bytes, int from) {
    for (int i = from; i + 1 < bytes.length; i++) {
      if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
        return i;
      }
    }
    return -1;
  }

  static String abbreviate(String value) {
    return value.length() <= 120 ? value : value.substring(0, 120) + "…(" + value.length() + " chars)";
  }
}
