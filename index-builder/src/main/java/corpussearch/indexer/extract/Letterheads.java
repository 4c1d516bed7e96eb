package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.MetadataField.OUTLET;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@code letterhead}: the first line of a report or a commentary converted from PDF, the issuer's
 * name in capitals on the left and the series on the right, set apart by a wide gap ("INSTITUTE
 * FOR SAHEL SECURITY STUDIES          COMMENTARY", "LOMBOK INSTITUTE FOR MARITIME SECURITY
 * LIMS Commentary No. 117/2025"). The series column is a document's kind or a section, perhaps
 * with the series's initials and its number; the name column is the outlet, and the line is
 * furniture. A letterhead may also stack its two columns, the series set right on a line of its
 * own above or below the name ("POLICY BRIEF No. 17" over "CENTRE FOR FRONTIER SECURITY STUDIES"),
 * or set the name over the office and its address as the page's first block ({@link #block}).
 */
final class Letterheads {
  /** Initials in a series's name, "LIMS" in "LIMS Commentary". */
  private static final Pattern INITIALS = Pattern.compile("(?<![\\p{L}])\\p{Lu}{2,6}+(?![\\p{L}])");
  /** A document's number, perhaps after its series' letters: "No. 17", "#4", "No. PR-117/2025". */
  private static final Pattern NUMBER = Pattern.compile("(?i)(?:no\\.?|nº|n°|issue|vol\\.?)?\\s*+#?(?:\\p{Lu}{1,5}-)?\\d[\\d/.-]*+");
  /** A series's issue date after a bar, which its column may close with: "POLICY BRIEF No. 14 | June 2025". */
  private static final Pattern ISSUE_DATE = Pattern.compile("\\s*+[|·•]\\s*+[^|·•]{0,30}?(?:19|20)\\d{2}$");
  private static final int MIN_NAME_WORDS = 2;
  /** An office's address, capitalised parts after commas: "Civil Secretariat, Peshawar", "14 Harbour Road, Kingston, Jamaica". */
  private static final Pattern ADDRESS = Pattern.compile(
      "(?:\\d{1,5}\\p{L}?\\s+)?\\p{Lu}[\\p{L}'’.-]*+(?:\\s+\\p{L}[\\p{L}'’.-]*+){0,4}(?:,\\s+\\p{Lu}[\\p{L}'’.-]*+(?:\\s+\\p{Lu}[\\p{L}'’.-]*+){0,2}){1,3}"
          // a postcode after the town: "Astana 010000", "London SW1A 2AA"
          + "(?:\\s+[\\p{Lu}\\d]{2,8}(?:\\s[\\p{Lu}\\d]{3})?)?");

  /** An office's contacts, parts set apart by bars or gaps: "press@ncrr.example  |  www.ncrr.example", "Tel: +7 7172 55 01 20". */
  private static final Pattern CONTACTS = Pattern.compile(
      "(?i)(?:(?:tel|phone|fax|e-?mail|web)\\s*[.:]?\\s*)?(?:[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+|(?:https?://)?(?:www\\.)?[\\w-]+(?:\\.[\\w-]+)+/?|\\+?[\\d() -]{7,20})"
          + "(?:\\s*[|·•]\\s*|\\s{2,})?");

  /** The office's unit in brackets under its name: "(Press Wing)", "(Media Cell)". */
  private static final Pattern UNIT = Pattern.compile("\\(\\p{Lu}[^()]{1,40}\\)");
  /** A government named as the parent of the office under it: "GOVERNMENT OF PAKISTAN", "REPUBLIC OF KENYA". */
  private static final Pattern GOVERNMENT =
      Pattern.compile("(?i)(?:(?:the\\s+)?(?:government|republic|state|kingdom|province|commonwealth)\\s+of\\s+.+|.+\\s+government)");

  private Letterheads() {}

  static void collect(ArticleLines page, Findings out) {
    List<Integer> lines = page.nonBlank();
    if (lines.isEmpty()) {
      return;
    }
    int first = lines.getFirst();
    Optional<String> inline = issuer(page.text(first));
    Set<Integer> block = block(page);
    if (!block.isEmpty()) {
      propose(blockIssuer(page, block), List.copyOf(block), out);
    } else if (inline.isPresent()) {
      propose(inline.get(), List.of(first), out);
    } else if (lines.size() > 1) {
      int second = lines.get(1);
      stacked(page, first, second).ifPresent(name -> propose(name, List.of(first, second), out));
    }
  }

  private static void propose(String name, List<Integer> lines, Findings out) {
    out.markMetadata(lines);
    out.propose(new Candidate(OUTLET, name, RuleNames.LETTERHEAD, lines.getFirst(), Set.copyOf(lines)));
  }

  /**
   * {@code candidates} without the masthead's reading of a letterhead's lines: the letterhead's
   * names the issuer of the whole block ("MINISTRY OF INTERIOR" under "GOVERNMENT OF PAKISTAN").
   */
  static List<Candidate> withoutMastheads(List<Candidate> candidates) {
    Set<Integer> letterhead = candidates.stream().filter(c -> RuleNames.LETTERHEAD.equals(c.rule()))
        .flatMap(c -> c.sourceLines().stream()).collect(Collectors.toSet());
    return candidates.stream().filter(c -> !RuleNames.MASTHEAD.equals(c.rule()) || !letterhead.contains(c.line())).toList();
  }

  /** The issuer's name of a letterhead line, if {@code text} is one. */
  static Optional<String> issuer(String text) {
    String[] columns = ArticleLines.WIDE_GAP.split(text.strip());
    return columns.length == 2 && isIssuer(columns[0]) && isSeries(columns[1]) ? Optional.of(columns[0]) : Optional.empty();
  }

  /**
   * The issuer's name of a letterhead stacked on two lines, the series above or below it: a research
   * document's kind, not any section's name ("OPINION" over a headline in capitals). Under the series,
   * a name in ordinary case could as well be the document's title or its author's, so it is the
   * issuer only when the page's later text calls it a body, "the" before it ("… is a senior fellow at
   * the Hindukush Security Observatory").
   */
  private static Optional<String> stacked(ArticleLines page, int firstLine, int secondLine) {
    String first = page.text(firstLine).strip();
    String second = page.text(secondLine).strip();
    if (isSeriesLine(first) && (isIssuer(second) && !PersonNames.isName(second, true) || isNamedBody(page, secondLine, second))) {
      return Optional.of(second);
    }
    return isIssuer(first) && !PersonNames.isName(first, true) && isSeriesLine(second) ? Optional.of(first) : Optional.empty();
  }

  private static boolean isNamedBody(ArticleLines page, int line, String name) {
    if (ArticleLines.wordCount(name) < MIN_NAME_WORDS || !OutletNames.isOutletName(name) || OutletNames.isSectionName(name)) {
      return false;
    }
    Pattern body = Pattern.compile("(?<!\\p{L})[Tt]he\\s+" + Pattern.quote(name) + "(?![\\p{L}\\d])");
    return page.nonBlank().stream().filter(other -> other > line && page.isLate(other)).anyMatch(other -> body.matcher(page.text(other)).find());
  }

  /**
   * The lines of a letterhead set as the page's first block: the issuer's name in capitals, maybe
   * the office under it ({@link #isOffice}), and its address or contacts ("GOVERNMENT OF KHYBER PAKHTUNKHWA" /
   * "PROVINCIAL SECURITY COORDINATION CELL" / "Civil Secretariat, Peshawar", "press@ncrr.example |
   * www.ncrr.example"), maybe with the office's unit in brackets ("(Press Wing)"); none when a line
   * of the block is anything else, or none is an address (a headline in capitals may stand under a
   * masthead).
   */
  static Set<Integer> block(ArticleLines page) {
    List<Integer> lines = page.nonBlank();
    if (lines.isEmpty() || !isIssuer(page.text(lines.getFirst()).strip())) {
      return Set.of();
    }
    Set<Integer> block = new TreeSet<>();
    boolean addressed = false;
    for (int at = lines.getFirst(); at < page.size() && !page.isBlank(at); at++) {
      String text = page.text(at).strip();
      boolean address = ADDRESS.matcher(text).matches() || isContacts(text);
      if (!address && !(at == lines.getFirst() ? isIssuer(text) : isOffice(text)) && !UNIT.matcher(text).matches()) {
        return Set.of();
      }
      addressed |= address;
      block.add(at);
    }
    return addressed ? block : Set.of();
  }

  /**
   * The issuer a letterhead block names: its first line, unless that is a government over the
   * office that issues ("GOVERNMENT OF PAKISTAN" over "MINISTRY OF INTERIOR"), as the last name of
   * the block then is.
   */
  private static String blockIssuer(ArticleLines page, Set<Integer> block) {
    String first = page.text(block.iterator().next()).strip();
    if (!GOVERNMENT.matcher(first).matches()) {
      return first;
    }
    return block.stream().map(line -> page.text(line).strip()).filter(Letterheads::isOffice).reduce((a, b) -> b).orElse(first);
  }

  /** An office under the block's first name: in capitals as that is, or in ordinary case ending in what it is ("Khyber Pakhtunkhwa Prisons Department"). */
  private static boolean isOffice(String text) {
    return isIssuer(text) || AuthorLineRules.isIssuer(text);
  }

  private static boolean isContacts(String text) {
    return CONTACTS.matcher(text).results().mapToInt(m -> m.end() - m.start()).sum() == text.length() && !text.isEmpty();
  }

  private static boolean isIssuer(String name) {
    return PageHeader.isCapitals(name) && ArticleLines.wordCount(name) >= MIN_NAME_WORDS && OutletNames.isOutletName(name)
        && !OutletNames.isSectionName(name);
  }

  /**
   * "COMMENTARY", "LIMS Commentary No. 117/2025", "Policy Brief 12 | June 2025": a kind of document,
   * its initials, number and issue date aside.
   */
  private static boolean isSeries(String column) {
    return OutletNames.isSectionName(kind(ISSUE_DATE.matcher(column).replaceFirst("")));
  }

  /**
   * Whether {@code text} is a series's line alone, a research document's kind, its initials and
   * number aside ("POLICY BRIEF No. 17", "CFSS Working Paper 4"): never a headline or a masthead,
   * though capitals and a number after a word ("ISSUE BRIEF 12") have a broadcaster's name's shape.
   * A release's kind with its reference in a column of its own ("PRESS RELEASE      No. PR-117/2025")
   * is one too, and so is a series's line closed by its issue date ("POLICY BRIEF No. 14 | June 2025").
   */
  static boolean isSeriesLine(String text) {
    String[] columns = ArticleLines.WIDE_GAP.split(text.strip());
    return OutletNames.isDocumentKind(kind(ISSUE_DATE.matcher(text.strip()).replaceFirst("")))
        || columns.length == 2 && OutletNames.isSectionName(columns[0]) && OutletNames.hasNumberedReference(columns[1]);
  }

  /**
   * {@code text} without its number and the series's initials, unless they are all it says or the
   * words in capitals are the kind itself ("WORKING PAPER", whose "PAPER" has initials' length).
   */
  private static String kind(String text) {
    String kind = NUMBER.matcher(text).replaceAll(" ").strip();
    String words = INITIALS.matcher(kind).replaceAll(" ").strip();
    return words.isEmpty() || OutletNames.isSectionName(kind) ? kind : words;
  }
}
