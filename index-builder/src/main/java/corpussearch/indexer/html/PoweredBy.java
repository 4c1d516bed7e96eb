package corpussearch.indexer.html;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The platform a site runs on, which the site credits as such ("Powered by Blogger", "Proudly
 * powered by WordPress", "Blog at WordPress.com"): a hosted blog's markup often declares the
 * platform as its publisher, but the credit says what the name is, and a platform is never the
 * outlet.
 */
final class PoweredBy {

  /** A credit's words before the platform's name. */
  private static final Pattern CREDIT = Pattern.compile("(?i)\\b(?:powered|hosted|built|made|published)\\s++(?:by|with|on)\\s++|\\bblog\\s++at\\s++");

  private PoweredBy() {}

  /** Whether one of the page's {@code blocks} credits {@code name} as the platform the site runs on. */
  static boolean isPlatform(String name, List<String> blocks) {
    String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    return !key.isEmpty() && blocks.stream().anyMatch(block -> credits(block, key));
  }

  private static boolean credits(String block, String key) {
    Matcher credit = CREDIT.matcher(block);
    while (credit.find()) {
      String rest = block.substring(credit.end()).toLowerCase(Locale.ROOT);
      if (rest.startsWith(key) && (rest.length() == key.length() || !Character.isLetterOrDigit(rest.charAt(key.length())))) {
        return true;
      }
    }
    return false;
  }
}
