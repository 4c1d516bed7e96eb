package corpussearch.indexer.paragraphs;

import java.util.regex.Pattern;

/**
 * Safety net for bylines and datelines the metadata extractor did not claim: a short line (at most
 * {@value #MAX_WORDS} words, not a sentence) above the first prose block that contains a calendar
 * date ("November 03, 2021", "08.11.2021", "25 Apr 2024", "Thursday, …") or a byline label
 * ("By …", "Author: …", "Written by").
 *
 * <p>Why: such lines sit between the title and the body; if they survived they would be taken for
 * a section heading of the whole article. They count as {@link DropReason#METADATA}.
 */
final class BylineRule implements FurnitureRule {
  static final int MAX_WORDS = 12;
  static final Pattern DATE =
      Pattern.compile(
          "(?iu).*(?:\\b\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b"
              + "|\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}\\b"
              + "|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?,?\\s+\\d{4}\\b"
              + "|^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b).*");
  private static final Pattern LABEL =
      Pattern.compile("(?iu)^(?:by\\s+\\p{Lu}|written by\\b|posted by\\b).*|.*\\bauthor:.*");

  @Override
  public DropReason reason() {
    return DropReason.METADATA;
  }

  @Override
  public void apply(Page page) {
    for (Block block : page.blocks()) {
      if (TextShapes.isProse(page.liveText(block))) {
        return;
      }
      for (int i : page.live(block)) {
        if (isByline(page.line(i))) {
          page.drop(i, reason());
        }
      }
    }
  }

  static boolean isByline(String line) {
    return TextShapes.atMostWords(line, MAX_WORDS)
        && !TextShapes.endsSentence(line)
        && (DATE.matcher(line).matches() || LABEL.matcher(line).matches());
  }
}
