package corpussearch.indexer.html;

import corpussearch.indexer.extract.NameAndDateShapes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a reader sees rather than what the page declares: the {@code <h1>}, the {@code <title>},
 * {@code <time>} elements, dates and bylines.
 */
final class VisiblePage {

  /** Separators between a headline and the outlet's name in a {@code <title>}. */
  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—:·•]\\s+");
  private static final Pattern TITLE_PREFIX_SEPARATOR = Pattern.compile("\\s*:\\s+|\\s+[|\\-–—·•]\\s+");
  private static final Pattern PUBLISHED = Pattern.compile("(?i)publish|pubdate|posted|created");
  private static final String DATE_ELEMENTS = "[class*=date], [class*=time], [class*=stamp], [class*=publish], [class*=posted], [class*=dateline]";
  /** A logo's name is short: a longer text in a home link is a teaser, not the masthead. */
  private static final int MAX_LOGO_CHARS = 80;
  private static final String PAGE_HEADER = "[class~=(?i)(?:^|\\s)(?:header|header-top|top-?bar|site-header|masthead)(?:$|\\s)]";
  private static final int LONG_PARAGRAPH_CHARS = 150;
  private static final String LOGO_ELEMENTS = "a[rel~=(?i)^home$], a[href=/], a[href=./], a[href~=(?i)^(?:\\.?/)?(?:index|default)\\.\\w+$],"
      + " [class~=(?i)(?:^|[\\s_-])(?:logo|brand|site-name|site-title|site__name|site__title|sitename|header__name|header-name|masthead)(?:$|[\\s_-])], [id~=(?i)^(?:logo|site-name|site-title|header-name|blog-name|blog-title)$]";
  private static final String NAMED_HEADLINE = "[class*=headline], [class*=title]";
  private static final String LARGE_FONT = "font[size~=^\\+?[4-7]$]";
  private static final String EMPHASIS = "h2, h3, [class*=headline], [class*=title], b, strong, " + LARGE_FONT;
  /** An outlet's name is short; a longer tail after a dash is part of the headline. */
  private static final int MAX_SUFFIX_WORDS = 5;
  /** A headline cut short still has a few words: one or two are a label or a name. */
  private static final int MIN_CUT_WORDS = 3;
  /** Where a headline's second part starts: a colon, a dash set off by spaces, a bar. */
  private static final Pattern HEADLINE_BREAK = Pattern.compile("\\s*+[:|–—]|\\s++-\\s");

  /**
   * A {@code <title>} split into headline and the short parts after it (section, author,
   * outlet, site), in order.
   */
  record TitleTag(String headline, List<String> suffixes) {

    /** The last part, where pages put the outlet's name, or null. */
    String suffix() {
      return suffixes.isEmpty() ? null : suffixes.get(suffixes.size() - 1);
    }

    /** The headline part and the parts after it. */
    List<String> parts() {
      List<String> parts = new ArrayList<>(List.of(headline));
      parts.addAll(suffixes);
      return parts;
    }

    /** The part after the headline that names {@code site} (as a name: the host written out, "kicourier.example", is none), or null. */
    String naming(String site) {
      return suffixes.stream().filter(part -> Outlets.matchesSite(part, site) && !Outlets.isUrl(part)).findFirst().orElse(null);
    }

    /**
     * The part before the separators when it is short and names {@code site}: "Waitara Plains News
     * - Local" on waitaraplainsnews.example is the site's name and its section, no headline.
     */
    String headNaming(String site) {
      return isShortHead(headline) && Outlets.matchesSite(headline, site) ? headline : null;
    }

    /** Whether {@code part} is the part before the separators and short enough to be a name, not a headline. */
    boolean isShortHead(String part) {
      return !suffixes.isEmpty() && headline.equals(part) && headline.split("\\s+").length <= MAX_SUFFIX_WORDS;
    }
  }

  private final Document page;

  VisiblePage(Document page) {
    this.page = page;
  }

  /**
   * The article's visible headline: the first {@code <h1>} inside an {@code <article>} or {@code
   * <main>}, else the first one outside the page header and navigation.
   */
  String h1() {
    Element h1 = headlineElement();
    return h1 == null || h1.text().isBlank() ? null : h1.text().strip();
  }

  private Element headlineElement() {
    Element h1 = page.selectFirst("article h1, main h1, [role=main] h1");
    return h1 != null ? h1 : page.select("h1").stream().filter(e -> e.closest("header, nav, [role=banner]") == null).findFirst().orElse(null);
  }

  /** The {@code <title>} as written, or null when the page has none. */
  String title() {
    String title = page.title().strip();
    return title.isEmpty() ? null : title;
  }

  /**
   * The {@code <title>}, split at its separators when everything after the first one is short
   * enough to be names ("Headline | Section | Outlet", "Headline | by Author | Publication | Site").
   */
  TitleTag titleTag() {
    String title = page.title().strip();
    if (title.isEmpty()) {
      return null;
    }
    String[] parts = TITLE_SEPARATOR.split(title);
    for (int i = 1; i < parts.length; i++) {
      if (parts[i].isBlank() || parts[i].strip().split("\\s+").length > MAX_SUFFIX_WORDS) {
        return new TitleTag(title, List.of());
      }
    }
    return new TitleTag(parts[0].strip(), List.of(parts).subList(1, parts.length).stream().map(String::strip).toList());
  }

  /**
   * The site's name before a {@code <title>}'s headline, "Blog Name: Post title" (the blog
   * engines' form): a part of at most {@value #MAX_SUFFIX_WORDS} words before the first
   * separator, when what follows is a heading the page shows, the logo shows the prefix or it is a
   * "Site – Page" ({@link SitePages}). Without either, "Rail strike: commuters face a week of
   * disruption" is a headline with a kicker.
   */
  String titlePrefix() {
    Matcher split = TITLE_PREFIX_SEPARATOR.matcher(page.title().strip());
    if (!split.find() || split.start() == 0) {
      return null;
    }
    String prefix = page.title().strip().substring(0, split.start()).strip();
    String rest = page.title().strip().substring(split.end()).strip();
    return (showsHeading(rest) || logoNames().stream().anyMatch(logo -> Outlets.sameName(logo, prefix)) || SitePages.isSiteAndPage(page, prefix, rest))
        && prefix.split("\\s+").length <= MAX_SUFFIX_WORDS && !SitePages.opensHeadline(h1(), prefix) ? prefix : null;
  }


  /**
   * The names the page's logo gives: the text or image {@code alt} of a link to the site's home
   * page ({@code href="/"}, {@code rel=home}, "index.html", "default.aspx") or of an element
   * classed as the logo or the site's name (blog engines' "header-name", "blog-title" ids too).
   * This is the masthead a reader sees at the top.
   */
  List<String> logoNames() {
    List<String> names = new ArrayList<>();
    for (Element logo : page.select(LOGO_ELEMENTS)) {
      String text = logo.text().isBlank() ? logo.select("img[alt]").eachAttr("alt").stream().findFirst().orElse("") : logo.text();
      if (!text.isBlank() && text.length() <= MAX_LOGO_CHARS) {
        names.add(ShownNames.withoutLogoWords(text));
      }
    }
    return names;
  }

  /** Whether the page shows {@code text} as a heading or an element named as a title or headline. */
  boolean showsHeading(String text) {
    return page.select("h1, h2, h3, h4, " + NAMED_HEADLINE).stream().anyMatch(h -> Outlets.sameName(h.text(), text));
  }

  /**
   * The heading above the article's text that {@code headline} begins and that goes on past a
   * colon or a dash ("Cabo Delgado after the rains: Ahl al-Rovuma returns"), or null: a declared
   * headline is often cut there for a card or a search result, and the page shows it whole. (A
   * heading element that goes on after a mere space holds the standfirst too.)
   */
  String headingCompleting(String headline) {
    return headline == null ? null : leadElements().stream().filter(element -> element.is("h1, h2, h3, h4, " + NAMED_HEADLINE))
        .map(element -> element.text().strip())
        .filter(text -> completes(headline, text) && HEADLINE_BREAK.matcher(text).region(headline.length(), text.length()).lookingAt())
        .findFirst().orElse(null);
  }

  /** Whether {@code longer} is {@code shorter} (three words or more) and more after a break: a space, a colon, a dash. */
  static boolean completes(String shorter, String longer) {
    return shorter.split("\\s+").length >= MIN_CUT_WORDS && longer.length() > shorter.length()
        && longer.regionMatches(true, 0, shorter, 0, shorter.length()) && !Character.isLetterOrDigit(longer.charAt(shorter.length()));
  }

  /** The publication date of a {@code <time datetime>} ({@link PublishedTime}). */
  String publishedTime() {
    return PublishedTime.of(page, headlineElement());
  }

  /**
   * The first date shown in an element whose class says it holds one, else in a short line above
   * the article's text, one labelled as the publication's ("Posted: …") first; never an "Updated
   * …" stamp, nor a reader's comment.
   */
  String shownDate() {
    List<Element> candidates = new ArrayList<>(page.select(DATE_ELEMENTS));
    leadElements().stream().filter(e -> e.is("p, div, span, td, font")).forEach(candidates::add);
    Comments comments = Comments.of(page);
    candidates.removeIf(element -> DateStamps.isUpdate(element) || comments.contains(element) || inPageHeader(element));
    // "Posted: …" beats an unlabelled date above it, such as the masthead's "Wednesday, March 5".
    List<Element> labelled = candidates.stream()
        .filter(e -> e.text().length() <= DateStamps.MAX_CHARS && PUBLISHED.matcher(e.text() + " " + DateStamps.markers(e)).find())
        .toList();
    for (List<Element> tier : List.of(labelled, candidates)) {
      for (Element element : tier) {
        Optional<String> date = DateStamps.statedDate(DateStamps.textWithoutUpdates(element));
        if (date.isPresent()) {
          return date.get();
        }
      }
    }
    return null;
  }

  /**
   * Whether {@code element} is in the page's top bar or header, named so by class rather than by
   * a {@code <header>} element (which articles use for their own head): the date there is the
   * day the reader opened the page, beside the weather and exchange rates.
   */
  private boolean inPageHeader(Element element) {
    Element header = element.closest(PAGE_HEADER);
    Element headline = headlineElement();
    return header != null && (headline == null || !headline.parents().contains(header));
  }

  /**
   * A headline shown by emphasis rather than an {@code <h1>}: above the article's text, the whole
   * of its line, in a heading, a headline class, bold or a large font; three to 25 words; never
   * the masthead, the name of {@code outlet}, nor a section label ("NATURE · TAVUSH"). A label
   * announces the headline: the next line after it is one, however it is styled.
   */
  String emphasisedHeadline(String outlet) {
    Element kicker = null;
    for (Element element : leadElements()) {
      String text = BlockText.head(element).text().strip();
      boolean nextLine = kicker != null && element.childrenSize() == 0 && !text.isEmpty() && !element.parents().contains(kicker);
      if (!nextLine && element.is(EMPHASIS) && BlockShapes.isKicker(text)) {
        kicker = element;
      } else if (nextLine || element.is(EMPHASIS)) {
        Element line = BlockText.head(element).closest("p, div, td, li, h2, h3");
        // A large font says "headline" as plainly as a class does.
        boolean named = nextLine || element.is(NAMED_HEADLINE + ", " + LARGE_FONT);
        if (line != null && BlockText.fillsLine(text, line, named) && BlockShapes.isEmphasisedHeadline(text, nextLine) && !Outlets.namesPartOf(text, outlet)) {
          return text;
        }
        kicker = nextLine ? null : kicker;
      }
    }
    return null;
  }

  /** The elements before the first long paragraph: where a page puts headline, byline and date. */
  private List<Element> leadElements() {
    List<Element> lead = new ArrayList<>();
    for (Element element : page.body().getAllElements()) {
      if (element.is("p") && element.text().length() >= LONG_PARAGRAPH_CHARS) {
        break;
      }
      // An article's own <header> holds its headline, byline and date; the page's holds the logo and menu.
      Element header = element.closest("header");
      boolean pageHeader = header != null && header.closest("article, main, [role=main]") == null;
      if (!pageHeader && element.closest("nav, footer, aside, [role=navigation]") == null) {
        lead.add(element);
      }
    }
    return lead;
  }

  /** The authors a visible byline names ({@link Bylines}), else the names linked to their own pages above the text ({@link PersonPageLinks}). */
  List<String> bylineAuthors() {
    List<String> named = Bylines.authors(page);
    return named.isEmpty() ? PersonPageLinks.names(leadElements()) : named;
  }

  /** The texts of the page's byline elements, for a byline whose names the outlet's name follows. */
  List<String> bylineTexts() {
    return Bylines.texts(page);
  }

  /** The names of the page's first line labelled as a byline ("Written by A and B"), wherever it is. */
  List<String> creditedAuthors() {
    return Bylines.labelled(page);
  }

  /** The page's short lines of two or more person names ({@link NameLists}). */
  List<List<String>> nameLists() {
    return NameLists.of(page);
  }

  /** The display name on the post's account element above the text ({@link Bylines#accountNames}). */
  List<String> accountNames() {
    return Bylines.accountNames(page);
  }

  /** The names on the page's "About the authors" cards ({@link AuthorCards}). */
  List<String> authorCards() {
    return AuthorCards.names(page);
  }
}
