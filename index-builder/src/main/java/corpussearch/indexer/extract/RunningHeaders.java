package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.MetadataField.DATE;
import static corpussearch.indexer.extract.MetadataField.OUTLET;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code running-header}: the line a printed page repeats at its head or foot, kept by
 * print-to-text and OCR ("THE KILBARRA CHAMPION      Thursday, March 7, 2024      Page 3"): two to
 * four columns set apart by wide gaps: a labelled page number ("Page 3") beside a date or a
 * publication's name, or a bare page number beside a date; or, set with single spaces, a page
 * number, the name in capitals and the date ("14 THE HARBOUR TIMES Thursday, September 14, 2023"). Every such line is furniture wherever it falls, even inside the article;
 * its date column is the date and its name column the publication.
 */
final class RunningHeaders {
  private static final Pattern GAP = Pattern.compile("\\s{3,}");
  private static final Pattern PAGE_LABEL = Pattern.compile("(?i)(?:page|p\\.|pg\\.?)\\s*\\d{1,3}");
  private static final Pattern PAGE_NUMBER = Pattern.compile("(?i)(?:page|p\\.|pg\\.?)\\s*\\d{1,3}|\\d{1,3}");
  private static final int MAX_COLUMNS = 4;

  /**
   * The same header set with single spaces: "14 THE HARBOUR TIMES Thursday, September 14, 2023",
   * a page number, the name in capitals, the date.
   */
  private static final Pattern TIGHT =
      Pattern.compile("^(?:(?:page|p\\.|pg\\.?)\\s*)?\\d{1,3}\\s+((?:\\p{Lu}[\\p{Lu}'’&.-]*\\s+){1,5})(\\p{Lu}\\p{Ll}.*|\\d.*)$");

  private RunningHeaders() {}

  /** {@code text} as the name and date columns of a single-spaced running header. */
  private static Optional<List<String>> tight(String text) {
    Matcher header = TIGHT.matcher(text.strip());
    if (!header.matches()) {
      return Optional.empty();
    }
    String name = header.group(1).strip();
    boolean shaped = PageHeader.isCapitals(name) && OutletNames.isMasthead(name)
        && DateParser.parseDateLine(header.group(2)).isPresent();
    return shaped ? Optional.of(List.of(name, header.group(2))) : Optional.empty();
  }

  /** Whether {@code text} is a page's running header or footer. */
  static boolean isRunningHeader(String text) {
    if (!text.contains("   ")) {
      return tight(text).isPresent(); // no wide gap: most lines, settled without a split
    }
    List<String> columns = Arrays.asList(GAP.split(text.strip()));
    if (columns.size() < 2 || columns.size() > MAX_COLUMNS) {
      return false;
    }
    boolean dated = columns.stream().anyMatch(column -> DateParser.parseDateLine(column).isPresent());
    boolean named = columns.stream().anyMatch(OutletNames::isMasthead);
    boolean labelledPage = columns.stream().anyMatch(column -> PAGE_LABEL.matcher(column).matches());
    boolean barePage = columns.stream().anyMatch(column -> PAGE_NUMBER.matcher(column).matches());
    // A bare number beside a name is as likely a table row ("Kestrel Rovers   12"): it needs the date.
    return labelledPage && (dated || named) || barePage && dated;
  }

  /** Marks the running headers of {@code page} and proposes the issue date and publication they print. */
  static void collect(ArticleLines page, Findings out) {
    for (int line : page.nonBlank()) {
      String text = page.text(line);
      if (!isRunningHeader(text)) {
        continue;
      }
      out.markMetadata(line);
      for (String column : tight(text).orElseGet(() -> Arrays.asList(GAP.split(text.strip())))) {
        if (PAGE_NUMBER.matcher(column).matches()) {
          continue;
        }
        DateParser.parseDateLine(column).ifPresentOrElse(
            date -> out.propose(Candidate.of(DATE, date.date().toString(), RuleNames.RUNNING_HEADER, line)),
            () -> PageHeader.mastheadName(column)
                .ifPresent(name -> out.propose(Candidate.of(OUTLET, name, RuleNames.RUNNING_HEADER, line))));
      }
    }
  }
}
