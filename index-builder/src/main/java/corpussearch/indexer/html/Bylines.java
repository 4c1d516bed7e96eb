package corpussearch.indexer.html;

import corpussearch.indexer.extract.BylineLabels;
import corpussearch.indexer.extract.NameAndDateShapes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The bylines a reader sees: author links, byline elements, and lines labelled "By …". */
final class Bylines {

  /**
   * "Author" and "writer" in the languages news sites label a byline with ("Autor: Ján Kováč",
   * "Auteur : …", "Verfasser: …", "Yazar: …", "Piše: …", "Муаллиф: …", "Awtor: …", "نووسەر: …"),
   * before a colon or a dash.
   */
  private static final String AUTHOR_WORDS =
      "autor(?:ka|i|es|as|e)?|auteurs?|autrice|verfasser(?:in)?|szerző|yazar|penulis|mwandishi|kirjoittaja|forfatter|författare"
          + "|skribent|tekst|texto|texte|testo|piše|pisze|napisao|napisala|автор|муаллиф|muallif|avtor|awtor|жазган"
          // Kurdish, Persian and Arabic: "نووسەر: A", "نویسنده: A", "الكاتب: A"
          + "|نووسەر|نویسنده|الكاتب|كاتب|بقلم";
  /**
   * A byline's label and the names after it: "By", "Written by", "From the desk of", or a label
   * naming the writers' part with a colon or dash ("Words:", "Report: A, Town", "Writers: A / B",
   * "Author — A"); "Photos —" names another part.
   */
  private static final Pattern BY_LINE =
      Pattern.compile("(?iu)^\\s*(?:(?:written|words|reported|reporting|posted|compiled|story|text)\\s+by:?|by|from\\s+the\\s+desk\\s+of"
          + "|(?:words|text|story|report|reporting|reporters?|writers?|authors?|" + AUTHOR_WORDS + ")\\s*(?::|\\s[—–-]))\\s+(\\S.*)");
  /**
   * The other parts a credit line names after the writer's ("Reporting: A. Editing: B.", "Reported
   * by A; edited by B"): the editor, photographer or translator is no author.
   */
  private static final Pattern OTHER_PARTS = Pattern.compile("(?i)\\s*[.;,|·]\\s*(?:edit(?:ed|ing)|photos?|photographs?|translat(?:ed|ion))\\b.*$");
  /** A publishing line that ends in its writer: "Posted on March 2, 2024 by Jane Doe", "Published 03/04/2004 by …". */
  private static final Pattern POSTED_BY = Pattern.compile("(?i)^\\s*(?:posted|published|filed|written)\\b.{0,60}?\\bby\\s+(\\S.*)");
  private static final String BYLINE_ELEMENTS = ".byline, [class*=byline], [class*=author], [class*=Author], [class*=auteur], [class*=autor], [class*=writer], [itemprop=author], "
      + "[data-component*=byline], [data-testid*=byline], [data-qa*=byline], [data-testid*=author], [data-qa*=author]";
  /** Links to writers' pages, "/autores/…" and "/auteur/…" of sites in other languages too. */
  private static final String AUTHOR_LINKS = "a[href*=author], a[href*=autor], a[href*=auteur], a[href*=/by/], a[href*=/people/], a[href*=/profile], a[href*=/staff/], a[href*=/writers/]";
  /**
   * The label a byline element may set before its names in the page's language: a word and a
   * colon ("Piše: A", "Autor: A", "Texte : A", "Door: A"), or the parts a writer took, joined
   * ("Words &amp; pictures: A &amp; B", "Tekst en foto's: A", "Text, photos: A"); another
   * language's "by" ("Par A", "Nga A") is {@link BylineLabels}' part. Inside a byline element it
   * can only be a label.
   */
  private static final String LABEL_WORD = "\\p{L}{2,15}(?:['’]\\p{L}{1,2})?";
  private static final Pattern ELEMENT_LABEL = Pattern.compile(
      "(?u)^" + LABEL_WORD + "(?:\\s*(?:&|\\+|,|/|\\s(?:and|en|et|und|y|e|og|och|ja|i)\\s)\\s*" + LABEL_WORD + "){0,2}\\s?:\\s+(?=\\p{Lu})");
  /** A role under the outlet's name as the label: "Kabul Ledger Reporter: Shabnam Haidari", "Staff Correspondent: …". */
  private static final Pattern ROLE_LABEL = Pattern.compile(
      "(?u)^(?:\\p{Lu}[\\p{L}'’-]+\\s+){1,3}(?i:reporter|correspondent|writer|author|contributor)s?\\s?:\\s+(?=\\p{Lu})");
  /** The place a writer filed from, after the name and before the next one: "… in Lausanne and …", "… in Geneva". */
  private static final Pattern FILED_FROM = Pattern.compile(
      "(?u)\\s+(?:in|from|à|aus|em|desde)\\s+\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){0,2}(?=\\s*(?:,|;|&|\\s(?:and|und|et|y|e|en|og|och)\\s|$))");
  private static final int MAX_BYLINE_CHARS = 120;
  /** The first paragraph this long starts the text: the post's header is above it. */
  private static final int LONG_PARAGRAPH_CHARS = 150;
  private static final org.jsoup.select.Evaluator ACCOUNT_ELEMENTS = org.jsoup.select.QueryParser.parse(
      "[class*=user-name], [class*=username], [class*=user_name], [class*=display-name], [class*=profile-name], "
          + "[data-hook*=user-name], [data-hook*=profile-name], [data-testid*=user-name]");

