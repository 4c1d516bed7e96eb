package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.MetadataField.OUTLET;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code host-words}: the site's address alone on a line at the top ("lagosdailyherald.example", as
 * a reader view or a copy keeps it above the headline), spelled out in the page's own capitalised
 * words: "Lagos Daily Herald" when the page writes "Lagos", "Daily" and "Herald" somewhere. Two
 * words or more, each as the page writes it, so that an address the page does not spell out (a
 * brand, initials, a figure) names nothing. It is weak evidence: a masthead, a copyright line or a
 * sign-off that prints the name beats it.
 */
final class HostSpelledOutlets {
  private static final Pattern HOST_LINE =
      Pattern.compile("(?i)(?:https?://)?(?:www\\.)?([a-z]{4,40})\\.[a-z]{2,10}(?:\\.[a-z]{2})?/?");
  private static final Pattern WORD = Pattern.compile("\\p{Lu}\\p{L}+");
  private static final int MIN_WORDS = 2;
  private static final int MIN_WORD_CHARS = 2;

  private HostSpelledOutlets() {}

  static void collect(ArticleLines page, Findings out) {
    for (int line : page.nonBlank()) {
      Matcher host = HOST_LINE.matcher(page.text(line));
      if (page.isTop(line) && host.matches()) {
        spelled(host.group(1).toLowerCase(Locale.ROOT), words(page))
            .ifPresent(name -> out.propose(Candidate.of(OUTLET, name, RuleNames.HOST_WORDS, line)));
      }
    }
  }

  /** The capitalised words of {@code page} by their lower-case form, as first written in ordinary case if ever. */
  private static Map<String, String> words(ArticleLines page) {
    Map<String, String> words = new HashMap<>();
    for (int line : page.nonBlank()) {
      Matcher word = WORD.matcher(page.text(line));
      while (word.find()) {
        String written = word.group();
        String key = written.toLowerCase(Locale.ROOT);
        String ordinary = PageHeader.isCapitals(written) ? NameCase.asWritten(written) : written;
        if (!words.containsKey(key) || PageHeader.isCapitals(words.get(key)) && !PageHeader.isCapitals(written)) {
          words.put(key, ordinary);
        }
      }
    }
    return words;
  }

  /** {@code host} as the fewest page words that spell it out, when two or more do. */
  static Optional<String> spelled(String host, Map<String, String> words) {
    List<List<String>> best = new ArrayList<>();
    best.add(List.of());
    for (int end = 1; end <= host.length(); end++) {
      List<String> shortest = null;
      for (int start = Math.max(0, end - 20); start <= end - MIN_WORD_CHARS; start++) {
        String word = words.get(host.substring(start, end));
        List<String> before = best.get(start);
        if (word != null && before != null && (shortest == null || before.size() + 1 < shortest.size())) {
          shortest = new ArrayList<>(before);
          shortest.add(word);
        }
      }
      best.add(shortest);
    }
    List<String> found = best.get(host.length());
    return found != null && found.size() >= MIN_WORDS ? Optional.of(String.join(" ", found)) : Optional.empty();
  }
}
