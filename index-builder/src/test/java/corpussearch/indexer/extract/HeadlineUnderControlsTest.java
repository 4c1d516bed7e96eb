package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Articles.extract;
import static corpussearch.indexer.extract.Articles.paragraph;
import static corpussearch.indexer.extract.MetadataField.TITLE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A newsletter platform's page copied without blank lines: name, the bar's controls, then the
 * headline in sentence case over its longer standfirst. The controls end the header, so the short
 * headline is no menu item; a section's name or a menu item in title case there still is one.
 */
class HeadlineUnderControlsTest {

  @Property(tries = 60)
  void aSentenceCaseLineUnderTheControlsIsTheHeadline(@ForAll("headlines") String headline, @ForAll("controls") List<String> controls) {
    Extraction result = extract("Delta Notes", controls.get(0), controls.get(1), headline,
        "Why the ferry count on the delta says more about the budget than any speech", "Amara Okafor", "Mar 14, 2025",
        paragraph("the ferries"), "", paragraph("the boats"));

    assertThat(result.metadata().get(TITLE).value()).isEqualTo(headline);
  }

  @Property(tries = 40)
  void aSectionOrTitleCaseItemUnderTheControlsIsNoHeadline(@ForAll("items") String item, @ForAll("controls") List<String> controls) {
    Extraction result = extract("The Delta Times", controls.get(0), controls.get(1), item,
        "Ferry count on the delta rises for the third year as fares fall", "By Amara Okafor", "Mar 14, 2025",
        paragraph("the ferries"), "", paragraph("the boats"));

    assertThat(result.metadata().get(TITLE).value()).isEqualTo("Ferry count on the delta rises for the third year as fares fall");
  }

  @Provide
  Arbitrary<String> headlines() {
    return Arbitraries.of("Follow the ferries", "Counting the boats", "What the tide took", "Read the water bills", "Nobody asked the fishers");
  }

  @Provide
  Arbitrary<String> items() {
    return Arbitraries.of("Politics", "Local news", "About Us", "Contact Us", "Latest News");
  }

  @Provide
  Arbitrary<List<String>> controls() {
    return Arbitraries.of(List.of("Subscribe", "Sign in"), List.of("Sign in", "Subscribe"), List.of("Log in", "Sign up"));
  }
}
