package corpussearch.indexer.paragraphs;

import java.util.regex.Pattern;

/**
 * Drops tag and topic lists: a line of at most 30 words that opens with "Tags:", "Topics:",
 * "Filed under:", "Categories:" or "Keywords:" (after any rule of dashes).
 *
 * <p>Why: they are links to the site's index pages, not writing; the label is required, so a
 * sentence about topics is kept.
 */
final class TagListRule extends PatternLineRule {
  private static final Pattern TAGS =
      Pattern.compile(
          "(?iu)[-–—=*_\\s]*(?:tags|tagged|topics|filed under|categories|keywords)\\s*:\\s*\\S.*");
  private static final int MAX_WORDS = 30;

  TagListRule() {
    super(TAGS, MAX_WORDS);
  }

  @Override
  public DropReason reason() {
    return DropReason.NAVIGATION;
  }
}
