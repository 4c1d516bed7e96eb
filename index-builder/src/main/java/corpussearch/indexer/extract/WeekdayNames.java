package corpussearch.indexer.extract;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The weekday names of every language the JDK has locale data for, and of the languages it lacks
 * that sites write in. A unit because weekdays answer other questions than months do: they date
 * nothing, so beside a date they are filler to blank out, and a weekday alone is never a person's
 * name.
 */
final class WeekdayNames {

  /**
   * Languages whose weekday names the JDK supplies beyond {@link DateWords#LOCALE_LANGUAGES}: a date line
   * opens with the weekday in the site's language ("Thứ Năm, 17/10/2024", "Kamis, 17 Oktober
   * 2024", "quinta-feira, 17 de outubro de 2024") even on an English page.
   */
  private static final List<String> WEEKDAY_LANGUAGES = List.of("fr", "de", "nl", "es", "pt", "it", "vi", "tl");

  /** A word, hyphenated ones whole ("segunda-feira"), with the dot that abbreviates it. */
  private static final Pattern WORD_AND_DOT = Pattern.compile("[\\p{L}\\p{M}]++(?:-[\\p{L}\\p{M}]++)*+\\.?");

  /**
   * Weekdays in these languages and in Tetun (as written here), filler beside a date as English
   * ones are; the written Romance and Dutch forms add the spellings without accents and the short
   * Portuguese ones ("quinta").
   */
  static final String FOREIGN_WEEKDAY = foreignWeekdays();

  private static final Pattern WEEKDAY_NAME = Pattern.compile("(?iu)" + DateParser.WEEKDAY + "|" + FOREIGN_WEEKDAY);

  /** The weekday names of every language the JDK knows, one word each, in lower case ("četrtek", "alhamisi"). */
  private static final Set<String> ALL_WEEKDAYS = allWeekdays();

  /**
   * Weekday names of every language in full and abbreviated ("mié", "jeu.", "tors"): beside a
   * date on a date line they are filler, though too short to tell from names elsewhere.
   */
  private static final Set<String> WEEKDAYS_BESIDE_DATES = weekdaysBesideDates();

  private WeekdayNames() {}

  /** Whether {@code text} is only a weekday's name, "Thursday", "Thứ Năm", "Kamis": never a person's. */
  static boolean isWeekday(String text) {
    return WEEKDAY_NAME.matcher(text.strip()).matches() || ALL_WEEKDAYS.contains(text.strip().toLowerCase(Locale.ROOT));
  }

  /** {@code text} with every weekday name of any language, full or abbreviated, blanked out, as filler around a date. */
  static String withoutWeekdays(String text) {
    return WORD_AND_DOT.matcher(text).replaceAll(word -> WEEKDAYS_BESIDE_DATES.contains(DateWords.bare(word.group())) ? " " : word.group());
  }

  private static String foreignWeekdays() {
    Set<String> names = new TreeSet<>(List.of(
        "mercoledi", "giovedi", "venerdi", "lunedi", "martedi", "miercoles", "sabado", "segunda", "terça", "terca", "quarta",
        "quinta", "sexta", "tersa", "kuarta", "kinta", "sesta", "sábadu", "sabadu", "domingu",
        "lendi", "madi", "mèkredi", "mekredi", "jedi", "vandredi", "samdi", "dimanch"));
    for (String language : Stream.concat(DateWords.LOCALE_LANGUAGES.stream(), WEEKDAY_LANGUAGES.stream()).toList()) {
      Locale locale = Locale.forLanguageTag(language);
      for (DayOfWeek day : DayOfWeek.values()) {
        String name = day.getDisplayName(TextStyle.FULL, locale).toLowerCase(locale);
        if (name.codePoints().allMatch(c -> Character.isLetter(c) || c == ' ' || c == '-')) {
          names.add(name);
        }
      }
    }
    return names.stream()
        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
        .map(name -> name.replace(" ", "\\s+"))
        .collect(Collectors.joining("|", "(?:", ")"));
  }

  private static Set<String> weekdaysBesideDates() {
    Set<String> names = new HashSet<>(ALL_WEEKDAYS);
    for (Locale locale : DateWords.ALL_LOCALES) {
      for (DayOfWeek day : DayOfWeek.values()) {
        for (TextStyle style : List.of(TextStyle.FULL, TextStyle.FULL_STANDALONE, TextStyle.SHORT, TextStyle.SHORT_STANDALONE)) {
          String name = DateWords.bare(day.getDisplayName(style, locale));
          if (WORD_AND_DOT.matcher(name).matches() && name.length() >= 2) {
            names.add(name);
          }
        }
      }
    }
    return Set.copyOf(names);
  }

  private static Set<String> allWeekdays() {
    Set<String> names = new HashSet<>();
    for (Locale locale : DateWords.ALL_LOCALES) {
      for (DayOfWeek day : DayOfWeek.values()) {
        String name = day.getDisplayName(TextStyle.FULL, locale).toLowerCase(Locale.ROOT);
        if (DateWords.WORD.matcher(name).matches() && name.length() >= DateWords.MIN_LOCALE_NAME_CHARS) {
          names.add(name);
        }
      }
    }
    return Set.copyOf(names);
  }
}
