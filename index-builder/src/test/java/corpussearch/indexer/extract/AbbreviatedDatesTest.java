package corpussearch.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Dates as sites abroad abbreviate them, in any language the JDK has data for: "mié 13 nov 2024 ·
 * 18:42", "jeu. 7 nov. 2024 · 17h45", "12.nov.2024 às 7h00", "torsdag den 7 november 2024",
 * "giovedì 14 novembre 2024, ore 16:10", behind a publication label or none. A line that lacks the
 * year or says more than the date stays unknown.
 */
class AbbreviatedDatesTest {

  private static final List<Locale> LOCALES = Arrays.stream(Locale.getAvailableLocales())
      .filter(locale -> !locale.getLanguage().isEmpty())
      .toList();

  /** Every month name of every locale, full and abbreviated, without dots, to the months it names. */
  private static final Map<String, Set<Month>> MONTH_NAMES = LOCALES.stream()
      .flatMap(locale -> Arrays.stream(Month.values()).flatMap(month -> Stream.of(TextStyle.values())
          .map(style -> Map.entry(bare(month.getDisplayName(style, locale)), month))))
      .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toSet())));

  @Property(tries = 500)
  void anAbbreviatedDateInAnyLanguageIsRead(
      @ForAll("datesAbroad") Tuple.Tuple2<Locale, LocalDate> dateAbroad, @ForAll("shapes") String shape,
      @ForAll("labels") String label, @ForAll("times") String time, @ForAll boolean dotted) {
    Locale locale = dateAbroad.get1();
    LocalDate date = dateAbroad.get2();
    String month = date.getMonth().getDisplayName(TextStyle.SHORT, locale);
    String weekday = date.getDayOfWeek().getDisplayName(TextStyle.SHORT, locale);
    Assume.that(isReadableMonth(month, date.getMonth()) && isWeekdayWord(weekday));
    String line = label + fill(shape, dotted ? dot(weekday) : bare(weekday), date, dotted ? dot(month) : bare(month)).replace("..", ".")
        + time;

    assertThat(DateParser.parseDateLine(line).map(DateParser.DateLine::date)).as(line).contains(date);
  }

  @Property(tries = 200)
  void anAbbreviatedDayAndMonthWithoutTheirYearOrInASentenceStayUnknown(
      @ForAll("datesAbroad") Tuple.Tuple2<Locale, LocalDate> dateAbroad, @ForAll("proseShapes") String shape) {
    Locale locale = dateAbroad.get1();
    LocalDate date = dateAbroad.get2();
    String month = date.getMonth().getDisplayName(TextStyle.SHORT, locale);
    String weekday = date.getDayOfWeek().getDisplayName(TextStyle.SHORT, locale);
    String line = fill(shape, weekday, date, month);

    assertThat(DateParser.parseDateLine(line)).as(line).isEmpty();
  }

  /** An abbreviation no full or abbreviated name of another month in any language shares, from three letters. */
  private static boolean isReadableMonth(String month, Month which) {
    String bare = bare(month);
    return bare.length() >= 3 && isWord(month.replaceFirst("\\.$", "")) && MONTH_NAMES.get(bare).equals(Set.of(which));
  }

  private static boolean isWeekdayWord(String weekday) {
    String bare = bare(weekday);
    return bare.length() >= 2 && isWord(weekday.replaceFirst("\\.$", "")) && !MONTH_NAMES.containsKey(bare);
  }

  /** {@code shape} with its {w}eekday, {d}ay, {m}onth and {y}ear put in, each once, so no name is read as a placeholder. */
  private static String fill(String shape, String weekday, LocalDate date, String month) {
    return shape.replace("{d}", Integer.toString(date.getDayOfMonth())).replace("{y}", Integer.toString(date.getYear()))
        .replace("{w}", weekday).replace("{m}", month);
  }

  private static boolean isWord(String text) {
    return text.codePoints().allMatch(c -> Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK
        || Character.getType(c) == Character.COMBINING_SPACING_MARK);
  }

  private static String bare(String name) {
    return name.replace(".", "").toLowerCase(Locale.ROOT);
  }

  private static String dot(String name) {
    return name.endsWith(".") ? name : name + ".";
  }

  /** A JDK locale and a date to write in its language. */
  @Provide
  Arbitrary<Tuple.Tuple2<Locale, LocalDate>> datesAbroad() {
    return Combinators.combine(Arbitraries.of(LOCALES), Layouts.dates()).as(Tuple::of);
  }

  @Provide
  Arbitrary<String> shapes() {
    return Arbitraries.of("{w} {d} {m} {y}", "{w}, {d} {m} {y}", "{w} {d}. {m} {y}", "{d} {m} {y}", "{d}.{m}.{y}", "{d}-{m}-{y}",
        "{d}/{m}/{y}", "{w} den {d} {m} {y}");
  }

  @Provide
  Arbitrary<String> labels() {
    return Arbitraries.of("", "Published: ", "Publicado el ", "Publié le ", "Pubblicato il ", "Veröffentlicht am ", "Publicerad: ");
  }

  @Provide
  Arbitrary<String> times() {
    return Arbitraries.of("", " · 18:42", " às 7h00", ", ore 16:10", " 16.10 Uhr", " 18:42 hs", " · 17h45 TAHT", " kl. 10.45");
  }

  @Provide
  Arbitrary<String> proseShapes() {
    return Arbitraries.of("{w} {d} {m}", "{d} {m} · 18:42", "The market opened on {w} {d} {m} {y} with forty stalls",
        "Entrevista: {d} {m} {y}, con el alcalde", "Semaine du {d} au {m} {y}");
  }
}
