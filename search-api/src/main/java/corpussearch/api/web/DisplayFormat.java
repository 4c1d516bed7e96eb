package corpussearch.api.web;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Small text formatting shared by the pages: counts, dates, unknown values. */
final class DisplayFormat {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

  private DisplayFormat() {}

  static String number(long n) {
    return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(n);
  }

  /** "1 article", "2,345 articles". */
  static String count(long n, String noun) {
    return number(n) + " " + noun + (n == 1 ? "" : "s");
  }

  static String millis(double ms) {
    return (ms < 10 ? String.format(Locale.ENGLISH, "%.1f", ms) : number(Math.round(ms))) + " ms";
  }

  static String orUnknown(String value) {
    return value == null || value.isBlank() ? "unknown" : value;
  }

  /** An ISO date as "3 Nov 2021"; other forms as given. */
  static String date(String iso) {
    try {
      return LocalDate.parse(iso).format(DAY);
    } catch (DateTimeParseException e) {
      return iso;
    }
  }
}
