package corpussearch.indexer.extract;

import java.util.Set;

/**
 * What {@link MetadataExtractor} found in an article's lines.
 *
 * @param metadata the article's metadata with the rule behind each value
 * @param metadataLines indexes (0-based, into the list of lines given to the extractor) of the
 *     lines that only carry metadata (title and its repeats, bylines, date lines, mastheads,
 *     navigation before the title, "WRITTEN BY:" blocks, author bios and sign-offs the values were
 *     taken from); the paragraph splitter does not index them as body text
 */
public record Extraction(ArticleMetadata metadata, Set<Integer> metadataLines) {
  public Extraction {
    metadataLines = Set.copyOf(metadataLines);
  }
}
