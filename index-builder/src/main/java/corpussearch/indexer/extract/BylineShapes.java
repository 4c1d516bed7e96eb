package corpussearch.indexer.extract;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Shapes of byline text that {@link BylineRules} reads before the names: wire copy's names in
 * capitals with the agency after them, the agency on its own line under the byline, a reading
 * time among a byline's parts.
 */
final class BylineShapes {
  private static final String CAPITAL_WORD = "\\p{Lu}[\\p{Lu}'’.-]+";
  /** Two capitals in a row: a word set in capitals, not an initial. */
  private static final Pattern CAPITALS = Pattern.compile("\\p{Lu}\\p{Lu}");
  private static final Pattern CAPITALS_THEN_NAME =
      Pattern.compile("((?:" + CAPITAL_WORD + "(?:\\s+|\\s*,\\s*|\\s+(?:AND|and|&)\\s+)){1,7}" + CAPITAL_WORD + ")"
          + "\\s+(\\p{Lu}\\p{Ll}[\\p{L}'’.&\\s-]{1,60})");

  /**
   * Where the reporter filed from or whom for, after each writer's name: "By Mele Taufa in Pangai",
   * "By Jane Doe For The Kestrel Herald", "By Jane Doe for Dailymail.com", "Harriet Okonedo in
   * Berlin and Tomasz Wierzbicki".
   */
  private static final Pattern FILED_FROM =
      Pattern.compile("\\s+(?:in|[Ff]or(?:\\s+[Tt]he)?)\\s+\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,2}(?=$|\\s*[;&]|\\s+and\\s)");

  /** What sets a byline's parts apart: "Jane Doe | Wire Service · 3 min read". */
  private static final Pattern SEGMENT_SEPARATOR = Pattern.compile("\\s*(?:[|·•]|\\s[–—/-]\\s)\\s*");

  /** A wide gap before another label on the line: "Tekst: Siri Haugland   Foto: Eirik Vatle". */
  private static final Pattern NEXT_LABEL = Pattern.compile("\\s{2,}\\p{L}[\\p{L} ]{0,20}:\\s.*$");

  /** A catalogue's order, surname first: "Rolle, Denise", "Okafor, Marianne T.". */
  private static final Pattern SURNAME_FIRST =
      Pattern.compile("^(\\p{Lu}[\\p{L}\\p{M}'’-]+),\\s+(\\p{Lu}[\\p{L}\\p{M}'’-]+(?:\\s+\\p{Lu}\\.)?)\\.?$");

  /**
   * The names and the verb a newsletter or a paper sets in place of "By": "Kensa Williams reports",
   * "Moana Bragg writes", "KENSA WILLIAMS reports from Truro".
   */
  private static final Pattern REPORTS =
      Pattern.compile("^(.+?)\\s+(?:reports|writes|reporting)(?:\\s+from\\s+\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,2})?[.:]?$");

  private BylineShapes() {}

  /** The names of a line that is only names and "reports" or "writes" ({@link #REPORTS}). */
  static Optional<String> reporterLine(String text) {
    Matcher reports = REPORTS.matcher(text.strip());
    return reports.matches()
        ? PersonNameLists.nameList(reports.group(1), true).filter(names -> names.equalsIgnoreCase(reports.group(1)))
        : Optional.empty();
  }

  /**
   * The names a label gives, without the next label a wide gap sets apart on the same line, and in
   * running order when a database or a catalogue writes one name surname first ("Author: Rolle,
   * Denise" as "Denise Rolle"). Two single words after a label are one name, not two people.
   */
  static String labelledNames(String value) {
    String names = NEXT_LABEL.matcher(value).replaceFirst("").strip();
    Matcher reversed = SURNAME_FIRST.matcher(names);
    return reversed.matches() ? reversed.group(2) + " " + reversed.group(1) : names;
  }

  /** The first of a byline's parts, where its names stand. */
  static String firstSegment(String text) {
    return segments(text).get(0);
  }

  /** A byline's parts, without punctuation around the line. */
  static List<String> segments(String text) {
    return List.of(SEGMENT_SEPARATOR.split(OutletNames.trimPunctuation(text), -1));
  }

  /** A byline in brackets, as agencies close a story: "(By Chen Yi-ting and Lin Wen-hao)". */
  static String unbracketed(String text) {
    return text.startsWith("(") && text.endsWith(")") ? text.substring(1, text.length() - 1).strip() : text;
  }

  /** What a byline's paper follows: its last comma, or "for" ("By Jane Doe For The Kestrel Herald"). */
  private static final Pattern PAPER_AFTER = Pattern.compile("(?:,\\s+|\\s+[Ff]or\\s+)((?:[Tt]he\\s+)?\\p{Lu}[^,]*)$");