  private Bylines() {}

  /** Whether {@code element} is a line that opens with a byline label ("By …", "Reporting: A. Editing: B."), a credit, no text. */
  static boolean isBylineLine(Element element) {
    return element.text().length() <= MAX_BYLINE_CHARS && labelledNames(element).isPresent();
  }

  /**
   * The authors a visible byline names: every {@code rel=author} link, else the first byline
   * element (by class or data attribute: its links to author pages, else its text), else the
   * first short "By …" line.
   */
  static List<String> authors(Document page) {
    List<String> names = linkedNames(page.select("a[rel~=(?i)^author$]"));
    if (!names.isEmpty()) {
      return names;
    }
    Comments comments = Comments.of(page);
    for (Element byline : page.select(BYLINE_ELEMENTS)) {
      // A commenter's name ("comment-author vcard") is set like a byline, but names a reader; a bio box's is a card's; a
      // picture's credit ("news-detail-photo-author": "Photo: Astana Daily Monitor / Yerzhan Tulegenov") the photographer's.
      boolean other = comments.contains(byline) || AuthorCards.inBioBox(byline) || PictureCredits.isPictureCredit(byline.text());
      List<String> found = other ? List.of() : elementNames(byline);
      if (!found.isEmpty()) {
        return withTwins(found, byline, page);
      }
    }
    return labelled(page);
  }

  /**
   * The name on the post's account element above the text ({@code <span data-hook="user-name">},
   * {@code class="username"}): blog builders (Wix, Blogger, forums turned news sites) show the
   * poster's display name there and print no byline. Readers' comments carry the same element for
   * each commenter, and a content system's login ("ccnewsdesk") is no name, so neither counts.
   */
  static List<String> accountNames(Document page) {
    Comments comments = Comments.of(page);
    for (Element element : page.body().getAllElements()) {
      if (element.is("p") && element.text().length() >= LONG_PARAGRAPH_CHARS) {
        break;
      }
      boolean account = element.is(ACCOUNT_ELEMENTS) && element.text().length() <= MAX_BYLINE_CHARS
          && element.closest("nav, footer, aside") == null && !comments.contains(element);
      Optional<String> name = account ? personNames(element.text()) : Optional.empty();
      if (name.isPresent()) {
        return List.of(name.get());
      }
    }
    return List.of();
  }

  /** The texts of the page's short byline elements, in page order. */
  static List<String> texts(Document page) {
    return page.select(BYLINE_ELEMENTS).stream().map(TouchingTexts::spaced).filter(text -> !text.isEmpty() && text.length() <= MAX_BYLINE_CHARS).toList();
  }

  /** The names of the first short line that starts with a byline label ("Written by A and B"), or none. */
  static List<String> labelled(Document page) {
    for (Element line : page.select("p, span, div, li, address")) {
      // A line holds no block: looking at containers' whole text would cost the square of the page's depth.
      boolean isLine = line.children().stream().noneMatch(child -> child.is(TouchingTexts.LINE_BREAKERS));
      Optional<String> found = isLine && line.text().length() <= MAX_BYLINE_CHARS ? labelledNames(line) : Optional.empty();
      if (found.isPresent()) {
        return List.of(found.get());
      }
    }
    return List.of();
  }

  /**
   * The names a short byline element gives: its links to author pages, else its text. A byline
   * block that sets the names and the dates as lines of their own ("A, Programme Officer, and B,
   * Field Coordinator" over "Published on … · Last reviewed …") is short line by line: its first
   * line is the byline then.
   */
  private static List<String> elementNames(Element byline) {
    List<String> found = new ArrayList<>();
    // An author item typed as an organisation names a newsroom, not a person.
    if (byline.attr("itemtype").endsWith("Organization")) {
      return found;
    }
    if (byline.text().length() <= MAX_BYLINE_CHARS) {
      String writers = writersPart(byline).toLowerCase(Locale.ROOT);
      found.addAll(linkedNames(byline.select(AUTHOR_LINKS)).stream().filter(name -> writers.contains(name.toLowerCase(Locale.ROOT))).toList());
      if (found.isEmpty()) {
        found.addAll(namesLinkedIn(byline));
      }
      if (found.isEmpty()) {
        personNames(elementText(byline)).ifPresent(found::add);
      }
    } else if (byline.children().stream().allMatch(line -> line.is("p") && line.text().length() <= MAX_BYLINE_CHARS)) {
      byline.children().stream().findFirst().flatMap(line -> personNames(elementText(line))).ifPresent(found::add);
    }
    return found;
  }

