package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Articles.field;
import static corpussearch.indexer.extract.Articles.paragraph;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A breadcrumb trail from the home page ends in the page's own title, of any length ("Home »
 * Regional » Bawku traders report drop in cattle supply"): it is navigation, and the headline is
 * the line under it. A headline with a slash or an angle in it, opening with no home link, is
 * still a headline.
 */
class TitledBreadcrumbTest {

  @Property(tries = 80)
  void aTrailEndingInTheTitleIsNavigation(@ForAll("homes") String home, @ForAll("separators") String separator, @ForAll("sections") List<String> sections,
      @ForAll("headlines") String headline) {
    String trail = home + separator + String.join(separator, sections) + separator + headline;
    List<String> lines = List.of("Upper East Herald", "Home", "Politics", "Business", "Regional", trail, headline, "Posted by: Abdul-Rahman Issah on November 5, 2026", "",
        paragraph(headline.toLowerCase(java.util.Locale.ROOT)), "", paragraph("the reactions"));

    assertThat(NavigationLines.isNavigation(trail)).as(trail).isTrue();
    assertThat(field(new MetadataExtractor().extract(lines), MetadataField.TITLE).value()).as(trail).isEqualTo(headline);
  }

  @Property(tries = 40)
  void aHeadlineWithSeparatorsButNoHomeLinkIsNoTrail(@ForAll("separators") String separator, @ForAll("headlines") String first, @ForAll("headlines") String second) {
    String headline = "Farmers" + separator + "herders" + separator + first.toLowerCase(java.util.Locale.ROOT);
    assertThat(NavigationLines.isNavigation(headline)).as(headline).isFalse();
    assertThat(NavigationLines.isNavigation("Homes" + separator + "Offices" + separator + second)).isFalse();
  }

  @Provide
  Arbitrary<String> homes() {
    return Arbitraries.of("Home", "HOME", "Homepage", "Accueil", "Início");
  }

  @Provide
  Arbitrary<String> separators() {
    return Arbitraries.of(" » ", " > ", " › ", " / ");
  }

  @Provide
  Arbitrary<List<String>> sections() {
    return Arbitraries.of("Regional", "News", "Politics", "Local News", "Africa").list().ofMinSize(1).ofMaxSize(2);
  }

  @Provide
  Arbitrary<String> headlines() {
    return Arbitraries.of("Bawku traders report drop in cattle supply from Burkina Faso", "Council votes to close two rural libraries",
        "Ferry fares to rise 12% from July", "Why the harbour dredging keeps getting delayed");
  }
}
