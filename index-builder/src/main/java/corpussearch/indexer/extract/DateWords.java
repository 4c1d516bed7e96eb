package corpussearch.indexer.extract;

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
import java.util.stream.Collectors;

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
   * to December: French, German, Dutch, Spanish, Portuguese and Italian as written here (with the
   * spellings without accents), the {@link #LOCALE_LANGUAGES} from the JDK. A name two languages give
   * to different months ("listopad") is left out. These languages put the day first, so only the
   * day-first reader knows them.
   */
  static final List<String> FOREIGN_MONTHS = withLocaleMonths(List.of(
      "janvier|januar|januari|enero|janeiro|gennaio",
      "février|fevrier|februar|februari|febrero|fevereiro|febbraio",
      "mars|märz|maerz|maart|marzo|março",
      "avril|april|abril|aprile",
      "mai|mei|mayo|maio|maggio",
      "juin|juni|junio|junho|giugno",
      "juillet|juli|julio|julho|luglio",
      "août|aout|august|augustus|agosto",
      "septembre|september|septiembre|setiembre|setembro|settembre",
      "octobre|oktober|october|octubre|outubro|ottobre",
      "novembre|november|noviembre|novembro",
      "décembre|decembre|dezember|december|diciembre|dezembro|dicembre"));

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

  /** Weekdays in the same languages, filler beside a date as English ones are. */
  static final String FOREIGN_WEEKDAY =
      "(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag"
          + "|sonntag|lunes|martes|miércoles|jueves|viernes|sábado|domingo|(?:segunda|terça|quarta|quinta|sexta)(?:-feira)?"
          + "|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|maandag|dinsdag|woensdag|donderdag"
          + "|vrijdag|zaterdag|zondag)";

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
