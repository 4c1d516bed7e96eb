package corpussearch.indexer.corpus;

import corpussearch.indexer.source.PageOutcome;
import corpussearch.indexer.extract.ArticleMetadata;
import corpussearch.indexer.html.HtmlFileReader;
import corpussearch.indexer.source.ArticleSink;
import corpussearch.indexer.source.CorpusProblem;
import corpussearch.indexer.source.SourceDocument;
import corpussearch.indexer.warc.WarcFileReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Reads a corpus folder: every {@code .txt} file is one article, every {@code .jsonl} file holds
 * one article per line, every saved web page ({@code .html}, {@code .htm}) is one article and every
 * web archive ({@code .warc}, {@code .warc.gz}) holds one article per HTML page. Files are visited
 * in a deterministic order (sorted relative paths, sub folders included); anything else is listed
 * as skipped. Pages are parsed on worker threads ({@link OrderedWork}); articles and problems still
 * come out in file order.
 *
 * <p>Bad input never stops the read: an unreadable, empty or oversized file, or a malformed JSON
 * line, or a binary file, becomes a {@link CorpusProblem} and the reader goes on with the rest.
 * Text in another encoding than UTF-8 is decoded as {@link TextDecoder} detects it; bytes that
 * cannot be decoded are replaced and reported as a warning.
 */
public final class CorpusReader {

  /** The name of the optional curator file in the corpus folder. */
  public static final String METADATA_CSV = "metadata.csv";

  private final Path corpus;
  private final long maxFileBytes;
  private final int threads;
  private final List<CorpusProblem> problems = new ArrayList<>();
  private final List<String> skippedFiles = new ArrayList<>();
  private final Map<String, String> firstSeen = new HashMap<>();

  /** A reader that parses pages on one thread per processor (see the other constructor). */
  public CorpusReader(Path corpus, long maxFileBytes) {
    this(corpus, maxFileBytes, Runtime.getRuntime().availableProcessors());
  }

  /**
   * @param corpus the corpus folder
   * @param maxFileBytes the largest file, {@code .jsonl} line or archive record read; larger ones
   *     are skipped and reported
   * @param threads how many saved pages and archive records are parsed at once
   */
  public CorpusReader(Path corpus, long maxFileBytes, int threads) {
    this.corpus = corpus;
    this.maxFileBytes = maxFileBytes;
    this.threads = threads;
  }

  /** Problems met so far, in reading order. */
  public List<CorpusProblem> problems() {
    return List.copyOf(problems);
  }

  /** Files that are neither articles nor {@value #METADATA_CSV}, relative to the corpus. */
  public List<String> skippedFiles() {
    return List.copyOf(skippedFiles);
  }

  /** The corpus files, sorted by relative path. */
  public List<Path> files() throws IOException {
    try (Stream<Path> walk = Files.walk(corpus)) {
      return walk.filter(Files::isRegularFile).map(corpus::relativize).sorted().toList();
    }
  }

