package corpussearch.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RightsNoticesTest {

  /** Each mark, in any case, before or after the holder's name, is a rights notice's mark. */
  @Property(tries = 60)
  void aMarkAnywhereOnTheLineCounts(@ForAll("marks") String mark, @ForAll("holders") String holder, @ForAll boolean markFirst) {
    String line = markFirst ? mark + " 2025 " + holder : holder + " 2025. " + mark;

    assertThat(RightsNotices.hasMark(line)).isTrue();
  }

  /** A story sentence about rights or copies carries no mark: "copyrighted" is another word. */
  @Property(tries = 30)
  void storySentencesCarryNone(@ForAll("sentences") String sentence) {
    assertThat(RightsNotices.hasMark(sentence)).isFalse();
  }

  @Provide
  Arbitrary<String> marks() {
    return Arbitraries.of("©", "(c)", "(C)", "Copyright", "COPYRIGHT", "All rights reserved", "all rights reserved.");
  }

  @Provide
  Arbitrary<String> holders() {
    return Arbitraries.of("The Lakeside Tribune", "Coastal Citizen Media Ltd", "Borneo National Broadcasting");
  }

  @Provide
  Arbitrary<String> sentences() {
    return Arbitraries.of(
        "The group copyrighted its logo in 2019, the registry shows.",
        "Residents said their rights were ignored by the council.",
        "Copies of the report reached the ministry on Monday (see chart).");
  }
}
