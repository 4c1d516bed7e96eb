package corpussearch.api.filter;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.document.LongField;
import org.apache.lucene.search.Query;

/**
 * Days a date filter lets through, both ends included, as days since 1970-01-01 (the unit of
 * {@code IndexSchema.DATE_DAY}). An open end is {@link Long#MIN_VALUE} or {@link Long#MAX_VALUE};
 * a range whose first day is after its last lets nothing through.
 *
 * @param first first day included
 * @param last last day included
 */
public record DayRange(long first, long last) {

  private static final Pattern PERIOD = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  /** The days from {@code from} to {@code to} (either null: open at that end). */
  public static DayRange of(LocalDate from, LocalDate to) {
    return new DayRange(from == null ? Long.MIN_VALUE : from.toEpochDay(), to == null ? Long.MAX_VALUE : to.toEpochDay());
  }

  /**
   * The day a bound written {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} stands for: the
   * first day of the period for a lower bound, its last for an upper one ({@code to=2021-02}
   * includes the 28th).
   *
   * @throws DateTimeException when {@code value} is no real date in one of those forms
   */
  public static LocalDate bound(String value, boolean endOfPeriod) {
    Matcher matcher = PERIOD.matcher(value);
    if (!matcher.matches() || Integer.parseInt(matcher.group(1)) < 1) {
      throw new DateTimeException("not a date: " + value);
    }
    int year = Integer.parseInt(matcher.group(1));
    if (matcher.group(2) == null) {
      return endOfPeriod ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
    }
    YearMonth month = YearMonth.of(year, Integer.parseInt(matcher.group(2)));
    if (matcher.group(3) == null) {
      return endOfPeriod ? month.atEndOfMonth() : month.atDay(1);
    }
    return month.atDay(Integer.parseInt(matcher.group(3)));
  }

  /** Whether {@code day} (days since 1970-01-01) is in the range. */
  public boolean contains(long day) {
    return day >= first && day <= last;
  }

  /** The paragraphs whose date is in the range, by their {@code field} points. */
  Query query(String field) {
    return LongField.newRangeQuery(field, first, last);
  }
}
