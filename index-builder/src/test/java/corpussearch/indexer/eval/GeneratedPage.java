package corpussearch.indexer.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A news page made up for a test: a CMS shell, metadata from some of the sources pages use (or
 * none), traps that mislead a naive reader, and furniture, with the gold a reader would write for
 * it. What the page does not state (no byline anywhere, no date) is unknown in its gold.
 *
 * @param authors the authors the page names, empty when it names none
 * @param date the publication date the page states, or null
 * @param updated a later "updated" date the page also shows, or null
 */
record GeneratedPage(PageShell shell, String outlet, String headline, List<String> authors, LocalDate date, LocalDate updated,
    Set<Source> sources, Byline byline, DateLine dateLine, Set<Trap> traps, List<PageFurniture> furniture, List<String> paragraphs) {

  /** The machine-readable sources of metadata a page may carry. */
  enum Source { JSON_LD, JSON_LD_GRAPH, JSON_LD_ARRAY, MICRODATA, OPEN_GRAPH, DUBLIN_CORE, META_AUTHOR, PARSELY, SAILTHRU }

  /** How the page shows its authors. */
  enum Byline {
    NONE, BY, BY_WITH_ROLE, BY_IN_CAPITALS, POSTED_BY, REL_AUTHOR, WRITTEN_BY, BYLINE_CLASS,
    /** Links to writers' pages joined by another language's "and": "A y B" (Spanish), "A und B". */
    CONJOINED,
    /** A writers' label with a colon and names split by a slash: "Writers: A / B". */
    SLASH_LABEL,
    /** A table layout's italic "Report: A, Town" in a small font, no "By". */
    REPORT_LABEL,
    /** A byline element whose label is in the page's language: "Piše: A and B". */
    LANGUAGE_LABEL,
    /** Another language's "by" in an element classed in that language: "Par A and B", "Door: A". */
    FOREIGN_BY,
    /** A staff role in place of the label: "Staff writer A". */
    STAFF_ROLE,
    /** A credit line naming the reporters and, after them, the editor: "Reporting: A. Editing: Editor." */
    REPORTING_CREDIT,
    /** "Author" in the page's language in a span of its own, the names in the next one joined by "&amp;": "Autor: | A &amp; B". */
    AUTHOR_WORD_LABEL,
    /** Another language's "by" in lower case before links to the writers' pages, joined by "&amp;": "door A &amp; B". */
    LOWER_CASE_FOREIGN_BY,
    /** An old page's header paragraph: a place, a line break, then the byline in brackets: "[From our reporter A]". */
    BRACKETED_REPORTER,
    /** A bilingual page's pair of labels and another language's "and": "Por/By A y B". */
    BILINGUAL_BY,
    /** A contributor's byline with an honorific and the writer's organisation: "Contributed by Ms. A, Harbour Heritage Trust". */
    CONTRIBUTED_WITH_AFFILIATION,
    /** A byline box of two lines: names each with a role ("A, Programme Officer, and B, Field Coordinator"), then the dates. */
    ROLES_OVER_DATES,
    /** No byline above the text: a signature in emphasis below it, after a label ("Correspondance particulière : A"). */
    SIGNATURE_NOTE,
    /** A byline element naming where each writer filed from: "A in Eastgate and B in Northfield". */
    FILED_FROM,
    /** A credit for the words and the pictures together, its label of several words: "Words &amp; pictures: A &amp; B", "Tekst en foto's: A". */
    JOINT_CREDIT
  }

  /** Labels crediting the words and the pictures together, for {@link Byline#JOINT_CREDIT}. */
  private static final List<String> JOINT_LABELS = List.of("Words &amp; pictures:", "Tekst en foto's:", "Text and photos:", "Texte et photos :", "Text + photos:");

  /** Places writers file from, for {@link Byline#FILED_FROM}. */
  private static final List<String> PLACES = List.of("Eastgate", "Northfield", "Port Louis", "Geneva");

  /** "Author" in other languages, for {@link Byline#AUTHOR_WORD_LABEL}. */
  private static final List<String> AUTHOR_WORDS = List.of("Autor:", "Auteur :", "Verfasser:", "Yazar:", "Penulis:", "Муаллиф:", "Awtor:", "نووسەر:");

  /** Other languages' "by" in lower case, for {@link Byline#LOWER_CASE_FOREIGN_BY}. */
  private static final List<String> LOWER_BY = List.of("door", "par", "por", "von");

  /** Other languages' "by", for {@link Byline#FOREIGN_BY}. */
  private static final List<String> FOREIGN_LABELS = List.of("Par", "Por", "Nga", "Door:", "Oleh", "Von", "Rédigé par", "De notre correspondant :",
      "Escrito por", "Par nos envoyés spéciaux");

  /** Bilingual pages' pairs of labels, for {@link Byline#BILINGUAL_BY}. */
  private static final List<String> LABEL_PAIRS = List.of("Por/By", "By/Par", "Par / By", "Von/By");

  /** Labels over a signature, for {@link Byline#SIGNATURE_NOTE}. */
  private static final List<String> SIGNATURE_LABELS = List.of("Correspondance particulière :", "Texto:", "Reportage:", "Our correspondent:");

  /** The "and" of {@link Byline#CONJOINED}, in some of the languages of sites that publish in English too. */
  private static final List<String> CONJUNCTIONS = List.of("y", "und", "et", "e", "och");

  /** The role a byline sets after the names: "By A, Staff Writer". */
  static final String ROLE = ", Staff Writer";

  /** How the page shows its date, and in which form. */
  enum DateLine {
    NONE(""), TIME_ELEMENT("d MMMM yyyy"), PUBLISHED_LABEL("MMMM d, yyyy"), DATE_CLASS("EEEE, d MMMM yyyy"), POSTED_ON("MMM d, yyyy"),
    /** A content system's two stamps on one line: "Created: 13 Oct 2009 14:22:07   Last modified: 14 Oct 2009 09:01:44". */
    CREATED_MODIFIED("d MMM yyyy"),
    /** A site builder's text block: "23 сентября 2024 · Author — …", a Russian month name on an English page. */
    RUSSIAN_MONTH("d MMMM yyyy", Locale.forLanguageTag("ru")),
    /** A database's form in capitals, in a paragraph classed "date": "17-OCT-2024". */
    DASHED_CAPITALS("dd-MMM-yyyy");

    final DateTimeFormatter shown;

    DateLine(String pattern) {
      this(pattern, Locale.ENGLISH);
    }

    DateLine(String pattern, Locale locale) {
      shown = pattern.isEmpty() ? null : DateTimeFormatter.ofPattern(pattern, locale);
    }
  }

  /**
   * What misleads: a meta author that is the outlet or an address, the outlet typed as an author
   * in JSON-LD beside the people, a {@code <title>} that is not the headline or names the outlet
   * first, a photographer credited beside the byline (and in JSON-LD as a contributor), and the
   * ones documented on their constants.
   */
  enum Trap {
    AUTHOR_IS_OUTLET, AUTHOR_IS_ADDRESS, ORGANISATION_AUTHOR, TITLE_DIFFERS, OUTLET_FIRST_TITLE, CONTRIBUTOR,
    /** og:title a shortened social wording of the headline the page shows. */
    SOCIAL_TITLE,
    /** A top bar with the day the reader opened the page, a day after the publication. */
    VIEWING_DAY,
    /** Dublin Core's creator is the organisation that issued the release, not a person. */
    ISSUER_CREATOR,
    /** The title ends in a longer form of the site's name ("Outlet News") than og:site_name and the logo give. */
    LONGER_TITLE_SUFFIX,
    /** A section label in bold above the headline: "NEWS · EASTGATE". */
    KICKER,
    /** A tagline under the logo, a phrase shaped like a name: "Local News in Plain English". */
    TAGLINE,
    /** Dublin Core names the first author only; a credit line in a class no rule knows shows "A &amp; B". */
    FIRST_CREATOR_ONLY,
    /** Dublin Core gives a bare day, the day before the date the page shows (the system's clock): the shown date is the newsroom's. */
    DC_DAY_BEFORE,
    /** A blog's {@code <title>}: its name, a colon and a shorter wording of the post's headline. */
    BLOG_NAME_TITLE,
    /** A meta author who is the account that posted the page, named nowhere else, beside a visible byline of the writers. */
    POSTER_META_AUTHOR,
    /** JSON-LD lists the editor among the authors with the job title "Editor", and the text closes crediting them as editor. */
    EDITOR_AMONG_AUTHORS,
    /**
     * JSON-LD words the headline as a card does, without the place the {@code <h1>} opens with:
     * "Ferry service to close …" for "Kinsale Bay ferry service to close …"; the page's heading is the headline.
     */
    PLACE_LESS_CARD_HEADLINE,
    /**
     * The {@code <title>} is the site's name and its place ("Outlet - Eastgate"), and the host name
     * spells both (eastgateoutlet.example): the part the logo shows is the outlet, not the place.
     */
    PLACE_TITLE_SUFFIX,
    /**
     * The declared publisher is the company, its legal form after the paper's name ("Outlet SA",
     * "Outlet GmbH", "Outlet S.A.S."); the logo, the title and the footer name the paper without it.
     */
    COMPANY_PUBLISHER,
    /** Dublin Core's creator is the newsroom in the site's language ("Redaktion NG", "Rédaction web"), beside the writers the page shows. */
    DESK_CREATOR,
    /**
     * The {@code <title>} ends in the outlet's short form, its first words cut to initials ("KV Times" for "Kestrel Valley
     * Times"), and the host name spells the short form (kvtimes.example); the logo and the footer name the outlet in full.
     */
    SHORT_TITLE_SUFFIX,
    /** Links home labelled "Home" beside the logo and in a pager under the text ("Newer Post · Home"): a link's label, no name. */
    HOME_LINKS,
    /**
     * A public body's office: the logo names the office, a line under it the body it belongs to, and Dublin Core's
     * creator both, the parent cut to initials ("Outlet, KI Administration"); the outlet is the office with its parent.
     */
    PARENT_BODY,
    /** og:site_name is the site's host name ("kestrelvalleytimes.example"), as some content systems fill it in: no name. */
    HOST_SITE_NAME
  }

  /** The body the office of {@link Trap#PARENT_BODY} belongs to, in full and as its metadata cuts it. */
  static final String PARENT = "Kestrel Islands Administration";
  static final String PARENT_SHORT = "KI Administration";

  /** The outlet a reader would name: under {@link Trap#PARENT_BODY} the office with its parent. */
  String goldOutlet() {
    return traps.contains(Trap.PARENT_BODY) ? outlet + ", " + PARENT : outlet;
  }

  /** The outlet's short form of {@link Trap#SHORT_TITLE_SUFFIX}: its first words' initials and its last word, or all initials. */
  String shortOutlet() {
    List<String> words = java.util.Arrays.stream(outlet.split(" ")).filter(word -> Character.isUpperCase(word.charAt(0)) && !word.equals("The")).toList();
    String last = words.get(words.size() - 1);
    List<String> first = words.subList(0, words.size() - 1);
    String initials = first.stream().map(word -> word.substring(0, 1)).collect(java.util.stream.Collectors.joining());
    return first.size() >= 2 ? initials + " " + last : initials + last.charAt(0);
  }

  /** Newsrooms as content systems name them, for {@link Trap#DESK_CREATOR}. */
  private static final List<String> DESKS = List.of("Redaktion NG", "Rédaction web", "Redacción Digital", "Redazione Online", "Redactie", "Redakcja");

  /** The desk {@link Trap#DESK_CREATOR} names. */
  String desk() {
    return DESKS.get(Math.floorMod(headline.hashCode(), DESKS.size()));
  }

  private static final List<String> LEGAL_FORMS = List.of("SA", "AG", "GmbH", "Ltd", "S.A.S.", "Inc.", "LLC", "Ltd.", "B.V.", "sp. z o.o.", "AB", "Oy");

  /** The publisher the metadata declares: the outlet, or its company under {@link Trap#COMPANY_PUBLISHER}. */
  String declaredPublisher() {
    return traps.contains(Trap.COMPANY_PUBLISHER) ? outlet + " " + LEGAL_FORMS.get(Math.floorMod(outlet.hashCode(), LEGAL_FORMS.size())) : outlet;
  }

  /** The headline JSON-LD declares: the shown one, or its card wording under {@link Trap#PLACE_LESS_CARD_HEADLINE}. */
  String declaredHeadline() {
    if (!traps.contains(Trap.PLACE_LESS_CARD_HEADLINE) || !shell.headline.contains("<h1") || headline.contains(":")) {
      return headline;
    }
    String[] words = headline.split(" ");
    int first = 0;
    while (first < words.length && Character.isUpperCase(words[first].charAt(0))) {
      first++;
    }
    String rest = String.join(" ", java.util.Arrays.asList(words).subList(first, words.length));
    return first == 0 || rest.isEmpty() ? headline : Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
  }

  /** The organisation named as a page's creator by {@link Trap#ISSUER_CREATOR}. */
  static final String ISSUER = "Harbour Energy Co-operative";

  static final String CONTRIBUTOR = "Ines Carvalho";
  /** The account that posted the page, for {@link Trap#POSTER_META_AUTHOR}. */
  static final String POSTER = "Thoko Mwale";
  /** The editor of {@link Trap#EDITOR_AMONG_AUTHORS}. */
  static final String EDITOR = "Valon Hoti";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  /** Whether a plain visible byline names the authors ("By A", a byline element, author links). */
  boolean showsByline() {
    return !authors.isEmpty() && (java.util.EnumSet.of(Byline.BY, Byline.BYLINE_CLASS, Byline.REL_AUTHOR, Byline.WRITTEN_BY, Byline.BILINGUAL_BY,
        Byline.CONTRIBUTED_WITH_AFFILIATION, Byline.ROLES_OVER_DATES).contains(byline) || byline == Byline.SIGNATURE_NOTE && authors.size() == 1);
  }

  /** The page's own address, for canonical links and JSON-LD. */
  String url() {
    String name = traps.contains(Trap.SHORT_TITLE_SUFFIX) ? shortOutlet() : outlet;
    // A host writes out the letters beyond ASCII as its owners spell them: "Ærø Avis" on aeroeavis.
    String spelled = java.text.Normalizer.normalize(name.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
        .replace("ä", "ae").replace("ö", "oe"), java.text.Normalizer.Form.NFD);
    String host = (traps.contains(Trap.PLACE_TITLE_SUFFIX) ? "eastgate" : "") + spelled.replaceAll("^the ", "").replaceAll("[^a-z]", "");
    return "https://www." + host + ".example/news/" + headline.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
  }

  /** The page as a file would hold it. */
  String html() {
    StringBuilder top = new StringBuilder();
    furnitureAt(PageFurniture.Place.TOP).forEach(top::append);
    if (traps.contains(Trap.HOME_LINKS)) {
      top.insert(0, "<div class=\"top-links\"><a href=\"/\">Home</a> <a href=\"/about\">About</a></div>");
    }
    if (traps.contains(Trap.PARENT_BODY)) {
      top.append("<div id=\"site-slogan\">" + PARENT + "</div>");
    }
    if (traps.contains(Trap.TAGLINE)) {
      top.append("<p class=\"tag\">Local News in Plain English</p>");
    }
    if (traps.contains(Trap.VIEWING_DAY)) {
      LocalDate viewed = date == null ? LocalDate.of(2024, 11, 5) : date.plusDays(1);
      top.insert(0, "<div class=\"header\"><div class=\"header-top\"><span class=\"header-date\">" + DateLine.DATE_CLASS.shown.format(viewed)
          + "</span> <span class=\"header-weather\">12°C, light rain</span></div></div>");
    }
    return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + titleTag() + "</title>"
        + (shell.classless ? "" : "<link rel=\"canonical\" href=\"" + url() + "\">") + new PageMetadata(this).head()
        + "</head><body>" + top + new PageMetadata(this).microdata()
        + shell.render(outlet, head(), body(), String.join("", furnitureAt(PageFurniture.Place.AFTER)),
            String.join("", furnitureAt(PageFurniture.Place.SIDE)), "© " + (date == null ? 2024 : date.getYear()) + " " + outlet
                + ". All rights reserved.")
        + "</body></html>";
  }

  /** The gold line of the page, stored as {@code file}: a saved page, or a record of a web archive captured from {@link #url()}. */
  String gold(String file, boolean archived) {
    Map<String, Object> gold = new LinkedHashMap<>();
    gold.put("file", file);
    gold.put("url", archived || !shell.classless ? url() : null);
    gold.put("format", archived ? "warc" : "html");
    gold.put("layout", shell + " " + sources + " " + byline + " " + dateLine + " " + traps + " " + furniture);
    gold.put("title", headline);
    gold.put("authors", authors);
    gold.put("outlet", goldOutlet());
    gold.put("date", date == null ? null : date.toString());
    gold.put("body", paragraphs);
    gold.put("furniture", furniture.stream().flatMap(kind -> kind.phrases(outlet).stream()).toList());
    try {
      return JSON.writeValueAsString(gold);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private String titleTag() {
    String shown = traps.contains(Trap.TITLE_DIFFERS) ? "What the vote means for you: " + headline.split(" ")[0] + " explained" : headline;
    if (shell.classless) {
      return shown;
    }
    String site = traps.contains(Trap.LONGER_TITLE_SUFFIX) ? outlet + " News" : traps.contains(Trap.SHORT_TITLE_SUFFIX) ? shortOutlet() : outlet;
    if (traps.contains(Trap.PLACE_TITLE_SUFFIX)) {
      return site + " - Eastgate";
    }
    if (traps.contains(Trap.BLOG_NAME_TITLE)) {
      return site + ": " + String.join(" ", List.of(headline.split(" ")).subList(0, 3));
    }
    return traps.contains(Trap.OUTLET_FIRST_TITLE) ? site + " - " + shown : shown + " | " + site;
  }

  private String head() {
    StringBuilder head = new StringBuilder(traps.contains(Trap.KICKER) ? "<div><b>NEWS · LOCAL</b></div>" : "");
    head.append(shell.headline.formatted(headline));
    String names = String.join(" and ", authors);
    if (!authors.isEmpty()) {
      head.append(switch (byline) {
        case NONE -> "";
        case BY -> shell.paragraph.formatted("By " + names);
        case BY_IN_CAPITALS -> shell.paragraph.formatted("BY " + names.toUpperCase(Locale.ROOT));
        case POSTED_BY -> shell.paragraph.formatted("Posted by " + names);
        case BY_WITH_ROLE -> shell.paragraph.formatted("By " + names + ROLE + (authors.size() > 1 ? "s" : ""));
        case REL_AUTHOR -> "<div>By " + String.join(" and ", authors.stream().map(a -> "<a rel=\"author\" href=\"/author/"
            + a.toLowerCase(Locale.ROOT).replace(' ', '-') + "\">" + a + "</a>").toList()) + "</div>";
        case WRITTEN_BY -> shell.paragraph.formatted("Written by " + names);
        case BYLINE_CLASS -> "<div class=\"byline\"><span class=\"author\">" + names + "</span></div>";
        case CONJOINED -> "<div class=\"byline\">" + String.join(" " + CONJUNCTIONS.get(outlet.length() % CONJUNCTIONS.size()) + " ",
            authors.stream().map(a -> "<a href=\"/autores/" + a.toLowerCase(Locale.ROOT).replace(' ', '-') + "\">" + a + "</a>").toList()) + "</div>";
        case SLASH_LABEL -> shell.paragraph.formatted("Writers: " + String.join(" / ", authors));
        case REPORT_LABEL -> "<p><font size=\"2\"><i>Report: " + names + ", Eastgate</i></font></p>";
        case LANGUAGE_LABEL -> "<div class=\"single-info\"><span class=\"single-author\">Piše: " + names + "</span></div>";
        case FOREIGN_BY -> "<div class=\"auteur\">" + FOREIGN_LABELS.get(outlet.length() % FOREIGN_LABELS.size()) + " " + names + "</div>";
        case STAFF_ROLE -> "<p class=\"article-byline\">Staff writer " + names + "</p>";
        case REPORTING_CREDIT -> "<p class=\"creditos\">Reporting: " + names + ". Editing: Martín Sosa.</p>";
        case AUTHOR_WORD_LABEL -> "<div class=\"page-attribute-display news-meta\"><span>" + AUTHOR_WORDS.get(outlet.length() % AUTHOR_WORDS.size())
            + "</span> <span>" + String.join(" &amp; ", authors) + "</span></div>";
        case BRACKETED_REPORTER -> "<p><font size=\"2\">Eastgate</font><br><font size=\"2\">[From our reporter " + names + "]</font></p>";
        case BILINGUAL_BY -> "<p class=\"byline\">" + LABEL_PAIRS.get(outlet.length() % LABEL_PAIRS.size()) + " " + String.join(" y ", authors) + "</p>";
        case CONTRIBUTED_WITH_AFFILIATION -> "<p class=\"byline\">Contributed by Ms. " + names + ", Harbour Heritage Trust</p>";
        case ROLES_OVER_DATES -> "<div class=\"cmp-text article-byline\"><p>" + String.join(", and ", authors.stream().map(a -> a + ", Field Coordinator").toList())
            + "</p><p>" + (date == null ? "Field story from the coastal programme and its partner villages" : "Published on " + SHOWN.format(date)
            + " · Last reviewed " + SHOWN.format(date.plusDays(18))) + "</p></div>";
        case SIGNATURE_NOTE -> "";
        case FILED_FROM -> "<p class=\"authors\">" + String.join(" and ", authors.stream().map(a -> a + " in " + PLACES.get(authors.indexOf(a) % PLACES.size())).toList())
            + "</p>";
        case JOINT_CREDIT -> "<p class=\"byline\">" + JOINT_LABELS.get(outlet.length() % JOINT_LABELS.size()) + " " + String.join(" &amp; ", authors) + "</p>";
        case LOWER_CASE_FOREIGN_BY -> "<p class=\"entry-meta\">" + LOWER_BY.get(outlet.length() % LOWER_BY.size()) + " " + String.join(" &amp; ",
            authors.stream().map(a -> "<a href=\"/authors/" + a.toLowerCase(Locale.ROOT).replace(' ', '-') + "\">" + a + "</a>").toList()) + "</p>";
      });
    }
    if (traps.contains(Trap.FIRST_CREATOR_ONLY) && authors.size() > 1) {
      head.append("<p class=\"story__credit\">" + String.join(" &amp; ", authors) + "</p>");
    }
    if (traps.contains(Trap.CONTRIBUTOR)) {
      head.append(shell.paragraph.formatted("Photographs by " + CONTRIBUTOR));
    }
    if (updated != null) {
      head.append(shell.paragraph.formatted("Updated " + SHOWN.format(updated)));
    }
    if (date != null) {
      head.append(switch (dateLine) {
        case NONE -> "";
        case TIME_ELEMENT -> "<p><time datetime=\"" + date + "T09:30:00Z\">" + dateLine.shown.format(date) + "</time></p>";
        case PUBLISHED_LABEL -> shell.paragraph.formatted("Published " + dateLine.shown.format(date));
        case DATE_CLASS -> "<div class=\"post-date\">" + dateLine.shown.format(date) + "</div>";
        case POSTED_ON -> shell.paragraph.formatted("Posted on " + dateLine.shown.format(date));
        case CREATED_MODIFIED -> shell.paragraph.formatted("Created: " + dateLine.shown.format(date) + " 14:22:07 &nbsp; Last modified: "
            + dateLine.shown.format(date.plusDays(1)) + " 09:01:44");
        case RUSSIAN_MONTH -> "<div>" + dateLine.shown.format(date) + " · Photos — " + CONTRIBUTOR + "</div>";
        case DASHED_CAPITALS -> "<p class=\"date\">" + dateLine.shown.format(date).toUpperCase(Locale.ROOT) + "</p>";
      });
    }
    return head.toString();
  }

  private String body() {
    StringBuilder body = new StringBuilder();
    furnitureAt(PageFurniture.Place.INLINE_TOP).forEach(body::append);
    List<String> inline = furnitureAt(PageFurniture.Place.INLINE);
    for (int i = 0; i < paragraphs.size(); i++) {
      body.append(shell.paragraph.formatted(paragraphs.get(i)));
      if (i == 0) {
        inline.forEach(body::append);
      }
    }
    if (traps.contains(Trap.EDITOR_AMONG_AUTHORS) && sources.contains(Source.JSON_LD) && !authors.isEmpty()) {
      body.append(shell.paragraph.formatted("Edited by " + EDITOR));
    }
    if (traps.contains(Trap.HOME_LINKS)) {
      body.append("<div class=\"blog-pager\"><a href=\"/\">Newer Post</a> <a href=\"/\">Home</a> Older Post</div>");
    }
    if (byline == Byline.SIGNATURE_NOTE && !authors.isEmpty()) {
      body.append("<p class=\"signature\"><em>" + SIGNATURE_LABELS.get(outlet.length() % SIGNATURE_LABELS.size()) + " " + String.join(" and ", authors)
          + "</em></p>");
    }
    return body.toString();
  }

  private List<String> furnitureAt(PageFurniture.Place place) {
    List<String> html = new ArrayList<>();
    String author = authors.isEmpty() ? "" : authors.get(0);
    furniture.stream().filter(kind -> kind.place == place).forEach(kind -> html.add(kind.html(shell, outlet, author)));
    return html;
  }
}
