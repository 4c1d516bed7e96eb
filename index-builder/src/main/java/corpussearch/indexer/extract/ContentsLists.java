package corpussearch.indexer.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A newsletter's or a front page's list of the stories inside ("IN TODAY'S BRIEF" / "1. Douglas
 * promenade trams return …" / "2. …"): its first item is the lead story, and the line further
 * down that repeats it, alone and without the list's number, is that story's headline. The list
 * itself is a teaser, never the title.
 */
final class ContentsLists {
  /** A list item: a number and a full stop or bracket, or a bullet, then the teaser. */
  private static final Pattern ITEM = Pattern.compile("^\\s*(?:\\d{1,2}[.)]|[*•·–-])\\s+(\\S.*)$");
  private static final int MIN_ITEMS = 2;

  private ContentsLists() {}

  /** The headline that repeats the first item of a list of two or more at the top of {@code page}. */
  static Optional<TitleRules.Title> leadHeadline(ArticleLines page) {
    List<Integer> lines = page.nonBlank().stream().filter(page::isTop).toList();
    for (int i = 0; i + MIN_ITEMS - 1 < lines.size(); i++) {
      Matcher first = ITEM.matcher(page.text(lines.get(i)));
      if (first.matches() && ITEM.matcher(page.text(lines.get(i + 1))).matches()
          && TitleRules.isTitleLike(first.group(1))) {
        String teaser = key(first.group(1));
        int item = lines.get(i);
        return page.nonBlank().stream()
            .filter(line -> line > item && !ITEM.matcher(page.text(line)).matches() && key(page.text(line)).equals(teaser))
            .findFirst()
            .map(line -> new TitleRules.Title(page.text(line).strip(), RuleNames.REPEATED_TITLE, line, Set.of(line)));
      }
    }
    return Optional.empty();
  }

  private static String key(String text) {
    return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
