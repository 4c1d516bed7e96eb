package corpussearch.indexer.html;

import static corpussearch.indexer.html.HtmlRuleNames.*;

import corpussearch.indexer.extract.FieldValue;
import corpussearch.indexer.extract.NameAndDateShapes;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The publication date an HTML page states, from the most trustworthy source that speaks:
 * JSON-LD, microdata or RDFa, {@code article:published_time}, Dublin Core, other date meta tags,
 * a script-rendered site's state, then {@code <time>} and the dates the page shows. Modification
 * dates are never read.
 */
final class PageDate {

  private static final Pattern UTC_TIMESTAMP = Pattern.compile("T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]00:?00)$");
  /** A day without a time or a zone ("2024-10-16"): a record's date, stamped by the system on its own clock. */
  private static final Pattern BARE_DAY = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");

  private PageDate() {}

  /** The publication date the page's markup or its shown dates state, or unknown. */
  static FieldValue of(JsonLd.ArticleNode jsonLd, AppState.ArticleObject appState, PageTags tags, VisiblePage visible) {
    Map<String, String> sources = new LinkedHashMap<>();
    sources.put(JSON_LD, jsonLd == null ? null : jsonLd.datePublished());
    String microdata = tags.microdata("datePublished");
    // RDFa Lite writes the same schema.org property as an attribute: property="datePublished".
    sources.put(MICRODATA, microdata != null ? microdata : tags.rdfa("datePublished", "schema:datePublished"));
    sources.put(ARTICLE_PUBLISHED_TIME, tags.meta("article:published_time", "og:published_time"));
    String dcMeta = tags.meta("DC.date.issued", "DC.date", "dcterms.issued", "dcterms.date", "dcterms.created");
    sources.put(DC_DATE, dcMeta != null ? dcMeta : tags.rdfa("dc:issued", "dc:date", "dc:created", "dcterms:issued", "dcterms:date", "dcterms:created"));
    sources.put(META_DATE, tags.meta("pubdate", "publishdate", "publish-date", "date", "sailthru.date", "parsely-pub-date"));
    sources.put(APP_STATE, appState == null ? null : appState.datePublished());
    sources.put(TIME_DATETIME, visible.publishedTime());
    sources.put(SHOWN_DATE, visible.shownDate());
    FieldValue declared = FieldSources.first(sources, NameAndDateShapes::isoDate);
    return declared.isKnown() ? localDay(declared, sources.get(declared.rule()), visible) : declared;
  }

  /**
   * A timestamp declared in UTC ("…T02:15:00Z") names an instant, and the newsroom's calendar day
   * may be the one before or after it; a bare day without a time or zone ("2024-10-16", as Dublin
   * Core meta often give it) is the content system's record of the day, on a clock the page does
   * not state. When the page shows a date one day off either, the shown date is the local day the
   * article appeared: it is what the newsroom printed for its readers.
   */
  private static FieldValue localDay(FieldValue declared, String timestamp, VisiblePage visible) {
    String shown = visible.shownDate();
    if (shown == null || timestamp == null || !UTC_TIMESTAMP.matcher(timestamp.strip()).find() && !BARE_DAY.matcher(timestamp.strip()).matches()) {
      return declared;
    }
    long days = Math.abs(ChronoUnit.DAYS.between(LocalDate.parse(declared.value()), LocalDate.parse(shown)));
    return days == 1 ? FieldValue.of(shown, SHOWN_DATE) : declared;
  }

  /** {@code date} unless an "Updated …" label gave it: a page whose only date is an update's states no publication date. */
  static FieldValue published(FieldValue date) {
    return corpussearch.indexer.extract.RuleNames.UPDATED_LABEL.equals(date.rule()) ? FieldValue.unknown() : date;
  }
}
