package corpussearch.api.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The labelled outlet, author and date line of a result or an article. A field the article does
 * not state is left out, and named once in {@code notStated} ("author and date not stated"), so
 * the line never reads "unknown · unknown · unknown".
 *
 * @param outlet the outlet, or null
 * @param author the author, or null
 * @param date the date as shown ("3 Nov 2021"), or null
 * @param isoDate the date as ISO-8601 for {@code <time datetime>}, or null
 * @param notStated the missing fields in words, or null when none is missing
 */
record MetaLine(String outlet, String author, String date, String isoDate, String notStated) {

  static MetaLine of(String outlet, String author, String isoDate) {
    String shownOutlet = stated(outlet);
    String shownAuthor = stated(author);
    String shownIso = stated(isoDate);
    List<String> missing = new ArrayList<>();
    if (shownOutlet == null) {
      missing.add("outlet");
    }
    if (shownAuthor == null) {
      missing.add("author");
    }
    if (shownIso == null) {
      missing.add("date");
    }
    return new MetaLine(shownOutlet, shownAuthor, shownIso == null ? null : DisplayFormat.date(shownIso), shownIso, notStated(missing));
  }

  private static String stated(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  /** "outlet not stated", "author and date not stated", "outlet, author and date not stated". */
  private static String notStated(List<String> missing) {
    if (missing.isEmpty()) {
      return null;
    }
    String last = missing.get(missing.size() - 1);
    String words = missing.size() == 1 ? last : String.join(", ", missing.subList(0, missing.size() - 1)) + " and " + last;
    return Character.toUpperCase(words.charAt(0)) + words.substring(1) + " not stated";
  }
}
