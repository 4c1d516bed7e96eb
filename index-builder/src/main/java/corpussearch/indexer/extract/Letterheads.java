package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.MetadataField.OUTLET;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code letterhead}: the first line of a report or a commentary converted from PDF, the issuer's
 * name in capitals on the left and the series on the right, set apart by a wide gap ("INSTITUTE
 * FOR SAHEL SECURITY STUDIES          COMMENTARY", "LOMBOK INSTITUTE FOR MARITIME SECURITY
 * LIMS Commentary No. 117/2025"). The series column is a document's kind or a section, perhaps
 * with the series's initials and its number; the name column is the outlet, and the line is
 * furniture.
 */
final class Letterheads {
  /** Initials in a series's name, "LIMS" in "LIMS Commentary". */
  private static final Pattern INITIALS = Pattern.compile("(?<![\\p{L}])\\p{Lu}{2,6}+(?![\\p{L}])");
  private static final Pattern NUMBER = Pattern.compile("(?i)(?:no\\.?|nº|n°|issue|vol\\.?)?\\s*+#?\\d[\\d/.-]*+");
  private static final int MIN_NAME_WORDS = 2;

  private Letterheads() {}

  static void collect(ArticleLines page, Findings out) {
    page.nonBlank().stream().findFirst().ifPresent(line -> issuer(page.text(line)).ifPresent(name -> {
      out.markMetadata(line);
      out.propose(Candidate.of(OUTLET, name, RuleNames.LETTERHEAD, line));
    }));
  }

  /** The issuer's name of a letterhead line, if {@code text} is one. */
  static Optional<String> issuer(String text) {
    String[] columns = ArticleLines.WIDE_GAP.split(text.strip());
    if (columns.length != 2) {
      return Optional.empty();
    }
    String name = columns[0];
    boolean issuer = PageHeader.isCapitals(name) && ArticleLines.wordCount(name) >= MIN_NAME_WORDS && OutletNames.isOutletName(name)
        && !OutletNames.isSectionName(name);
    return issuer && isSeries(columns[1]) ? Optional.of(name) : Optional.empty();
  }

  /** "COMMENTARY", "LIMS Commentary No. 117/2025", "Policy Brief 12": a kind of document, its initials and number aside. */
  private static boolean isSeries(String column) {
    String kind = NUMBER.matcher(column).replaceAll(" ").strip();
    String words = INITIALS.matcher(kind).replaceAll(" ").strip();
    return OutletNames.isSectionName(words.isEmpty() ? kind : words);
  }
}
