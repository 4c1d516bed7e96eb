package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.MetadataField.DATE;
import static corpussearch.indexer.extract.MetadataField.OUTLET;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@code running-header}: the line a printed page repeats at its head or foot, kept by
 * print-to-text and OCR ("THE KILBARRA CHAMPION      Thursday, March 7, 2024      Page 3"): two to
 * four columns set apart by gaps of two spaces or more: a labelled page number ("Page 3") beside a date or a
 * publication's name, or a bare page number beside a date; or, set with single spaces, a page
 * number, the name in capitals and the date ("14 THE HARBOUR TIMES Thursday, September 14, 2023"),
 * or the page number last ("THE MOUNTAIN POST Monday, October 7, 2024 Page 5"); a footer may
 * give the number for the page's ("Vol. 14 No. 201      Tuesday, October 15, 2024"). Every
 * such line is furniture wherever it falls, even inside the article; its date column is the issue's
 * date and its name column the publication.
 */
final class RunningHeaders {
  /**
   * The gap between columns: three spaces, or two as pdftotext sets a footer ("COPPERBELT MIRROR 
   * FRIDAY OCTOBER 18 2024  3"); on a line with such a gap, pipes and dots set parts of one column
   * apart ("beacon.example      5 | NAME | 17.10.2024").
   */
  private static final Pattern COLUMN_SEPARATOR = Pattern.compile("\\s{2,}|\\s+[|·•]\\s+");
  /** A page number or, as a footer prints it instead, the issue's: "Page 3", "Vol. 14 No. 201", "Issue 312". */
  private static final Pattern PAGE_LABEL = Pattern.compile(
      "(?i)(?:page|p\\.|pg\\.?)\\s*\\d{1,3}|(?:vol(?:ume|\\.)?\\s*\\d{1,4},?\\s*)?(?:no\\.|number|issue|edition)\\s*\\d{1,5}");
  private static final Pattern PAGE_NUMBER = Pattern.compile("(?i)(?:page|p\\.|pg\\.?)\\s*\\d{1,3}|\\d{1,3}");
  private static final int MAX_COLUMNS = 4;
  /** A running head's column is a name or a label: a longer one is a sentence of a table or of prose set with wide spaces. */
  private static final int MAX_COLUMN_WORDS = 6;

  /**
   * The same header set with single spaces: "14 THE HARBOUR TIMES Thursday, September 14, 2023",
   * a page number, the name in capitals, the date.
   */
  private static final Pattern TIGHT =
      Pattern.compile("^(?:(?:page|p\\.|pg\\.?)\\s*)?\\d{1,3}\\s+((?:\\p{Lu}[\\p{Lu}'’&.-]*\\s+){1,5})(\\p{Lu}\\p{Ll}.*|\\d.*)$");

  /**
   * The same header with the page number at the other end: "THE MOUNTAIN POST Monday, October 7,
   * 2024 Page 5", the name in capitals, the date, the labelled page number.
   */
  private static final Pattern TIGHT_PAGE_LAST =
      Pattern.compile("^((?:\\p{Lu}[\\p{Lu}'’&.-]*\\s+){1,5})(\\p{Lu}\\p{Ll}.*?|\\d.*?)\\s+(?i:page|p\\.|pg\\.?)\\s*\\d{1,3}$");

  /**
   * The same header with its parts set apart by commas and dashes, as e-paper pages print it: the
   * name in capitals, the date, the page number on the outer side ("THE HIGHLANDS COURIER,
   * WEDNESDAY, JUNE 12, 2024 — 7", "8 — THE HIGHLANDS COURIER, …"). The page number tells it from
   * a dateline ("LONDON, June 12, 2024 —").
   */
  private static final Pattern PUNCTUATED =
      Pattern.compile(
          "^(?:(?:(?i:page|p\\.)\\s*)?\\d{1,3}\\s*[—–|•·-]\\s*)?((?:\\p{Lu}[\\p{Lu}'’&.-]*\\s+){0,5}\\p{Lu}[\\p{Lu}'’&.-]*)"
              + "\\s*[,|—–•·]\\s*(.+?)(?:\\s*[—–|•·-]\\s*(?:(?i:page|p\\.)\\s*)?\\d{1,3})?$");
  private static final Pattern OUTER_PAGE_NUMBER =
      Pattern.compile("^(?:(?i:page|p\\.)\\s*)?\\d{1,3}\\s*[—–|•·-].*|.*[—–|•·-]\\s*(?:(?i:page|p\\.)\\s*)?\\d{1,3}$");

  /** A word of a machine header in capitals, "MANNINTEXT": the service's name among codes. */
  private static final Pattern CAPITALS_WORD = Pattern.compile("\\p{Lu}{3,}");

  private RunningHeaders() {}

  /** {@code text} as the name and date parts of a running header set with commas and dashes. */
  private static Optional<List<String>> punctuated(String text) {
    Matcher header = PUNCTUATED.matcher(text.strip());
    if (!header.matches() || !OUTER_PAGE_NUMBER.matcher(text.strip()).matches()) {
      return Optional.empty();
    }
    String name = header.group(1).strip();
    boolean shaped = PageHeader.isCapitals(name) && OutletNames.isMasthead(name)
        && DateParser.parseDateLine(header.group(2)).isPresent();
    return shaped ? Optional.of(List.of(name, header.group(2))) : Optional.empty();
  }

