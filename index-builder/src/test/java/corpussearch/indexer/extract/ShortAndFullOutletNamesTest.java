package corpussearch.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import corpussearch.indexer.containers.TextContainers;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * An outlet named short in one place and in full in another: an agency's tag in the dateline
 * ("BUSAN, Oct. 17 (Hanbit) --") and its full name in the rights line ("(C) Hanbit News
 * Agency"), reported in full; a company in a legal line ("© Hanbit Media Group") is no fuller name
 * of the outlet. A text browser's dump shows the site's logo by its alternative text, "[Bridgetown
 * Bulletin logo]": the site's name, over the owner named in the copyright line.
 */
class ShortAndFullOutletNamesTest {

  private static final String STORY =
      "port officials said the trial would run for three months at a single berth, with a safety operator on board every"
          + " vehicle, and that the results would be published next spring.";

  @Property(tries = 60)
  void anAgencysShortTagIsReportedUnderItsFullName(@ForAll("brands") String brand, @ForAll("agencyTails") String tail,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> lines = List.of(headline, "", "BUSAN, Oct. 17 (" + brand + ") -- " + capitalised(STORY), "", capitalised(STORY), "",
        "(END)", "", "(C) " + brand + " " + tail + ". Redistribution without permission prohibited.");

    assertThat(Layouts.extract(lines).metadata().outlet().value()).isEqualTo(brand + " " + tail);
  }

  @Property(tries = 60)
  void aCompanyInTheLegalLineIsNoFullerName(@ForAll("brands") String brand, @ForAll("companyTails") String tail,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> lines = List.of(headline, "", "BUSAN, Oct. 17 (" + brand + ") -- " + capitalised(STORY), "", capitalised(STORY), "",
        "(END)", "", "(C) " + brand + " " + tail + ". Redistribution without permission prohibited.");

    assertThat(Layouts.extract(lines).metadata().outlet().value()).isEqualTo(brand);
  }

  @Property(tries = 40)
  void aDumpsLogoNamesTheSite(@ForAll(supplier = Layouts.Outlets.class) String outlet, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    String site = outlet.replaceFirst("^The ", "");
    List<String> lines = TextContainers.unwrap(List.of("   [" + site + " logo]", "", "   Home | Local News | Business | Sport", "",
        "   Search: [____________] [Go]", "", "   " + headline, "", "   [Photo: the harbour at dawn]", "", "   " + capitalised(STORY),
        "", "   © 2024 " + site.split(" ")[site.split(" ").length - 1] + " Media Inc. All rights reserved."));

    assertThat(Layouts.extract(lines).metadata().outlet().value()).isEqualTo(site);
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  @Provide
  Arbitrary<String> brands() {
    return Arbitraries.of("Hanbit", "Nordpress", "Baltora", "Sahelpress", "Meridian");
  }

  @Provide
  Arbitrary<String> agencyTails() {
    return Arbitraries.of("News Agency", "Press Agency", "News Service", "Wire Service");
  }

  @Provide
  Arbitrary<String> companyTails() {
    return Arbitraries.of("Media", "Media Group", "Publishers", "Holdings");
  }
}
