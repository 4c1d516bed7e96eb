package corpussearch.indexer.extract;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A name the page itself uses as a place's: "… Marine Works of Port Hope", "the pier in
 * Cobourg", a dateline "PORT HOPE, Ont. —". A town in a list of communities, the dateline's city
 * or the seat of a release's issuer has a person's shape ("Port Hope", "Grafton") but is never an
 * author, so an author found without a label ("By", "Author:", "Reporting by") that the page
 * writes as a place stays unknown. A person bylined with a "By" keeps the name whatever towns
 * share it; so does a name the page also writes as a person's, whole or by its last word ("Hope said",
 * "Ms Hope", "Dr Kamau is a lecturer", "Hope has written about …").
 */
final class PlaceNames {
  /** Evidence that names its person outright: what it finds is an author even if a town shares the name. */
  private static final Set<String> LABELLED = Set.of(RuleNames.BY_LINE, RuleNames.AUTHOR_LABEL, RuleNames.BYLINE_WITH_DATE,
      RuleNames.WRITTEN_BY_BLOCK, RuleNames.CREDIT_LINE);

  /** Where a place's name follows; "More from Jane Doe" is a writer's list of pieces, not a place's. */
  private static final String PLACE_BEFORE = "\\b(?:in|near|of|(?<![Mm]ore\\s)from|outside|around|across|north|south|east|west)\\s+(?:the\\s+)?";
  private static final String NOT_PERSON_AFTER = "(?!\\p{L}|['’]s?\\b|\\s+(?:said|says|told|wrote|added|is\\s+a|was\\s+a)\\b)";
  private static final String PERSON_BEFORE = "\\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Councillor|Mayor|Sen|Rep)\\.?\\s+";

  private PlaceNames() {}

  /**
   * {@code candidates} without unlabelled authors that the page writes as places, and without the
   * places an unlabelled list of authors ends in ("Tanvir Hasan, Cox's Bazar": the reporter and
   * where they filed from).
   */
  static List<Candidate> withoutPlaces(ArticleLines page, List<Candidate> candidates) {
    return candidates.stream()
        .map(c -> c.field() != MetadataField.AUTHOR || LABELLED.contains(c.rule()) ? Optional.of(c) : withoutPlaceNames(page, c))
        .flatMap(Optional::stream)
        .toList();
  }

  /** {@code author} less the names in it that the page writes as places; none when all are. */
  private static Optional<Candidate> withoutPlaceNames(ArticleLines page, Candidate author) {
    List<String> names = AuthorLineRules.split(author.value());
    List<String> people = names.stream().filter(name -> !isPlace(page, name, author.sourceLines())).toList();
    return people.isEmpty() ? Optional.empty() : Optional.of(people.size() == names.size() ? author
        : new Candidate(author.field(), AuthorLineRules.joined(people), author.rule(), author.line(), author.sourceLines()));
  }

  /**
   * Whether the page, away from the lines an author was read from ({@code sourceLines}), writes
   * {@code value} as a place (after "in", "of", "near" …, or as a paragraph's dateline in capitals)
   * and never as a person.
   */
  private static boolean isPlace(ArticleLines page, String value, Set<Integer> sourceLines) {
    String name = spelled(value);
    Pattern asPlace = Pattern.compile(PLACE_BEFORE + name + NOT_PERSON_AFTER);
    Pattern dateline = Pattern.compile("^" + spelled(value.toUpperCase(Locale.ROOT)) + "\\s*[,(]");
    String called = "(?:" + name + surname(value).map(surname -> "|" + spelled(surname)).orElse("") + ")";
    Pattern asPerson = Pattern.compile(PERSON_BEFORE + called + "\\b|\\b" + called + "\\s+(?:said|says|told|wrote|writes|has\\s+(?:written|reported|covered))\\b");
    List<String> texts = page.nonBlank().stream().filter(line -> !sourceLines.contains(line)).map(page::text).toList();
    return texts.stream().anyMatch(text -> asPlace.matcher(text).find()
            || ArticleLines.wordCount(text) >= ArticleLines.BODY_PARAGRAPH_WORDS && dateline.matcher(text).find())
        && texts.stream().noneMatch(text -> asPerson.matcher(text).find());
  }

  /**
   * The last word of a name of two words or more: the text calls a person "Dr Kamau" or has "Kamau
   * said" where it calls a place by its whole name.
   */
  private static Optional<String> surname(String name) {
    String[] words = name.strip().split("\\s+");
    return words.length >= 2 ? Optional.of(words[words.length - 1]) : Optional.empty();
  }

  /** {@code name} as a pattern that matches it with either apostrophe: a byline's "Cox's Bazar" is the text's "Cox’s Bazar". */
  private static String spelled(String name) {
    return Arrays.stream(name.split("['’]", -1)).map(Pattern::quote).collect(Collectors.joining("['’]"));
  }
}
