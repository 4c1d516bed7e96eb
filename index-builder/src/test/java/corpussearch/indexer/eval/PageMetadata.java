package corpussearch.indexer.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import corpussearch.indexer.eval.GeneratedPage.Source;
import corpussearch.indexer.eval.GeneratedPage.Trap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The metadata a {@link GeneratedPage} declares in its {@code <head>} and as microdata, source by source. */
final class PageMetadata {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final GeneratedPage page;

  PageMetadata(GeneratedPage page) {
    this.page = page;
  }

  String head() {
    StringBuilder head = new StringBuilder();
    for (Source source : page.sources()) {
      head.append(switch (source) {
        case JSON_LD -> ldScript(article());
        case JSON_LD_GRAPH -> ldScript(graph());
        case JSON_LD_ARRAY -> ldScript(List.of(Map.of("@context", "https://schema.org", "@type", "BreadcrumbList", "itemListElement",
            List.of(Map.of("@type", "ListItem", "position", 1, "name", "News"))), article()));
        case OPEN_GRAPH -> openGraph();
        case DUBLIN_CORE -> meta("DC.title", page.headline()) + meta("DC.publisher", page.declaredPublisher())
            + (page.traps().contains(GeneratedPage.Trap.FIRST_CREATOR_ONLY) && !page.authors().isEmpty() ? meta("DC.creator", page.authors().get(0))
                : each("DC.creator"))
            + date("DC.date", page.date() == null ? null : dublinCoreDay().toString());
        case META_AUTHOR -> page.authors().isEmpty() ? "" : meta("author", String.join(", ", page.authors()));
        case PARSELY -> meta("parsely-title", page.headline()) + each("parsely-author")
            + date("parsely-pub-date", page.date() == null ? null : page.date() + "T08:00:00Z");
        case SAILTHRU -> meta("sailthru.title", page.headline()) + (page.authors().isEmpty() ? "" : meta("sailthru.author",
            String.join(", ", page.authors()))) + date("sailthru.date", page.date() == null ? null : page.date() + " 08:00:00");
        case MICRODATA -> "";
      });
    }
    if (page.traps().contains(Trap.SOCIAL_TITLE) && !page.sources().contains(Source.OPEN_GRAPH)) {
      head.append(property("og:title", socialTitle()));
    }
    if (page.traps().contains(Trap.LONGER_TITLE_SUFFIX) && !page.sources().contains(Source.OPEN_GRAPH)) {
      head.append(property("og:site_name", page.outlet()));
    }
    if (page.traps().contains(Trap.DESK_CREATOR)) {
      head.append(meta("DC.creator", page.desk()));
    }
    if (page.traps().contains(Trap.HOST_SITE_NAME) && !page.sources().contains(Source.OPEN_GRAPH)) {
      head.append(property("og:site_name", java.net.URI.create(page.url()).getHost().replaceFirst("^www\\.", "")));
    }
    if (page.traps().contains(Trap.PARENT_BODY)) {
      head.append(meta("DC.creator", page.outlet().replace(" and ", " &amp; ") + ", " + GeneratedPage.PARENT_SHORT));
    }
    if (page.traps().contains(Trap.ISSUER_CREATOR)) {
      head.append(meta("DC.creator", GeneratedPage.ISSUER));
    }
    if (page.traps().contains(Trap.POSTER_META_AUTHOR) && page.showsByline()) {
      head.append(meta("author", GeneratedPage.POSTER));
    }
    if (page.traps().contains(Trap.AUTHOR_IS_OUTLET)) {
      head.append(meta("author", page.outlet()));
    }
    if (page.traps().contains(Trap.AUTHOR_IS_ADDRESS)) {
      head.append("<meta property=\"article:author\" content=\"https://www.facebook.com/").append(page.outlet().replace(" ", ""))
          .append("\">");
    }
    if (page.updated() != null) {
      head.append("<meta property=\"article:modified_time\" content=\"").append(page.updated()).append("T16:00:00Z\">");
    }
    return head.toString();
  }

  /** Microdata markup at the top of the body, as themes set it in hidden {@code <meta>} elements. */
  String microdata() {
    if (!page.sources().contains(Source.MICRODATA)) {
      return "";
    }
    StringBuilder html = new StringBuilder("<div itemscope itemtype=\"https://schema.org/NewsArticle\">")
        .append("<meta itemprop=\"headline\" content=\"").append(page.headline()).append("\">");
    page.authors().forEach(author -> html.append("<span itemprop=\"author\" itemscope itemtype=\"https://schema.org/Person\">")
        .append("<meta itemprop=\"name\" content=\"").append(author).append("\"></span>"));
    if (page.date() != null) {
      html.append("<meta itemprop=\"datePublished\" content=\"").append(page.date()).append("\">");
    }
    return html.append("</div>").toString();
  }

