package corpussearch.indexer.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Labels that a name's shape alone took for a writer: "Travel Advice · September 14, 2026" reads like
 * "Jane Doe · September 14, 2026", but the page also writes its words together in lower case, as
 * words of a sentence ("updated their travel advice"). A person's name written so is rare, so a
 * shape-only name the text writes as a phrase in lower case is a section or a topic, not a writer.
 * Labelled forms ("By …", "Author: …") say what they are and are kept.
 */
final class CommonWordNames {
  private static final Set<String> SHAPE_ONLY = Set.of(RuleNames.BYLINE_WITH_DATE, RuleNames.SEGMENTED_BYLINE, RuleNames.NAME_WITH_DATE_LINE);

  private CommonWordNames() {}

  /** {@code candidates} without the shape-only authors of two words or more that {@code page} writes as a phrase in lower case. */
  static List<Candidate> withoutCommonWords(ArticleLines page, List<Candidate> candidates) {
    return candidates.stream().filter(c -> !isCommonWords(page, c)).toList();
  }

  private static boolean isCommonWords(ArticleLines page, Candidate candidate) {
    if (candidate.field() != MetadataField.AUTHOR || !SHAPE_ONLY.contains(candidate.rule()) || !candidate.value().strip().contains(" ")) {
      return false;
    }
    Pattern phrase = Pattern.compile("(?<![\\p{L}'’-])" + Pattern.quote(candidate.value().strip().toLowerCase(Locale.ROOT)) + "(?![\\p{L}'’-])");
    return page.nonBlank().stream().anyMatch(line -> phrase.matcher(page.text(line)).find());
  }
}
