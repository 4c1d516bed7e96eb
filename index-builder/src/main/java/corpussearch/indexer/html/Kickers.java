package corpussearch.indexer.html;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** A label set into a page's {@code <h1>} before the headline the page declares ("EXCLUSIVE", "Live:"). */
final class Kickers {
  private static final int MAX_KICKER_WORDS = 3;
  private static final Pattern POSSESSIVE = Pattern.compile("(?:['’]s|s['’])$");

  private Kickers() {}

  /**
   * The declared headline that {@code h1} ends with, when what comes before it is a short label
   * ("EXCLUSIVE", "Live:", "Watch") set into the heading; else {@code h1}.
   */
  static String withoutKicker(String h1, List<String> declared) {
    for (String headline : h1 == null ? List.<String>of() : declared) {
      int start = h1.length() - headline.length();
      boolean tail = start > 0 && h1.regionMatches(true, start, headline, 0, headline.length()) && !Character.isLetterOrDigit(h1.charAt(start - 1));
      if (tail && h1.substring(0, start).strip().split("\\s+").length <= MAX_KICKER_WORDS && !runsOn(h1.substring(0, start), h1.substring(start))) {
        return headline;
      }
    }
    return h1;
  }

  /**
   * Whether the words before a declared headline are the start of the visible one's sentence, not a
   * label: the headline goes on in lower case ("Ashgabat adds bus lanes …" over JSON-LD's "Bus
   * lanes …") or is owned by them ("Libreville's Nomba beach …"). The shorter declared headline is
   * then a card's cut, and the page's own heading is the whole one, also after a colon ("Where they
   * sleep: why IS-K …"). A label ends with a mark before a capital ("Live:", "VIDEO |") or stands in
   * capitals ("EXCLUSIVE").
   */
  private static boolean runsOn(String before, String tail) {
    String kicker = before.strip();
    boolean marked = !kicker.isEmpty() && !Character.isLetterOrDigit(kicker.codePointBefore(kicker.length()));
    boolean capitals = kicker.equals(kicker.toUpperCase(Locale.ROOT));
    return !capitals && (Character.isLowerCase(tail.codePointAt(0)) || !marked && POSSESSIVE.matcher(kicker).find());
  }
}
