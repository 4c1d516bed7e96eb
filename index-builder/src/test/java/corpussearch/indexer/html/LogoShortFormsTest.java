package corpussearch.indexer.html;

import static corpussearch.indexer.html.HtmlMetadataTest.page;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A logo that shows a short form of the brand ("Polar") on a site whose host spells the
 * whole name the {@code <title>} gives ("Polar Magazine" at polarmagazine.example) names the
 * outlet in full; where the host spells the short form, the logo's name stands.
 */
class LogoShortFormsTest {

  @Property(tries = 60)
  void theWholeNameTheHostSpellsWinsOverTheLogosShortForm(@ForAll("brands") String brand, @ForAll("kinds") String kind) {
    String whole = brand + " " + kind;
    HtmlPage page = page("<title>" + whole + " — The price of milk in the North</title>", body(brand, whole),
        "https://" + whole.toLowerCase(Locale.ROOT).replace(" ", "") + ".example/features/the-price-of-milk");

    assertThat(page.metadata().outlet().value()).isEqualTo(whole);
  }

  @Property(tries = 60)
  void theLogosNameStandsWhereTheHostSpellsIt(@ForAll("brands") String brand, @ForAll("kinds") String kind) {
    String whole = brand + " " + kind;
    HtmlPage page = page("<title>" + whole + " — The price of milk in the North</title>", body(brand, whole),
        "https://" + brand.toLowerCase(Locale.ROOT) + ".example/features/the-price-of-milk");

    assertThat(page.metadata().outlet().value()).isEqualTo(brand);
  }

  private static String body(String brand, String whole) {
    return "<header><a class=\"logo\" href=\"/\"><img src=\"/logo.svg\" alt=\"" + brand + "\"></a></header>"
        + "<article><h1>The price of milk in the North</h1><p class=\"byline\">By Sam Okoro</p>"
        + "<p>A four-litre jug of milk costs more than twice as much in the territory's capital as it does in the south, shoppers said this week.</p>"
        + "<p>Retailers blame freight costs, which have risen every year since the sealift contract was last renewed.</p>"
        + "<p class=\"promo\">This story appears in " + brand + "'s February issue. Subscribe to the print edition.</p>"
        + "<p class=\"author-note\"><em>Sam Okoro is a contributing editor at " + brand + ".</em></p></article>"
        + "<footer><p>" + whole + " is published by a non-profit society.</p></footer>";
  }

  @Provide
  Arbitrary<String> brands() {
    return Arbitraries.of("Polar", "Tundra", "Saltmarsh", "Outport", "Highveld", "Karoo");
  }

  @Provide
  Arbitrary<String> kinds() {
    return Arbitraries.of("Magazine", "Review", "Quarterly", "Journal");
  }
}
