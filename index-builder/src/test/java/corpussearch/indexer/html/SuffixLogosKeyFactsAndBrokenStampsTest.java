package corpussearch.indexer.html;

import static corpussearch.indexer.html.BylinesAbroadTest.PARAGRAPHS;
import static corpussearch.indexer.html.HtmlMetadataTest.page;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Round 39's HTML pages, generated: a logo spelling out the short site name a {@code <title>} puts after the headline
 * ("… | Halden Institute" under "Halden Institute for Security Policy") names the outlet, as it does for a name before
 * the headline; a box of the story's key facts or key judgements set over it by its class is no part of the text; a
 * {@code <br>} between "Published …" and "Updated …" in one element keeps the two stamps apart, so the published day
 * is read. A logo adding a company's word, the same facts as the text's own paragraphs, and an update's own
 * {@code <time>} beside the published one stay as they were.
 */
class SuffixLogosKeyFactsAndBrokenStampsTest {

  private static final String HEADLINE = "Footbridges to be rebuilt before the tourist season";

  /** "Footbridges … | Halden Institute" on haldeninstitute.example under the logo "Halden Institute for Security Policy": the logo's name. */
  @Property(tries = 40)
  void aLogoSpellingOutTheTitlesSuffixNamesTheOutlet(@ForAll("siteNames") String name, @ForAll("spelledOut") String rest,
      @ForAll("separators") String separator) {
    assertThat(underLogo(name, name + " " + rest, separator)).isEqualTo(name + " " + rest);
  }

  /** The same title under a logo of the name and a company's word ("Halden Institute Ltd"): the title's name. */
  @Property(tries = 30)
  void aLogoAddingACompanyWordKeepsTheSuffixsName(@ForAll("siteNames") String name, @ForAll("companyWords") String word,
      @ForAll("separators") String separator) {
    assertThat(underLogo(name, name + " " + word, separator)).isEqualTo(name);
  }

  private static String underLogo(String name, String logo, String separator) {
    String host = name.replace(" ", "").toLowerCase(Locale.ROOT) + ".example";
    String body = "<header><a href=\"/\" class=\"logo\">" + logo + "</a></header><article><h1>" + HEADLINE + "</h1>" + PARAGRAPHS + "</article>";
    return page("<title>" + HEADLINE + separator + name + "</title>", body, "https://" + host + "/analysis/2025/footbridges.html").metadata().outlet().value();
  }

  /** {@code <div class="key-facts">} or {@code <ul class="key-judgements">} over the text: the box goes, the text stays. */
  @Property(tries = 40)
  void aKeyFactsBoxByItsClassIsNoPartOfTheText(@ForAll("boxClasses") String box, @ForAll("boxTags") String tag, @ForAll("facts") List<String> facts) {
    String items = "ul".equals(tag) ? "<li>" + String.join("</li><li>", facts) + "</li>" : "<p>" + String.join("</p><p>", facts) + "</p>";
    HtmlPage page = page("", "<article><h1>" + HEADLINE + "</h1><" + tag + " class=\"" + box + "\">" + items + "</" + tag + ">" + PARAGRAPHS + "</article>");

    assertThat(page.paragraphs()).doesNotContainAnyElementsOf(facts).anyMatch(p -> p.startsWith("The regional council approved a plan"));
  }

  /** The same facts as the text's own paragraphs, in no box: they stay. */
  @Property(tries = 30)
  void theSameFactsAsParagraphsOfTheTextStay(@ForAll("facts") List<String> facts) {
    HtmlPage page = page("", "<article><h1>" + HEADLINE + "</h1>" + PARAGRAPHS + "<p>" + String.join("</p><p>", facts) + "</p></article>");

    assertThat(page.paragraphs()).containsAll(facts);
  }

  /** {@code <p class="dates">Published 3 March 2025<br>Updated 5 March 2025</p>} under a UTC timestamp of the evening before: the shown day. */
  @Property(tries = 40)
  void aBreakBetweenPublishedAndUpdatedLeavesThePublishedDay(@ForAll("dates") LocalDate published, @ForAll("formats") String format,
      @ForAll("publishedLabels") String label, @ForAll("updatedLabels") String updated, @ForAll("dateClasses") String dateClass,
      @ForAll("offsets") int hours) {
    DateTimeFormatter shown = DateTimeFormatter.ofPattern(format, Locale.ENGLISH);
    String stamps = "<p class=\"" + dateClass + "\">" + label + " " + shown.format(published) + "<br>" + updated + " "
        + shown.format(published.plusDays(2)) + "</p>";

    assertThat(dateOf(stamps, published, hours)).as(stamps).isEqualTo(published.toString());
  }

