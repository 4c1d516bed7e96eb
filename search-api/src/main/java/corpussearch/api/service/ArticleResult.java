package corpussearch.api.service;

import java.util.List;

/**
 * A whole article, for "view in context".
 *
 * @param articleId the article
 * @param title the title, or null when unknown
 * @param author the author, or null when unknown
 * @param outlet the outlet, or null when unknown
 * @param date the ISO date, or null when unknown
 * @param sourceFile the corpus file it came from
 * @param url the address of the original page (http or https), or null when unknown
 * @param query the query the paragraphs are highlighted for ("" for none)
 * @param matchedParagraphs ordinals of the paragraphs the query matched, in order
 * @param paragraphs every paragraph in order
 */
public record ArticleResult(
    String articleId,
    String title,
    String author,
    String outlet,
    String date,
    String sourceFile,
    String url,
    String query,
    List<Integer> matchedParagraphs,
    List<ArticleParagraph> paragraphs) {

  /**
   * One paragraph of the article.
   *
   * @param n ordinal
   * @param section heading, or null
   * @param text plain text
   * @param highlight HTML-escaped text with the query's matches marked
   * @param matched whether the query matched this paragraph
   */
  public record ArticleParagraph(int n, String section, String text, String highlight, boolean matched) {}
}
