package corpussearch.indexer.extract;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * A byline a copied page breaks at its joining word: "By Dana Whitfield" / "and" / "Marcus
 * Oyelaran", or "By Jane Doe and" / "John Roe". A site links each writer's name on its own, and a
 * copy puts each link on a line of its own; the lines read together are one byline.
 */
final class SplitBylines {
  /** A joining word alone on its line, in English, German, French, Spanish or Portuguese. */
  private static final Pattern JOINER = Pattern.compile("(?i)(?:and|&|und|et|y|e)");
  /** A joining word ending the line before the next name; a single letter there is a middle initial ("By Mary E" / "Smith"). */
  private static final Pattern TRAILING_JOINER = Pattern.compile("(?i)\\s+(?:and|&|und|et)$");

  /** One byline read across lines: its text and the lines after the first that it took in. */
  record Joined(String text, List<Integer> laterLines) {}

  private SplitBylines() {}

  /** The byline that opens at {@code line} ("By …") and goes on with the next writer's name, if it does. */
  static Optional<Joined> join(ArticleLines page, int line) {
    String text = page.text(line).strip();
    if (!BylineRules.BY.matcher(text).matches()) {
      return Optional.empty();
    }
    OptionalInt next = page.nextNonBlank(line, 0);
    if (next.isEmpty()) {
      return Optional.empty();
    }
    if (TRAILING_JOINER.matcher(text).find()) {
      return withName(page, text, next.getAsInt(), List.of(next.getAsInt()));
    }
    if (!JOINER.matcher(page.text(next.getAsInt()).strip()).matches()) {
      return Optional.empty();
    }
    OptionalInt name = page.nextNonBlank(next.getAsInt(), 0);
    return name.isEmpty() ? Optional.empty()
        : withName(page, text + " and", name.getAsInt(), List.of(next.getAsInt(), name.getAsInt()));
  }

  private static Optional<Joined> withName(ArticleLines page, String opening, int nameLine, List<Integer> taken) {
    String name = page.text(nameLine).strip();
    return PersonNameLists.nameList(name, false).map(names -> new Joined(TRAILING_JOINER.matcher(opening).replaceFirst(" and ") + name, taken));
  }
}
