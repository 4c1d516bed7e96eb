package corpussearch.indexer.extract;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The words of dates {@link DateParser} reads: English month names and, from the languages
 * European sites print dates in even on their English pages, month names ({@link
 * #FOREIGN_MONTHS}), and weekdays and "published" labels (French, German, Dutch, Spanish,
 * Portuguese, Italian).
 */
final class DateWords {

  /**
   * Languages whose month names the JDK's locale data (CLDR) supplies, in both the form that stands
   * alone and the one inside a date ("lipanj", "4. lipnja 2024"; "сентябрь", "23 сентября 2024"):
   * Central and Northern European, Baltic, Balkan, Turkish, Malay-Indonesian, Russian and Ukrainian
   * sites print their dates so on English pages too.
   */
  private static final List<String> LOCALE_LANGUAGES = List.of(
      "hr", "sl", "cs", "pl", "sk", "ro", "hu", "sv", "da", "nb", "fi", "lv", "lt", "et", "tr", "id", "ms", "sq", "bs", "sr-Latn",
      "ru", "uk", "el");

  /**
   * Month names of the languages European sites print dates in even on their English pages, January
   * to December: French, German, Dutch, Spanish, Portuguese, Italian and Tetun (Timor-Leste's, which
   * the JDK does not know) as written here (with the spellings without accents), the {@link #LOCALE_LANGUAGES} from the JDK. A name two languages give
   * to different months ("listopad") is left out. These languages put the day first, so only the
   * day-first reader knows them.
   */
  static final List<String> FOREIGN_MONTHS = withLocaleMonths(List.of(
      "janvier|januar|januari|enero|janeiro|gennaio|janeiru",
      "février|fevrier|februar|februari|febrero|fevereiro|febbraio|fevereiru",
      "mars|märz|maerz|maart|marzo|março|marsu",
      "avril|april|abril|aprile|abríl",
      "mai|mei|mayo|maio|maggio|maiu",
      "juin|juni|junio|junho|giugno|juñu|junu",
      "juillet|juli|julio|julho|luglio|jullu|julu",
      "août|aout|august|augustus|agosto|agostu",
      "septembre|september|septiembre|setiembre|setembro|settembre|setembru",
      "octobre|oktober|october|octubre|outubro|ottobre|outubru",
      "novembre|november|noviembre|novembro|novembru",
      "décembre|decembre|dezember|december|diciembre|dezembro|dicembre|dezembru"));

  /**
   * Their numbers, kept apart from the English ones: "Mai", "Mei" and "Julio" are also given
   * names.
   */
  static final Map<String, Integer> FOREIGN_MONTH_NUMBERS = foreignMonthNumbers();

  /**
   * "Published" and "Updated" in French, German, Spanish, Portuguese, Italian and Dutch, and
   * "Published" in the South Slavic, Polish, Czech, Slovak, Scandinavian, Finnish, Hungarian,
   * Romanian and Indonesian words.
   */
  static final String FOREIGN_LABELS =
      "publié|publiée|mise? à jour|veröffentlicht|aktualisiert|publicado|actualizado|atualizado|pubblicato|aggiornato"
          + "|gepubliceerd|bijgewerkt|objavljeno|opublikowano|publikováno|publikované|publicerad|publisert|publiceret"
          + "|julkaistu|közzétéve|publicat|diterbitkan";

  /**
   * Languages whose weekday names the JDK supplies beyond {@link #LOCALE_LANGUAGES}: a date line
   * opens with the weekday in the site's language ("Thứ Năm, 17/10/2024", "Kamis, 17 Oktober
   * 2024", "quinta-feira, 17 de outubro de 2024") even on an English page.
   */
  private static final List<String> WEEKDAY_LANGUAGES = List.of("fr", "de", "nl", "es", "pt", "it", "vi", "tl");

  /**
   * Weekdays in these languages and in Tetun (as written here), filler beside a date as English
   * ones are; the written Romance and Dutch forms add the spellings without accents and the short
   * Portuguese ones ("quinta").
   */
  static final String FOREIGN_WEEKDAY = foreignWeekdays();

  private static final Pattern WEEKDAY_NAME = Pattern.compile("(?iu)" + DateParser.WEEKDAY + "|" + FOREIGN_WEEKDAY);

  /** Whether {@code text} is only a weekday's name, "Thursday", "Thứ Năm", "Kamis": never a person's. */
  static boolean isWeekday(String text) {
    return WEEKDAY_NAME.matcher(text.strip()).matches();
  }

  /** English month names and their three-letter forms ("sept" too), to their numbers. */
  static final Map<String, Integer> ENGLISH_MONTHS = englishMonthNumbers();

  private DateWords() {}

  private static List<String> withLocaleMonths(List<String> written) {
    Map<String, Set<Integer>> months = new HashMap<>();
    for (int i = 0; i < written.size(); i++) {
      for (String name : written.get(i).split("\\|")) {
        months.computeIfAbsent(name, n -> new TreeSet<>()).add(i + 1);
      }
    }
    for (String language : LOCALE_LANGUAGES) {
      Locale locale = Locale.forLanguageTag(language);
      for (Month month : Month.values()) {
        for (TextStyle style : List.of(TextStyle.FULL, TextStyle.FULL_STANDALONE)) {
          months.computeIfAbsent(month.getDisplayName(style, locale).toLowerCase(locale), n -> new TreeSet<>()).add(month.getValue());
        }
      }
    }
    List<String> alternations = new ArrayList<>();
    for (int month = 1; month <= 12; month++) {
      int wanted = month;
      alternations.add(months.entrySet().stream()
          .filter(e -> e.getValue().equals(Set.of(wanted)) && e.getKey().codePoints().allMatch(Character::isLetter))
          .map(Map.Entry::getKey)
          .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
          .collect(Collectors.joining("|")));
    }
    return List.copyOf(alternations);
  }

  private static String foreignWeekdays() {
    Set<String> names = new TreeSet<>(List.of(
        "mercoledi", "giovedi", "venerdi", "lunedi", "martedi", "miercoles", "sabado", "segunda", "terça", "terca", "quarta",
        "quinta", "sexta", "tersa", "kuarta", "kinta", "sesta", "sábadu", "sabadu", "domingu"));
    for (String language : Stream.concat(LOCALE_LANGUAGES.stream(), WEEKDAY_LANGUAGES.stream()).toList()) {
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

  private static Map<String, Integer> foreignMonthNumbers() {
    Map<String, Integer> months = new HashMap<>();
    for (int i = 0; i < FOREIGN_MONTHS.size(); i++) {
      for (String name : FOREIGN_MONTHS.get(i).split("\\|")) {
        months.put(name, i + 1);
      }
    }
    return Map.copyOf(months);
  }

  private static Map<String, Integer> englishMonthNumbers() {
    String[] full = {
      "january", "february", "march", "april", "may", "june",
      "july", "august", "september", "october", "november", "december"
    };
    Map<String, Integer> months = new HashMap<>();
    for (int i = 0; i < full.length; i++) {
      months.put(full[i], i + 1);
      months.put(full[i].substring(0, 3), i + 1);
    }
    months.put("sept", 9);
    return Map.copyOf(months);
  }
}
