package corpussearch.indexer.warc;

import corpussearch.indexer.source.ArticleSink;
import corpussearch.indexer.source.CorpusProblem;
import corpussearch.indexer.source.PageOutcome;
import corpussearch.indexer.source.WebAddresses;
import corpussearch.indexer.extract.ArticleMetadata;
import corpussearch.indexer.extract.FieldValue;
import corpussearch.indexer.extract.MetadataField;
import corpussearch.indexer.html.HtmlPage;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Works out what one archive record gives (an article, a skipped record, a problem) without
 * handing it on yet: the record may still turn out damaged when its end is checked.
 *
 * <p>A record's block is read whole into memory first, so that a failure to read it is told apart
 * (damage to the archive, thrown) from a response that is bad in itself (a problem, returned).
 */
final class RecordOutcomes {

  private final String name;
  private final ArticleSink sink;
  private final SkippedRecords skipped;

  RecordOutcomes(String name, ArticleSink sink, SkippedRecords skipped) {
    this.name = name;
    this.sink = sink;
    this.skipped = skipped;
  }

  /**
   * The outcome of {@code record}, number {@code number}, to run once the record is known whole.
   *
   * @throws IOException when the record's block cannot be read: the archive is damaged there
   */
  Runnable of(WarcRecord record, int number) throws IOException {
    if (!(record instanceof WarcResponse response)) {
      String type = record.type();
      return () -> skipped.add(type);
    }
    String target = response.target();
    if (target == null) {
      return problem(number, "a response without WARC-Target-URI; skipped");
    }
    long size = response.body().size();
    if (size > sink.maxFileBytes()) {
      return problem(number, target + ": " + sink.tooLarge(size));
    }
    byte[] block = readBlock(response.body().stream(), size);
    try {
      return ofResponse(response, HttpResponse.parse(Channels.newChannel(new ByteArrayInputStream(block))), number);
    } catch (IOException | RuntimeException e) {
      // The block was read whole: what fails now is the response itself, not the archive.
      return problem(number, target + ": unreadable HTTP response (" + describe(e) + "); skipped");
    }
  }

  private Runnable ofResponse(WarcResponse response, HttpResponse http, int number) throws IOException {
    int status = http.status();
    MediaType type = http.contentType().base();
    if (status != 200) {
      return () -> skipped.add("status " + status);
    }
    if (!type.equals(MediaType.HTML) && !type.toString().equals("application/xhtml+xml")) {
      return () -> skipped.add("non-HTML");
    }
    // A compressed body can inflate far past its stored size: read one byte over the limit at most.
    byte[] bytes = http.bodyDecoded().stream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, sink.maxFileBytes() + 1));
    if (bytes.length > sink.maxFileBytes()) {
      return problem(number, response.target() + ": its body once decoded is " + sink.overLimit());
    }
    return ofPage(response, http, bytes, number);
  }

  /** Parsing is left to a worker thread: it is the costly part, and touches nothing shared. */
  private Runnable ofPage(WarcResponse response, HttpResponse http, byte[] bytes, int number) {
    String target = response.target();
    String charset = charset(http.contentType());
    String captured = response.date().atOffset(ZoneOffset.UTC).toLocalDate().toString();
    return () -> sink.parse(() -> parse(bytes, charset, target, captured, number));
  }

  private PageOutcome parse(byte[] bytes, String charset, String target, String captured, int number) {
    try {
      HtmlPage page = HtmlPage.parse(bytes, charset, target);
      if (!page.hasBody()) {
        return PageOutcome.problem(CorpusProblem.error(name, number, target + ": no article text in the page; skipped"));
      }
      ArticleMetadata metadata = page.metadata();
      if (!metadata.date().isKnown()) {
        metadata = metadata.with(MetadataField.DATE, FieldValue.of(captured, WarcFileReader.CAPTURE_DATE_RULE));
      }
      String fingerprint = target + "\n" + new String(bytes, StandardCharsets.ISO_8859_1);
      return PageOutcome.article(page.document(WebAddresses.articleId(target), name, metadata, fingerprint), number);
    } catch (RuntimeException | StackOverflowError e) {
      // One page the parser cannot handle must not stop the reading of the others.
      return PageOutcome.problem(CorpusProblem.error(name, number, target + ": cannot parse the page (" + describe(e) + "); skipped"));
    }
  }

  private static byte[] readBlock(InputStream in, long size) throws IOException {
    byte[] block = in.readNBytes((int) size);
    if (block.length < size) {
      throw new EOFException("record block cut short");
    }
    return block;
  }

  private Runnable problem(int number, String message) {
    return () -> sink.problem(CorpusProblem.error(name, number, message));
  }

  private static String charset(MediaType type) {
    String charset = type.parameters().get("charset");
    try {
      return charset != null && Charset.isSupported(charset) ? charset : null;
    } catch (IllegalArgumentException e) {
      return null; // an illegal name in a header: let the page's own declaration decide
    }
  }

  static String describe(Throwable e) {
    return e.getMessage() != null ? e.getClass().getSimpleName() + ": " + e.getMessage() : e.getClass().getSimpleName();
  }
}
