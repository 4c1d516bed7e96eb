package corpussearch.indexer.paragraphs;

import java.util.regex.Pattern;

/**
 * Drops editorial disclaimers: a line of at most 60 words saying that the views or opinions
 * expressed (by the writer, the authors, the commenters …) do not (necessarily) reflect or
 * represent those of the publication, or are solely the author's own.
 *
 * <p>Why: the notice is boilerplate appended to opinion pieces. The pattern needs the whole
 * "views … expressed … not … reflect/represent" construction (the adverb may be misspelled, as
 * scraped pages show), so an article discussing opinions is kept.
 */
final class DisclaimerRule extends LineRule {
  private static final Pattern NOT_REFLECT =
      Pattern.compile(
          "(?iu).*\\b(?:views?|viewpoints?|opinions?)\\b.{0,120}?\\bexpressed\\b.{0,200}?"
              + "\\b(?:do|does|did)\\s*(?:not|n['’]t)\\s+(?:\\p{L}+\\s+)?(?:reflect|represent)\\b.*");
  private static final Pattern OWN_VIEWS =
      Pattern.compile(
          "(?iu).*\\b(?:views?|opinions?)\\b.{0,60}?\\b(?:are|is)\\s+(?:solely\\s+)?"
              + "(?:those of the (?:author|writer)s?|the (?:author|writer)['’]s own|(?:his|her|their) own)\\b.*");

  @Override
  public DropReason reason() {
    return DropReason.DISCLAIMER;
  }

  @Override
  boolean matches(String line) {
    return TextShapes.atMostWords(line, 60)
        && (NOT_REFLECT.matcher(line).matches() || OWN_VIEWS.matcher(line).matches());
  }
}