  /**
   * The names a byline element links, whatever address the links have ("/staff_name/…",
   * "/reporter/…"): inside a byline each link whose whole text is a person's name is a writer's
   * page, so "A, News Editor and B, Staff Writer" gives both writers where its text gives the
   * first. Names after another part's label ("Photos: C") are that part's, not writers, whichever
   * their links' addresses.
   */
  private static List<String> namesLinkedIn(Element byline) {
    String writers = writersPart(byline);
    return byline.select("a").stream().map(link -> link.text().strip())
        .filter(name -> NameAndDateShapes.isPersonName(name) && writers.contains(name)).distinct().toList();
  }

  /** A byline element's text before another part's label ("… | Photographs by C"): the writers' part. */
  private static String writersPart(Element byline) {
    return OTHER_PARTS.matcher(TouchingTexts.spaced(byline)).replaceFirst("");
  }

  /**
   * A byline element's names: without its label, and without the place each writer filed from
   * ("Claire Python in Lausanne and Marc Dubuis in Geneva"), which only a byline element sets
   * after a name.
   */
  private static String elementText(Element line) {
    String unlabelled = ROLE_LABEL.matcher(TouchingTexts.spaced(line)).replaceFirst("");
    return FILED_FROM.matcher(ELEMENT_LABEL.matcher(unlabelled).replaceFirst("")).replaceAll("");
  }

  /**
   * {@code names} and those of the byline's twins: elements of the same tag and class, apart from
   * it, outside the page's asides and navigation. A page with two writers often repeats the author
   * box ("Author: A" … "Author: B"), where a teaser list would sit in an aside; a twin labelled for
   * the pictures ("Text by: A" over "Video by: B") credits a photographer or a camera operator.
   */
  private static List<String> withTwins(List<String> names, Element byline, Document page) {
    if (byline.className().isBlank()) {
      return names;
    }
    List<String> all = new ArrayList<>(names);
    for (Element twin : page.getElementsByTag(byline.tagName())) {
      boolean apart = twin != byline && twin.className().equals(byline.className()) && !twin.parents().contains(byline)
          && !byline.parents().contains(twin) && twin.closest("aside, nav, footer, [class*=related], [class*=recommend]") == null
          && !PictureCredits.isPictureCredit(twin.text());
      for (String name : apart ? elementNames(twin) : List.<String>of()) {
        if (!all.contains(name)) {
          all.add(name);
        }
      }
    }
    return all;
  }

  /**
   * The names after a byline label at the start of one of the element's lines, or of one item of
   * it when it is a meta line ("Cobalt Counsel · Issue 47 · from the desk of Jane Doe"). An old
   * page's header sets the date and the byline as lines of one paragraph ("18/10/04" over "[From our
   * reporter Malo Telupe]"); the element is short, so each of its lines is a header line.
   */
  private static Optional<String> labelledNames(Element element) {
    for (String item : TouchingTexts.lines(element).stream().flatMap(line -> BlockShapes.segments(line).stream()).toList()) {
      Matcher label = BY_LINE.matcher(item);
      Matcher posted = POSTED_BY.matcher(item);
      String named = label.matches() ? label.group(1) : posted.matches() ? posted.group(1) : foreignBy(item);
      String rest = named == null ? null : Authors.asWritten(OTHER_PARTS.matcher(named).replaceFirst(""));
      Optional<String> names = rest == null ? Optional.empty() : personNames(rest).or(() -> afterRole(rest));
      if (names.isPresent()) {
        return names;
      }
    }
    return Optional.empty();
  }

  /** What follows another language's "by" ("door A &amp; B", "Par A"), or null when the item opens with none. */
  private static String foreignBy(String item) {
    String bare = BylineLabels.withoutLabel(item);
    return bare.equals(item.strip()) ? null : bare;
  }

  /** "our Political Editor, Dennis Harrow": the name after a role set before it. */
  private static Optional<String> afterRole(String rest) {
    String name = rest.substring(rest.lastIndexOf(',') + 1).strip();
    return rest.contains(",") && NameAndDateShapes.isPersonName(name) ? Optional.of(name) : Optional.empty();
  }

  private static List<String> linkedNames(List<Element> links) {
    List<String> names = new ArrayList<>();
    for (Element link : links) {
      personNames(link.text()).filter(name -> !names.contains(name)).ifPresent(names::add);
    }
    return names;
  }

  /** The names a byline's text starts with, unless they only start an organisation's name there. */
  private static Optional<String> personNames(String text) {
    return NameAndDateShapes.bylineNames(text).filter(names -> !Organisations.startsOrganisation(names, text));
  }
}