  /** Reads every article and hands each to {@code sink}, in file order. */
  public void read(List<Path> files, Consumer<SourceDocument> sink) {
    try (OrderedWork pages = new OrderedWork(threads, outcome -> apply(outcome, sink))) {
      ArticleSink articleSink = articleSink(pages);
      for (Path relative : files) {
        String name = relative.toString().replace('\\', '/');
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".txt")) {
          pages.finish(); // text goes straight to the sink: pages handed in before it go first
          readText(relative, name, sink);
        } else if (lower.endsWith(".jsonl")) {
          pages.finish();
          readJsonLines(relative, name, sink);
        } else if (HtmlFileReader.reads(lower)) {
          HtmlFileReader.read(corpus.resolve(relative), name, articleSink);
        } else if (WarcFileReader.reads(lower)) {
          WarcFileReader.read(corpus.resolve(relative), name, articleSink);
        } else if (!name.equals(METADATA_CSV)) {
          skippedFiles.add(name);
        }
      }
      pages.finish();
    }
  }

  private void apply(PageOutcome outcome, Consumer<SourceDocument> sink) {
    if (outcome.problem() != null) {
      problems.add(outcome.problem());
    } else if (claim(outcome.document().articleId(), outcome.document().sourceFile(), outcome.line())) {
      sink.accept(outcome.document());
    }
  }

  private ArticleSink articleSink(OrderedWork pages) {
    return new ArticleSink() {
      @Override
      public long maxFileBytes() {
        return maxFileBytes;
      }

      @Override
      public void problem(CorpusProblem problem) {
        pages.add(PageOutcome.problem(problem));
      }

      @Override
      public void parse(Supplier<PageOutcome> parse) {
        pages.parse(parse);
      }

      @Override
      public String tooLarge(long bytes) {
        return CorpusReader.this.tooLarge(bytes);
      }

      @Override
      public String overLimit() {
        return CorpusReader.this.overLimit();
      }
    };
  }

  private void readText(Path relative, String name, Consumer<SourceDocument> sink) {
    Path file = corpus.resolve(relative);
    try {
      long size = Files.size(file);
      if (size > maxFileBytes) {
        problems.add(CorpusProblem.error(name, 0, tooLarge(size)));
        return;
      }
      byte[] bytes = Files.readAllBytes(file);
      if (BinaryContent.looksBinary(bytes)) {
        problems.add(CorpusProblem.error(name, 0, BinaryContent.PROBLEM));
        return;
      }
      TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
      if (decoded.repaired()) {
        problems.add(CorpusProblem.warning(name, 0, undecodable(decoded)));
      }
      if (decoded.text().isBlank()) {
        problems.add(CorpusProblem.error(name, 0, "empty file"));
        return;
      }
      String id = stripExtension(name);
      if (claim(id, name, 0)) {
        sink.accept(new SourceDocument(id, name, decoded.text(), null, ArticleMetadata.empty(), decoded.text(), null, decoded.encoding()));
      }
    } catch (IOException | SecurityException e) {
      problems.add(CorpusProblem.error(name, 0, "cannot read file: " + CorpusProblem.cause(e)));
    }
  }

  private void readJsonLines(Path relative, String name, Consumer<SourceDocument> sink) {
    String fileId = stripExtension(name);
    try (InputStream in = new BufferedInputStream(Files.newInputStream(corpus.resolve(relative)), BinaryContent.SAMPLE_BYTES)) {
      byte[] head = BinaryContent.peek(in);
      if (BinaryContent.looksBinary(head)) {
        problems.add(CorpusProblem.error(name, 0, BinaryContent.PROBLEM));
        return;
      }
      if (Utf16Shape.isUtf16(head)) {
        // lines are cut at newline bytes, which in UTF-16 are half of a character
        problems.add(CorpusProblem.error(name, 0, "JSON lines in UTF-16 are not read; save the file as UTF-8"));
        return;
      }
      ByteLines lines = new ByteLines(in);
      int lineNumber = 0;
      for (byte[] bytes = lines.next(); bytes != null; bytes = lines.next()) {
        lineNumber++;
        if (bytes.length > maxFileBytes) {
          problems.add(CorpusProblem.error(name, lineNumber, tooLarge(bytes.length)));
          continue;
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        if (decoded.text().isBlank()) {
          continue;
        }
        if (decoded.repaired()) {
          problems.add(CorpusProblem.warning(name, lineNumber, undecodable(decoded)));
        }
        SourceDocument doc = JsonLineArticles.parse(name, fileId, lineNumber, decoded, problems);
        if (doc != null && claim(doc.articleId(), name, lineNumber)) {
          sink.accept(doc);
        }
      }
      if (lineNumber == 0) {
        problems.add(CorpusProblem.error(name, 0, "empty file"));
      }
    } catch (IOException | SecurityException e) {
      problems.add(CorpusProblem.error(name, 0, "cannot read file: " + CorpusProblem.cause(e)));
    }
  }

  private boolean claim(String id, String name, int line) {
    String first = firstSeen.putIfAbsent(id, line > 0 ? name + " line " + line : name);
    if (first == null) {
      return true;
    }
    problems.add(CorpusProblem.error(name, line, "duplicate article id \"" + id + "\" (first read from " + first + "); first one kept"));
    return false;
  }

  private String tooLarge(long size) {
    return String.format(Locale.ROOT, "%.1f MB is ", size / 1e6) + overLimit();
  }

  private String overLimit() {
    return String.format(Locale.ROOT, "over the %.1f MB limit (--max-file-mb); skipped", maxFileBytes / 1e6);
  }

  private static String undecodable(TextDecoder.Decoded decoded) {
    return "invalid " + (decoded.encoding() == null ? "UTF-8" : decoded.encoding()) + " replaced with U+FFFD";
  }

  private static String stripExtension(String name) {
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

}
