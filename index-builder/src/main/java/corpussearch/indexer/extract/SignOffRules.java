package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.MetadataField.AUTHOR;
import static corpussearch.indexer.extract.MetadataField.OUTLET;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sign-offs: the closing line some outlets append, "Jane Doe, political analyst, exclusively for
 * the online magazine “Eastern Review”."
 *
 * <ul>
 *   <li>{@code outlet-sign-off}: the publication after "exclusively / especially / written for [the
 *       online magazine | newspaper | website …]".
 *   <li>{@code author-sign-off}: on such a line only, a name that opens it followed by a comma.
 *       Without the sign-off phrase, "Name, who is …" is an ordinary sentence about someone.
 * </ul>
 *
 * <p>A sign-off line is furniture whichever values win.
 */
final class SignOffRules {
  private static final Pattern SIGN_OFF =
      OutletPhrases.compile(
          "(?i:\\b(?:exclusively|especially|specially|written|prepared)\\s+for\\s+)"
              + "(?i:(?:the\\s+)?(?:(?:online|weekly|daily|monthly)\\s+)?"
              + "(?:magazine|newspaper|journal|website|web\\s*site|portal|publication|news\\s+site"
              + "|site|blog)\\s+)?");

  private SignOffRules() {}

  static void collect(ArticleLines page, Findings out) {
    for (int line : page.nonBlank()) {
      String text = page.text(line);
      Matcher signOff = SIGN_OFF.matcher(text);
      if (signOff.find()) {
        OutletPhrases.outlet(signOff, 1)
            .ifPresent(
                outlet -> {
                  out.markMetadata(line);
                  out.propose(Candidate.of(OUTLET, outlet, RuleNames.OUTLET_SIGN_OFF, line));
                  proposeSigningAuthor(text, line, out);
                });
      }
    }
  }

  private static void proposeSigningAuthor(String text, int line, Findings out) {
    PersonNames.leadingName(text)
        .filter(name -> text.startsWith(name + ","))
        .ifPresent(
            name -> out.propose(Candidate.of(AUTHOR, name, RuleNames.AUTHOR_SIGN_OFF, line)));
  }
}
