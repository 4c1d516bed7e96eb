package corpussearch.indexer.paragraphs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text-browser dump (lynx, links: {@code lynx -dump}) read as the page it shows. Such a dump marks
 * every link with its number in brackets ("[4]News", "Posted on [9]11 January 2024") and lists the
 * addresses under a "References" heading at the end. The markers split names and dates from the
 * words around them and the list is no part of the article, so both go before any rule reads the
 * page: the markers (and "[IMG]" placeholders) are taken off each line, the heading and its list
 * become blank lines. Line numbers stay as they were.
 *
 * <p>Only a page that ends with such a list is a dump, or one saved without it whose every marker
 * is glued to the words it links and numbered one up from the last: a bracketed number in other
 * text (a footnote, "[1]" in a quote) is left alone.
 */
public final class LinkReferences {
  private static final Pattern HEADING = Pattern.compile("(?i)\\s*(?:references|visible links|links)\\s*:?\\s*");
  private static final Pattern REFERENCE = Pattern.compile("\\s*\\d{1,4}\\.\\s+\\S+:\\S*\\s*");
  private static final Pattern MARKER = Pattern.compile("\\[\\d{1,4}\\]");
  /** An image or a form control without text: nothing a reader reads. */
  private static final Pattern PLACEHOLDER = Pattern.compile("\\[(?:IMG|INLINE|BUTTON)\\]\\s*");
  private static final int MIN_REFERENCES = 2;
  private static final int MIN_GLUED_MARKERS = 5;
  /** A dump's first link may be past a few placeholders' numbers, never far into the page. */
  private static final int MAX_FIRST_MARKER = 3;
  /** A picture's placeholder before text that is no link: "[IMG] Smoke rises from …". */
  private static final Pattern PICTURE_OPENING = Pattern.compile("\\s*\\[IMG\\]\\s*(?!\\[\\d)\\S");
  /** A numbered address that is a host alone, a site's home page: "2. https://northerndispatch.example/". */
  private static final Pattern ROOT_REFERENCE = Pattern.compile("\\s*(\\d{1,4})\\.\\s+https?://(?:www\\.)?([\\w.-]+)/?\\s*");
  /** A link's number and its text, up to the next link: "[2]Northern Dispatch home". */
  private static final Pattern LINK_TEXT = Pattern.compile("\\[(\\d{1,4})\\]([^\\[]+)");

  private LinkReferences() {}

