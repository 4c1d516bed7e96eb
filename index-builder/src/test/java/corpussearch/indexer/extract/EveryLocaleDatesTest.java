package corpussearch.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Dates in the language of any locale the JDK has data for, a weekday before them and a time
 * after: "četrtek, 17. oktober 2024 ob 10:45", "Alhamisi, 17 Oktoba 2024". A month's name is read
 * when it is one word of letters that names that month alone in every language; a sentence naming
 * a month stays prose.
 */
class EveryLocaleDatesTest {

  private static final List<Locale> LOCALES = Arrays.stream(Locale.getAvailableLocales())
      .filter(locale -> !locale.getLanguage().isEmpty())
      .toList();

  /** Every month name of every locale, to tell which names two months share. */
  private static final java.util.Map<String, Set<Month>> NAMES = LOCALES.stream()
      .flatMap(locale -> Arrays.stream(Month.values()).flatMap(month -> List.of(TextStyle.FULL, TextStyle.FULL_STANDALONE).stream()
          .map(style -> java.util.Map.entry(month.getDisplayName(style, locale).toLowerCase(Locale.ROOT), month))))
      .collect(Collectors.groupingBy(java.util.Map.Entry::getKey, Collectors.mapping(java.util.Map.Entry::getValue, Collectors.toSet())));

  @Property(tries = 400)
  void aWeekdayDayMonthYearLineInAnyLanguageIsRead(
      @ForAll("locales") Locale locale, @ForAll("dates") LocalDate date, @ForAll("shapes") String shape,
      @ForAll("times") String time) {
    String month = date.getMonth().getDisplayName(TextStyle.FULL, locale);
    String weekday = date.getDayOfWeek().getDisplayName(TextStyle.FULL, locale);
    Assume.that(isWord(month) && month.length() >= 4 && NAMES.get(month.toLowerCase(Locale.ROOT)).size() == 1);
    Assume.that(isWord(weekday) && weekday.length() >= 4 && !isMonthWord(weekday));
    String line = weekday + ", " + date.format(DateTimeFormatter.ofPattern(shape, locale)) + time;

    assertThat(DateParser.parseDateLine(line).map(DateParser.DateLine::date)).as(line).contains(date);
  }

  @Property(tries = 100)
  void aSentenceNamingAMonthOfAnyLanguageIsNoDateLine(@ForAll("locales") Locale locale, @ForAll("dates") LocalDate date) {
    String month = date.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale);
    String sentence = "Farmers said the " + month + " rains came late and the harvest of " + date.getYear() + " was small.";

    assertThat(DateParser.parseDateLine(sentence)).as(sentence).isEmpty();
  }

  @Property(tries = 100)
  void aWeekdayOfAnyLanguageIsNoPersonsName(@ForAll("locales") Locale locale, @ForAll DayOfWeek day) {
    String weekday = day.getDisplayName(TextStyle.FULL, locale);
    Assume.that(isWord(weekday) && weekday.length() >= 4);

    assertThat(WeekdayNames.isWeekday(weekday)).as(weekday).isTrue();
  }

  private static boolean isWord(String text) {
    return text.codePoints().allMatch(c -> Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK
        || Character.getType(c) == Character.COMBINING_SPACING_MARK);
  }

  private static boolean isMonthWord(String text) {
    return NAMES.containsKey(text.toLowerCase(Locale.ROOT));
  }

  @Provide
  Arbitrary<Locale> locales() {
    return Arbitraries.of(LOCALES);
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return Layouts.dates();
  }

  /** Day-first shapes; the month's name in the form the locale writes inside a date. */
  @Provide
  Arbitrary<String> shapes() {
    return Arbitraries.of("d MMMM yyyy", "d. MMMM yyyy", "dd MMMM yyyy", "d. MMMM yyyy.");
  }

  @Provide
  Arbitrary<String> times() {
    return Arbitraries.of("", " 10:45", " ob 10:45", " saa 10:45", " kl. 10.45", " alle 10:45", " om 10:45");
  }
}
