package corpussearch.indexer.html;

import static corpussearch.indexer.html.HtmlRuleNames.*;

import corpussearch.indexer.extract.ArticleMetadata;
import corpussearch.indexer.extract.FieldValue;
import corpussearch.indexer.extract.InitialledNames;
import corpussearch.indexer.extract.MetadataExtractor;
import corpussearch.indexer.extract.NameAndDateShapes;
import corpussearch.indexer.source.WebAddresses;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;

/**
 * Title, authors, outlet and date of an HTML page, each from the most trustworthy source that
 * states it: JSON-LD, then microdata, then OpenGraph and Dublin Core tags, then other meta tags and
 * a script-rendered site's embedded state ({@link AppState}),
 * then what the page shows ({@code <time>}, dated and byline elements), then the text path's rules
 * over the page's text, the {@code <title>} last. The headline ({@link PageHeadline}) is the
 * exception: the {@code <h1>} a reader sees wins over a declared headline that differs from it
 * (declared ones go stale after corrections and are often written for search engines). Modification
 * dates are never read.
 */
final class HtmlMetadata {

  private static final MetadataExtractor TEXT_RULES = new MetadataExtractor();
  /** The credits a reader sees on the page, as opposed to the machine fields: with these alone the signature may name more. */
  private static final Set<String> VISIBLE_CREDITS = Set.of(BYLINE, AUTHOR_CARDS, CREDIT_LINE, USER_NAME, SIGN_OFF);
  /** The page's first blocks, where a page without logo markup sets its name, and the words a name has at most. */
  private static final int TOP_BLOCKS = 4;
  private static final int MAX_NAME_WORDS = 5;

  private final JsonLd.ArticleNode jsonLd;
  private final AppState.ArticleObject appState;
  private final PageTags tags;
  private final VisiblePage visible;
  private final VisiblePage.TitleTag titleTag;
  private final List<String> logos;
  private final List<String> shownNames;
  /** Read only when nothing else names the outlet: most pages never need every picture's text. */
  private final Supplier<List<String>> pictureNames;
  private final NewsletterIssue issue;
  private final PageHeadline headline;

  HtmlMetadata(Document page) {
    this.jsonLd = JsonLd.article(page);
    this.appState = AppState.article(page);
    this.tags = new PageTags(page);
    this.visible = new VisiblePage(page);
    this.titleTag = visible.titleTag();
    this.logos = ShownNames.logos(page, visible);
    this.shownNames = ShownNames.withFooter(page, logos);
    this.pictureNames = () -> ShownNames.pictures(page);
    this.issue = NewsletterIssue.of(page);
    this.headline = new PageHeadline(jsonLd, appState, tags, visible);
  }

  /**
   * The page's metadata; a field no source states is unknown.
   *
   * @param url the page's address, or null when unknown: a title suffix naming its site is taken
   *     for the outlet, an author naming it is rejected, and a date in its path dates the page
   *     when nothing else does
   * @param pageBlocks the page's text blocks, read by the text path's rules where markup is silent
   * @param bodyBlocks the body's text blocks, where the text path looks for a headline
   */
  ArticleMetadata metadata(String url, Supplier<List<String>> pageBlocks, List<String> bodyBlocks) {
    String site = WebAddresses.site(url);
    // The text path's rules cost more than all markup sources together: run only when needed.
    Supplier<ArticleMetadata> text = FieldSources.once(() -> TEXT_RULES.extract(FieldSources.lines(pageBlocks.get())).metadata());
    FieldValue named = OutletShortForms.spelledOutAsShown(Outlets.shownForm(outlet(site, () -> text.get().outlet(), pageBlocks), shownNames, titleTag, pageBlocks), shownNames);
    FieldValue outlet = ParentBodies.withParent(named, declaredNames(), Stream.concat(shownNames.stream(), pageBlocks.get().stream().limit(TOP_BLOCKS)).toList());
    // Navigation heads the whole page; the headline is sought where the body starts.
    FieldValue title = issue.retitled(headline.title(outlet, site, () -> TEXT_RULES.extract(FieldSources.lines(bodyBlocks)).metadata().title()));
    FieldValue author = issue.reauthored(InitialledNames.spelledOut(PictureCredits.withoutPhotographers(FieldSources.or(author(outlet.value(), site, () -> SignOff.name(bodyBlocks, pageBlocks)), () -> Authors.ofText(Authors.notAContact(text.get().author(), pageBlocks.get()), outlet.value(), site)), pageBlocks.get()), pageBlocks.get()), title);
    // A page whose only date is an "Updated …" one states no publication date, whatever the text rules would settle for.
    FieldValue date = FieldSources.or(FieldSources.or(PageDate.of(jsonLd, appState, tags, visible), () -> PageDate.published(text.get().date())), () -> AddressDate.of(url));
    return new ArticleMetadata(title, author, outlet, date);
  }

