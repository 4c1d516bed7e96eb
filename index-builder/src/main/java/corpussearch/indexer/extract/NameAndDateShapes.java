package corpussearch.indexer.extract;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The text path's name and date normalisation, offered to readers of structured sources (HTML,
 * web archives) so that a byline or a date found in markup is judged by the same rules as one
 * found in plain text.
 */
public final class NameAndDateShapes {

  /** Labels that introduce a byline: "By", "Written by", "Words:", "Reporting by", "Author:". */
  private static final Pattern BY_PREFIX =
      Pattern.compile("(?i)^\\s*(?:(?:written|words|reporting|text|story|photos and words|posted|compiled)\\s+by|by|words|author|authors|text|reporter)(?:\\s*:\\s*|\\s+)");
  private static final Pattern ISO_PREFIX = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(?:$|[T\\s].*)");

  private NameAndDateShapes() {}

  /**
   * The calendar date {@code text} states, as ISO {@code YYYY-MM-DD}: an ISO date or timestamp
   * (the date as written, whatever its time zone), or any format {@code DateParser} reads.
   */
  public static Optional<String> isoDate(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    var iso = ISO_PREFIX.matcher(text.strip());
    if (iso.matches()) {
      return DateParser.find(iso.group(1)).map(found -> found.date().toString());
    }
    return DateParser.find(text).map(found -> found.date().toString());
  }

  /**
   * The authors a visible byline names ("By Jane Doe and John Roe, Staff Writers", "Words: Jane
   * Doe", "By Jane Doe jdoe@example.com"), as written; empty when the text does not start with
   * names.
   */
  public static Optional<String> bylineNames(String text) {
    // "SELMA KORKMAZ and DAVID REIS Allied Press": the agency after names in capitals is a part of its own
    String withoutBy = BylineShapes.capitalsThenOutlet(BylineLabels.withoutLabel(BY_PREFIX.matcher(text).replaceFirst("")));
    Optional<String> whole = PersonNameLists.nameList(withoutBy, true);
    // "A and B · 24 March 2025": the list ends where the byline's first part does, so the whole line reads as "A" alone.
    Optional<String> names = PersonNameLists.nameList(BylineShapes.firstSegment(withoutBy), true)
        .filter(listed -> whole.map(shorter -> listed.length() > shorter.length() && listed.startsWith(shorter)).orElse(true))
        .or(() -> whole);
    return names.isPresent() ? names : PersonNames.leadingName(withoutBy);
  }

  /** "A y B", "A und B": the two names a conjunction of another language joins, else {@code text} alone. */
  public static List<String> conjoinedNames(String text) {
    return PersonNameLists.conjoinedNames(text.strip(), true, false);
  }

  /** {@code name} without the legal forms a company adds to it ("Lake Geneva Observer SA", "… GmbH", "… sp. z o.o."). */
  public static String withoutLegalSuffix(String name) {
    return OutletNames.withoutLegalSuffix(name);
  }

  /** Whether a word of {@code text} describes a job or a newsroom ("Redaktion LGO", "Sports Desk", "Staff Reporter"): no person's name holds one. */
  public static boolean hasRoleWord(String text) {
    return Arrays.stream(text.strip().split("\\s+")).map(OutletNames::trimPunctuation).anyMatch(RoleWords::isRoleWord);
  }

  /** Whether {@code text} has the shape of one person's name. */
  public static boolean isPersonName(String text) {
    return PersonNames.isName(text, true);
  }

  /**
   * Whether {@code longer} is {@code shorter} with more of the publication's own name after it
   * ("KSBT News 4" of "KSBT"), not merely a legal or organisation word ("KSBT Media", "KSBT Inc.").
   */
  public static boolean extendsName(String shorter, String longer) {
    if (shorter == null || longer == null) {
      return false;
    }
    String head = shorter.strip();
    String full = OutletNames.withoutLegalSuffix(longer);
    return full.length() > head.length()
        && full.regionMatches(true, 0, head, 0, head.length())
        && Character.isWhitespace(full.charAt(head.length()))
        && OutletNames.withoutOrganisationWords(full).filter(rest -> rest.equalsIgnoreCase(head)).isEmpty()
        && OutletNames.isOutletName(full);
  }

  /** Whether {@code text} could name an outlet ("The Daily Courier", "Reuters"). */
  public static boolean isOutletName(String text) {
    return OutletNames.isOutletName(text);
  }
}
