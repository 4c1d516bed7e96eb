package corpussearch.indexer.report;

import corpussearch.indexer.extract.ArticleMetadata;
import java.util.Map;

/**
 * What the build did with one article.
 *
 * @param articleId the article's id
 * @param sourceFile the file it came from
 * @param status {@code added}, {@code changed} or {@code unchanged}
 * @param metadata the article's metadata, with the rule behind each value
 * @param paragraphs paragraphs kept and indexed
 * @param dropped blocks dropped as page furniture, by reason
 * @param duplicates exact repeats indexed once
 * @param encoding the encoding the article was decoded from when not UTF-8, else null
 */
public record ArticleReport(
    String articleId,
    String sourceFile,
    String status,
    ArticleMetadata metadata,
    int paragraphs,
    Map<String, Integer> dropped,
    int duplicates,
    String encoding) {}
