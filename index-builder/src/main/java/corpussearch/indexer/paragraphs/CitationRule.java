package corpussearch.indexer.paragraphs;

import java.util.regex.Pattern;

/**
 * Drops a reference to the piece itself in bibliographic shape, as a "cite this" box prints it:
 * authors as "Surname, I." then the year in brackets ("Delfin, J. (2025) RSPC Commentary 2025/31.",
 * "Sow, A. and Dubreuil, P. (2024) \"Recruitment, ransom and gold …\", Policy Brief No. 31."), maybe
 * after the box's label ("Suggested citation: …", "Cite as: …").
 *
 * <p>Why: think tanks, journals and research blogs tell the reader how to cite the piece; the entry
 * repeats its authors, title and series, not the story. A sentence never opens with a surname, a
 * comma and initials, so a story that quotes a study by its author and year ("Delfin (2025) found
 * …") is kept.
 */
final class CitationRule extends PatternLineRule {
  /** An author as a reference list writes one: "Delfin, J.", "Reyes-Ong, N. A.", "O'Neill, P.J.". */
  private static final String AUTHOR = "(?-i:\\p{Lu}[\\p{L}'’-]++(?:\\s\\p{Lu}[\\p{L}'’-]++)?,\\s++(?:\\p{Lu}\\.\\s*+){1,3})";
  private static final Pattern REFERENCE = Pattern.compile(
      "(?iu)(?:(?:(?:suggested\\s+)?citation|cite\\s+(?:this|as)|how\\s+to\\s+cite)[^:]{0,40}:\\s*+)?"
          + AUTHOR + "(?:(?:,|\\s*+and|\\s*+&)\\s++" + AUTHOR + "){0,5}(?:,?\\s*et\\s+al\\.)?\\s*\\(\\d{4}[a-z]?\\).*");
  private static final int MAX_WORDS = 80;

  CitationRule() {
    super(REFERENCE, MAX_WORDS);
  }

  @Override
  public DropReason reason() {
    return DropReason.ENDNOTES;
  }
}