  /** The organisations the metadata declares: Dublin Core's creators and publisher, JSON-LD's publisher. */
  private List<String> declaredNames() {
    return Stream.concat(tags.metas("DC.creator", "dcterms.creator").stream(), Stream.of(tags.meta("DC.publisher", "dcterms.publisher"), jsonLd == null ? null : jsonLd.publisher())).toList();
  }

  /** The page's address as it states it (canonical link, og:url, JSON-LD), or null. */
  String statedUrl() {
    String canonical = tags.canonicalUrl();
    return canonical != null ? canonical : jsonLd == null ? null : jsonLd.url();
  }

  /**
   * The outlet: declared, else named by the {@code <title>} part the host name confirms (which
   * beats the text rules' reading of lines around the byline), else the text rules', else the
   * {@code <title>}'s prefix, else a {@code <title>} the copyright line repeats, else a name the
   * page shows, in its logo, footer or any picture, that its host name spells ({@link ShownNames}).
   */
  private FieldValue outlet(String site, Supplier<FieldValue> fromText, Supplier<List<String>> pageBlocks) {
    FieldValue outlet = FieldSources.or(FieldSources.or(FieldSources.or(declaredOutlet(pageBlocks), () -> siteInTitle(site)),
        () -> logoInCopyright(pageBlocks.get())), () -> repeatedLogo(textOutlet(fromText.get()), pageBlocks.get(), site));
    String prefix = visible.titlePrefix();
    if (!outlet.isKnown() && prefix != null) {
      return FieldValue.of(prefix, TITLE_PREFIX);
    }
    String named = outlet.isKnown() ? null : Outlets.titleNamedInCopyright(visible.title(), pageBlocks.get());
    if (named != null) {
      return FieldValue.of(named, TITLE_COPYRIGHT);
    }
    String spelled = outlet.isKnown() ? null : ShownNames.namingSite(Stream.concat(shownNames.stream(), pictureNames.get().stream()).toList(), titleTag, site);
    return spelled != null ? FieldValue.of(spelled, SHOWN_NAME) : outlet;
  }

  /**
   * The name of the page's logo (its text, or an image's alt text, a banner's too: {@link
   * ShownNames}), or of a short line at its top, that a copyright line repeats: two visible signals
   * agreeing, which beats the text rules' reading of the first lines (a sidebar's "MOST READ" label
   * above the headline in a table layout).
   */
  private FieldValue logoInCopyright(List<String> pageBlocks) {
    // A page with no logo markup (a word processor's export) sets its name as a short line at the top, a tagline beside it.
    Stream<String> tops = pageBlocks.stream().limit(TOP_BLOCKS).filter(block -> block.split("\\s+").length <= MAX_NAME_WORDS);
    return Stream.concat(shownNames.stream(), tops).map(name -> Outlets.titleNamedInCopyright(name, pageBlocks)).filter(Objects::nonNull)
        .findFirst().map(name -> FieldValue.of(name, LOGO_COPYRIGHT)).orElse(FieldValue.unknown());
  }

  /** The text rules' outlet (or none), unless the page repeats its logo's name more often ({@link Outlets#repeatedLogo}). */
  private FieldValue repeatedLogo(FieldValue outlet, List<String> pageBlocks, String site) {
    String logo = Outlets.repeatedLogo(visible.logoNames(), outlet.isKnown() ? outlet.value() : null, pageBlocks);
    return logo == null ? outlet : FieldValue.of(LogoFullNames.spelledInFull(logo, site, visible.titlePrefix(), titleTag), LOGO_REPEATED);
  }

