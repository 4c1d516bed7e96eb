package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Articles.extract;
import static corpussearch.indexer.extract.Articles.paragraph;
import static corpussearch.indexer.extract.MetadataField.OUTLET;
import static corpussearch.indexer.extract.MetadataField.TITLE;
import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A newsletter copied from the browser without blank lines: its name on top of "Subscribe" /
 * "Sign in" looks like a menu's first item, but the prompt between its paragraphs describes that
 * name as a publication, so it is the masthead.
 */
class SelfDescribedMastheadTest {

  @Property(tries = 60)
  void theNameThePageDescribesAsAPublicationIsItsMasthead(@ForAll("names") String name, @ForAll("descriptions") String description) {
    Extraction result = extract(name, "Subscribe", "Sign in", "Counting the boats", "Why the ferry count says more than any budget",
        "Amara Okafor", "Mar 14, 2025", paragraph("the ferries"), "", name + description, "Subscribe", "", paragraph("the boats"));

    assertThat(result.metadata().get(OUTLET).value()).isEqualTo(name);
  }

  /** A story's headline on top is never taken for a masthead because the text describes some publication. */
  @Property(tries = 30)
  void aHeadlineOnTopStaysTheHeadline(@ForAll("names") String name, @ForAll("descriptions") String description) {
    Extraction result = extract("Ferry count rises as harbour reopens", "", "By Amara Okafor", "", paragraph("the ferries"), "",
        name + description, "", paragraph("the boats"));

    assertThat(result.metadata().get(TITLE).value()).isEqualTo("Ferry count rises as harbour reopens");
    assertThat(result.metadata().get(OUTLET).value()).isNotEqualTo("Ferry count rises as harbour reopens");
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.of("Delta Notes", "Harbour Letter", "The Sahel Brief", "Ferry Watch");
  }

  @Provide
  Arbitrary<String> descriptions() {
    return Arbitraries.of(" is a reader-supported publication. To receive new posts and support my work, consider becoming a subscriber.",
        " is an independent newsletter. Subscribe to get every issue.", " is a free weekly newsletter about the coast.");
  }
}