  private String openGraph() {
    String title = page.traps().contains(Trap.SOCIAL_TITLE) ? socialTitle() : page.headline();
    StringBuilder og = new StringBuilder(property("og:title", title) + property("og:site_name", page.outlet())
        + property("og:type", "article"));
    page.authors().forEach(author -> og.append(property("article:author", author)));
    if (page.date() != null) {
      og.append(property("article:published_time", page.date() + "T08:00:00+00:00"));
    }
    return og.toString();
  }

  /** The headline as a social card words it: shorter, a question. */
  private String socialTitle() {
    return "What next for " + page.headline().split(" ")[0] + "?";
  }

  private Map<String, Object> article() {
    Map<String, Object> article = new LinkedHashMap<>();
    article.put("@context", "https://schema.org");
    article.put("@type", "NewsArticle");
    article.put("headline", page.declaredHeadline());
    article.put("mainEntityOfPage", page.url());
    List<Map<String, String>> authors = new java.util.ArrayList<>(page.authors().stream().map(name -> Map.of("@type", "Person", "name", name))
        .toList());
    if (page.traps().contains(Trap.ORGANISATION_AUTHOR)) {
      authors.add(Map.of("@type", "Organization", "name", page.outlet()));
    }
    if (page.traps().contains(Trap.EDITOR_AMONG_AUTHORS) && !authors.isEmpty()) {
      authors.add(Map.of("@type", "Person", "name", GeneratedPage.EDITOR, "jobTitle", "Editor"));
    }
    if (!authors.isEmpty()) {
      article.put("author", authors);
    }
    if (page.traps().contains(Trap.CONTRIBUTOR)) {
      article.put("contributor", Map.of("@type", "Person", "name", GeneratedPage.CONTRIBUTOR));
    }
    putDates(article);
    article.put("publisher", Map.of("@type", "NewsMediaOrganization", "name", page.declaredPublisher()));
    return article;
  }

  /** The Yoast form: a graph of nodes, the article's author and publisher given by reference. */
  private Map<String, Object> graph() {
    String site = page.url().replaceAll("(https://[^/]+).*", "$1");
    Map<String, Object> article = new LinkedHashMap<>();
    article.put("@type", "Article");
    article.put("@id", page.url() + "#article");
    article.put("headline", page.declaredHeadline());
    article.put("isPartOf", Map.of("@id", page.url()));
    if (!page.authors().isEmpty()) {
      article.put("author", java.util.stream.IntStream.range(0, page.authors().size())
          .mapToObj(i -> Map.of("@id", site + "/#/schema/person/" + i)).toList());
    }
    putDates(article);
    article.put("publisher", Map.of("@id", site + "/#organization"));
    List<Object> nodes = new java.util.ArrayList<>(List.of(article,
        Map.of("@type", "WebPage", "@id", page.url(), "name", page.headline() + " | " + page.outlet()),
        Map.of("@type", "WebSite", "@id", site + "/#website", "name", page.outlet()),
        Map.of("@type", "Organization", "@id", site + "/#organization", "name", page.declaredPublisher())));
    for (int i = 0; i < page.authors().size(); i++) {
      nodes.add(Map.of("@type", "Person", "@id", site + "/#/schema/person/" + i, "name", page.authors().get(i)));
    }
    return Map.of("@context", "https://schema.org", "@graph", nodes);
  }

  private void putDates(Map<String, Object> article) {
    if (page.date() != null) {
      article.put("datePublished", page.date() + "T08:00:00+00:00");
    }
    if (page.updated() != null) {
      article.put("dateModified", page.updated() + "T16:00:00+00:00");
    }
  }

  /** The day Dublin Core gives: the date, or the day before it when the page shows the date ({@link Trap#DC_DAY_BEFORE}). */
  private java.time.LocalDate dublinCoreDay() {
    boolean shown = page.dateLine() != GeneratedPage.DateLine.NONE;
    return page.traps().contains(Trap.DC_DAY_BEFORE) && shown ? page.date().minusDays(1) : page.date();
  }

  private String each(String name) {
    return String.join("", page.authors().stream().map(author -> meta(name, author)).toList());
  }

  private static String date(String name, String value) {
    return value == null ? "" : meta(name, value);
  }

  private static String meta(String name, String content) {
    return "<meta name=\"" + name + "\" content=\"" + content + "\">";
  }

  private static String property(String name, String content) {
    return "<meta property=\"" + name + "\" content=\"" + content + "\">";
  }

  private static String ldScript(Object value) {
    try {
      return "<script type=\"application/ld+json\">" + JSON.writeValueAsString(value) + "</script>";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
