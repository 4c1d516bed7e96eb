package corpussearch.indexer.source;

import corpussearch.indexer.extract.ArticleMetadata;
import java.util.List;

/**
 * One article as read from the corpus, before extraction.
 *
 * @param articleId stable id: the file name without extension; for JSON Lines the line's own
 *     {@code id}, else {@code {file}-{hash}} (see {@code corpus.JsonLineIds})
 * @param sourceFile the file, relative to the corpus folder
 * @param text the article's raw text, or {@code null} when the source gave paragraphs
 * @param paragraphs the article's paragraphs when the source gave them, else {@code null}
 * @param given metadata the source states outright (JSON Lines fields); unknown fields are to be
 *     extracted from the text
 * @param fingerprint the exact source content, for the change-detection hash
 * @param url the address of the original page (canonical link, {@code og:url}, web archive
 *     target, JSON Lines {@code url}), or {@code null} when the source does not give one
 * @param encoding the encoding the source was decoded from when not UTF-8, else null
 */
public record SourceDocument(
    String articleId,
    String sourceFile,
    String text,
    List<String> paragraphs,
    ArticleMetadata given,
    String fingerprint,
    String url,
    String encoding) {

  /** A document decoded from UTF-8, with no known address. */
  public SourceDocument(String articleId, String sourceFile, String text, List<String> paragraphs, ArticleMetadata given, String fingerprint) {
    this(articleId, sourceFile, text, paragraphs, given, fingerprint, null, null);
  }

  /** The body as lines, whichever form the source gave: paragraphs are separated by blank lines. */
  public List<String> lines() {
    String body = text != null ? text : String.join("\n\n", paragraphs);
    return List.of(body.split("\\R", -1));
  }
}
