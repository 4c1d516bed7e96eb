package corpussearch.indexer.extract;

import java.util.regex.Pattern;

/**
 * The parts of a line of dates that are not dates: a reading time, an issue number, a count of
 * views or words, who posted it, a wire slug's code, desk and word count, a header field of one
 * token ("Filed: 19/11/2024 16:42 AEST   Words: 402   Priority: Routine"). They may share a date line
 * without making it prose.
 */
final class DateSideParts {
  /** A reading time's label before it in other languages: "Lesezeit 3 Min.", "Temps de lecture : 4 min". */
  private static final String READING_TIME_LABEL =
      "lesezeit|lesedauer|temps\\s+de\\s+lecture|tiempo\\s+de\\s+lectura|tempo\\s+di\\s+lettura|tempo\\s+de\\s+leitura|leestijd|czas\\s+czytania|lästid|lesetid|læsetid|reading\\s+time|read\\s+time";

  /** An office's reference beside a release's date: "No. PSCC/PR/2025/143", "Ref: MFA/PR/17-2024", "Ref. No. 04/2025-PR". */
  private static final String REFERENCE =
      "(?:ref(?:erence)?\\.?(?:\\s+no)?\\.?|no\\.)\\s*:?\\s*[\\p{Lu}\\d][\\p{Lu}\\d/.-]*\\d[\\p{Lu}\\d/.-]*";
  private static final Pattern REFERENCE_LINE = Pattern.compile("(?i)" + REFERENCE);

  /** Parts that share a line with a date and say nothing about it: reading time, issue number, section, another calendar's date. */
  private static final Pattern SAYS_NOTHING =
      Pattern.compile(
          "(?iu)(?:" + READING_TIME_LABEL + ")?\\s*:?\\s*\\d{1,3}(?:\\s*[-–]\\s*\\d{1,3})?\\s*min(?:ute)?s?\\.?(?:\\s+read)?"
              + "|(?:issue|no\\.|number|vol\\.|volume|edition)\\s*#?\\s*\\d+(?:\\s*\\(\\d+\\))?(?:\\s*,\\s*(?:issue|no\\.)\\s*#?\\s*\\d+)?"
              + "|" + REFERENCE
              + "|[\\d,]+\\s+(?:comments?|views?|reads?|shares?|words?|pages?|characters|photos?)"
              // a count of views after an eye, its thousands set apart by a space: "👁 1 842"
              + "|[\\x{1F441}\\x{FE0F}]++\\s*+\\d{1,3}(?:[\\s\\u00A0\\u202F,.]\\d{3})*+"
              + "|(?:comments?|views?|reads?|hits|shares?|words?|pages?|characters|photos?|length)\\s*:?\\s*[\\d,]+(?:\\s+words)?"
              // the same in other languages, thousands set apart by a space: "Просмотров: 4 812", "Aufrufe: 1.204"
              + "|(?:просмотр\\p{L}*|перегляд\\p{L}*|aufrufe|vues|visitas|visualiza\\p{L}*|lecturas|letture|weergaven)\\s*:?\\s*\\d{1,3}(?:[\\s\\u00A0\\u202F,.]\\d{3})*"
              // a wire header's field of one machine-written token beside "Filed: …": "Priority: Routine", "Desk: QLD"
              + "|\\p{L}[\\p{L} ]{0,20}:\\s*[\\p{Lu}\\d][\\p{L}\\d/.-]*"
              // who put it on the site, "Posted by: webeditor": not the author, but no date either
              + "|(?:posted|filed|submitted|uploaded)\\s+by\\s*:?\\s*[\\p{L}\\d._ -]{1,40}"
              // the aggregator or the app that carries it, or the source it names: "via NewsStack · 6h ago · Mar 2, 2026",
              // "[Source: Meridian Wire]  Aug 14, 2025 10:52 PM"
              + "|via\\s+\\p{Lu}[\\p{L}\\d.&'’-]*+(?:\\s+\\p{Lu}[\\p{L}\\d.&'’-]*+){0,3}"
              + "|\\[(?:source|via|from)\\s*:\\s*[^\\[\\]]{1,40}\\]|(?:source|via)\\s*:\\s*\\p{Lu}[\\p{L}\\d.&'’ -]{0,40}"
              // the place whose clock the time is, in brackets: "2025-07-16 15:30 (Kabul)"
              + "|\\(\\p{Lu}[\\p{L}\\p{M}'’ -]{1,30}\\)"
              // the section filed under, one word: "08/10/2024 · Releases"
              + "|\\p{Lu}\\p{Ll}+"
              // the same day in another calendar, its era marked: "Jumada al-Awwal 19, 1446 AH", "1 Azar 1403 SH", "2567 BE"
              + "|(?:[\\p{L}'’-]++[ ,.]*+|\\d{1,2}+[ ,.]++){0,5}+\\d{3,4}+\\s*+(?:A\\.?H|S\\.?H|B\\.?E|H|هـ)\\.?");

