package corpussearch.indexer.paragraphs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown's marks taken off a line, as note-taking apps and static-site exports write articles:
 * heading marks ({@code # Title}), emphasis ({@code *Photo: …*},
 * {@code **Download …**}), links ({@code [Home](/)} becomes "Home") and images, which carry no
 * text of the article and vanish, and footnotes ({@code word[^1]} and {@code [^1]: the note}), which
 * read as a rendered page sets them: a superscript number in the text, a numbered note under it.
 * What is left is the line as a reader sees it, so that the shape
 * rules (captions, download prompts, related lists, headlines) apply to exports too. A quote mark
 * ({@code > }) stays: it is also a bullet, and the list rules read it.
 */
public final class Markdown {
  private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)(?:\\s+#+)?$");
  /** An image, with the attributes a converter such as pandoc sets after it: "![](media/image1.png){width="6.27in"}". */
  private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*]\\([^)\\s]*\\)(?:\\{[^{}]*})?");
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\([^)\\s]*\\)");
  private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
  /** A footnote's reference in the text: "Sadykova[^1]". */
  private static final Pattern FOOTNOTE_REFERENCE = Pattern.compile("(?<=\\S)\\[\\^(\\d{1,3})]");
  /** A footnote's text: "[^1]: Aigerim Sadykova is …". */
  private static final Pattern FOOTNOTE = Pattern.compile("^\\[\\^(\\d{1,3})]:\\s*");
  /** The digits in superscript, as a rendered page sets a note's marker. */
  static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
  private static final Pattern EMPHASIS = Pattern.compile("(?<![\\p{L}\\p{N}*_])([*_])(?=\\S)(.+?)(?<=\\S)\\1(?![\\p{L}\\p{N}*_])");

  /** A rule ("*****", "___", "* * *"): its marks are the whole line, and it stays a rule. */
  private static final Pattern THEMATIC_BREAK = Pattern.compile("(?:[*_]\\s*+){3,}+");

  /** A link to a site's root, by its words or by its logo's: "[![Kerala Chronicle](…/logo.svg)](https://keralachronicle.example/)". */
  private static final Pattern HOME_LINK =
      Pattern.compile("\\[(?:!\\[([^\\]]+)]\\([^)\\s]*\\)|([^\\]\\[]+))]\\(https?://(?:www\\.)?([\\w.-]+)/?\\)");

  private static final Pattern LIST_MARK = Pattern.compile("^[-*+]\\s+");

  private Markdown() {}

  /**
   * The links of a Markdown export to a site's home page, each alone on its line, with their words
   * or their logo's description: a logo links home, and the converter keeps its description where a
   * reader saw the name. A sentence that links another site's home page cites that site.
   */
  public static List<LinkReferences.HomeLink> homeLinks(List<String> lines) {
    List<LinkReferences.HomeLink> links = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher link = HOME_LINK.matcher(lines.get(i) == null ? "" : LIST_MARK.matcher(lines.get(i).strip()).replaceFirst(""));
      if (link.matches()) {
        String text = link.group(1) != null ? link.group(1) : link.group(2);
        links.add(new LinkReferences.HomeLink(i, text.strip(), link.group(3).toLowerCase(Locale.ROOT)));
      }
    }
    return links;
  }

  /** {@code line} (trimmed) without Markdown marks; the line itself when it has none. */
  public static String plain(String line) {
    if (!hasMarks(line) || THEMATIC_BREAK.matcher(line).matches()) {
      return line;
    }
    String text = HEADING.matcher(line).replaceFirst("$1");
    text = IMAGE.matcher(text).replaceAll("");
    text = LINK.matcher(text).replaceAll("$1");
    text = STRONG.matcher(text).replaceAll("$2");
    text = EMPHASIS.matcher(text).replaceAll("$2");
    text = FOOTNOTE.matcher(text).replaceFirst("$1. ");
    text = FOOTNOTE_REFERENCE.matcher(text).replaceAll(reference -> superscript(reference.group(1)));
    return text.strip();
  }

  /** {@code digits} in superscript, as a rendered page sets a note's marker. */
  static String superscript(String digits) {
    StringBuilder out = new StringBuilder();
    digits.chars().forEach(c -> out.append(SUPERSCRIPTS.charAt(c - '0')));
    return out.toString();
  }

  /** A cheap test first: most lines of most articles hold none of these characters. */
  private static boolean hasMarks(String line) {
    if (line.startsWith("#")) {
      return true;
    }
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '*' || c == '_' || c == '[') {
        return true;
      }
    }
    return false;
  }
}
