package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.MetadataField.AUTHOR;
import static corpussearch.indexer.extract.MetadataField.DATE;
import static corpussearch.indexer.extract.MetadataField.OUTLET;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code citation-line}: the line a newspaper database prints under a record's headline, the
 * article cited as a library catalogues it, surname first: "Rolle, Denise. Providenciales Post;
 * Providenciales, Turks and Caicos Islands [Providenciales]. 16 Oct 2024: A3." It names the
 * author (in running order), the publication and the date. Only read at the top of the page,
 * where the record states it, never in a list of references further down.
 */
final class CitationLines {

  /** Surname, given names. Publication; place or edition. Date, page. */
  private static final Pattern CITATION = Pattern.compile(
      "^(\\p{Lu}[\\p{L}\\p{M}'’-]+(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’-]+)?),\\s+(\\p{Lu}[\\p{L}\\p{M}'’-]+(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’-]*\\.?)*)\\.\\s+"
          + "([^;.\\[\\]]{3,80}?)\\s*[;.\\[]\\s*(.+)$");

  private CitationLines() {}

  /** Proposes the author, outlet and date of the citation line at the top of {@code page}. */
  static void collect(ArticleLines page, Findings out) {
    for (int line : page.nonBlank()) {
      if (page.isTop(line)) {
        read(page.text(line), line).ifPresent(found -> {
          out.markMetadata(line);
          found.forEach(out::propose);
        });
      }
    }
  }

  private static Optional<List<Candidate>> read(String text, int line) {
    Matcher cited = CITATION.matcher(text.strip());
    if (!cited.matches()) {
      return Optional.empty();
    }
    String author = cited.group(2) + " " + cited.group(1);
    String publication = cited.group(3).strip();
    Optional<DateParser.DateMatch> date = DateParser.find(cited.group(4));
    if (date.isEmpty() || !PersonNames.isName(author, false) || !OutletNames.isMasthead(publication)) {
      return Optional.empty();
    }
    return Optional.of(List.of(
        Candidate.of(AUTHOR, author, RuleNames.CITATION_LINE, line),
        Candidate.of(OUTLET, publication, RuleNames.CITATION_LINE, line),
        Candidate.of(DATE, date.get().date().toString(), RuleNames.CITATION_LINE, line)));
  }
}
