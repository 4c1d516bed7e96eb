package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.MetadataField.AUTHOR;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code author-bio}: the paragraph about the author that closes many articles, "Jane Doe is a
 * senior at State University studying economics. Her focus is …", also with the name between
 * commas after "The writer" ("The writer, Rohan Mehra, is a former diplomat …").
 *
 * <p>This is the weakest author evidence, because articles are full of sentences about people. A
 * bio is believed only when all of these hold: it is in the late half of the text; it opens with a
 * person-shaped name (two to four capitalised words, see {@link PersonNames}) directly followed by
 * "is a / an / the"; and it reads like a bio, with a job or study word or a he/she sentence. The
 * bio line becomes a metadata line only if the reported author is the person it describes.
 */
final class AuthorBioRules {
  /** "is a …", "is the …", "is The Ledger's correspondent …", "is Lowmarsh Review's …". */
  private static final Pattern COPULA =
      Pattern.compile("^\\s+is\\s+(?:a|an|[Tt]he|\\p{Lu}[\\p{L}\\p{M}-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}-]*){0,4}['’]s)\\s");
  private static final Pattern BIO_EVIDENCE =
      Pattern.compile(
          "(?i)\\b(?:writer|journalist|author|analyst|researcher|student|senior|junior|professor"
              + "|fellow|editor|correspondent|reporter|contributor|columnist|scholar|lecturer"
              + "|graduate|undergraduate|commentator|consultant|founder|freelance|novelist"
              + "|historian|economist|studying|based)\\b"
              // what the writer writes for the paper: "… is a former diplomat and writes the Frontlines column"
              + "|\\bwrites\\s+(?:for|the|a|this)\\b"
              + "|(?:^|[.!?]\\s+)(?-i:He|She|His|Her)\\b");

  /** The bio that names its writer between commas: "The writer, Rohan Mehra, is a former diplomat …". */
  private static final Pattern WRITER_APPOSITIVE =
      Pattern.compile("^(?i:the\\s+(?:writer|author|columnist|contributor))\\s*,\\s*([^,]{3,60}?)\\s*,(?=\\s+is\\s)");

  private AuthorBioRules() {}

  static void collect(ArticleLines page, Findings out) {
    for (int line : page.nonBlank()) {
      // "Dr Jane Doe is a professor …": the bio addresses its writer by a title that is no name.
      String bio = page.text(line).replaceFirst("^(?:--?|[–—])\\s*", "");
      String text = PersonNames.withoutHonorifics(WRITER_APPOSITIVE.matcher(bio).replaceFirst("$1"));
      if (!page.isLate(line)) {
        continue;
      }
      PersonNames.leadingName(text)
          .filter(name -> COPULA.matcher(text.substring(name.length())).lookingAt())
          .filter(name -> BIO_EVIDENCE.matcher(bio).find())
          .ifPresent(name -> out.propose(Candidate.of(AUTHOR, name, RuleNames.AUTHOR_BIO, line)));
    }
  }

  /**
   * Whether a bio in the late half of {@code page} describes {@code name}, opening its line or a
   * sentence of it: "… programme. Paul Linden is a research associate at the Forum." (the line
   * reads as a bio as a whole: the authors' bios share one).
   */
  static boolean describes(ArticleLines page, String name) {
    Pattern opening = Pattern.compile("(?:^|[.!?]\\s+)" + Pattern.quote(name) + "(?=\\s)");
    return page.nonBlank().stream().filter(page::isLate).map(page::text).anyMatch(text -> {
      Matcher at = opening.matcher(text);
      return at.find() && COPULA.matcher(text.substring(at.end())).lookingAt() && BIO_EVIDENCE.matcher(text).find();
    });
  }
}
