package corpussearch.indexer.index;

import corpussearch.indexer.extract.ArticleMetadata;
import corpussearch.indexer.paragraphs.Paragraph;
import java.util.List;

/**
 * An article ready to be written: its id, where it came from, its metadata, its kept paragraphs
 * and the hash that tells whether it changed since the last build.
 *
 * @param url the address of the original page, or null when the source gives none
 */
public record IndexableArticle(
    String articleId,
    String sourceFile,
    ArticleMetadata metadata,
    List<Paragraph> paragraphs,
    String contentHash,
    String url) {
  public IndexableArticle {
    paragraphs = List.copyOf(paragraphs);
  }
}
