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

  /** A short address that is the outlet's initials names it when the page writes the whole name as a run of its own. */
  @Property(tries = 60)
  void anAddressOfInitialsNamesTheOutletThePageWritesOut(@ForAll("initialledOutlets") String outlet,
      @ForAll("suffixes") String suffix, @ForAll("initialledMentions") String mention) {
    List<String> lines = List.of(initials(outlet) + suffix, "", HEADLINE, "", mention.formatted(outlet), "", BODY);

    assertThat(Layouts.extract(lines).metadata().outlet().value()).isEqualTo(outlet);
  }

  /** Initials that only part of a longer capitalised name shares, or no name at all, name nothing. */
  @Property(tries = 30)
  void initialsThePageDoesNotWriteOutWholeNameNothing(@ForAll("initialledOutlets") String outlet) {
    List<String> lines =
        List.of(initials(outlet) + ".example", "", HEADLINE, "", "Chinedu Okafor, Transport Correspondent", "", BODY, "",
            "Officials of the Greater " + outlet + " Authority declined to comment.");

    assertThat(Layouts.extract(lines).metadata().outlet().value()).isNull();
  }

  @Provide
  Arbitrary<String> initialledOutlets() {
    return Arbitraries.of("Borneo National Broadcasting", "Atlantic World Service", "Coastal Radio Network", "Pacific News Service Agency");
  }

  @Provide
  Arbitrary<String> initialledMentions() {
    return Arbitraries.of("By Farid Osman, %s", "Image source, %s/Jonas Phiri", "Chinedu Okafor, %s", "Copyright %s 2025");
  }

  /** The address a site of that name would take: its words' first letters ("bnb" for "Borneo National Broadcasting"). */
  private static String initials(String name) {
    return name.replaceAll("(\\p{L})\\p{L}*+\\s*+", "$1").toLowerCase(Locale.ROOT);
  }
}
