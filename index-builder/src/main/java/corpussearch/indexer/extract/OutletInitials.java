package corpussearch.indexer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An outlet's initials and the name they stand for: "BPA" in a dateline, "Baltora Press Agency" in the copyright line. */
final class OutletInitials {
  private static final Pattern INITIALS = Pattern.compile("\\p{Lu}{2,6}");

  /** A news word joined to a second one, whose initial a short form keeps: "Newswire", "Newsweek", "Telecast". */
  private static final Pattern JOINED_WORD = Pattern.compile("(?i)(?:news|tele|radio|press)(wire|week|day|room|line|cast|net|watch|wise)");

  private OutletInitials() {}

  /**
   * Whether {@code initials} ("BPA") are the initials of {@code name}'s capitalised words
   * ("Baltora Press Agency", "The Bank of Portland Archive"): a dateline or a byline gives the
   * agency's short form that its copyright line spells out.
   */
  static boolean isInitialsOf(String initials, String name) {
    if (!INITIALS.matcher(initials).matches()) {
      return false;
    }
    List<String> words = new ArrayList<>();
    for (String word : OutletNames.withoutLegalSuffix(name).replaceFirst("^(?i:the)\\s+", "").split("[\\s-]+")) {
      if (!word.isEmpty() && Character.isUpperCase(word.codePointAt(0))) {
        words.add(word);
      } else if (!OutletNames.isConnector(word)) {
        return false;
      }
    }
    return words.size() >= 2 && initialled(initials, words, 0);
  }

  /**
   * Whether {@code initials} are the first letters of {@code words} from {@code from} on, a word
   * joined of two giving both ("CNW" of "Continental Newswire": News and wire, {@link #JOINED_WORD}).
   */
  private static boolean initialled(String initials, List<String> words, int from) {
    if (from == words.size() || initials.isEmpty()) {
      return from == words.size() && initials.isEmpty();
    }
    String word = words.get(from);
    if (initials.charAt(0) != word.charAt(0)) {
      return false;
    }
    Matcher joined = JOINED_WORD.matcher(word);
    return initialled(initials.substring(1), words, from + 1) || joined.matches() && initials.length() > 1
        && Character.toUpperCase(joined.group(1).charAt(0)) == initials.charAt(1) && initialled(initials.substring(2), words, from + 1);
  }
}
