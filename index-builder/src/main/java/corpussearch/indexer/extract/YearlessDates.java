package corpussearch.indexer.extract;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date written without its year ("Filed Wed 9 Oct", a wire dateline's "Aug 5") takes the year of
 * the page's first date line, else of the first full date the page states: a mail's send date, a
 * wire header's transmission stamp, a page date. A day and month more than {@value #MAX_DAYS_AFTER}
 * days after that date belong to the year before (a story of 30 December sent on 2 January).
 * Without a full date on the page the date stays unknown.
 */
final class YearlessDates {
  /** A slashed, dotted or dashed date whose order is unsure still states its year: "05/08/2024". */
  private static final Pattern NUMERIC_YEAR = Pattern.compile("(?<![\\d/.-])\\d{1,2}([/.-])\\d{1,2}\\1(\\d{4})(?!\\d)");

  /** How long before its reference a story may be dated; later means the year before. */
  private static final int MAX_DAYS_AFTER = 7;

  private YearlessDates() {}

  /** {@code text}, a day and month alone with weekday and filler, dated by the page's year. */
  static Optional<LocalDate> resolve(String text, ArticleLines page) {
    return resolve(text, page, false);
  }

  /** {@code text} closed by a day and month, as a wire dateline's place is ("MUSANZE, Rwanda, Aug 5"), dated by the page's year. */
  static Optional<LocalDate> resolveClosing(String text, ArticleLines page) {
    return resolve(text, page, true);
  }

  private static Optional<LocalDate> resolve(String text, ArticleLines page, boolean closing) {
    Matcher dayAndMonth = DateConvention.dayAndMonth(text);
    if (!dayAndMonth.find() || !closing && !DateParser.isFiller(text.substring(0, dayAndMonth.start()))
        || !DateParser.isFiller(text.substring(dayAndMonth.end()))) {
      return Optional.empty();
    }
    return reference(page).flatMap(reference -> {
      String dated = dayAndMonth.group() + " " + reference.getYear();
      return DateParser.find(dated).map(DateParser.DateMatch::date)
          .map(date -> date.isAfter(reference.plusDays(MAX_DAYS_AFTER)) ? date.minusYears(1) : date);
    });
  }

  /**
   * The first line of the page that is a full date and nothing else (a header's or a footer's
   * stamp, "191547 GMT Aug 25"), else the first full date on the page; a numeric date that reads
   * both ways gives its year alone (as the last day of that year, so that any day and month of it
   * stays in it). A story's sentence may date what it tells of ("arrested on Christmas Eve 2023"), a
   * stamp dates the copy.
   */
  private static Optional<LocalDate> reference(ArticleLines page) {
    return page.nonBlank().stream()
        .map(line -> DateParser.parseDateLine(page.text(line)))
        .flatMap(Optional::stream)
        .map(DateParser.DateLine::date)
        .findFirst()
        .or(() -> firstStated(page));
  }

  private static Optional<LocalDate> firstStated(ArticleLines page) {
    for (int line : page.nonBlank()) {
      String text = page.text(line);
      Optional<LocalDate> full = DateParser.find(text).map(DateParser.DateMatch::date);
      if (full.isPresent()) {
        return full;
      }
      Matcher numeric = NUMERIC_YEAR.matcher(text);
      if (numeric.find()) {
        return Optional.of(LocalDate.of(Integer.parseInt(numeric.group(2)), 12, 31));
      }
    }
    return Optional.empty();
  }
}
