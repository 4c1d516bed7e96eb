package corpussearch.indexer.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Initialled names ("H. Kessler", "M.J. Okafor") spelled out as the same page spells them
 * elsewhere ("Hannah Kessler"): a machine field or a short credit often holds an initial where the
 * byline or the bio card gives the name in full, and the fuller of two agreeing forms is the
 * writer's. A name is spelled out only when the page spells it one way: "H. Kessler" beside both
 * "Hannah Kessler" and "Hugo Kessler" stays as it is.
 */
public final class InitialledNames {

  /** Up to three initials, each with its full stop, then a capitalised surname ("O'Neill", "McKay", "Diallo-Ba"). */
  private static final Pattern INITIALLED =
      Pattern.compile("(?<![\\p{L}.])((?:\\p{Lu}\\.\\s?){1,3}+)(\\p{Lu}[\\p{L}'’-]{1,40}+)(?![\\p{L}])");
  private static final Pattern INITIAL = Pattern.compile("\\p{Lu}");
  /** The rest of a given name printed in full after its capital, and the space before the next name. */
  private static final String GIVEN_REST = "[\\p{Ll}'’-]{1,30}+\\s++";

  private InitialledNames() {}

  /**
   * {@code authors} with each initialled name that {@code texts} spell out one way only replaced by
   * that spelling, under the same rule.
   *
   * @param authors the chosen author value, possibly unknown
   * @param texts the page's lines or blocks
   */
  public static FieldValue spelledOut(FieldValue authors, List<String> texts) {
    if (!authors.isKnown()) {
      return authors;
    }
    Matcher initialled = INITIALLED.matcher(authors.value());
    StringBuilder out = new StringBuilder();
    while (initialled.find()) {
      String full = fullForm(initialled.group(1), initialled.group(2), texts);
      initialled.appendReplacement(out, Matcher.quoteReplacement(full == null ? initialled.group() : full));
    }
    initialled.appendTail(out);
    String value = out.toString();
    return value.equals(authors.value()) ? authors : FieldValue.of(value, authors.rule());
  }

  /** The one spelling of {@code surname} after given names whose initials are {@code initials}, or null. */
  private static String fullForm(String initials, String surname, List<String> texts) {
    StringBuilder given = new StringBuilder("(?<![\\p{L}.])");
    INITIAL.matcher(initials).results().forEach(letter -> given.append(Pattern.quote(letter.group())).append(GIVEN_REST));
    Pattern spelled = Pattern.compile(given + Pattern.quote(surname) + "(?![\\p{L}])");
    Set<String> forms = new LinkedHashSet<>();
    for (String text : texts) {
      spelled.matcher(text).results().forEach(found -> forms.add(found.group().replaceAll("\\s++", " ")));
    }
    String only = forms.size() == 1 ? forms.iterator().next() : null;
    return only != null && NameAndDateShapes.isPersonName(only) ? only : null;
  }
}
