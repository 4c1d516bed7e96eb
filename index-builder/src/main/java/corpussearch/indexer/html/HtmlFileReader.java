package corpussearch.indexer.html;

import corpussearch.indexer.source.ArticleSink;
import corpussearch.indexer.source.CorpusProblem;
import corpussearch.indexer.source.PageOutcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a saved web page ({@code .html}, {@code .htm}) as one article, its id the file name without
 * extension. A file over the size limit is reported and skipped before any of it is read.
 */
public final class HtmlFileReader {

  private HtmlFileReader() {}

  /** Whether {@code name} is a saved web page. */
  public static boolean reads(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".html") || lower.endsWith(".htm");
  }

  /** Reads {@code file} (shown as {@code name}) and hands the article or the problem to {@code sink}. */
  public static void read(Path file, String name, ArticleSink sink) {
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > sink.maxFileBytes()) {
        sink.problem(CorpusProblem.error(name, 0, sink.tooLarge(size)));
        return;
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException | SecurityException e) {
      sink.problem(CorpusProblem.error(name, 0, "cannot read file: " + CorpusProblem.cause(e)));
      return;
    }
    sink.parse(() -> parse(bytes, name));
  }

  private static PageOutcome parse(byte[] bytes, String name) {
    try {
      HtmlPage page = HtmlPage.parse(bytes, null, null);
      if (!page.hasBody()) {
        return PageOutcome.problem(CorpusProblem.error(name, 0, "no article text in the page; skipped"));
      }
      String id = name.substring(0, name.lastIndexOf('.'));
      // Latin-1 maps every byte to one char: a cheap, lossless fingerprint of the file as stored.
      return PageOutcome.article(page.document(id, name, page.metadata(), new String(bytes, StandardCharsets.ISO_8859_1)), 0);
    } catch (RuntimeException | StackOverflowError e) {
      // One page the parser cannot handle must not stop the build of all the others.
      return PageOutcome.problem(CorpusProblem.error(name, 0, "cannot parse the page: " + CorpusProblem.cause(e) + "; skipped"));
    }
  }

}
