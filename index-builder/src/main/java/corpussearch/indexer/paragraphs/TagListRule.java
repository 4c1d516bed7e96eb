package corpussearch.indexer.paragraphs;

import java.util.regex.Pattern;

/**
 * Drops tag and topic lists: a line of at most 30 words that opens with "Tags:", "Topics:",
 * "Filed under:", "Categories:" or "Keywords:" (after any rule of dashes), and the heading of such a
 * list on a line of its own ("Topics", "Explore more on these topics"); and a blog theme's category
 * line, "Posted in" or "Filed under" with nothing after it but capitalised category names ("Posted
 * in Fieldwork, Sulu").
 *
 * <p>Why: they are links to the site's index pages, not writing; the label is required, so a
 * sentence about topics is kept.
 */
final class TagListRule extends PatternLineRule {
  /** A category's name as a theme links it: capitalised words, "Fieldwork", "Middle East", "Q&A". */
  private static final String CATEGORY = "(?-i:\\p{Lu}[\\p{L}\\d&'’-]*+(?:\\s\\p{Lu}[\\p{L}\\d&'’-]*+){0,3})";
  private static final Pattern TAGS =
      Pattern.compile(
          "(?iu)[-–—=*_\\s]*(?:tags|tagged|topics|filed under|categories|keywords)\\s*:\\s*\\S.*"
              + "|(?:explore|read|see|find|discover|get) more (?:on|about|from|in) (?:these|this|the|related)"
              + " (?:topics?|subjects?|tags?|issues?|categor(?:y|ies))\\s*:?"
              + "|(?:related |more )?(?:topics|tags)\\s*:?"
              // a blog theme's category line without a colon: "Posted in Fieldwork, Sulu", "Filed under News | Politics"
              + "|(?:posted|filed|published)\\s+(?:in|under)\\s*:?\\s*" + CATEGORY + "(?:\\s*[,|]\\s*(?:and\\s+)?" + CATEGORY + "){0,8}");
  private static final int MAX_WORDS = 30;

  TagListRule() {
    super(TAGS, MAX_WORDS);
  }

  @Override
  public DropReason reason() {
    return DropReason.NAVIGATION;
  }
}
