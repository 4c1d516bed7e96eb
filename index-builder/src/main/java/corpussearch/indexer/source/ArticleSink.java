package corpussearch.indexer.source;

import java.util.function.Supplier;

/**
 * Where a reader of one kind of corpus file (HTML, web archives) hands its articles and problems:
 * the corpus reader that dispatched the file, which keeps ids unique, collects problems and
 * keeps both in the order they were handed in.
 */
public interface ArticleSink {

  /** The largest file, line or archive record read; larger ones are skipped and reported. */
  long maxFileBytes();

  /** Records something wrong with the input; reading goes on. */
  void problem(CorpusProblem problem);

  /**
   * Runs {@code parse} (which must not touch the sink) on a worker thread. Its article is passed on
   * to be indexed unless its id was taken already (then a duplicate is reported at its line).
   */
  void parse(Supplier<PageOutcome> parse);

  /** "3.1 MB is over the 1.0 MB limit (--max-file-mb); skipped", the same wording for every reader. */
  String tooLarge(long bytes);

  /** "over the 1.0 MB limit (--max-file-mb); skipped", for a size known only to be too large. */
  String overLimit();
}
