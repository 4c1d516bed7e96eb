package corpussearch.indexer.warc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;

/** Writes web archives for tests with jwarc's own writer, as a crawler would. */
public final class WarcFiles implements AutoCloseable {

  public static final Instant CAPTURED = Instant.parse("2023-05-06T07:08:09Z");

  private final WarcWriter writer;

  public WarcFiles(Path file, boolean gzip) throws IOException {
    this.writer = new WarcWriter(java.nio.channels.FileChannel.open(file,
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE,
        java.nio.file.StandardOpenOption.TRUNCATE_EXISTING), gzip ? WarcCompression.GZIP : WarcCompression.NONE);
  }

  /** A page of body paragraphs, with the given extra {@code <head>} content. */
  public static String article(String head, String... paragraphs) {
    StringBuilder html = new StringBuilder("<!doctype html><html><head>" + head + "</head><body><nav><a href=/>Home</a></nav><article>");
    for (String paragraph : paragraphs) {
      html.append("<p>").append(paragraph).append("</p>");
    }
    return html.append("</article><footer>Copyright</footer></body></html>").toString();
  }

  public WarcFiles response(String url, int status, String contentType, String body) throws IOException {
    return response(url, status, "Content-Type: " + contentType + "\r\n", body.getBytes(StandardCharsets.UTF_8));
  }

  /** A response with the given header lines (each ending CRLF) and body bytes as sent. */
  public WarcFiles response(String url, int status, String headers, byte[] content) throws IOException {
    String head = "HTTP/1.1 " + status + " X\r\n" + headers + "Content-Length: " + content.length + "\r\n\r\n";
    byte[] http = concat(head.getBytes(StandardCharsets.ISO_8859_1), content);
    writer.write(new WarcResponse.Builder(url).date(CAPTURED).body(MediaType.HTTP_RESPONSE, http).build());
    return this;
  }

  public WarcFiles request(String url) throws IOException {
    byte[] http = ("GET / HTTP/1.1\r\nHost: " + java.net.URI.create(url).getHost() + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
    writer.write(new WarcRequest.Builder(url).date(CAPTURED).body(MediaType.HTTP_REQUEST, http).build());
    return this;
  }

  public WarcFiles revisit(String url) throws IOException {
    byte[] http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
    writer.write(new WarcRevisit.Builder(url).date(CAPTURED).body(MediaType.HTTP_RESPONSE, http).build());
    return this;
  }

  /** How many bytes are written so far: where the next record starts. */
  public long position() {
    return writer.position();
  }

  @Override
  public void close() throws IOException {
    writer.close();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
