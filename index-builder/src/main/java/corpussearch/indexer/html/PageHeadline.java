package corpussearch.indexer.html;

import static corpussearch.indexer.html.HtmlRuleNames.*;

import corpussearch.indexer.extract.FieldValue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The headline of an HTML page for {@link HtmlMetadata}: the {@code <h1>} a reader sees (or, without
 * one, the microdata headline shown as a heading), which wins over a declared headline that differs
 * from it, else the declared ones (JSON-LD, microdata, OpenGraph, Dublin Core, embedded state), the
 * {@code <title>}'s headline when the page shows it as a heading or an emphasised line, and the
 * text path's last. A unit because the headline is the one field whose sources a visible element
 * outranks, and whose values are cleaned of the site's name around them.
 */
final class PageHeadline {

  private static final int MIN_HEADLINE_WORDS = 3;

  private final JsonLd.ArticleNode jsonLd;
  private final AppState.ArticleObject appState;
  private final PageTags tags;
  private final VisiblePage visible;
  private final VisiblePage.TitleTag titleTag;

  PageHeadline(JsonLd.ArticleNode jsonLd, AppState.ArticleObject appState, PageTags tags, VisiblePage visible) {
    this.jsonLd = jsonLd;
    this.appState = appState;
    this.tags = tags;
    this.visible = visible;
    this.titleTag = visible.titleTag();
  }

  /**
   * The page's headline, without the {@code outlet}'s name or the {@code <title>}'s site part
   * around it; {@code fromText} is the text path's, read only when the markup states none.
   */
  FieldValue title(FieldValue outlet, String site, Supplier<FieldValue> fromText) {
    Map<String, String> sources = new LinkedHashMap<>();
    sources.put(JSON_LD, jsonLd == null ? null : jsonLd.headline());
    sources.put(MICRODATA, tags.microdata("headline"));
    sources.put(OG_TITLE, tags.meta("og:title"));
    sources.put(DC_TITLE, tags.meta("DC.title", "dcterms.title"));
    sources.put(APP_STATE, appState == null ? null : appState.headline());
    String suffix = titleTag == null ? null : titleTag.suffix();
    Function<String, Optional<String>> clean =
        value -> Optional.of(Outlets.withoutPrefix(Outlets.withoutSuffix(value, outlet.value(), suffix), visible.titlePrefix()));
    String h1 = Kickers.withoutKicker(visible.h1() != null ? visible.h1() : shownMicrodataHeadline(), sources.values().stream().filter(Objects::nonNull).map(v -> clean.apply(v).get()).toList());
    if (h1 != null && h1.split("\\s+").length >= MIN_HEADLINE_WORDS && !Outlets.sameName(h1, outlet.value()) && !Outlets.matchesSite(h1, site)
        && !namesSite(h1)) {
      sources.entrySet().removeIf(source -> source.getValue() == null || !Outlets.sameName(clean.apply(source.getValue()).get(), h1));
      sources.put(H1, h1);
      return FieldSources.first(sources, clean);
    }
    // The <title>'s headline that the page also shows as a heading has two sources agreeing (unless it is the outlet's
    // name, "Outlet - Place" over a blog's logo heading); the emphasised line is a guess from styling (a blog's tagline in an <h2>).
    String tagHeadline = titleTag == null ? null : clean.apply(titleTag.headline()).get();
    boolean tagShown = tagHeadline != null && visible.showsHeading(tagHeadline) && !Outlets.sameName(tagHeadline, outlet.value());
    sources.put(TITLE_TAG, tagShown ? tagHeadline : null);
    String emphasised = visible.emphasisedHeadline(outlet.value());
    sources.put(EMPHASISED_HEADLINE, emphasised);
    // Social and search titles (og:title, dc.title) are written for a card and often shortened;
    // what a page without an <h1> shows above its text is what readers see: the <title>'s
    // headline when it is shown as a heading, else the emphasised line.
    sources = FieldSources.after(sources, MICRODATA, tagShown ? TITLE_TAG : EMPHASISED_HEADLINE);
    FieldValue declared = FieldSources.first(sources, clean);
    String whole = declared.isKnown() ? visible.headingCompleting(declared.value()) : null;
    return whole != null ? FieldValue.of(whole, SHOWN_HEADING) : declared.isKnown() ? declared : tagOrText(outlet, clean, fromText);
  }

  /**
   * The microdata headline when the page shows it as a heading, as a news extension without an
   * {@code <h1>} marks its {@code <h3 itemprop="headline">}: the line readers see, which a JSON-LD
   * or OpenGraph headline written for search or a card does not outrank.
   */
  private String shownMicrodataHeadline() {
    String headline = tags.microdata("headline");
    return headline != null && visible.showsHeading(headline) ? headline : null;
  }

  /** With no declared headline: the text's, unless the {@code <title>} holds one it does not name. */
  private FieldValue tagOrText(FieldValue outlet, Function<String, Optional<String>> clean, Supplier<FieldValue> fromText) {
    boolean tagNamesOutlet = titleTag == null || Outlets.sameName(titleTag.headline(), outlet.value());
    if (tagNamesOutlet) {
      return fromText.get();
    }
    String tag = clean.apply(titleTag.headline()).get();
    FieldValue text = fromText.get();
    // "<title>Wharf to be rebuilt</title>" is cut short for search results; the page opens with the whole headline.
    return text.isKnown() && VisiblePage.completes(tag, text.value()) ? text : FieldValue.of(tag, TITLE_TAG);
  }

  /** Whether {@code h1} is the site's part of the {@code <title>} (its suffix or blog-name prefix): a logo, no headline. */
  private boolean namesSite(String h1) {
    return titleTag != null && !titleTag.suffixes().isEmpty() && Outlets.sameName(h1, titleTag.suffix())
        || Outlets.sameName(h1, visible.titlePrefix());
  }
}
