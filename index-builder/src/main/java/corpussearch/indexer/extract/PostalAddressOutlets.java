package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.MetadataField.OUTLET;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code postal-address}: the sender's name and postal address on one line at the foot of the page,
 * "The Sahel Brief, PO Box 2217, Dakar, Senegal", "Harbour Institute, 14 Harbour View Road,
 * Mombasa, Kenya", as every mailed newsletter must print and as a report's or a paper's back page
 * prints its publisher. The name is the publisher's; the line is furniture.
 *
 * <p>The address must open with a street number or a post-office box, in the languages met
 * ("PO Box", "BP", "Apartado", "Caixa Postal", "Postfach"), and run on to at least a town after
 * another comma; the name before it must be shaped as an organisation's name and not as a
 * person's, so a story's "Jane Doe, 45, a farmer, said" names nothing.
 */
final class PostalAddressOutlets {
  /** The street or box after the name: "14 Harbour View Road", "3/F Veterans Building", "PO Box 2217", "BP 1234". */
  private static final String STREET =
      "(?:\\d{1,5}+[\\p{L}/-]{0,3}+\\s++\\p{L}[^,]{1,60}+"
          + "|(?i:p\\.?\\s?o\\.?\\s?box|post\\s+office\\s+box|b\\.?p\\.?|apartado(?:\\s+postal)?|caixa\\s+postal|postfach|casilla)\\s*+\\d[^,]{0,20}+)";

  /** A name, a comma, a street or box, and at least one more part (the town). */
  private static final Pattern NAME_AND_ADDRESS = Pattern.compile("([^,\\d]{2,60}+),\\s*+" + STREET + "(?:,\\s*+[^,]{2,40}+){1,4}+");

  /** An address line is short; a sentence that mentions a street is longer or ends as one. */
  private static final int MAX_WORDS = 24;
  private static final Pattern SENTENCE_END = Pattern.compile("\\p{Ll}{3,}+[.!?]$");

  private PostalAddressOutlets() {}

  static void collect(ArticleLines page, Findings out) {
    for (int line : page.nonBlank()) {
      if (page.isLate(line)) {
        publisher(page.text(line)).ifPresent(name -> {
          out.markMetadata(line);
          out.propose(Candidate.of(OUTLET, name, RuleNames.POSTAL_ADDRESS, line));
        });
      }
    }
  }

  /** The organisation whose postal address {@code text} is, if it is one. */
  static Optional<String> publisher(String text) {
    String line = text.strip();
    if (ArticleLines.wordCount(line) > MAX_WORDS || SENTENCE_END.matcher(line).find() || DateParser.find(line).isPresent()) {
      return Optional.empty();
    }
    Matcher address = NAME_AND_ADDRESS.matcher(line);
    if (!address.matches()) {
      return Optional.empty();
    }
    String name = OutletNames.trimPunctuation(address.group(1));
    boolean organisation = OutletNames.isOutletName(name) && ArticleLines.wordCount(name) >= 2
        && (!PersonNames.isName(name, false) || OutletNames.hasPublicationWord(name) || AuthorLineRules.isIssuer(name));
    return organisation ? Optional.of(name) : Optional.empty();
  }
}