  /**
   * A teletext page's or a terminal's header repeated on every page ("P102 MANNINTEXT 102 Thu 14
   * Mar 19:42:07"): a machine line with a clock that the text prints more than once. Furniture
   * wherever it falls; the word in capitals among its codes, when it is the only one besides the
   * day and month, is the service's name.
   */
  private static void repeatedMachineHeaders(ArticleLines page, Findings out) {
    Map<String, List<Integer>> byText = new LinkedHashMap<>();
    for (int line : page.nonBlank()) {
      byText.computeIfAbsent(page.text(line), text -> new ArrayList<>()).add(line);
    }
    byText.forEach((text, lines) -> {
      if (lines.size() < 2 || !MachineLines.isMachine(text) || !MachineLines.hasClock(text)) {
        return;
      }
      lines.forEach(out::markMetadata);
      List<String> words = CAPITALS_WORD.matcher(text).results().map(MatchResult::group)
          .filter(word -> !DateWords.isCalendarWord(word)).toList();
      if (words.size() == 1) {
        out.propose(Candidate.of(OUTLET, words.getFirst(), RuleNames.RUNNING_HEADER, lines.getFirst()));
      }
    });
  }

  /**
   * The lines set in columns that the text prints on two pages or more, one column a name of two
   * words or more in capitals and every column a name or a label, none a figure or a sentence: a
   * report's running head, which pdftotext keeps at the top of every page with neither a date nor a
   * page number ("INSTITUTE FOR SAHEL SECURITY STUDIES      COMMENTARY", "LOMBOK INSTITUTE FOR
   * MARITIME SECURITY      LIMS Commentary No. 117/2025"). A row of links repeated under each
   * page, or a table's head repeated over its columns of figures, is no running head.
   */
  static List<Integer> repeatedHeads(ArticleLines page) {
    Set<String> repeated = repeatedNamedColumns(page);
    return page.nonBlank().stream().filter(line -> repeated.contains(page.text(line))).toList();
  }

  private static Set<String> repeatedNamedColumns(ArticleLines page) {
    Map<String, Long> copies = page.nonBlank().stream().map(page::text).filter(text -> text.contains("  "))
        .collect(Collectors.groupingBy(text -> text, Collectors.counting()));
    return copies.entrySet().stream().filter(entry -> entry.getValue() > 1 && isNamedColumns(entry.getKey())).map(Map.Entry::getKey)
        .collect(Collectors.toSet());
  }

  private static boolean isNamedColumns(String text) {
    List<String> columns = Arrays.asList(COLUMN_SEPARATOR.split(text.strip()));
    // A teletext page's header is a machine's, read by repeatedMachineHeaders.
    return columns.size() >= 2 && columns.size() <= MAX_COLUMNS && !MachineLines.isMachine(text)
        && columns.stream().anyMatch(column -> PageHeader.isCapitals(column) && OutletNames.isMasthead(column) && ArticleLines.wordCount(column) >= 2)
        && columns.stream().allMatch(column -> ArticleLines.wordCount(column) <= MAX_COLUMN_WORDS && column.codePoints().anyMatch(Character::isLetter));
  }

  /** {@code text} as the name and date columns of a single-spaced running header. */
  private static Optional<List<String>> tight(String text) {
    Matcher header = TIGHT.matcher(text.strip());
    if (!header.matches()) {
      header = TIGHT_PAGE_LAST.matcher(text.strip());
      if (!header.matches()) {
        return Optional.empty();
      }
    }
    String name = header.group(1).strip();
    boolean shaped = PageHeader.isCapitals(name) && OutletNames.isMasthead(name)
        && DateParser.parseDateLine(header.group(2)).isPresent();
    return shaped ? Optional.of(List.of(name, header.group(2))) : Optional.empty();
  }

  /** Whether {@code text} is a page's running header or footer. */
  static boolean isRunningHeader(String text) {
    if (!text.contains("  ")) {
      // no wide gap: most lines, settled without a split
      return tight(text).or(() -> punctuated(text)).isPresent();
    }
    List<String> columns = Arrays.asList(COLUMN_SEPARATOR.split(text.strip()));
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

  /**
   * Marks the running headers of {@code page} and proposes the issue date and publication they
   * print. A name the running head prints on two pages or more is the paper's name printed over
   * and over ({@code repeated-name}): it outweighs a section's head set once under it ("CAMP
   * NEWS" under "THE STANLEY STANDARD … Page 7").
   */
  static void collect(ArticleLines page, Findings out) {
    repeatedMachineHeaders(page, out);
    Set<String> repeated = repeatedNamedColumns(page);
    Map<String, Set<Integer>> named = new LinkedHashMap<>();
    for (int line : page.nonBlank()) {
      String text = page.text(line);
      if (!isRunningHeader(text) && !repeated.contains(text)) {
        continue;
      }
      out.markMetadata(line);
      for (String column : tight(text).or(() -> punctuated(text)).orElseGet(() -> Arrays.asList(COLUMN_SEPARATOR.split(text.strip())))) {
        if (PAGE_NUMBER.matcher(column).matches() || PAGE_LABEL.matcher(column).matches()) {
          continue;
        }
        DateParser.parseDateLine(column).ifPresentOrElse(
            date -> out.propose(Candidate.of(DATE, date.date().toString(), RuleNames.RUNNING_HEADER, line)),
            // a series' head names its publisher before the document's kind: "HKSI Policy Brief No. 27"
            () -> PageHeader.mastheadName(column).map(name -> OutletNames.withoutDocumentKind(name).orElse(name))
                .ifPresent(name -> {
                  out.propose(Candidate.of(OUTLET, name, RuleNames.RUNNING_HEADER, line));
                  named.computeIfAbsent(name, key -> new TreeSet<>()).add(line);
                }));
      }
    }
    named.forEach((name, lines) -> {
      if (lines.size() > 1) {
        out.propose(new Candidate(OUTLET, name, RuleNames.REPEATED_NAME, lines.iterator().next(), lines));
      }
    });
  }
}
