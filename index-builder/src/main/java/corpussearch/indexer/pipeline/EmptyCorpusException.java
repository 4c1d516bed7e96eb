package corpussearch.indexer.pipeline;

import corpussearch.indexer.source.CorpusProblem;
import java.nio.file.Path;
import java.util.List;

/**
 * A build found no article to index and was not asked for an empty index: committing would delete
 * every article, which is what a mistyped or unmounted corpus folder looks like, so the build
 * stops before its commit and the index stays as it was.
 */
public final class EmptyCorpusException extends RuntimeException {

  /** Problems quoted in the message; the rest are counted. */
  private static final int QUOTED_PROBLEMS = 5;

  EmptyCorpusException(Path corpus, int files, List<CorpusProblem> problems) {
    super(message(corpus, files, problems));
  }

  private static String message(Path corpus, int files, List<CorpusProblem> problems) {
    StringBuilder message = new StringBuilder("no readable article in ").append(corpus)
        .append(" (").append(files).append(files == 1 ? " file" : " files").append(", ")
        .append(problems.size()).append(problems.size() == 1 ? " problem" : " problems").append(")")
        .append("; index left unchanged. Check the corpus folder (--corpus, CORPUS_DIR in run.sh),")
        .append(" or pass --allow-empty to empty the index on purpose.");
    problems.stream().limit(QUOTED_PROBLEMS).forEach(problem -> message.append("\n  ").append(problem));
    if (problems.size() > QUOTED_PROBLEMS) {
      message.append("\n  … and ").append(problems.size() - QUOTED_PROBLEMS).append(" more");
    }
    return message.toString();
  }
}
