package corpussearch.indexer.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a slashed date such as 03/05/2022, which is 3 May in one country and March 5 in another,
 * from what the rest of the page says: another slashed date with a part above 12 shows the page's
 * order, and a spelled-out date elsewhere that equals one reading picks it. When the page says
 * nothing, or both ways, the date stays unknown (a weekday beside the date is {@link DateParser}'s
 * business).
 */
final class DateConvention {
  private static final Pattern SLASHED =
      Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4})(?![\\d/])");
  private static final int MONTHS = 12;

  private DateConvention() {}

  /** {@code text} as a date line whose only date is an ambiguous slashed one, read by the page. */
  static Optional<LocalDate> resolve(String text, ArticleLines page) {
    Matcher slashed = SLASHED.matcher(text);
    if (!slashed.find()
        || !DateParser.isFiller(text.substring(0, slashed.start()))
        || !DateParser.isFiller(text.substring(slashed.end()))) {
      return Optional.empty();
    }
    int first = Integer.parseInt(slashed.group(1));
    int second = Integer.parseInt(slashed.group(2));
    int year = Integer.parseInt(slashed.group(3));
    List<LocalDate> readings = new ArrayList<>();
    valid(year, second, first).ifPresent(readings::add); // day first
    valid(year, first, second).ifPresent(readings::add); // month first
    if (readings.size() != 2 || readings.get(0).equals(readings.get(1))) {
      return Optional.empty();
    }
    List<LocalDate> supported = readings.stream().filter(r -> supports(page, readings, r)).toList();
    return supported.size() == 1 ? Optional.of(supported.get(0)) : Optional.empty();
  }

  private static boolean supports(ArticleLines page, List<LocalDate> readings, LocalDate reading) {
    boolean dayFirst = reading.equals(readings.get(0));
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
      boolean spelled = !SLASHED.matcher(text).find();
      if (spelled && DateParser.find(text).map(m -> m.date().equals(reading)).orElse(false)) {
        return true;
      }
    }
    return false;
  }

  private static Optional<LocalDate> valid(int year, int month, int day) {
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (java.time.DateTimeException invalid) {
      return Optional.empty();
    }
  }
}
