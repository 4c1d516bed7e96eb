package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.MetadataField.DATE;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code wire-stamp}: what an agency's copy carries besides the story. Its transmission stamp at
 * the foot, "NNA-WF-03-12-24 1547GMT" (agency, desk, month-day-year in the American wire
 * convention, the time and its zone), or the day and time alone, "04-18-26 1422GMT", is the day the story moved; the machine lines above the
 * headline ({@link MachineLines}) and the notes to editors are the copy's, never the story's:
 * "Eds: UPDATES with …", and notes in capitals in brackets, "(STORY CAN END HERE. OPTIONAL
 * MATERIAL FOLLOWS.)", "(MORE)", "(END)", notes in double brackets, "((PHOTO AVAILABLE: …))", and
 * pointers to other copy, "(For a FACTBOX on …, double-click)".
 */
final class WireCopy {
  private static final Pattern STAMP =
      Pattern.compile("^(?:\\p{Lu}{2,6}(?:-\\p{Lu}{1,4}+)++-)?(\\d{2})-(\\d{2})-(\\d{2})\\s+\\d{4}\\s*(?:GMT|UTC|Z|\\p{Lu}{2,4})$");

  /**
   * A note to editors: "Eds:" (the wire's own abbreviation) or "Editors:" and what it says, after
   * the copy's priority when there is one ("URGENT - EDS: Adds quote …").
   */
  private static final Pattern EDITORS_NOTE =
      Pattern.compile("^(?:(?:URGENT|BULLETIN|FLASH|ALERT)\\s*[-–—:]?\\s*)?(?:Eds|EDS|Editors|EDITORS)\\s*:\\s+\\S.*$");

  /** A note in capitals in brackets, a line of its own: "(MORE)", "(STORY CAN END HERE …)". */
  private static final Pattern BRACKETED_NOTE = Pattern.compile("^\\(\\s*[\\p{Lu}\\d][\\p{Lu}\\d\\s.,;:'’&/-]*\\)$");

  /** The verbs a write-through's advisory opens with in ordinary case: "(Adds quote from analyst in paragraph 5)". */
  private static final String ADVISORY_VERB =
      "(?:Adds|Updates|Recasts|Corrects|Changes|Rewrites|Inserts|Removes|Refiles|Repeats|Writes\\s+through|Fixes|Clarifies)\\s";

  /**
   * An advisory to editors in brackets, opened by a keyword in capitals or an advisory's verb:
   * "(ATTN: UPDATES with union comment in paras 5-6)", "(RECASTS headline, ADDS quotes)",
   * "(CORRECTS spelling of name)", "(Adds quote from analyst)".
   */
  private static final Pattern ADVISORY = Pattern.compile("^\\(\\s*(?:\\p{Lu}{3,}\\b:?|" + ADVISORY_VERB + ")[^()]*\\)$");

  /**
   * A version's label glued to what the version changed, a line of its own above the headline:
   * "UPDATE 1-Adds defence arguments, background", "REFILE-Corrects typo in headline".
   */
  private static final Pattern VERSION_NOTE =
      Pattern.compile("^(?:UPDATE\\s*\\d{1,2}|REFILE|CORRECTED|RPT)\\s*[-–—:]\\s*(?i:" + ADVISORY_VERB + ").*$");

  /**
   * A pointer in brackets to other copy on the wire's terminal: "(For a FACTBOX on …, double-click)",
   * "(For related story, click [ID:nL5N2X])", "(For full coverage, see …)".
   */
  private static final Pattern POINTER =
      Pattern.compile("^\\(\\s*For\\s+[^()]{1,120}?,?\\s+(?:double-click|click|see|type|tap)\\b[^()]*\\)$");

  /** A note to editors in double brackets, wire copy's own: "((PHOTO AVAILABLE: …))", "((reporter's e-mail; desk))". */
  private static final Pattern DOUBLE_BRACKETED = Pattern.compile("^\\(\\([^()]{1,400}\\)\\)$");

  /**
   * The wire's tag before a headline, "(LEAD)", "(2ND LD)", "(URGENT)", "(UPDATE 1)", or glued to it
   * by a hyphen, "UPDATE 1-", "REFILE-", "CORRECTED-": the copy's version, not the story's words.
   */
  private static final Pattern HEADLINE_TAG = Pattern.compile("^\\((?:\\d+(?:ST|ND|RD|TH)\\s+)?\\p{Lu}{2,}(?:\\s+\\p{Lu}{2,})?(?:\\s+\\d+)?\\)\\s+(?=\\S)"
      + "|^(?:UPDATE\\s+\\d{1,2}|REFILE|CORRECTED|RPT|REPEAT)-(?=\\S)");

  /**
   * A field's label before the headline, as a wire client or a content system prints it:
   * "HEADLINE: …", "HED: …", "Title: …", "Headline — …".
   */
  private static final Pattern HEADLINE_LABEL =
      Pattern.compile("(?i)^(?:headline|hed|hl|title|story title|head(?:line)? text)\\s*(?::|\\s[—–-])\\s+(?=\\S)");

  private static final int CENTURY = 2000;

  private WireCopy() {}

  /** Whether {@code text} is a note to editors rather than a line of the story. */
  static boolean isEditorsNote(String text) {
    return EDITORS_NOTE.matcher(text).matches() || BRACKETED_NOTE.matcher(text).matches() || ADVISORY.matcher(text).matches()
        || DOUBLE_BRACKETED.matcher(text).matches() || POINTER.matcher(text).matches() || VERSION_NOTE.matcher(text).matches();
  }

  /** {@code headline} without the wire's tag or a field's label before it ("(LEAD) Port to test …" as "Port to test …"). */
  static String withoutTag(String headline) {
    return HEADLINE_TAG.matcher(HEADLINE_LABEL.matcher(headline).replaceFirst("")).replaceFirst("");
  }

  /** The day a transmission stamp gives, month first as the wires write it. */
  static Optional<LocalDate> stampDate(String text) {
    Matcher stamp = STAMP.matcher(text.strip());
    if (!stamp.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(CENTURY + Integer.parseInt(stamp.group(3)),
          Integer.parseInt(stamp.group(1)), Integer.parseInt(stamp.group(2))));
    } catch (java.time.DateTimeException notADate) {
      return Optional.empty();
    }
  }

  /**
   * Marks the copy's own lines: machine lines above the headline, notes to editors and stamps
   * anywhere; a stamp's day is a date candidate.
   */
  static void collect(ArticleLines page, int titleLine, Findings out) {
    for (int line : page.nonBlank()) {
      String text = page.text(line);
      if (titleLine >= 0 && line < titleLine && MachineLines.isMachine(text) || isEditorsNote(text)) {
        out.markMetadata(line);
      }
      stampDate(text).ifPresent(date -> {
        out.markMetadata(line);
        out.propose(Candidate.of(DATE, date.toString(), RuleNames.WIRE_STAMP, line));
      });
    }
  }
}
