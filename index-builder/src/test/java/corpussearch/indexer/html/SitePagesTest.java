package corpussearch.indexer.html;

import static corpussearch.indexer.html.HtmlMetadataTest.page;
import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A site builder's page ("The Corrib Courier - News" on a hosting platform's address), generated
 * over site names, page names, separators, how the page declares its own name (og:title,
 * itemprop=name, twitter:title or only its menu) and platforms: the outlet is the site's name the
 * header shows, never the platform's host. A story's kicker before its page's name ("Rail strike –
 * Live updates"), shown as a label, is no site's name.
 */
class SitePagesTest {

  private static final String TEXT =
      "<p>The students' union has called on the university to cap rents in its new on-campus accommodation block after prices were published.</p>"
          + "<p>The 420-bed development is due to open next autumn and was partly funded through a scheme meant to add affordable housing.</p>";

  @Property(tries = 60)
  void theSitesNameBeforeAPageNameIsTheOutlet(@ForAll("sites") String site, @ForAll("pageNames") String pageName,
      @ForAll("separators") String separator, @ForAll("declarations") String declaration, @ForAll("platforms") String platform) {
    String head = "<title>" + site + separator + pageName + "</title>" + declaration.replace("%s", pageName);
    String body = "<header><div><span class=\"QTKDff\">" + site + "</span><span>Galway's student newspaper · Est. 1994</span></div>"
        + "<nav><ul><li><a href=\"/home\">Home</a></li><li><a href=\"/p\">" + pageName + "</a></li><li><a href=\"/sport\">Sport</a></li></ul></nav></header>"
        + "<div role=\"main\"><h2>Students' union calls for rent cap on new campus accommodation</h2><p>Reporter: Niamh Fahy (News Editor)</p>"
        + "<p>Posted 27/11/2024</p>" + TEXT + "</div>";

    assertThat(page(head, body, "https://" + platform + "/view/site/page").metadata().outlet().value()).isEqualTo(site);
  }

  @Property(tries = 20)
  void aStorysKickerBeforeItsPageNameIsNoSite(@ForAll("separators") String separator, @ForAll("declarations") String declaration) {
    String head = "<title>Rail strike" + separator + "Live updates</title>" + declaration.replace("%s", "Live updates");
    String body = "<main><span class=\"kicker\">Rail strike</span><h1>Rail strike: commuters face a week of disruption</h1>"
        + "<nav><a href=\"/live\">Live updates</a></nav><p>By Jane Doe</p>" + TEXT + "</main>";

    assertThat(page(head, body).metadata().outlet().value()).isNotEqualTo("Rail strike");
  }

  @Provide
  Arbitrary<String> sites() {
    return Arbitraries.of("The Corrib Courier", "Kestrel Bay Voice", "The Lowmarsh Lantern", "Riverton High Gazette");
  }

  @Provide
  Arbitrary<String> pageNames() {
    return Arbitraries.of("News", "Latest", "Campus News", "Features");
  }

  @Provide
  Arbitrary<String> separators() {
    return Arbitraries.of(" - ", " – ", " | ", " · ");
  }

  @Provide
  Arbitrary<String> declarations() {
    return Arbitraries.of("<meta property=\"og:title\" content=\"%s\">", "<meta itemprop=\"name\" content=\"%s\">",
        "<meta name=\"twitter:title\" content=\"%s\">", "");
  }

  @Provide
  Arbitrary<String> platforms() {
    return Arbitraries.of("sites.example", "mysite.wixsite.example", "school.squarespace.example");
  }
}
