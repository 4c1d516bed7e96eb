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
 * What stands near a headline without being it: a wire's tag before it ("(LEAD)", "(2ND LD)", "UPDATE 1-") and
 * its advisory to editors under it ("(ATTN: UPDATES with … in paras 5-6)"); a digest's bulleted
 * list of the day's stories above the lead story's headline.
 */
class AdvisoriesAndListsAboveTheHeadlineTest {

  private static final String BODY =
      "The port authority said on Thursday that the trial would begin next month at a single berth, with a safety operator"
          + " on board every vehicle for the first three months and a review of the figures before any wider use.";

  @Property(tries = 60)
  void aWireTagAndAnAdvisoryAreNeverTheHeadline(
      @ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll("tags") String tag, @ForAll("advisories") String advisory,
      @ForAll(supplier = Layouts.People.class) String author) {
    List<String> lines = List.of("2024/10/17 15:22 KST", tag.formatted(headline), advisory, "", "By " + author, "", BODY);

    Extraction extraction = Layouts.extract(lines);

    assertThat(extraction.metadata().title().value()).isEqualTo(headline);
    assertThat(Layouts.paragraphs(lines)).noneMatch(p -> p.contains(advisory));
  }

  @Property(tries = 60)
  void aDigestsListOfStoriesIsNotTheLeadHeadline(
      @ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll("bullets") String bullet,
      @ForAll(supplier = Layouts.People.class) String author) {
    List<String> lines = new ArrayList<>(List.of("TODAY'S HEADLINES", bullet + " " + headline,
        bullet + " Port queues ease as second container berth reopens", bullet + " Coach names 26 for qualifiers", "",
        "LEAD STORY", "", headline, "", "By " + author, "", BODY));

    assertThat(Layouts.extract(lines).metadata().title().value()).isEqualTo(headline);
  }

  @Property(tries = 30)
  void aBracketedAsideInOrdinaryCaseIsNoAdvisory(@ForAll(supplier = Layouts.People.class) String name) {
    assertThat(WireCopy.isEditorsNote("(Reporting for this story was supported by a grant from " + name + ")")).isFalse();
    assertThat(WireCopy.withoutTag("(Video) " + name + " explains the new levy")).startsWith("(Video)");
  }

  @Provide
  Arbitrary<String> tags() {
    return Arbitraries.of("(LEAD) %s", "(2ND LD) %s", "(URGENT) %s", "(UPDATE 2) %s", "(3RD LD) %s", "UPDATE 1-%s", "REFILE-%s", "CORRECTED-%s");
  }

  @Provide
  Arbitrary<String> advisories() {
    return Arbitraries.of("(ATTN: UPDATES with union comment in paras 5-6)", "(RECASTS headline, ADDS quotes in paras 3-4)",
        "(CORRECTS spelling of minister's name in para 2)", "(ATTN: ADDS background in last para)");
  }

  @Provide
  Arbitrary<String> bullets() {
    return Arbitraries.of("-", "•", "*", "▪");
  }
}