  /** {@code lines} as the dump's reader sees them, or {@code lines} itself when it is no dump. */
  public static List<String> plain(List<String> lines) {
    int heading = dumpEnd(lines);
    if (heading < 0) {
      return lines;
    }
    List<String> plain = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      plain.add(i >= heading || line == null ? "" : withoutMarkers(line));
    }
    return plain;
  }

  /**
   * The lines of a dump that are one link and nothing else ("[17]Watch: Eyewitness footage …"),
   * or none when {@code lines} is no dump: a link to another page, which a story's own line never is.
   */
  public static Set<Integer> wholeLinks(List<String> lines) {
    int heading = dumpEnd(lines);
    Set<Integer> links = new HashSet<>();
    for (int i = 0; i < heading; i++) {
      String text = lines.get(i) == null ? "" : PLACEHOLDER.matcher(lines.get(i)).replaceAll("").strip();
      Matcher marker = MARKER.matcher(text);
      if (marker.lookingAt() && marker.end() < text.length() && !marker.find(marker.end())) {
        links.add(i);
      }
    }
    return links;
  }

  /**
   * {@link #plain}, but a picture's placeholder opening a line of text stays ("[IMG] Smoke rises …
   * (KMP)"): the caption rules read it as the mark of where a picture stood.
   */
  public static List<String> plainKeepingPictures(List<String> lines) {
    List<String> plain = plain(lines);
    if (plain == lines) {
      return lines;
    }
    List<String> kept = new ArrayList<>(plain);
    for (int i = 0; i < kept.size(); i++) {
      if (lines.get(i) != null && PICTURE_OPENING.matcher(lines.get(i)).lookingAt() && !kept.get(i).isBlank()) {
        kept.set(i, "[IMG] " + kept.get(i));
      }
    }
    return kept;
  }

  /**
   * The links of a dump to a site's home page, its address's root alone ("[2]Northern Dispatch
   * home" listed as "2. https://northerndispatch.example/"): where a page's logo links home, a dump
   * keeps the logo's words. None when {@code lines} is no dump.
   */
  public static List<HomeLink> homeLinks(List<String> lines) {
    int heading = referencesHeading(lines);
    Map<String, String> roots = new HashMap<>();
    for (int i = heading + 1; heading >= 0 && i < lines.size(); i++) {
      Matcher root = ROOT_REFERENCE.matcher(lines.get(i) == null ? "" : lines.get(i));
      if (root.matches()) {
        roots.put(root.group(1), root.group(2).toLowerCase(Locale.ROOT));
      }
    }
    List<HomeLink> links = new ArrayList<>();
    for (int i = 0; i < heading && !roots.isEmpty(); i++) {
      Matcher link = LINK_TEXT.matcher(lines.get(i) == null ? "" : lines.get(i));
      while (link.find()) {
        String host = roots.get(link.group(1));
        if (host != null) {
          links.add(new HomeLink(i, link.group(2).strip(), host));
        }
      }
    }
    return links;
  }

  /** A link to a site's home page: the line it stands on, its text and the host it points to. */
  public record HomeLink(int line, String text, String host) {}

  /**
   * A line that starts with a link is a row of links when it has more ("[3]Home [4]News"): a
   * browser shows them apart, so each later marker leaves a wide gap, as menus are written in
   * text. In a sentence ("Posted on [9]11 January 2024") a marker just goes.
   */
  private static String withoutMarkers(String line) {
    String text = PLACEHOLDER.matcher(line).replaceAll("").stripLeading();
    Matcher first = MARKER.matcher(text);
    if (!first.lookingAt()) {
      return MARKER.matcher(text).replaceAll("");
    }
    return MARKER.matcher(text.substring(first.end())).replaceAll("  ").strip();
  }

  /**
   * Where the text of a dump ends: its "References" heading, or the page's end when the dump was
   * saved without its list but its links' markers number up in order ({@link #isNumberedInOrder});
   * -1 when {@code lines} is no dump.
   */
  private static int dumpEnd(List<String> lines) {
    int heading = referencesHeading(lines);
    return heading < 0 && isNumberedInOrder(lines) ? lines.size() : heading;
  }

  /**
   * Whether {@value #MIN_GLUED_MARKERS} markers or more stand glued to the words they link ("[2]The
   * Albion Chronicle", "[11]Share on Facebook"), never after a word, and number up one by one from
   * the first: a text browser's link numbers. A footnote's marker follows its word ("… in 2023.[4]").
   */
  private static boolean isNumberedInOrder(List<String> lines) {
    int count = 0;
    int last = 0;
    for (String line : lines) {
      Matcher marker = (line == null ? MARKER.matcher("") : MARKER.matcher(line));
      while (marker.find()) {
        boolean glued = (marker.start() == 0 || Character.isWhitespace(line.charAt(marker.start() - 1)))
            && marker.end() < line.length() && !Character.isWhitespace(line.charAt(marker.end()));
        int number = Integer.parseInt(line.substring(marker.start() + 1, marker.end() - 1));
        if (!glued || number != last + 1 && count > 0 || count == 0 && number > MAX_FIRST_MARKER) {
          return false;
        }
        last = number;
        count++;
      }
    }
    return count >= MIN_GLUED_MARKERS;
  }

  /**
   * The line of the "References" heading when every non-blank line after it is a numbered
   * address and there are at least {@value #MIN_REFERENCES}; else -1.
   */
  private static int referencesHeading(List<String> lines) {
    int references = 0;
    for (int i = lines.size() - 1; i >= 0; i--) {
      String line = lines.get(i) == null ? "" : lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      if (REFERENCE.matcher(line).matches()) {
        references++;
      } else {
        return references >= MIN_REFERENCES && HEADING.matcher(line).matches() ? i : -1;
      }
    }
    return -1;
  }
}
