package corpussearch.indexer.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A name the page itself uses as a place's: "… Marine Works of Port Hope", "the pier in
 * Cobourg", a dateline "PORT HOPE, Ont. —". A town in a list of communities, the dateline's city
 * or the seat of a release's issuer has a person's shape ("Port Hope", "Grafton") but is never an
 * author, so an author found without a label ("By", "Author:", "Reporting by") that the page
 * writes as a place stays unknown. A person bylined with a "By" keeps the name whatever towns
 * share it; so does a name the page also writes as a person's ("Hope said", "Ms Hope").
 */
final class PlaceNames {
  /** Evidence that names its person outright: what it finds is an author even if a town shares the name. */
  private static final Set<String> LABELLED = Set.of(RuleNames.BY_LINE, RuleNames.AUTHOR_LABEL, RuleNames.BYLINE_WITH_DATE,
      RuleNames.WRITTEN_BY_BLOCK, RuleNames.CREDIT_LINE);

  private static final String PLACE_BEFORE = "\\b(?:in|near|of|from|outside|around|across|north|south|east|west)\\s+(?:the\\s+)?";
  private static final String NOT_PERSON_AFTER = "(?!\\p{L}|['’]s?\\b|\\s+(?:said|says|told|wrote|added|is\\s+a|was\\s+a)\\b)";
  private static final String PERSON_BEFORE = "\\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Councillor|Mayor|Sen|Rep)\\.?\\s+";

  private PlaceNames() {}

  /** {@code candidates} without unlabelled authors that the page writes as places. */
  static List<Candidate> withoutPlaces(ArticleLines page, List<Candidate> candidates) {
    return candidates.stream()
        .filter(c -> c.field() != MetadataField.AUTHOR || LABELLED.contains(c.rule()) || !isPlace(page, c))
        .toList();
  }

  /**
   * Whether the page, away from the lines {@code author} was read from, writes its name as a place
   * (after "in", "of", "near" …, or as a paragraph's dateline in capitals) and never as a person.
   */
  private static boolean isPlace(ArticleLines page, Candidate author) {
    String name = Pattern.quote(author.value());
    Pattern asPlace = Pattern.compile(PLACE_BEFORE + name + NOT_PERSON_AFTER);
    Pattern dateline = Pattern.compile("^" + Pattern.quote(author.value().toUpperCase(Locale.ROOT)) + "\\s*[,(]");
    Pattern asPerson = Pattern.compile(PERSON_BEFORE + name + "|" + name + "\\s+(?:said|says|told|wrote)\\b");
    List<String> texts = page.nonBlank().stream().filter(line -> !author.sourceLines().contains(line)).map(page::text).toList();
    return texts.stream().anyMatch(text -> asPlace.matcher(text).find()
            || ArticleLines.wordCount(text) >= ArticleLines.BODY_PARAGRAPH_WORDS && dateline.matcher(text).find())
        && texts.stream().noneMatch(text -> asPerson.matcher(text).find());
  }
}
