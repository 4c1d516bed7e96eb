package corpussearch.indexer.paragraphs;

import java.util.regex.Pattern;

/**
 * Drops editorial disclaimers: a line of at most 60 words saying that the views or opinions
 * expressed (by the writer, the authors, the commenters …) do not (necessarily) reflect or
 * represent those of the publication, or are solely the author's own; a notice about how this
 * article was paid for ("This story is part of our X project, supported by the Y Foundation", "…
 * retains full editorial control"); a notice about republishing it ("You can republish this
 * article for free under a Creative Commons license").
 *
 * <p>Why: the notice is boilerplate appended to opinion pieces. The pattern needs the whole
 * "views … expressed … not … reflect/represent" construction (the adverb may be misspelled, as
 * scraped pages show), so an article discussing opinions is kept. Funding and republication
 * notices have to speak of this article itself ("this story", "our project", "this article"), so
 * a report that a study was funded by a foundation is kept.
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

  private static final Pattern FUNDED =
      Pattern.compile(
          "(?iu).*\\b(?:this|our)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:article|story|report|series|project|coverage|reporting|journalism)\\b"
              + ".{0,160}?\\b(?:supported|funded|underwritten|made possible)\\b.*"
              + "|.*\\b(?:retains?|maintains?|keeps?|has|have)\\s+(?:full\\s+|sole\\s+|complete\\s+)?"
              + "editorial\\s+(?:control|independence)\\b.*");
  private static final Pattern REPUBLISH =
      Pattern.compile(
          "(?iu).*\\brepublish(?:ed|ing)?\\s+(?:this|our)\\s+(?:article|story|stories|articles|report|work)\\b.*"
              + "|.*\\brepublication\\b.{0,80}?\\b(?:permission|licen[cs]e|prohibited|requires?)\\b.*");

  @Override
  public DropReason reason() {
    return DropReason.DISCLAIMER;
  }

  @Override
  boolean matches(String line) {
    return TextShapes.atMostWords(line, 60)
        && (NOT_REFLECT.matcher(line).matches()
            || OWN_VIEWS.matcher(line).matches()
            || FUNDED.matcher(line).matches()
            || REPUBLISH.matcher(line).matches());
  }
}
