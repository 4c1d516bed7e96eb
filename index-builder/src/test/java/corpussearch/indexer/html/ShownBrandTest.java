package corpussearch.indexer.html;

import static corpussearch.indexer.html.HtmlMetadataTest.page;
import static org.assertj.core.api.Assertions.assertThat;

import corpussearch.indexer.extract.FieldValue;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The outlet as the page shows it to readers, against the company that declares itself publisher. */
class ShownBrandTest {

  private static final String TEXT =
      "<p>The levee that saved the river town from the 2022 floods will be raised by up to a metre and extended by three kilometres under a new plan.</p>"
          + "<p>Work is expected to start in spring and take about three years, with the highest-risk sections of the levee done first.</p>";

  @Property(tries = 20)
  void theSiteNameTheTitleEndsInBeatsAPublisherTheTitleNeverNames(@ForAll("suffixSeparators") String separator) {
    String head = "<title>Levee to be raised after floods" + separator + "ACB News</title>"
        + "<meta property=\"og:site_name\" content=\"ACB News\">"
        + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Levee to be raised after floods\","
        + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Austral Community Broadcasting\"}}</script>";

    assertThat(page(head, "<main><h1>Levee to be raised after floods</h1>" + TEXT + "</main>").metadata().outlet())
        .isEqualTo(FieldValue.of("ACB News", "og:site_name"));
  }

  @Property(tries = 20)
  void aBrandOnTheDeclaredCompanysInitialsThatTheTitleEndsInIsTheOutlet(@ForAll("suffixSeparators") String separator,
      @ForAll("initialledBrands") String brand) {
    String company = brand.substring(brand.indexOf('=') + 1);
    String shown = brand.substring(0, brand.indexOf('='));
    String head = "<title>Levee to be raised after floods" + separator + shown + "</title><meta property=\"og:site_name\" content=\""
        + shown.split(" ")[0] + "\"><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Levee to be raised after floods\","
        + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"" + company + "\"}}</script>";

    assertThat(page(head, "<main><h1>Levee to be raised after floods</h1>" + TEXT + "</main>").metadata().outlet().value()).isEqualTo(shown);
  }

  @Provide
  Arbitrary<String> initialledBrands() {
    return Arbitraries.of("PNB News=Prairie North Broadcasting", "ACB Radio=Austral Community Broadcasting",
        "KVT News=Kestrel Valley Television Ltd", "NRC Online=Northern Rivers Communications");
  }

  @Test
  void aPublisherTheTitleNamesBeforeAPlatformsNameKeepsItsPlace() {
    String head = "<title>Levee to be raised after floods | by Tamsin Hale | Urban Fabric | Medium</title>"
        + "<meta property=\"og:site_name\" content=\"Medium\">"
        + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Levee to be raised after floods\","
        + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Urban Fabric\"}}</script>";

    assertThat(page(head, "<main><h1>Levee to be raised after floods</h1>" + TEXT + "</main>").metadata().outlet())
        .isEqualTo(FieldValue.of("Urban Fabric", "json-ld"));
  }

  @Test
  void aSiteNameTheTitleDoesNotConfirmLeavesTheDeclaredPublisher() {
    String head = "<title>Levee to be raised after floods</title><meta property=\"og:site_name\" content=\"ACB\">"
        + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"publisher\":{\"name\":\"Austral Community Broadcasting\"}}</script>";

    assertThat(page(head, "<main><h1>Levee to be raised after floods</h1>" + TEXT + "</main>").metadata().outlet().rule())
        .isEqualTo("json-ld");
  }

  @Property(tries = 20)
  void theSitesPartOfATitleThatTheCopyrightLineNamesIsTheOutlet(@ForAll("titleSeparators") String separator, @ForAll boolean siteFirst) {
    String site = "Cass Valley Herald Online";
    String headline = "Ethanol plant wins zoning OK";
    String title = siteFirst ? site + separator + headline : headline + separator + site;
    String body = "<div class=\"story\"><h1>County board approves rezoning for ethanol plant</h1>" + TEXT + "</div>"
        + "<div class=\"foot\">Copyright &copy; 2008 The Cass Valley Herald, a Plainsland Newspapers publication. All rights reserved.</div>";

    assertThat(page("<title>" + title + "</title>", body).metadata().outlet().value()).endsWith("Cass Valley Herald");
  }

  @Property(tries = 20)
  void aCopyrightLineSetStraightInTheFooterNamesTheOutlet(@ForAll("footerTags") String footer) {
    String body = "<div class=\"story\"><h1>Levee to be raised after floods</h1>" + TEXT + "</div>"
        + "<" + footer + ">© 2024 Tri-County Ledger Publishing Co.</" + footer.split(" ")[0] + ">";

    assertThat(page("<title>Levee to be raised after floods - Tri-County Ledger</title>", body).metadata().outlet().value())
        .isEqualTo("Tri-County Ledger");
  }

  @Property(tries = 30)
  void withoutAnAddressTheLogoConfirmsTheTitlesSitePart(@ForAll("logos") String logo, @ForAll("suffixSeparators") String separator) {
    String body = "<div id=\"top\">" + logo.replace("NAME", "Nordhavn Post") + "</div><div class=\"article\"><h1>Levee to be raised after floods</h1>"
        + TEXT + "</div>";

    assertThat(page("<title>Levee to be raised after floods" + separator + "Nordhavn Post</title>", body).metadata().outlet())
        .isEqualTo(FieldValue.of("Nordhavn Post", "title-suffix"));
  }

  @Property(tries = 10)
  void aLogoThatNamesNoTitlePartConfirmsNothing(@ForAll("logos") String logo) {
    String body = "<div id=\"top\">" + logo.replace("NAME", "Home") + "</div><div class=\"article\"><h1>Levee to be raised after floods</h1>"
        + TEXT + "</div>";

    assertThat(page("<title>Levee to be raised after floods | Nordhavn Post</title>", body).metadata().outlet().rule())
        .isNotEqualTo("title-suffix");
  }

  @Provide
  Arbitrary<String> logos() {
    return Arbitraries.of("<a href=\"/\"><img src=\"logo.png\" alt=\"NAME\"></a>", "<a rel=\"home\" href=\"https://x.example/\">NAME</a>",
        "<div class=\"site-logo\"><img src=\"l.svg\" alt=\"NAME\"></div>", "<a href=\"/default.aspx\"><img alt=\"NAME\" border=\"0\"></a>",
        "<span id=\"site-name\">NAME</span>");
  }

  @Provide
  Arbitrary<String> footerTags() {
    return Arbitraries.of("footer", "footer class=\"site-footer\"", "aside", "main");
  }

  @Provide
  Arbitrary<String> suffixSeparators() {
    return Arbitraries.of(" | ", " - ", " — ", " · ", " : ");
  }

  @Provide
  Arbitrary<String> titleSeparators() {
    return Arbitraries.of(" | ", " - ", " :: ", " » ", " — ");
  }
}
