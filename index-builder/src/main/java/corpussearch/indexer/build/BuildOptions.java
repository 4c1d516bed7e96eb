package corpussearch.indexer.build;

import java.nio.file.Path;

/**
 * What one index build reads and writes.
 *
 * @param corpus the corpus folder
 * @param index the index folder (created when missing)
 * @param full rebuild every article instead of only the changed ones
 * @param maxFileBytes the largest article file (or JSON line) read; larger ones are reported and
 *     skipped
 */
public record BuildOptions(Path corpus, Path index, boolean full, long maxFileBytes) {}
