package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Articles.paragraph;
import static corpussearch.indexer.extract.Layouts.extract;
import static corpussearch.indexer.extract.MetadataField.TITLE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A raw feed item: the service's banner in capitals ("AGENCY -- GENERAL NEWS", a typewriter's dash
 * too), its header fields, then the headline, which may open with a place as its kicker ("Niger:
 * gunmen kill 11 at weekly market"), maybe with the copy's version glued before it ("UPDATE 1-"). The
 * headline is the title, never the banner nor the version.
 */
class FeedBannerTest {

  @Property(tries = 80)
  void theHeadlineUnderAFeedsBannerAndFieldsIsTheTitle(
      @ForAll("banners") String banner, @ForAll("fields") List<String> fields, @ForAll("headlines") String headline) {
    assertThat(extract(feed(banner, fields, headline)).metadata().get(TITLE).value()).isEqualTo(headline);
  }

  @Property(tries = 40)
  void aVersionGluedToTheHeadlineIsNoPartOfTheTitle(
      @ForAll("banners") String banner, @ForAll("fields") List<String> fields, @ForAll("versions") String version) {
    String headline = "Gunmen kill 11 at weekly market near the border";

    assertThat(extract(feed(banner, fields, version + headline)).metadata().get(TITLE).value()).isEqualTo(headline);
  }

  private static List<String> feed(String banner, List<String> fields, String headline) {
    List<String> lines = new ArrayList<>(List.of(banner));
    lines.addAll(fields);
    lines.addAll(List.of("18/11/2024 17:46 UTC", "", headline, "", "NIAMEY, Nov 18 (PWA) - " + paragraph("the market"), "",
        paragraph("the border")));
    return lines;
  }

  @Provide
  Arbitrary<String> banners() {
    return Combinators.combine(Arbitraries.of("PWA", "PAMIR WIRE", "AOAP ENGLISH SERVICE"), Arbitraries.of(" -- ", " — ", " / "),
            Arbitraries.of("GENERAL NEWS", "WORLD DESK", "ENGLISH SERVICE"))
        .as((agency, dash, service) -> agency + dash + service);
  }

  @Provide
  Arbitrary<List<String>> fields() {
    return Arbitraries.of("PRIORITY: URGENT", "KEYWORDS: NIGER-SECURITY-ATTACK", "WORDS: 381", "ZCZC PWA0412 3 GEN 0312")
        .list().ofMinSize(1).ofMaxSize(4).uniqueElements();
  }

  @Provide
  Arbitrary<String> headlines() {
    return Combinators.combine(Arbitraries.of("Niger: ", "Mali: ", ""),
            Arbitraries.of("gunmen kill 11 at weekly market near the border", "Gunmen kill 11 at weekly market near the border",
                "talks on grain corridor stall for a second week"))
        .as((kicker, rest) -> kicker.isEmpty() ? capitalised(rest) : kicker + rest);
  }

  /** The copy's version glued to the headline, no words of it. */
  @Provide
  Arbitrary<String> versions() {
    return Arbitraries.of("", "UPDATE 1-", "UPDATE 2-", "REFILE-");
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
