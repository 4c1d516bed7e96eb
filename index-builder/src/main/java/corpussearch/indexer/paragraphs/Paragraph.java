package corpussearch.indexer.paragraphs;

/**
 * One kept paragraph of an article body.
 *
 * @param n ordinal among the article's kept paragraphs, from 0
 * @param section the heading the paragraph stands under, or {@code null}
 * @param text the paragraph's text, trimmed, lines joined by a single space
 */
public record Paragraph(int n, String section, String text) {}
