package corpussearch.indexer.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where on the page an unlabelled "By …" line is the article's byline rather than a comment's
 * header or a sentence: besides the top of the page (which {@link BylineRules} believes), right
 * under the headline, and closing the text.
 */
final class BylinePlaces {
  /** A posting date set apart after the names: "· Nov 8, 2026", "| on 8 November 2026". */
  private static final Pattern POSTING_DATE = Pattern.compile("\\s*[·|•–—]\\s*(?:on\\s+)?([^·|•–—]+)$");

  private BylinePlaces() {}

  /**
   * Whether {@code line} follows the headline on {@code titleLine} (-1 when unknown) with at most
   * one line (a standfirst, a kicker) between: a newsletter sets its story's byline there, below a
   * greeting long enough to end the top of the page.
   */
  static boolean isUnderHeadline(ArticleLines page, int line, int titleLine) {
    return titleLine >= 0 && line > titleLine
        && page.nonBlank().stream().filter(other -> other > titleLine && other < line).count() <= 1;
  }

  /**
   * Whether the byline on {@code line} stands over the headline on {@code titleLine} while a
   * byline naming someone stands right under it: a newsletter's or a blog's "SECURITY BRIEF / by
   * Dunefield Risk" under its masthead credits the publisher, and the story's own byline under its
   * headline names the writer.
   */
  static boolean isOverStoryByline(ArticleLines page, int line, int titleLine) {
    return line < titleLine && page.nonBlank().stream().anyMatch(other -> isUnderHeadline(page, other, titleLine)
        && BylineRules.parse(page.text(other)).filter(byline -> byline.author() != null).isPresent());
  }

  /**
   * A byline at the bottom, "By Jane Doe, Central Asia correspondent", "By Jane Doe, in Mora": in the
   * late half, alone on its line, with nothing after the names but a job description, where the
   * reporter filed from or a blog's posting time or date ("Posted by Jane Doe at 11:48 PM", "Filed
   * by Jane Doe · Nov 8, 2026"), as weeklies sign a story under its last paragraph and blogs their posts.
   */
  static boolean isClosingByline(ArticleLines page, int line) {
    if (!page.isLate(line)) {
      return false;
    }
    Matcher by = BylineRules.BY.matcher(BylineShapes.unbracketed(page.text(line)));
    if (!by.matches()) {
      return false;
    }
    String rest = OutletNames.trimPunctuation(BylineShapes.withoutPlace(BylineShapes.withoutPostingTime(withoutPostingDate(by.group(1)))));
    Optional<String> names = PersonNameLists.nameList(rest, false);
    if (names.isEmpty()) {
      return false;
    }
    String after = rest.substring(names.get().length()).replaceFirst("^\\s*,\\s*", "");
    return after.isEmpty() || AuthorLineRules.isRole(after);
  }

  /** {@code text} without the posting date set apart after the names: "Jane Doe · Nov 8, 2026" is "Jane Doe". */
  private static String withoutPostingDate(String text) {
    Matcher date = POSTING_DATE.matcher(text);
    return date.find() && DateParser.parseDateLine(date.group(1)).isPresent() ? text.substring(0, date.start()) : text;
  }

}
