package corpussearch.indexer.paragraphs;

import java.util.regex.Pattern;

/**
 * Drops picture captions: a line of at most 60 words that opens with "Caption:", "Photo:",
 * "Photograph:", "Image:", "Picture:" or "Pictured:", or with a bracketed media marker ("[Photo]",
 * "[Image: …]", "[Video]", "[Graphic]") that a scraper leaves where a picture stood.
 *
 * <p>Why: scrapers keep the caption of each picture where the picture stood; it describes the
 * picture, not the story. The label is required, so prose about a photograph is kept.
 */
final class CaptionRule extends PatternLineRule {
  private static final Pattern CAPTION =
      Pattern.compile(
          "(?iu)(?:(?:caption|photo|photograph|image|picture|pictured)\\s*:"
              + "|\\[\\s*(?:photo|photograph|image|picture|video|graphic|gallery|illustration)\\b[^\\]]{0,200}\\])"
              + "\\s*\\S.*");
  private static final int MAX_WORDS = 60;

  CaptionRule() {
    super(CAPTION, MAX_WORDS);
  }

  @Override
  public DropReason reason() {
    return DropReason.CAPTION;
  }
}