  /**
   * The publication after a byline's names, "By Jane Doe, Kestrel Herald", "By Jane Doe for The
   * Kestrel Herald": a name that says it is one ("… Herald") and holds no job word ("Herald
   * Reporter" is a job).
   */
  static Optional<String> publicationAfter(String names) {
    Matcher paper = PAPER_AFTER.matcher(OutletNames.trimPunctuation(names));
    String tail = paper.find() ? paper.group(1).replaceFirst("^the\\s", "The ") : "";
    return AuthorLineRules.isOrganisation(tail) && Arrays.stream(tail.split("\\s+")).noneMatch(RoleWords::isRoleWord)
        ? Optional.of(tail) : Optional.empty();
  }

  /** {@code names} without the places they were filed from ("Mele Taufa in Pangai" as "Mele Taufa"). */
  static String withoutPlace(String names) {
    return FILED_FROM.matcher(names).replaceAll("");
  }

  /**
   * "JANE DOE Associated Press" as "JANE DOE | Associated Press": wire copy sets the names in
   * capitals and the agency after them in ordinary case, with no separator. Initials alone are no
   * name in capitals: "K. P. Haneefa" is one name, its surname no agency.
   */
  static String capitalsThenOutlet(String text) {
    Matcher split = CAPITALS_THEN_NAME.matcher(text.strip());
    // "MacAULAY" after "OWEN" is a surname in capitals with its Gaelic prefix, not an agency in ordinary case.
    return split.matches() && CAPITALS.matcher(split.group(1)).find() && OutletNames.isOutletName(split.group(2))
        && !NameCase.isCapitals(split.group(2)) ? split.group(1) + " | " + split.group(2) : text;
  }

  /**
   * The agency or paper set on its own line under the byline ("By Jane Doe" / "Associated Press"):
   * a short name and nothing else, not a person's, no date, no label ("Photos: Jane Doe" credits
   * the pictures), no count of the writer's followers ("312 Followers"), no reading time ("Lesezeit 3 Min.").
   */
  static boolean isAgencyLine(String text) {
    return !text.contains(":") && OutletNames.isOutletName(OutletNames.trimPunctuation(text))
        && ArticleLines.wordCount(OutletNames.withoutPlaceAfter(text)) <= 4
        && (!PersonNames.isName(text, false) || OutletNames.hasPublicationWord(text))
        && DateParser.find(text).isEmpty() && !NavigationLines.isNavigation(text) && !AUDIENCE_COUNT.matcher(text.strip()).matches()
        && !DateSideParts.saysNothing(text.strip());
  }

  /** The writer's audience counted under the byline, "312 Followers", "1.2K subscribers": no agency. */
  private static final Pattern AUDIENCE_COUNT =
      Pattern.compile("(?iu)[\\d.,]+\\s*[km]?\\s+(?:followers?|subscribers?|members?|readers?|fans|claps|likes|views)");

  /**
   * The clock time a blog's footer gives its post after the name, "Posted by Jane Doe at 11:48
   * PM", "Publié par A à 23h48", "Postado por A às 23:48": when, not who.
   */
  private static final Pattern POSTING_TIME =
      Pattern.compile("(?iu)\\s+(?:at|à|às|a\\s+las?|en|um)\\s+\\d{1,2}[:.h]\\d{2}(?:\\s*[ap]\\.?m\\.?)?\\s*$");

  /** {@code text} without a post's clock time at its end ({@link #POSTING_TIME}). */
  static String withoutPostingTime(String text) {
    return POSTING_TIME.matcher(text).replaceFirst("");
  }

  /** {@code text} without its reading-time parts ("Jane Doe • Sep 14, 2023 • 5 min read"). */
  static String withoutClock(String text) {
    List<String> parts = segments(text);
    return parts.size() < 2 ? text : parts.stream()
        .filter(segment -> !NavigationLines.isRelativeTime(segment))
        .collect(Collectors.joining(" · "));
  }

  /**
   * Whether an agency line under a byline may name the outlet: "Reuters" or "London" (one ordinary
   * word) is furniture but names none for sure, and "Observer Bong County Correspondent" is the
   * reporter's job, whatever paper it names.
   */
  static boolean mayNameOutlet(String text) {
    boolean oneOrdinaryWord = !text.strip().contains(" ") && !PageHeader.isCapitals(text) && !OutletNames.hasPublicationWord(text);
    return !oneOrdinaryWord && !AuthorLineRules.isRole(text);
  }
}
