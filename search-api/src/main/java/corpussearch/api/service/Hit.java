package corpussearch.api.service;

/**
 * One matching paragraph.
 *
 * @param id {@code {articleId}:{paragraph}}
 * @param articleId the article
 * @param paragraph the paragraph's ordinal in the article
 * @param score the ranking score (concept tiers plus BM25; see docs/api.md)
 * @param title the article title
 * @param author the author, or null when unknown
 * @param outlet the outlet, or null when unknown
 * @param date the ISO date, or null when unknown
 * @param url the address of the original page (http or https), or null when unknown
 * @param section the heading the paragraph stands under, or null
 * @param text the whole paragraph, plain text
 * @param highlight HTML-escaped passage with {@code <mark>} around matched words; null when the
 *     request asked for no highlights
 * @param matches with grouping by article, the number of the article's paragraphs that matched;
 *     otherwise null
 */
public record Hit(
    String id,
    String articleId,
    int paragraph,
    float score,
    String title,
    String author,
    String outlet,
    String date,
    String url,
    String section,
    String text,
    String highlight,
    Integer matches) {}