  /** The part of the {@code <title>} that names the page's site: "… | Outlet", or "Outlet - Section". */
  private FieldValue siteInTitle(String site) {
    if (titleTag == null) {
      return FieldValue.unknown();
    }
    // The part the logo (or a logo image: ShownNames) shows names the site, before one the host name merely contains ("Valley Voice - Anguilla", a place,
    // on anguillavalleyvoice.example), the logo's initials too ("KV Times - Eastgate"); a saved page often has no address, and the logo
    // confirms the title's site part alone.
    String shown = titleTag.parts().stream()
        .filter(part -> logos.stream().anyMatch(logo -> Outlets.sameName(part, logo) || OutletShortForms.isShortFormOf(part, logo))).findFirst().orElse(null);
    if (shown != null && (titleTag.suffixes().contains(shown) || titleTag.headNaming(site) != null)) {
      return FieldValue.of(shown, titleTag.suffixes().contains(shown) ? TITLE_SUFFIX : TITLE_PREFIX);
    }
    // Two letters the host also spells among others ("NG - Eastgate" on eastgateng.example) do not name it, but the logo they are the initials of does.
    Optional<String> initialled = shown != null && titleTag.isShortHead(shown)
        ? logos.stream().filter(logo -> OutletShortForms.isShortFormOf(shown, logo)).findFirst() : Optional.empty();
    if (initialled.isPresent()) {
      return FieldValue.of(initialled.get(), TITLE_PREFIX);
    }
    if (titleTag.naming(site) != null) {
      return spelledOutByLogo(titleTag.naming(site), TITLE_SUFFIX);
    }
    String head = titleTag.headNaming(site);
    return head == null ? FieldValue.unknown() : spelledOutByLogo(head, TITLE_PREFIX);
  }

  /**
   * {@code name} from the {@code <title>}, or the logo's name when it spells out what the tab cuts
   * short: "Conflict Monitor Mindanao" over "Conflict Monitor | Reports", "Halden Institute for
   * Security Policy" over "… | Halden Institute".
   */
  private FieldValue spelledOutByLogo(String name, String rule) {
    return logos.stream().filter(logo -> NameAndDateShapes.extendsName(name, logo)).findFirst()
        .map(logo -> FieldValue.of(logo, SHOWN_NAME)).orElse(FieldValue.of(name, rule));
  }

  /** The text rules' outlet, unless it is a newsroom role ("Staff Reporter" beside a date). */
  private FieldValue textOutlet(FieldValue outlet) {
    if (!outlet.isKnown() || Organisations.isNewsroomRole(outlet.value()) || namesAnAuthor(outlet.value())) {
      return FieldValue.unknown();
    }
    // "Brackley Bugle Newspapers Ltd" in the copyright line is the company; the title names the paper.
    String shown = titleTag == null ? null : Outlets.shortFormIn(outlet.value(), titleTag.parts());
    return shown != null ? FieldValue.of(shown, TITLE_TAG) : outlet;
  }

  /**
   * Whether {@code value} names someone the page's byline or the post's account element shows as
   * its author: the text rules read a byline set above the text as a masthead when no logo text
   * is there, or a name printed again under a writer's reply in the comments as a repeated name,
   * and a publication is never one of the article's authors. (Meta authors do not count: pages put
   * the outlet there.)
   */
  private boolean namesAnAuthor(String value) {
    return Stream.concat(visible.bylineAuthors().stream(), visible.accountNames().stream())
        .flatMap(author -> Authors.split(author).stream())
        .anyMatch(author -> Organisations.containsName(value, author));
  }

  private FieldValue declaredOutlet(Supplier<List<String>> pageBlocks) {
    Map<String, String> sources = new LinkedHashMap<>();
    String siteName = tags.meta("og:site_name");
    if (isShownBrand(siteName)) {
      sources.put(OG_SITE_NAME, siteName);
    }
    sources.put(JSON_LD, jsonLd == null ? null : jsonLd.publisher());
    sources.put(OG_SITE_NAME, siteName);
    sources.put(DC_PUBLISHER, tags.meta("DC.publisher", "dcterms.publisher"));
    sources.put(META_PUBLISHER, tags.meta("publisher", "application-name"));
    sources.put(MICRODATA, tags.microdata("publisher"));
    sources.put(APP_STATE, appState == null ? null : appState.publisher());
    FieldValue outlet = FieldSources.first(sources, value -> Outlets.isUrl(value) || PoweredBy.isPlatform(value, pageBlocks.get()) ? Optional.empty() : Optional.of(value));
    return outlet.isKnown() ? inFull(OutletShortForms.spelledOut(OutletShortForms.withoutInitials(outlet), sources)) : outlet;
  }

