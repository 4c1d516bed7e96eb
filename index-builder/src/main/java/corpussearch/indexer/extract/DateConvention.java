package corpussearch.indexer.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a slashed (or dashed) date such as 03/05/2022, which is 3 May in one country and March 5 in another,
 * from what the rest of the page says: another slashed date with a part above 12 shows the page's
 * order, and a spelled-out date elsewhere that equals one reading picks it (a dateline's day and month
 * without the year too, "MOSCOW, January 4.", but no other date without its year); failing both, the order
 * in which the page spells day and month ("Monday 3 April" shows a day-first page) does, unless the
 * page labels its numeric dates in another language than English ({@link #isLabelledAbroad}). When
 * the page says nothing, a page that prices in pounds or euros and never in dollars is read day first (see
 * {@link #isPricedDayFirst}), and so is one that stamps its times in a day-first country's zone
 * ({@link #isZonedDayFirst}); a page that shows it is American is read month first ({@link
 * #isUnitedStatesPage}); else, or when it says both ways, the date stays unknown (a weekday beside
 * the date is {@link DateParser}'s business).
 */
final class DateConvention {
  private static final Pattern SLASHED =
      Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4})(?![\\d/])");
  /**
   * "03-04-2023", "12.04.2024": dashes and dots are read day-first unless the page settles the other
   * order. Dots are the day-first countries' own separator, so the order an English text on their
   * sites spells its dates in ("March 25") does not settle a dotted date; a date stated in words or
   * an American page does.
   */
  private static final Pattern DASHED = Pattern.compile("(?<![\\d.-])(\\d{1,2})([-.])(\\d{1,2})\\2(\\d{4})(?![\\d-]|\\.\\d)");
  /** A date's label in another language than English ({@link DateWords#FOREIGN_LABELS}) but "data", an English word too. */
  private static final Pattern FOREIGN_LABEL =
      Pattern.compile("(?iu)(?<!\\p{L})(?!data(?!\\p{L}))(?:" + DateWords.FOREIGN_LABELS + ")(?!\\p{L})");
  private static final int MONTHS = 12;
  private static final String MONTH_NAME =
      "(?:January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
  /** "3 April", "Monday 3rd of April": the day written before the month. */
  private static final Pattern DAY_MONTH =
      Pattern.compile("(?<![\\d.,/:])\\b([1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?\\s+(?:of\\s+)?(" + MONTH_NAME + ")(?!\\p{L})");
  /** "April 3", "Aug. 20": the month written before the day. */
  private static final Pattern MONTH_DAY =
      Pattern.compile("\\b(" + MONTH_NAME + ")\\s+([12]\\d|3[01]|[1-9])(?:st|nd|rd|th)?(?!\\d|[:.]\\d|\\p{L})");

  /** A day and month without a year, "Mar 7", "7 March", "Thu, 7 Mar": a post's short date. */
  private static final Pattern DAY_AND_MONTH =
      Pattern.compile(
          "(?i)(?:" + DateParser.WEEKDAY + ",?\\s+)?(?:(?:" + DateParser.MONTH_NAMES + ")\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?"
              + "|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:" + DateParser.MONTH_NAMES + ")\\.?)");

  /** An amount in pounds or euros: "£310,000", "€4.5m", "12 euros", "50p". */
  private static final Pattern POUNDS_OR_EUROS = Pattern.compile("[£€]\\s?\\d|\\d\\s?€|\\b\\d[\\d,.]*\\s+(?:euros?|pounds|pence)\\b");
  private static final Pattern DOLLARS = Pattern.compile("\\$\\s?\\d|\\b\\d[\\d,.]*\\s+dollars\\b");
  /** A clock time in a United States zone: "9:40 a.m. EST", "10 p.m. CDT", "6:15 AKST", "noon ET" is none (no figure). */
  private static final Pattern US_ZONE_TIME =
      Pattern.compile("\\b\\d{1,2}(?::\\d{2})?\\s?(?:[ap]\\.?m\\.?\\s?)?\\(?(?:[ECMP][SD]T|AK[SD]T|HST|ET|CT|PT)\\b");
  /**
   * A clock time in a zone of the countries that write their dates day first: "17:40 GMT", "9.15am
   * BST", "14:00 CET", "10:30 PKT". UTC is everyone's, so it says nothing.
   */
  private static final Pattern DAY_FIRST_ZONE_TIME =
      Pattern.compile("\\b\\d{1,2}[:.]\\d{2}\\s?(?:[ap]\\.?m\\.?\\s?)?\\(?(?:GMT|BST|IST|WET|WEST|CET|CEST|EET|EEST|MSK|PKT|EAT|WAT|CAT|SAST|AEST|AEDT|AWST|NZST|NZDT)\\b");
  /** What a dateline sets before its day and month: the place in capitals and a comma, "MOSCOW, ". */
  private static final Pattern DATELINE_PLACE = Pattern.compile("\\p{Lu}[\\p{Lu}\\p{M} .'’-]{1,40}+,\\s*+");

  /**
   * A dateline in the Associated Press's style, a town in capitals and its state's abbreviation
   * before the dash: "DULUTH, Minn. —", "SANTA FE, N.M. —".
   */
  private static final Pattern US_DATELINE = Pattern.compile(
      "^\\p{Lu}[\\p{Lu} .'-]{1,40}+,\\s(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev"
          + "|N\\.H|N\\.J|N\\.M|N\\.Y|N\\.C|N\\.D|Okla|Ore|Pa|R\\.I|S\\.C|S\\.D|Tenn|Vt|Va|Wash|W\\.Va|Wis|Wyo)\\.\\s?[—–-]");

  /** A month and a year alone, as a report's cover dates it: "January 2025". */
  private static final Pattern MONTH_AND_YEAR = Pattern.compile("(?i)(?:" + DateParser.MONTH_NAMES + ")\\.?\\s+(?:19|20)\\d{2}");

  private DateConvention() {}

  /** Whether {@code text} is a month and a year and nothing else, a report's or an issue's date: "January 2025". */
  static boolean isMonthAndYear(String text) {
    return MONTH_AND_YEAR.matcher(text.strip()).matches();
  }

  /** Whether {@code text} is a day and a month and nothing else (no year: it dates, it does not say when). */
  static boolean isDayAndMonth(String text) {
    return DAY_AND_MONTH.matcher(text.strip()).matches();
  }

  /** A matcher of the day and month (no year) in {@code text}, "Wed 9 Oct", "Aug 5". */
  static Matcher dayAndMonth(String text) {
    return DAY_AND_MONTH.matcher(text);
  }

  /** {@code text} as a date line whose only date is an ambiguous slashed one, read by the page. */
  static Optional<LocalDate> resolve(String text, ArticleLines page) {
    Matcher slashed = SLASHED.matcher(text);
    if (!slashed.find()) {
      slashed = DASHED.matcher(text);
    }
    slashed.reset();
    if (!slashed.find()
        || !DateParser.isFiller(text.substring(0, slashed.start()))
        || !DateParser.isFiller(text.substring(slashed.end()))) {
      return Optional.empty();
    }
    int first = Integer.parseInt(slashed.group(1));
    int second = Integer.parseInt(slashed.group(slashed.groupCount() - 1));
    int year = Integer.parseInt(slashed.group(slashed.groupCount()));
    List<LocalDate> readings = new ArrayList<>();
    valid(year, second, first).ifPresent(readings::add); // day first
    valid(year, first, second).ifPresent(readings::add); // month first
    if (readings.size() != 2 || readings.get(0).equals(readings.get(1))) {
      return Optional.empty();
    }
    List<LocalDate> stated =
        readings.stream().filter(r -> statedInNumbersOrWords(page, r.equals(readings.get(0)), r)).toList();
    if (stated.isEmpty() && slashed.pattern() == DASHED && slashed.group(2).equals(".")) {
      return Optional.of(readings.get(isUnitedStatesPage(page) ? 1 : 0));
    }
    if (stated.isEmpty() && isLabelledAbroad(page)) {
      return Optional.of(readings.get(0));
    }
    List<LocalDate> supported =
        stated.isEmpty() ? readings.stream().filter(r -> spelledInOrder(page, r.equals(readings.get(0)))).toList() : stated;
    if (supported.isEmpty() && (isPricedDayFirst(page) || isZonedDayFirst(page))) {
      return Optional.of(readings.get(0));
    }
    if (supported.isEmpty() && isUnitedStatesPage(page)) {
      return Optional.of(readings.get(1));
    }
    return supported.size() == 1 ? Optional.of(supported.get(0)) : Optional.empty();
  }

  /**
   * Whether the page labels a numeric date in a language of the countries that write the day first
   * ("Mis à jour le 02/04/2025 à 09:14", "Veröffentlicht am 03.04.2025"): the site's own words,
   * which its stories' English ("On March 27") does not overrule. The countries that write the
   * month first label their dates in English.
   */
  private static boolean isLabelledAbroad(ArticleLines page) {
    return page.nonBlank().stream().map(page::text)
        .anyMatch(text -> (SLASHED.matcher(text).find() || DASHED.matcher(text).find()) && FOREIGN_LABEL.matcher(text).find());
  }

  /**
   * Whether the page prices things in pounds or euros and never in dollars: it is written where
   * dates go day first (the month-first countries price in dollars), so a page that says nothing
   * else about its order reads 03/12/2024 as 3 December.
   */
  private static boolean isPricedDayFirst(ArticleLines page) {
    boolean dayFirstMoney = false;
    for (int line : page.nonBlank()) {
      String text = page.text(line);
      if (DOLLARS.matcher(text).find()) {
        return false;
      }
      dayFirstMoney |= POUNDS_OR_EUROS.matcher(text).find();
    }
    return dayFirstMoney;
  }

  /**
   * Whether the page gives its clock times in a zone of the day-first countries ("17:40 GMT") and
   * never in a United States zone: a broadcaster's page stamped so reads 06/01/2025 as 6 January.
   */
  private static boolean isZonedDayFirst(ArticleLines page) {
    return page.nonBlank().stream().anyMatch(line -> DAY_FIRST_ZONE_TIME.matcher(page.text(line)).find()) && !isUnitedStatesPage(page);
  }

  /**
   * Whether the page shows it is written in the United States, the one country that writes its
   * numeric dates month first: a clock time in a US zone ("9:40 a.m. EST") or an AP-style dateline
   * ("DULUTH, Minn. —"). A page that says nothing else about its order reads 12.04.2024 as December 4 then.
   */
  private static boolean isUnitedStatesPage(ArticleLines page) {
    for (int line : page.nonBlank()) {
      String text = page.text(line);
      if (US_ZONE_TIME.matcher(text).find() || US_DATELINE.matcher(text).find()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the page spells its dates with the day and month in {@code dayFirst}'s order ("3
   * April", "1 April") and never the other way: a page writes its numeric dates in the order it
   * writes its spelled-out ones.
   */
  private static boolean spelledInOrder(ArticleLines page, boolean dayFirst) {
    long dayMonth = 0;
    long monthDay = 0;
    for (int line : page.nonBlank()) {
      dayMonth += DAY_MONTH.matcher(page.text(line)).results().count();
      monthDay += MONTH_DAY.matcher(page.text(line)).results().count();
    }
    return dayFirst ? dayMonth > 0 && monthDay == 0 : monthDay > 0 && dayMonth == 0;
  }

  /** Another slashed date that can be read one way only, or this date spelled out. */
  private static boolean statedInNumbersOrWords(ArticleLines page, boolean dayFirst, LocalDate reading) {
    for (int line : page.nonBlank()) {
      String text = page.text(line);
      Matcher other = SLASHED.matcher(text);
      while (other.find()) {
        int a = Integer.parseInt(other.group(1));
        int b = Integer.parseInt(other.group(2));
        if (dayFirst ? a > MONTHS && b <= MONTHS : b > MONTHS && a <= MONTHS) {
          return true;
        }
      }
      boolean spelled = !SLASHED.matcher(text).find() && !DASHED.matcher(text).find();
      if (spelled && (DateParser.find(text).map(m -> m.date().equals(reading)).orElse(false) || spelledWithoutYear(text, reading))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code text} opens with a dateline that spells {@code reading}'s day and month without a
   * year ("MOSCOW, January 4."). Only a dateline: a sentence's "issued on Tuesday 1 April" may tell of
   * any other day.
   */
  private static boolean spelledWithoutYear(String text, LocalDate reading) {
    Matcher dayMonth = DAY_MONTH.matcher(text);
    if (dayMonth.find() && afterDatelinePlace(text, dayMonth.start()) && isDayAndMonthOf(reading, dayMonth.group(1), dayMonth.group(2))) {
      return true;
    }
    Matcher monthDay = MONTH_DAY.matcher(text);
    return monthDay.find() && afterDatelinePlace(text, monthDay.start()) && isDayAndMonthOf(reading, monthDay.group(2), monthDay.group(1));
  }

  private static boolean afterDatelinePlace(String text, int start) {
    return DATELINE_PLACE.matcher(text.substring(0, start)).matches();
  }

  private static boolean isDayAndMonthOf(LocalDate reading, String day, String month) {
    Integer number = DateWords.ENGLISH_MONTHS.get(month.replace(".", "").toLowerCase(Locale.ROOT));
    return number != null && number == reading.getMonthValue() && Integer.parseInt(day) == reading.getDayOfMonth();
  }

  private static Optional<LocalDate> valid(int year, int month, int day) {
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (java.time.DateTimeException invalid) {
      return Optional.empty();
    }
  }
}
