package corpussearch.indexer.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of dates {@link DateParser} reads: English month names and, from the languages
 * European sites print dates in even on their English pages (French, German, Dutch, Spanish,
 * Portuguese, Italian), month names, weekdays and "published" labels.
 */
final class DateWords {

  /**
   * Month names of the languages European sites print dates in even on their English pages
   * (French, German, Dutch, Spanish, Portuguese, Italian; Russian and Ukrainian, in the genitive
   * a date puts them in, on sites of the former Soviet states), January to December; these languages
   * put the day first, so only the day-first reader knows them.
   */
  static final List<String> FOREIGN_MONTHS = List.of(
      "janvier|januar|januari|enero|janeiro|gennaio|января|январь|січня",
      "février|fevrier|februar|februari|febrero|fevereiro|febbraio|февраля|февраль|лютого",
      "mars|märz|maerz|maart|marzo|março|марта|март|березня",
      "avril|april|abril|aprile|апреля|апрель|квітня",
      "mai|mei|mayo|maio|maggio|мая|май|травня",
      "juin|juni|junio|junho|giugno|июня|июнь|червня",
      "juillet|juli|julio|julho|luglio|июля|июль|липня",
      "août|aout|august|augustus|agosto|августа|август|серпня",
      "septembre|september|septiembre|setiembre|setembro|settembre|сентября|сентябрь|вересня",
      "octobre|oktober|october|octubre|outubro|ottobre|октября|октябрь|жовтня",
      "novembre|november|noviembre|novembro|ноября|ноябрь|листопада",
      "décembre|decembre|dezember|december|diciembre|dezembro|dicembre|декабря|декабрь|грудня");

  /**
   * Their numbers, kept apart from the English ones: "Mai", "Mei" and "Julio" are also given
   * names.
   */
  static final Map<String, Integer> FOREIGN_MONTH_NUMBERS = foreignMonthNumbers();

  /** "Published" and "Updated" in French, German, Spanish, Portuguese, Italian and Dutch. */
  static final String FOREIGN_LABELS =
      "publié|publiée|mise? à jour|veröffentlicht|aktualisiert|publicado|actualizado|atualizado|pubblicato|aggiornato"
          + "|gepubliceerd|bijgewerkt";

  /** Weekdays in the same languages, filler beside a date as English ones are. */
  static final String FOREIGN_WEEKDAY =
      "(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag"
          + "|sonntag|lunes|martes|miércoles|jueves|viernes|sábado|domingo|(?:segunda|terça|quarta|quinta|sexta)(?:-feira)?"
          + "|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|maandag|dinsdag|woensdag|donderdag"
          + "|vrijdag|zaterdag|zondag)";

  /** English month names and their three-letter forms ("sept" too), to their numbers. */
  static final Map<String, Integer> ENGLISH_MONTHS = englishMonthNumbers();

  private DateWords() {}

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
