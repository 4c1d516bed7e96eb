package corpussearch.indexer.source;

import java.util.Locale;

/**
 * Something wrong with the input that did not stop the build: a file or line that was skipped or
 * read with repairs.
 *
 * @param file the file, relative to the corpus folder
 * @param line the 1-based line number for JSON Lines and CSV problems, else 0
 * @param severity whether the input was skipped ({@code ERROR}) or used with a repair ({@code
 *     WARNING})
 * @param message what went wrong, for a person
 */
public record CorpusProblem(String file, int line, Severity severity, String message) {

  /** How bad a problem is. */
  public enum Severity {
    /** Used with a repair (for example invalid UTF-8 replaced). */
    WARNING,
    /** Skipped. */
    ERROR
  }

  /** A problem that made the reader skip {@code file} or one of its lines. */
  public static CorpusProblem error(String file, int line, String message) {
    return new CorpusProblem(file, line, Severity.ERROR, message);
  }

  /** A problem the reader repaired. */
  public static CorpusProblem warning(String file, int line, String message) {
    return new CorpusProblem(file, line, Severity.WARNING, message);
  }

  /** What went wrong, for a problem's message: the exception's message, else its kind. */
  public static String cause(Throwable e) {
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }

  @Override
  public String toString() {
    return file + (line > 0 ? ":" + line : "") + ": " + severity.name().toLowerCase(Locale.ROOT) + ": " + message;
  }
}
