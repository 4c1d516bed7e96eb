package corpussearch.indexer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reporters a wire story's credit names, for the {@code credit-line} rule ({@link
 * AuthorLineRules}): "-- Reporting by Jane Doe in Kyiv; Editing by John Roe" on a line of its own,
 * or in brackets closing the last paragraph, "… two diplomats. (Reporting by Elena Varga; Editing
 * by Tom Whitcombe)". Writers of the reporters' copy and "additional reporting" count; editors do not.
 */
final class CreditLines {
  private static final Pattern CREDIT =
      Pattern.compile("(?i)^[-–—\\s(]*(?:reporting|writing|reported|compiled)\\s+by\\s+([^;]+)"
          // or in brackets closing the story's last paragraph: "… two diplomats. (Reporting by Elena Varga; Editing by Tom Whitcombe)"
          + "|(?<=[.!?\"”’]\\s)\\((?i:reporting|writing)\\s+by\\s+([^;()]+)(?=(?:;[^()]*)?\\)\\s*$)");
  /** The credit's next part, "; Additional reporting by John Roe in London", "; Writing by Peter Hallam" (who wrote the reporters' copy up). */
  private static final Pattern ADDITIONAL = Pattern.compile("(?i);\\s*(?:additional\\s+reporting|writing)\\s+by\\s+([^;]++)");

  private CreditLines() {}

  /**
   * The reporters a credit names, joined as a byline; {@code standsAlone} when the credit is a line
   * of its own, furniture, not the close of a paragraph of the story.
   */
  record Reporters(String names, boolean standsAlone) {}

  /** The reporters a credit line names, each without the place they reported from. */
  static Optional<Reporters> reporters(String text) {
    Matcher credit = CREDIT.matcher(text);
    if (!credit.find()) {
      return Optional.empty();
    }
    boolean alone = credit.group(1) != null;
    List<String> names = names(alone ? credit.group(1) : credit.group(2));
    Matcher additional = ADDITIONAL.matcher(text).region(credit.end(), text.length());
    if (!names.isEmpty() && additional.lookingAt()) {
      names(additional.group(1)).stream().filter(name -> !names.contains(name)).forEach(names::add);
    }
    return names.isEmpty() ? Optional.empty() : Optional.of(new Reporters(AuthorLineRules.joined(names), alone));
  }

  /** The names a credit's part lists, up to the first that is no person's. */
  private static List<String> names(String part) {
    List<String> names = new ArrayList<>();
    for (String each : AuthorLineRules.NAME_SEPARATOR.split(part.strip())) {
      String name = OutletNames.trimPunctuation(AuthorLineRules.PLACE.matcher(each).replaceFirst(""));
      if (!PersonNames.isName(name, false)) {
        break;
      }
      names.add(name);
    }
    return names;
  }
}
