package corpussearch.indexer.extract;

import java.util.regex.Pattern;

/**
 * The mark of a rights notice ("©", "(c)", "Copyright", "All rights reserved"), where a page
 * claims itself at its foot. Shared by the text path's masthead check and the HTML path's outlet
 * checks, so that both read a rights line the same way.
 */
public final class RightsNotices {
  private static final Pattern MARK = Pattern.compile("(?i)©|\\(c\\)|\\bcopyright\\b|\\ball rights reserved\\b");

  private RightsNotices() {}

  /** Whether {@code text} carries a rights notice's mark anywhere. */
  public static boolean hasMark(String text) {
    return MARK.matcher(text).find();
  }
}