  /** {@code <span class="posted-on"><time class="updated">…</time><br><time class="published">…</time></span>}, the same timestamp: the published day. */
  @Property(tries = 30)
  void anUpdatesOwnTimeBesideABreakIsStillLeftOut(@ForAll("dates") LocalDate published, @ForAll("formats") String format, @ForAll("offsets") int hours) {
    DateTimeFormatter shown = DateTimeFormatter.ofPattern(format, Locale.ENGLISH);
    String stamps = "<span class=\"posted-on\"><time class=\"updated\" datetime=\"" + published.plusDays(1) + "\">" + shown.format(published.plusDays(1))
        + "</time><br><time class=\"entry-date published\">" + shown.format(published) + "</time></span>";

    assertThat(dateOf(stamps, published, hours)).as(stamps).isEqualTo(published.toString());
  }

  /** The date of a page showing {@code stamps}, whose meta declares 01:10 on {@code published}, {@code hours} east of Greenwich, in UTC. */
  private static String dateOf(String stamps, LocalDate published, int hours) {
    String head = "<meta property=\"article:published_time\" content=\"" + published.atTime(1, 10).minusHours(hours) + ":00Z\">";
    String body = "<article><h1>" + HEADLINE + "</h1><div class=\"byline\">By Sam Okoro</div>" + stamps + PARAGRAPHS + "</article>";
    return page(head, body).metadata().date().value();
  }

  @Provide
  Arbitrary<String> siteNames() {
    return Combinators.combine(Arbitraries.of("Halden", "Norrland", "Caspian", "Meridian", "Kestrel"), Arbitraries.of("Institute", "Centre", "Forum"))
        .as((name, kind) -> name + " " + kind);
  }

  @Provide
  Arbitrary<String> spelledOut() {
    return Arbitraries.of("for Security Policy", "of International Affairs", "for Peace Studies", "for Strategic Research");
  }

  @Provide
  Arbitrary<String> separators() {
    return Arbitraries.of(" | ", " – ", " — ");
  }

  @Provide
  Arbitrary<String> companyWords() {
    return Arbitraries.of("Ltd", "Media", "Media Group");
  }

  @Provide
  Arbitrary<String> boxClasses() {
    return Arbitraries.of("key-facts", "keyfacts", "article__key-facts", "key-judgements", "keyjudgments", "report-key-judgement", "box key-facts-box");
  }

  @Provide
  Arbitrary<String> boxTags() {
    return Arbitraries.of("div", "ul", "section");
  }

  @Provide
  Arbitrary<List<String>> facts() {
    return Arbitraries.of("Three footbridges were lost in the floods of 2023.", "The rebuilding will cost 4.2 million euros.",
        "Work starts in March and ends before June.", "The valley path has been closed for two summers.",
        "Walkers made up a third of the valley's visitors before the floods.").list().ofMinSize(2).ofMaxSize(4).uniqueElements();
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.integers().between(0, 365 * 15).map(days -> LocalDate.of(2010, 1, 1).plusDays(days));
  }

  /** Offsets east of Greenwich that put an early-morning story on the day before in UTC, and none. */
  @Provide
  Arbitrary<Integer> offsets() {
    return Arbitraries.of(0, 3, 8, 10);
  }

  @Provide
  Arbitrary<String> formats() {
    return Arbitraries.of("d MMMM yyyy", "MMMM d, yyyy", "d MMM yyyy");
  }

  @Provide
  Arbitrary<String> publishedLabels() {
    return Arbitraries.of("Published", "Published:", "Posted", "First published");
  }

  @Provide
  Arbitrary<String> updatedLabels() {
    return Arbitraries.of("Updated", "Updated:", "Last updated", "Modified");
  }

  @Provide
  Arbitrary<String> dateClasses() {
    return Arbitraries.of("dates", "article-dates", "story-dates", "timestamp");
  }
}
