package corpussearch.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A copied page that opens on strips over its masthead (a ticker, the weather, the markets), then
 * the paper's name, its menu one item a line and an agency's story: the paper whose rights line
 * closes the page is the outlet, not the agency in the byline. Without that rights line, and
 * without a dateline naming the agency as the story's source ({@link AgencyCopy}), the name under
 * the strips proves nothing and is not taken for the outlet.
 */
class StripsOverMastheadTest {
  private static final List<String> MENU = List.of("Local", "Sports", "Nation & World", "Obituaries");
  private static final String AGENCY = "Atlas Press Agency";

  @Property(tries = 60)
  void thePaperUnderStripsThatItsRightsLineNamesIsTheOutlet(
      @ForAll(supplier = Layouts.Outlets.class) String outlet, @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll("strips") List<String> strips) {
    Extraction extraction = Layouts.extract(page(strips, outlet, headline, "© 2025 " + outlet, "BAGHDAD (APA) - "));

    assertThat(extraction.metadata().outlet().value()).isEqualTo(outlet);
  }

  @Property(tries = 60)
  void withoutARightsLineOrAnAgencyDatelineTheNameUnderStripsIsNotTheOutlet(
      @ForAll(supplier = Layouts.Outlets.class) String outlet, @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll("strips") List<String> strips) {
    Extraction extraction = Layouts.extract(page(strips, outlet, headline, "Subscribe to the e-Edition for $1 a week", "BAGHDAD - "));

    assertThat(extraction.metadata().outlet().value()).isNotEqualTo(outlet);
  }

  private static List<String> page(List<String> strips, String outlet, String headline, String foot, String dateline) {
    List<String> lines = new ArrayList<>(strips);
    lines.add(outlet);
    lines.addAll(MENU);
    lines.addAll(List.of(headline, "By HUSSEIN KARIM " + AGENCY, "Published 7:14 AM CDT, April 2, 2025",
        dateline + "Iraq's federal court sentenced five men to death on Wednesday after convicting them of carrying out a"
            + " 2023 bombing in Kirkuk, court officials said, in a case that relatives of the victims had followed for two years.",
        "",
        "The bombing, at a vegetable market in the city's south, killed 11 people and wounded more than 40, and prosecutors said"
            + " the men built the device in a house on the edge of the city before driving it to the market in a stolen car.",
        "Copyright 2025 " + AGENCY + ". All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
        foot));
    return lines;
  }

  @Provide
  Arbitrary<List<String>> strips() {
    return Arbitraries.of("Lakeside: 48°F Partly cloudy", "BREAKING", "Earthquake drill held in 81 provinces", "USD 36,42 | EUR 39,51 | GOLD 3.412,80",
        "LIVE", "Harbour: 12°C Light rain").list().ofMinSize(1).ofMaxSize(3).uniqueElements();
  }
}