  /**
   * Whether {@code siteName} is the brand the page shows its readers, which beats the publisher
   * JSON-LD declares: the {@code <title>} ends in it too. JSON-LD's publisher is often the
   * company behind the brand ("Austral Community Broadcasting" for "ACB News"), while a site's
   * name and its title suffix are written for readers, and two of them agreeing is the masthead.
   * A publisher the title names as well keeps its place: the site is then a platform hosting it.
   */
  private boolean isShownBrand(String siteName) {
    String suffix = titleTag == null ? null : titleTag.suffix();
    if (siteName == null || suffix == null || !Outlets.sameName(siteName, suffix) || Outlets.isUrl(siteName)) {
      return false;
    }
    String publisher = jsonLd == null ? null : jsonLd.publisher();
    // A platform's name ("… | Urban Fabric | Medium") ends the title after the publication's own.
    return publisher == null || titleTag.parts().stream().noneMatch(part -> Outlets.sameName(part, publisher));
  }

  /**
   * "KSBT News 4" rather than a declared "KSBT" when the page's {@code <title>} ends in the fuller
   * name: the name the site shows its readers on every page, of which the declared one is a short
   * form, unless the page's logo spells the declared name.
   */
  private FieldValue inFull(FieldValue outlet) {
    String suffix = titleTag == null ? null : titleTag.suffix();
    // A logo spelling the declared name agrees with it: the title's longer form is then an SEO variant ("… News").
    boolean logoAgrees = logos.stream().anyMatch(logo -> Outlets.sameName(logo, outlet.value()));
    return !logoAgrees && NameAndDateShapes.extendsName(outlet.value(), suffix) ? FieldValue.of(suffix.strip(), TITLE_SUFFIX) : outlet;
  }

  private FieldValue author(String outlet, String site, Supplier<Optional<String>> signOff) {
    Map<String, List<String>> sources = new LinkedHashMap<>();
    sources.put(JSON_LD, jsonLd == null ? List.of() : jsonLd.authors());
    sources.put(MICRODATA, tags.microdataAuthors());
    sources.put(ARTICLE_AUTHOR, tags.metas("article:author"));
    sources.put(DC_CREATOR, tags.metas("DC.creator", "dcterms.creator"));
    sources.put(META_AUTHOR, tags.metas("author", "sailthru.author", "parsely-author"));
    sources.put(META_BYL, tags.metas("byl"));
    sources.put(TWITTER_DATA, tags.labelledAuthors());
    sources.put(APP_STATE, appState == null ? List.of() : appState.authors());
    List<String> byline = visible.bylineAuthors();
    sources.put(BYLINE, !byline.isEmpty() ? byline
        : visible.bylineTexts().stream().flatMap(text -> Authors.nameBeforeOutlet(text, outlet).stream()).limit(1).toList());
    sources.put(AUTHOR_CARDS, visible.authorCards());
    sources.put(CREDIT_LINE, visible.creditedAuthors());
    sources.put(USER_NAME, visible.accountNames());
    // The signature is sought only where it can decide (it reads the whole page): beside a meta author, or where no machine
    // field names one (a profile's address names nobody) and the visible credits (a byline, a bio card) may present one
    // writer of those who sign.
    boolean decides = !sources.get(META_AUTHOR).isEmpty() || sources.entrySet().stream()
        .allMatch(source -> VISIBLE_CREDITS.contains(source.getKey()) || Authors.names(source.getValue(), outlet, site).isEmpty());
    sources.put(SIGN_OFF, decides ? signOff.get().stream().toList() : List.of());
    return Authors.listedWith(Authors.first(sources, outlet, site), visible::nameLists, outlet, site);
  }
}
