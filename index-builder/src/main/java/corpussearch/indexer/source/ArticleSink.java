package corpussearch.indexer.source;

/**
 * Where a reader of one kind of corpus file (HTML, web archives) hands its articles and problems:
 * the corpus reader that dispatched the file, which keeps ids unique and collects problems.
 */
public interface ArticleSink {

  /** The largest file, line or archive record read; larger ones are skipped and reported. */
  long maxFileBytes();

  /** Records something wrong with the input; reading goes on. */
  void problem(CorpusProblem problem);

  /**
   * Passes {@code document} on to be indexed, unless its id was taken already (then it reports a
   * duplicate at {@code line}, 0 when lines do not apply).
   */
  void article(SourceDocument document, int line);

  /** "3.1 MB is over the 1.0 MB limit (--max-file-mb); skipped", the same wording for every reader. */
  String tooLarge(long bytes);
}
