package corpussearch.indexer.source;

/**
 * What parsing one page gave: an article to index, or the problem that kept it out.
 *
 * @param document the article, or null
 * @param line where the article was met in its file (the record of a web archive), 0 when lines
 *     do not apply
 * @param problem the problem, or null
 */
public record PageOutcome(SourceDocument document, int line, CorpusProblem problem) {

  /** An article to index. */
  public static PageOutcome article(SourceDocument document, int line) {
    return new PageOutcome(document, line, null);
  }

  /** A page kept out of the index, and why. */
  public static PageOutcome problem(CorpusProblem problem) {
    return new PageOutcome(null, problem.line(), problem);
  }
}
