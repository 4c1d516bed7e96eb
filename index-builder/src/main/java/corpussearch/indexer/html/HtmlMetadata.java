package corpussearch.indexer.html;

import static corpussearch.indexer.html.HtmlRuleNames.*;

import corpussearch.indexer.extract.ArticleMetadata;
import corpussearch.indexer.extract.FieldValue;
import corpussearch.indexer.extract.NameAndDateShapes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;

/**
 * Title, authors, outlet and date of an HTML page, each from the most trustworthy source that
 * states it: JSON-LD, then microdata, then OpenGraph and Dublin Core tags, then other meta tags,
 * then what the page shows ({@code <h1>}, {@code <time>}, bylines), the {@code <title>} last.
 * Only a publication date counts: modification dates are never read.
 */
final class HtmlMetadata {

  private static final int MAX_AUTHOR_WORDS = 8;

  private final JsonLd.ArticleNode jsonLd;
  private final PageTags tags;
  private final VisiblePage visible;

  HtmlMetadata(Document page) {
    this.jsonLd = JsonLd.article(page);
    this.tags = new PageTags(page);
    this.visible = new VisiblePage(page);
  }

  /**
   * The page's metadata; a field no source states is unknown.
   *
   * @param site the page's host name without {@code www.}, or null when its address is unknown:
   *     a title suffix naming it is taken for the outlet, and an author naming it is rejected
   */
  ArticleMetadata metadata(String site) {
    FieldValue outlet = outlet(site);
    return new ArticleMetadata(title(outlet), author(outlet, site), outlet, date());
  }

  /** The page's address as it states it (JSON-LD, canonical link, og:url), or null. */
  String statedUrl() {
    String canonical = tags.canonicalUrl();
    return canonical != null ? canonical : jsonLd == null ? null : jsonLd.url();
  }

  private FieldValue outlet(String site) {
    Map<String, String> sources = new LinkedHashMap<>();
    sources.put(JSON_LD, jsonLd == null ? null : jsonLd.publisher());
    sources.put(OG_SITE_NAME, tags.meta("og:site_name"));
    sources.put(DC_PUBLISHER, tags.meta("DC.publisher", "dcterms.publisher", "dc.publisher"));
    sources.put(MICRODATA, tags.microdata("publisher"));
    VisiblePage.TitleTag titleTag = visible.titleTag();
    if (titleTag != null && titleTag.suffix() != null && Outlets.matchesSite(titleTag.suffix(), site)) {
      sources.put(TITLE_SUFFIX, titleTag.suffix());
    }
    return first(sources, value -> !Outlets.isUrl(value) && value.length() <= 80 ? Optional.of(value) : Optional.empty());
  }

  private FieldValue title(FieldValue outlet) {
    Map<String, String> sources = new LinkedHashMap<>();
    sources.put(JSON_LD, jsonLd == null ? null : jsonLd.headline());
    sources.put(MICRODATA, tags.microdata("headline"));
    sources.put(OG_TITLE, tags.meta("og:title"));
    sources.put(DC_TITLE, tags.meta("DC.title", "dcterms.title"));
    sources.put(H1, visible.h1());
    VisiblePage.TitleTag titleTag = visible.titleTag();
    sources.put(TITLE_TAG, titleTag == null ? null : titleTag.headline());
    String suffix = titleTag == null ? null : titleTag.suffix();
    return first(sources, value -> Optional.of(Outlets.withoutSuffix(value, outlet.value(), suffix)));
  }

  private FieldValue author(FieldValue outlet, String site) {
    Map<String, List<String>> sources = new LinkedHashMap<>();
    sources.put(JSON_LD, jsonLd == null ? List.of() : jsonLd.authors());
    sources.put(MICRODATA, tags.microdataAuthors());
    sources.put(ARTICLE_AUTHOR, tags.metas("article:author"));
    sources.put(DC_CREATOR, tags.metas("DC.creator", "dcterms.creator"));
    sources.put(META_AUTHOR, tags.metas("author", "sailthru.author", "parsely-author"));
    sources.put(META_BYL, tags.metas("byl"));
    sources.put(BYLINE, visible.bylineAuthors());
    for (Map.Entry<String, List<String>> source : sources.entrySet()) {
      List<String> names = new ArrayList<>();
      for (String raw : source.getValue()) {
        authorName(raw, outlet.value(), site).filter(name -> !names.contains(name)).ifPresent(names::add);
      }
      if (!names.isEmpty()) {
        return FieldValue.of(joinNames(names), source.getKey());
      }
    }
    return FieldValue.unknown();
  }

  private FieldValue date() {
    Map<String, String> sources = new LinkedHashMap<>();
    sources.put(JSON_LD, jsonLd == null ? null : jsonLd.datePublished());
    sources.put(MICRODATA, tags.microdata("datePublished"));
    sources.put(ARTICLE_PUBLISHED_TIME, tags.meta("article:published_time", "og:published_time"));
    sources.put(DC_DATE, tags.meta("DC.date.issued", "DC.date", "dcterms.issued", "dcterms.date", "dcterms.created"));
    sources.put(META_DATE, tags.meta("pubdate", "publishdate", "publish-date", "date", "sailthru.date", "parsely-pub-date"));
    sources.put(TIME_DATETIME, visible.publishedTime());
    return first(sources, NameAndDateShapes::isoDate);
  }

  /**
   * One author's name from a raw value: "By" and job titles dropped; a web address, the outlet's
   * own name or the site's is not an author.
   */
  private static Optional<String> authorName(String raw, String outlet, String site) {
    String value = raw == null ? "" : raw.strip();
    if (value.isEmpty() || Outlets.isUrl(value) || Outlets.sameName(value, outlet) || Outlets.sameName(value, site)) {
      return Optional.empty();
    }
    Optional<String> names = NameAndDateShapes.bylineNames(value);
    if (names.isPresent()) {
      return names;
    }
    String bare = value.replaceFirst("(?i)^by\\s+", "").strip();
    boolean plausible = !bare.isEmpty() && bare.split("\\s+").length <= MAX_AUTHOR_WORDS && bare.chars().anyMatch(Character::isLetter);
    return plausible && !Outlets.sameName(bare, outlet) ? Optional.of(bare) : Optional.empty();
  }

  /** "A", "A and B", "A, B and C": the way bylines list authors, which the text path keeps as is. */
  static String joinNames(List<String> names) {
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
  }

  private static FieldValue first(Map<String, String> sources, java.util.function.Function<String, Optional<String>> accept) {
    for (Map.Entry<String, String> source : sources.entrySet()) {
      String value = source.getValue();
      if (value == null || value.isBlank()) {
        continue;
      }
      Optional<String> accepted = accept.apply(value.strip().replaceAll("\\s+", " "));
      if (accepted.isPresent() && !accepted.get().isBlank()) {
        return FieldValue.of(accepted.get(), source.getKey());
      }
    }
    return FieldValue.unknown();
  }
}
