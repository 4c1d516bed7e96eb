package corpussearch.indexer.warc;

import corpussearch.indexer.source.ArticleSink;
import corpussearch.indexer.source.CorpusProblem;
import corpussearch.indexer.source.WebAddresses;
import corpussearch.indexer.extract.ArticleMetadata;
import corpussearch.indexer.extract.FieldValue;
import corpussearch.indexer.extract.MetadataField;
import corpussearch.indexer.html.HtmlPage;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads a web archive ({@code .warc}, {@code .warc.gz}): every HTML response with status 200 is an
 * article, its id derived from its address. Requests, revisits, metadata, non-HTML responses and
 * other statuses are skipped and counted in one report line per archive.
 *
 * <p>A damaged archive (truncated, corrupt compression, a record whose declared length is wrong)
 * is reported once per damaged stretch, with the record it was met after; reading resumes at the
 * next record start found after it, so the articles before and after the damage are kept.
 */
public final class WarcFileReader {

  /** The rule of a date taken from the capture because the page states none. */
  public static final String CAPTURE_DATE_RULE = "warc-capture-date";

  private final String name;
  private final ArticleSink sink;
  private final SkippedRecords skipped = new SkippedRecords();
  private int recordNumber;

  private WarcFileReader(String name, ArticleSink sink) {
    this.name = name;
    this.sink = sink;
  }

  /** Whether {@code name} is a web archive. */
  public static boolean reads(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".warc") || lower.endsWith(".warc.gz");
  }

  /** Reads the archive {@code file} (shown as {@code name}), handing articles and problems to {@code sink}. */
  public static void read(Path file, String name, ArticleSink sink) {
    new WarcFileReader(name, sink).readAll(file);
  }

  private void readAll(Path file) {
    try (FileChannel channel = FileChannel.open(file); WarcReader reader = new WarcReader(channel)) {
      boolean gzip = reader.compression() == WarcCompression.GZIP;
      long lastStart = -1;
      boolean damaged = false;
      while (true) {
        Optional<WarcRecord> next;
        try {
          next = reader.next();
        } catch (IOException | RuntimeException e) {
          long resume = RecordStarts.next(channel, lastStart + 1, gzip);
          if (!damaged) {
            reportDamage(e, resume);
          }
          damaged = true;
          if (resume < 0) {
            break;
          }
          reader.position(resume);
          lastStart = resume;
          continue;
        }
        if (next.isEmpty()) {
          break;
        }
        damaged = false;
        lastStart = reader.position();
        recordNumber++;
        readRecord(next.get());
      }
    } catch (IOException | RuntimeException e) {
      sink.problem(CorpusProblem.error(name, recordNumber, "not a readable web archive: " + describe(e)));
    }
    skipped.summary().ifPresent(summary -> sink.problem(CorpusProblem.warning(name, 0, summary)));
  }

  /** One report per damaged stretch: where it was met and whether reading went on after it. */
  private void reportDamage(Exception e, long resume) {
    String after = resume < 0 ? "the rest of the file is skipped" : "reading resumes at byte " + resume;
    sink.problem(CorpusProblem.error(name, recordNumber + 1,
        "damaged archive after record " + recordNumber + " (" + describe(e) + "); " + after));
  }

  private void readRecord(WarcRecord record) {
    if (!(record instanceof WarcResponse response)) {
      skipped.add(record.type());
      return;
    }
    String target = response.target();
    try {
      long size = response.body().size();
      if (size > sink.maxFileBytes()) {
        sink.problem(CorpusProblem.error(name, recordNumber, target + ": " + sink.tooLarge(size)));
        return;
      }
      HttpResponse http = response.http();
      MediaType type = http.contentType().base();
      if (http.status() != 200) {
        skipped.add("status " + http.status());
      } else if (!type.equals(MediaType.HTML) && !type.toString().equals("application/xhtml+xml")) {
        skipped.add("non-HTML");
      } else {
        readPage(response, http, target);
      }
    } catch (IOException | RuntimeException e) {
      sink.problem(CorpusProblem.error(name, recordNumber, target + ": unreadable response (" + describe(e) + "); skipped"));
    }
  }

  private void readPage(WarcResponse response, HttpResponse http, String target) throws IOException {
    byte[] bytes = http.bodyDecoded().stream().readAllBytes();
    HtmlPage page = HtmlPage.parse(bytes, charset(http.contentType()), target);
    if (!page.hasBody()) {
      sink.problem(CorpusProblem.error(name, recordNumber, target + ": no article text in the page; skipped"));
      return;
    }
    ArticleMetadata metadata = page.metadata();
    if (!metadata.date().isKnown()) {
      String captured = response.date().atOffset(ZoneOffset.UTC).toLocalDate().toString();
      metadata = metadata.with(MetadataField.DATE, FieldValue.of(captured, CAPTURE_DATE_RULE));
    }
    String fingerprint = target + "\n" + new String(bytes, StandardCharsets.ISO_8859_1);
    sink.article(page.document(WebAddresses.articleId(target), name, metadata, fingerprint), recordNumber);
  }

  private static String charset(MediaType type) {
    String charset = type.parameters().get("charset");
    try {
      return charset != null && Charset.isSupported(charset) ? charset : null;
    } catch (IllegalArgumentException e) {
      return null; // an illegal name in a header: let the page's own declaration decide
    }
  }

  private static String describe(Exception e) {
    return e.getMessage() != null ? e.getClass().getSimpleName() + ": " + e.getMessage() : e.getClass().getSimpleName();
  }
}
