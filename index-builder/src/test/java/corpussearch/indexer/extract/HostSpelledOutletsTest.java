package corpussearch.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A reader view's or a copy's address line at the top ("lagosdailyherald.example") names the
 * outlet when the page spells its words out somewhere, and nothing when it does not.
 */
class HostSpelledOutletsTest {

  private static final String HEADLINE = "Ferry fares to rise by up to 40% from December 1";
  private static final String BODY =
      "Passengers on the busiest routes will pay more from next month after the state operator said rising fuel costs"
          + " and repairs to two of its older boats had left it with no choice but to raise fares on every route it runs.";

  @Property(tries = 60)
  void anAddressLineSpelledOutByThePageNamesTheOutlet(@ForAll(supplier = Layouts.Outlets.class) String outlet,
      @ForAll("suffixes") String suffix, @ForAll("mentions") String mention) {
    String host = outlet.replace(" ", "").toLowerCase(Locale.ROOT) + suffix;
    List<String> lines = List.of(host, "", HEADLINE, "", "Chinedu Okafor, Transport Correspondent", "", BODY, "",
        mention.formatted(outlet));

    assertThat(Layouts.extract(lines).metadata().outlet().value()).isEqualTo(outlet);
  }

  @Property(tries = 30)
  void anAddressThePageDoesNotSpellOutNamesNothing(@ForAll("brands") String brand) {
    List<String> lines = List.of(brand + ".example", "", HEADLINE, "", "Chinedu Okafor, Transport Correspondent", "", BODY);

    assertThat(Layouts.extract(lines).metadata().outlet().value()).isNull();
  }

  @Provide
  Arbitrary<String> suffixes() {
    return Arbitraries.of(".example", ".com", ".co.uk", ".ng/", ".com.au");
  }

  @Provide
  Arbitrary<String> mentions() {
    return Arbitraries.of("Join the %s channel on WhatsApp for breaking news.",
        "No part may be reproduced without written permission from %s.", "Follow %s on social media for updates.");
  }

  @Provide
  Arbitrary<String> brands() {
    return Arbitraries.of("newsnow", "zxqvpress", "dailyzeitgeist", "lagoszz");
  }
}
