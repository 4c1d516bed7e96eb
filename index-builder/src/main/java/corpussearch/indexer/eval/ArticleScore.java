package corpussearch.indexer.eval;

import corpussearch.indexer.extract.ArticleMetadata;
import corpussearch.indexer.extract.MetadataField;
import corpussearch.indexer.warc.WarcFileReader;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How one gold article fared: which fields were right, which body phrases are missing from its
 * indexed paragraphs and which furniture phrases leaked into them.
 *
 * @param gold the gold article
 * @param extracted what the build extracted, or null when the article was not indexed at all
 * @param correct per field, whether the extracted value matches gold
 * @param missingBody body phrases not findable
 * @param leakedFurniture furniture phrases findable
 */
record ArticleScore(GoldArticle gold, ArticleMetadata extracted, Map<MetadataField, Boolean> correct,
    List<String> missingBody, List<String> leakedFurniture) {

  static ArticleScore of(GoldArticle gold, ArticleMetadata extracted, List<String> paragraphs) {
    Map<MetadataField, Boolean> correct = new EnumMap<>(MetadataField.class);
    ArticleMetadata metadata = extracted == null ? ArticleMetadata.empty() : extracted;
    correct.put(MetadataField.TITLE, FieldMatch.title(metadata.title().value(), gold.title()));
    correct.put(MetadataField.AUTHOR, FieldMatch.authors(metadata.author().value(), gold.authors()));
    correct.put(MetadataField.OUTLET, FieldMatch.outlet(metadata.outlet().value(), gold.outlet()));
    // A capture date stands in for a date the page does not state: for gold, it states none.
    boolean stated = !WarcFileReader.CAPTURE_DATE_RULE.equals(metadata.date().rule());
    correct.put(MetadataField.DATE, FieldMatch.date(stated ? metadata.date().value() : null, gold.date()));
    List<String> missing = gold.body().stream().filter(phrase -> !findable(paragraphs, phrase)).toList();
    List<String> leaked = gold.furniture().stream().filter(phrase -> findable(paragraphs, phrase)).toList();
    return new ArticleScore(gold, extracted, correct, missing, leaked);
  }

  private static boolean findable(List<String> paragraphs, String phrase) {
    return paragraphs.stream().anyMatch(text -> FieldMatch.contains(text, phrase));
  }
}
