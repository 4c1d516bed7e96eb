/**
 * Splitting a scraped article into indexable paragraphs (plain Java over strings, no Lucene).
 *
 * <p>Entry point: {@link corpussearch.indexer.paragraphs.ParagraphSplitter#split}, which returns a
 * {@link corpussearch.indexer.paragraphs.ParagraphSplit}: the kept {@link
 * corpussearch.indexer.paragraphs.Paragraph}s (numbered from 0, each with the section heading it
 * stands under), the number of dropped lines per {@link
 * corpussearch.indexer.paragraphs.DropReason}, and the number of exact repeats removed.
 *
 * <p>Page furniture is recognised by one {@code FurnitureRule} per family, composed in {@code
 * FurnitureRules}; every rule works from the shape, position, length or link-list density of the
 * text, never from lines of particular sites.
 */
package corpussearch.indexer.paragraphs;
