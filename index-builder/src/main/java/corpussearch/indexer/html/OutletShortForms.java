package corpussearch.indexer.html;

import corpussearch.indexer.extract.FieldValue;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Outlet names cut to initials ("BNA" for "Baltic News Agency", "KI Courier" for "Kangaroo Island
 * Courier") and the full names they stand for. A unit because a short form is told from its full
 * name by one question ({@link #isShortFormOf}), asked by the outlet's sources and by the checks
 * that keep an outlet out of the authors.
 */
final class OutletShortForms {

  /** "RCI - Radio Continental International", "Radio Continental International (RCI)": two spellings of one name. */
  private static final Pattern PAIRED_FORMS =
      Pattern.compile("([^()|\\-–—:]{2,80}?)(?:\\s[-–—|:]\\s|\\s?\\()\\s*+([^()|\\-–—:]{2,80}?)\\)?");

  private OutletShortForms() {}

  /**
   * The full name alone when {@code outlet} gives a name both ways, initials beside the words they
   * stand for ("RCI - Radio Continental International", "Baltic News Agency (BNA)"), as a site's
   * declared name often does: readers and citations name the outlet in full. Any other pair of
   * parts (a name and a tagline, a section) is left as it is.
   */
  static FieldValue withoutInitials(FieldValue outlet) {
    Matcher pair = outlet.isKnown() ? PAIRED_FORMS.matcher(outlet.value().strip()) : null;
    if (pair == null || !pair.matches()) {
      return outlet;
    }
    String first = pair.group(1).strip();
    String second = pair.group(2).strip();
    return isShortFormOf(first, second) ? FieldValue.of(second, outlet.rule())
        : isShortFormOf(second, first) ? FieldValue.of(first, outlet.rule()) : outlet;
  }

  /**
   * The name the page shows in full ({@code names}: its logo, a footer's part) of which {@code
   * outlet} is a short form ({@link #isShortFormOf}): "Kangaroo Island Courier" in the logo over
   * "KI Courier" in the {@code <title>}. A title's suffix is cut to fit a browser tab; the logo is
   * the paper's name as it prints it.
   */
  static FieldValue spelledOutAsShown(FieldValue outlet, List<String> names) {
    return firstSpellingOut(outlet, names.stream().map(name -> FieldValue.of(name, HtmlRuleNames.SHOWN_NAME)));
  }

  /** "Baltic News Agency" rather than "BNA" (or "KI Courier") when another of {@code sources} spells it out. */
  static FieldValue spelledOut(FieldValue outlet, Map<String, String> sources) {
    return firstSpellingOut(outlet, sources.entrySet().stream().map(source -> FieldValue.of(source.getValue(), source.getKey())));
  }

  /** The first of {@code names} that spells {@code outlet} out in full, with its own rule; else {@code outlet}. */
  private static FieldValue firstSpellingOut(FieldValue outlet, Stream<FieldValue> names) {
    return !outlet.isKnown() ? outlet : names.filter(name -> isShortFormOf(outlet.value(), name.value())).findFirst()
        .map(name -> FieldValue.of(name.value().strip(), name.rule())).orElse(outlet);
  }

  /**
   * Whether {@code shortForm} is {@code name} with a run of its words cut to their initials: "BNA"
   * of "Baltic News Agency", "KI Courier" of "Kangaroo Island Courier". Each word of the short form
   * is the next word of the name or the capitals of the next two or more; at least one is initials.
   * Lower-case connectors ("of", "and") and a leading "The" are not counted.
   */
  static boolean isShortFormOf(String shortForm, String name) {
    if (shortForm == null || name == null) {
      return false;
    }
    List<String> full = capitalisedWords(name);
    int next = 0;
    boolean cut = false;
    for (String written : capitalisedWords(shortForm)) {
      // "A&amp;N" stands for "Andaman and Nicobar": the connector is not counted.
      String word = written.replace("&", "");
      int runs = word.matches("\\p{Lu}{2,6}") ? word.length() : 0;
      if (next < full.size() && full.get(next).equalsIgnoreCase(word)) {
        next++;
      } else if (runs > 0 && next + runs <= full.size() && initials(full.subList(next, next + runs)).equals(word)) {
        next += runs;
        cut = true;
      } else {
        return false;
      }
    }
    return cut && next == full.size();
  }

  private static List<String> capitalisedWords(String name) {
    return Stream.of(Outlets.withoutThe(name).split("\\s+")).filter(word -> !word.isEmpty() && Character.isUpperCase(word.codePointAt(0))).toList();
  }

  private static String initials(List<String> words) {
    return words.stream().map(word -> word.substring(0, word.offsetByCodePoints(0, 1))).collect(Collectors.joining());
  }
}
