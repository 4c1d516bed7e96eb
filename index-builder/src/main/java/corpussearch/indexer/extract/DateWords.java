package corpussearch.indexer.extract;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The words of dates {@link DateParser} reads: English month names, and the month names of every
 * language the JDK has locale data (CLDR) for, which sites abroad print their dates
 * in even on their English pages ("četrtek, 17. oktober 2024", "Alhamisi, 17 Oktoba 2024"), with
 * "published" labels in the languages of Europe. Their weekday names are {@link WeekdayNames}'.
 */
final class DateWords {

  /**
   * Languages whose month names of any length are read: Central and Northern European, Baltic,
   * Balkan, Turkish, Malay-Indonesian, Russian and Ukrainian sites print their dates so on English
   * pages too. Other languages' names are read from {@value #MIN_LOCALE_NAME_CHARS} letters, so that
   * a two-letter abbreviation of some language ("du", "me") is not read as a month.
   */
  static final List<String> LOCALE_LANGUAGES = List.of(
      "hr", "sl", "cs", "pl", "sk", "ro", "hu", "sv", "da", "nb", "fi", "lv", "lt", "et", "tr", "id", "ms", "sq", "bs", "sr-Latn",
      "ru", "uk", "el");

  static final int MIN_LOCALE_NAME_CHARS = 4;

  static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");

  /** Every locale the JDK has data for, each language once. */
  static final List<Locale> ALL_LOCALES = Arrays.stream(Locale.getAvailableLocales())
      .filter(locale -> !locale.getLanguage().isEmpty())
      .map(locale -> Locale.forLanguageTag(locale.toLanguageTag()))
      .distinct()
      .toList();

  /**
   * Month names written here, January to December: French, German, Dutch, Spanish, Portuguese,
   * Italian, and Tetun and Haitian Kreyòl (which the JDK does not know; Kreyòl's from four letters,
   * since "me", "jen" and "out" are words elsewhere), with the spellings without accents.
   */
  private static final List<String> WRITTEN_MONTHS = List.of(
      "janvier|januar|januari|enero|janeiro|gennaio|janeiru|janvye",
      "février|fevrier|februar|februari|febrero|fevereiro|febbraio|fevereiru|fevriye",
      "mars|märz|maerz|maart|marzo|março|marsu",
      "avril|april|abril|aprile|abríl",
      "mai|mei|mayo|maio|maggio|maiu",
      "juin|juni|junio|junho|giugno|juñu|junu",
      "juillet|juli|julio|julho|luglio|jullu|julu|jiyè|jiye",
      "août|aout|august|augustus|agosto|agostu",
      "septembre|september|septiembre|setiembre|setembro|settembre|setembru|septanm",
      "octobre|oktober|october|octubre|outubro|ottobre|outubru|oktòb|oktob",
      "novembre|november|noviembre|novembro|novembru|novanm",
      "décembre|decembre|dezember|december|diciembre|dezembro|dicembre|dezembru|desanm");

  /**
   * The month names of other languages, in lower case, to their numbers; kept apart from the
   * English ones ("Mai", "Mei" and "Julio" are also given names), so only the day-first reader
   * knows them, and without a name two languages give to different months ("listopad": October in
   * Croatian, November in Polish).
   */
  static final Map<String, Integer> FOREIGN_MONTH_NUMBERS = unambiguous(foreignMonthNames());

  /**
   * "Published" and "Updated" in French, German, Spanish, Portuguese, Italian, Dutch, Polish,
   * Czech, Hungarian, Russian and Ukrainian, "Published" in the South Slavic, Slovak,
   * Scandinavian, Finnish, Romanian, Turkish, Bulgarian and Indonesian words, and "Date" ("Fecha",
   * "Data", "Datum").
   */
  static final String FOREIGN_LABELS =
      "publié|publiée|mise? à jour|veröffentlicht|aktualisiert|publicado|actualizado|atualizado|pubblicato|aggiornato"
          + "|gepubliceerd|bijgewerkt|objavljeno|opublikowano|publikováno|publikované|publicerad|publisert|publiceret"
          + "|julkaistu|közzétéve|publicat|diterbitkan|yayınlanma|oppdatert|opdateret|uppdaterad|päivitetty|güncelleme|güncellendi"
          + "|publicada|pubblicata|publicerat|udgivet|opublikowany|vydáno|yayınlandı|dipublikasikan|opublikovano|опубликовано"
          + "|опубліковано|публикувано|fecha|datum|data|actualizada|atualizada|aggiornata|modifié|modificado|geändert"
          + "|zaktualizowano|aktualizováno|frissítve|обновлено|оновлено";

  /** The labels that date an update, not the publication: "Updated", "Mis à jour", "Oppdatert", "Güncelleme". */
  static final Pattern UPDATE_LABEL =
      Pattern.compile("(?iu)(?<!\\p{L})(?:updated|modified|mise? à jour|aktualisiert|actualizad[oa]|atualizad[oa]|aggiornat[oa]|bijgewerkt"
          + "|oppdatert|opdateret|uppdaterad|päivitetty|güncelleme|güncellendi|modifié|modificado|geändert|zaktualizowano"
          + "|aktualizováno|frissítve|обновлено|оновлено)(?!\\p{L})");

  /**
   * Words that say a clock time follows or precedes, in the languages sites write them: "ore
   * 16:10", "16.10 Uhr", "18:42 hs", "torsdag den 7 november".
   */
  static final String TIME_WORDS = "ore|uhr|hrs?|hs|horas|heures?|den";