  /**
   * A later update the same day, its time alone: "updated at 10:12", "mis à jour à 10h12",
   * "aktualisiert um 14:05 Uhr". The date beside it is the publication's.
   */
  private static final Pattern UPDATED_AT_TIME = Pattern.compile("(?iu)(?:last\\s+)?" + DateWords.UPDATE_LABEL.pattern()
      + "\\s*+:?\\s*+(?:at|à|a\\s+las|um|alle|om)?\\s*+\\d{1,2}[:.h]\\d{2}(?:\\s*+(?:[ap]\\.?m\\.?|uhr|\\p{Lu}{2,4}))?\\.?");

  /** The most parts a slug line has: code, date, time, desk, word count, priority. */
  private static final int MAX_SLUG_PARTS = 7;

  /** The most words in a part of a slug line that is not its date: "ECONOMIA/TRANSPORTES", "367 palavras". */
  private static final int MAX_SLUG_PART_WORDS = 3;

  /**
   * The brackets around a relative stamp beside the date, "(Updated 2 days ago)": it says when the
   * page was last touched, counted from a day the reader cannot know, so never which day the story
   * appeared.
   */
  private static final Pattern BRACKETS = Pattern.compile("^\\(|\\)$");

  private DateSideParts() {}

  /** Whether {@code part} says nothing about the date beside it: "7 min read", "Issue #214", "Views: 418", "updated at 10:12". */
  static boolean saysNothing(String part) {
    return SAYS_NOTHING.matcher(part).matches() || UPDATED_AT_TIME.matcher(part.strip()).matches()
        || NavigationLines.isRelativeTime(BRACKETS.matcher(part.strip()).replaceAll(""));
  }

  /** Whether {@code line} is an office's reference alone ("Ref. No. 04/2025-PR"), which no headline is. */
  static boolean isReference(String line) {
    return REFERENCE_LINE.matcher(line.strip()).matches();
  }

  /**
   * Whether {@code part}, one of a line of {@code parts} parts, is a wire slug's field beside its
   * date, as in "AKN-ING 0412 | 19.11.2024 | 10h52 WAT | ECONOMIA | 367 palavras", whatever its
   * language: a short part of a line of three or more, with no date of its own, written as a
   * machine writes it (a number in it, or no small letters). A part in ordinary case ("Greenmantle
   * Trust · Research brief · 12 October 2023") may be an outlet or a name, which other rules read.
   */
  static boolean isSlugField(String part, int parts) {
    return parts >= 3 && parts <= MAX_SLUG_PARTS && part.strip().split("\\s+").length <= MAX_SLUG_PART_WORDS
        && MACHINE_WRITTEN.matcher(part).find() && DateParser.find(part).isEmpty();
  }

  /** A digit, or no small letter at all. */
  private static final Pattern MACHINE_WRITTEN = Pattern.compile("\\d|^[^\\p{Ll}]+$");
}
