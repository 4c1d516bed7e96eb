package corpussearch.indexer.html;

import static corpussearch.indexer.html.BylinesAbroadTest.PARAGRAPHS;
import static corpussearch.indexer.html.HtmlMetadataTest.page;
import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Round 37's HTML pages, generated: a byline element linking a writer and, after another part's label ("| Photographs
 * by …"), a photographer, both to people's pages; the outlet's role as a byline's label ("Kabul Ledger Reporter: …");
 * Drupal's body field of type "text-with-summary" under a summary field; a header's {@code header__name} element as
 * the site's name. Two linked writers in one byline with no other part stay both authors.
 */
class PictureCreditsRoleLabelsAndDrupalFieldsTest {

  private static final String HEADLINE = "Footbridges to be rebuilt before the tourist season";

  /** {@code By <a href=/people/a>A</a> | Photographs by <a href=/people/b>B</a>}: A alone wrote it. */
  @Property(tries = 40)
  void aLinkedNameAfterAnotherPartsLabelIsNoWriter(@ForAll("names") String writer, @ForAll("names") String photographer,
      @ForAll("otherParts") String part) {
    Assume.that(!writer.equals(photographer));

    assertThat(bylineAuthor("By " + link(writer) + " | " + part + " " + link(photographer))).isEqualTo(writer);
  }

  /** {@code By <a>A</a> and <a>B</a>}: both wrote it. */
  @Property(tries = 20)
  void twoLinkedWritersInOneBylineAreBothAuthors(@ForAll("names") String first, @ForAll("names") String second) {
    Assume.that(!first.equals(second));

    assertThat(bylineAuthor("By " + link(first) + " and " + link(second))).isEqualTo(first + " and " + second);
  }

  private static String link(String name) {
    return "<a href=\"/people/" + name.toLowerCase().replace(' ', '-') + "\">" + name + "</a>";
  }

  private static String bylineAuthor(String byline) {
    return page("", "<article><h1>" + HEADLINE + "</h1><div class=\"byline\">" + byline + "</div>" + PARAGRAPHS + "</article>")
        .metadata().author().value();
  }

  /** {@code <span class="kl-author">Kabul Ledger Reporter: Shabnam Haidari</span>}: the name, the outlet's role aside. */
  @Property(tries = 40)
  void theOutletsRoleAsTheLabelLeavesTheName(@ForAll("names") String writer, @ForAll("outlets") String outlet, @ForAll("roles") String role,
      @ForAll("authorClasses") String box) {
    HtmlPage page = page("", "<article><h1>" + HEADLINE + "</h1><span class=\"" + box + "\">" + outlet + " " + role + ": " + writer + "</span>"
        + PARAGRAPHS + "</article>");

    assertThat(page.metadata().author().value()).isEqualTo(writer);
  }

  /** Drupal's {@code field--name-body field--type-text-with-summary} under a {@code field--name-field-summary}: the summary goes, the body stays. */
  @Property(tries = 30)
  void drupalsBodyFieldWithSummaryIsTheText(@ForAll("summaries") String summary) {
    HtmlPage page = page("", "<article><h1>" + HEADLINE + "</h1><div class=\"field field--name-field-summary field--type-string\"><p>" + summary
        + "</p></div><div class=\"clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item\">"
        + PARAGRAPHS + "</div></article>");

    assertThat(page.paragraphs()).doesNotContain(summary).anyMatch(p -> p.startsWith("The regional council approved a plan"))
        .anyMatch(p -> p.startsWith("Work will start in the spring"));
  }

  /** {@code <div class="gov-header__name">Name</div>} with {@code <title>Press statements — Name</title>}: the site's name. */
  @Property(tries = 40)
  void aHeadersNameElementNamesTheSite(@ForAll("ministries") String site, @ForAll("headerClasses") String box, @ForAll("sections") String section) {
    HtmlPage page = page("<title>" + section + " — " + site + "</title>", "<header class=\"gov-header\"><div class=\"" + box + "\">" + site
        + "</div></header><main><h1>" + HEADLINE + "</h1>" + PARAGRAPHS + "</main>");

    assertThat(page.metadata().outlet().value()).isEqualTo(site);
  }

  @Provide
  Arbitrary<String> names() {
    return Combinators.combine(Arbitraries.of("Shabnam", "Farid", "Lucía", "Saule", "Oskar", "Hawa"),
        Arbitraries.of("Haidari", "Nazari", "Beltrán", "Omarova", "Nyberg", "Kamara")).as((given, family) -> given + " " + family);
  }

  @Provide
  Arbitrary<String> otherParts() {
    return Arbitraries.of("Photographs by", "Photos by", "Photo by", "Photography:", "Edited by", "Translated by");
  }

  @Provide
  Arbitrary<String> outlets() {
    return Combinators.combine(Arbitraries.of("Kabul", "Herat", "Osh", "Tromsø"), Arbitraries.of("Ledger", "Courier", "Times")).as((p, k) -> p + " " + k);
  }

  @Provide
  Arbitrary<String> roles() {
    return Arbitraries.of("Reporter", "Correspondent", "Staff Writer", "Contributor");
  }

  @Provide
  Arbitrary<String> authorClasses() {
    return Arbitraries.of("kl-author", "article-author", "author-name", "byline");
  }

  @Provide
  Arbitrary<String> summaries() {
    return Combinators.combine(Arbitraries.of("Three footbridges lost in the floods", "The bridges swept away two years ago",
        "The crossings the river destroyed"), Arbitraries.of("will be rebuilt before the tourist season returns to the valley.",
        "are to be replaced under a plan the regional council approved on Tuesday.")).as((what, news) -> what + " " + news);
  }

  @Provide
  Arbitrary<String> ministries() {
    return Combinators.combine(Arbitraries.of("Ministry of", "Department of", "Office for"), Arbitraries.of("Water Resources", "Mountain Affairs",
        "Rural Roads", "Coastal Protection")).as((kind, field) -> kind + " " + field);
  }

  @Provide
  Arbitrary<String> headerClasses() {
    return Arbitraries.of("gov-header__name", "header__name", "site__name", "site-header__name");
  }

  @Provide
  Arbitrary<String> sections() {
    return Arbitraries.of("Press statements", "News", "Announcements");
  }
}