  /**
   * {@code text} with its no-break and thin spaces as plain ones, as locale formats and pages
   * copied from the web write them between a date's parts ("7 ноября 2024 г."), and a space where
   * a copy glued two stamps together ("11:48 PM GMTUpdated 6 hours ago").
   */
  static String withPlainSpaces(String text) {
    return GLUED_UPDATE.matcher(NO_BREAK_SPACE.matcher(text).replaceAll(" ")).replaceAll(" ");
  }

  private static final Pattern NO_BREAK_SPACE = Pattern.compile("[\\u00A0\\u2007\\u202F\\u2009]");
  private static final Pattern GLUED_UPDATE = Pattern.compile("(?<=\\b(?:[AP]M|GMT|UTC|[A-Z]{2}T|\\d))(?=Updated\\b)");

  /** {@code word} in lower case without its abbreviating dot, as the name tables hold it. */
  static String bare(String word) {
    return word.replace(".", "").toLowerCase(Locale.ROOT);
  }

  /**
   * Abbreviated month names of every language ("ene", "dez", "ott", "juil"), from three letters and
   * read only when no full name of a language has the same letters and the JDK's locales give the
   * abbreviation to one month by a wide majority ({@link #SHORT_NAME_MAJORITY}).
   */
  private static final Map<String, Integer> SHORT_MONTH_NUMBERS = shortMonthNumbers();

  /** The number of the month a word of another language names ("oktoba", "lipnja", "dez"), if it names one. */
  static Optional<Integer> foreignMonth(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return Optional.ofNullable(FOREIGN_MONTH_NUMBERS.get(lower)).or(() -> Optional.ofNullable(SHORT_MONTH_NUMBERS.get(lower)));
  }

  /** Whether {@code word} names a month or a weekday, which is never part of a person's name. */
  static boolean isCalendarWord(String word) {
    String lower = word.toLowerCase(Locale.ROOT).replace(".", "");
    // "May" is also a surname, and a month is only ever read next to a day and a year anyway.
    return (DateWords.ENGLISH_MONTHS.containsKey(lower) && !lower.equals("may")) || lower.matches(DateParser.WEEKDAY);
  }

  /** English month names and their three-letter forms ("sept" too), to their numbers. */
  static final Map<String, Integer> ENGLISH_MONTHS = englishMonthNumbers();

  private DateWords() {}

  /** Every full month name of another language, to the months it names in any of them. */
  private static Map<String, Set<Integer>> foreignMonthNames() {
    Map<String, Set<Integer>> months = new HashMap<>();
    for (int i = 0; i < WRITTEN_MONTHS.size(); i++) {
      for (String name : WRITTEN_MONTHS.get(i).split("\\|")) {
        months.computeIfAbsent(name, n -> new TreeSet<>()).add(i + 1);
      }
    }
    for (Locale locale : ALL_LOCALES) {
      boolean anyLength = LOCALE_LANGUAGES.stream().map(Locale::forLanguageTag).anyMatch(l -> l.getLanguage().equals(locale.getLanguage()));
      for (Month month : Month.values()) {
        for (TextStyle style : List.of(TextStyle.FULL, TextStyle.FULL_STANDALONE)) {
          String name = month.getDisplayName(style, locale).toLowerCase(locale);
          if ((anyLength || name.length() >= MIN_LOCALE_NAME_CHARS) && WORD.matcher(name).matches()) {
            months.computeIfAbsent(name, n -> new TreeSet<>()).add(month.getValue());
          }
        }
      }
    }
    return months;
  }

  private static Map<String, Integer> shortMonthNumbers() {
    Map<String, Set<Integer>> fullNames = foreignMonthNames(); // "listopada" names two months in full: no abbreviation of either
    Map<String, Map<Integer, Integer>> localesPerMonth = new HashMap<>();
    for (Locale locale : ALL_LOCALES) {
      for (Month month : Month.values()) {
        Set<String> names = new HashSet<>();
        for (TextStyle style : List.of(TextStyle.SHORT, TextStyle.SHORT_STANDALONE)) {
          names.add(bare(month.getDisplayName(style, locale)));
        }
        names.stream().filter(name -> name.length() >= 3 && WORD.matcher(name).matches() && !fullNames.containsKey(name))
            .forEach(name -> localesPerMonth.computeIfAbsent(name, n -> new HashMap<>()).merge(month.getValue(), 1, Integer::sum));
      }
    }
    Map<String, Integer> read = new HashMap<>();
    localesPerMonth.forEach((name, counts) -> counts.forEach((month, count) -> {
      if (count >= SHORT_NAME_MAJORITY * (counts.values().stream().mapToInt(Integer::intValue).sum() - count)) {
        read.put(name, month);
      }
    }));
    return Map.copyOf(read);
  }

  /** How many times more locales give an abbreviation to its month than to all others ("out.": October 34, August 6). */
  private static final int SHORT_NAME_MAJORITY = 4;

  /** The names that name one month alone, to its number. */
  private static Map<String, Integer> unambiguous(Map<String, Set<Integer>> months) {
    Map<String, Integer> unambiguous = new HashMap<>();
    months.forEach((name, numbers) -> {
      if (numbers.size() == 1) {
        unambiguous.put(name, numbers.iterator().next());
      }
    });
    return Map.copyOf(unambiguous);
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
