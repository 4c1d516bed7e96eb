package corpussearch.indexer.paragraphs;

import static corpussearch.indexer.paragraphs.Articles.P1;
import static corpussearch.indexer.paragraphs.Articles.P2;
import static corpussearch.indexer.paragraphs.Articles.split;
import static corpussearch.indexer.paragraphs.Articles.texts;
import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * An opinion page's disclaimer said with the hedge ("Views expressed by contributors are strictly
 * personal and not necessarily those of The Abuja Sentinel.", "Views expressed are strictly personal."), wherever it stands. A story that
 * reports views and whose they are, without the hedge, stays.
 */
class HedgedDisclaimersTest {

  @Property(tries = 60)
  void aHedgedDisclaimerIsDropped(@ForAll("disclaimers") String disclaimer) {
    ParagraphSplit result = split(P1, disclaimer, P2);

    assertThat(texts(result)).containsExactly(P1, P2);
    assertThat(result.dropped(DropReason.DISCLAIMER)).isEqualTo(1);
  }

  @Property(tries = 60)
  void aDisclaimerOwningTheViewsAsPersonalIsDropped(@ForAll("personalViews") String disclaimer) {
    ParagraphSplit result = split(P1, disclaimer, P2);

    assertThat(texts(result)).containsExactly(P1, P2);
    assertThat(result.dropped(DropReason.DISCLAIMER)).isEqualTo(1);
  }

  @Property(tries = 40)
  void sentencesReportingViewsStay(@ForAll("prose") String prose) {
    assertThat(texts(split(P1, prose, P2))).containsExactly(P1, prose, P2);
  }

  @Provide
  Arbitrary<String> disclaimers() {
    Arbitrary<String> views = Arbitraries.of("Views expressed by contributors", "The views expressed in this column", "Opinions expressed here",
        "The views and opinions expressed in this article", "Views expressed");
    Arbitrary<String> verb = Arbitraries.of("are strictly personal and", "are the author's and", "are", "is", "are entirely personal and");
    Arbitrary<String> whose = Arbitraries.of("those of", "the views of", "the opinions of");
    Arbitrary<String> outlet = Arbitraries.of("The Abuja Sentinel", "this newspaper", "the publisher", "the Daily Meridian or its staff",
        "the editorial board");
    return Combinators.combine(views, verb, whose, outlet).as((v, is, w, o) -> v + " " + is + " not necessarily " + w + " " + o + ".");
  }

  /** "Views expressed are personal", with or without an adverb and whose they are not. */
  @Provide
  Arbitrary<String> personalViews() {
    Arbitrary<String> views = Arbitraries.of("Views expressed by contributors", "The views expressed in this column", "Views expressed",
        "The opinions expressed here");
    Arbitrary<String> adverb = Arbitraries.of("", "strictly ", "purely ", "entirely ");
    Arbitrary<String> tail = Arbitraries.of(".", " and not of the Arewa Standard.", " and do not represent the position of this newspaper.",
        " to the writer.");
    return Combinators.combine(views, adverb, tail).as((v, a, t) -> v + " are " + a + "personal" + t);
  }

  @Provide
  Arbitrary<String> prose() {
    return Arbitraries.of(
        "The views expressed at the meeting were those of the farmers, not the council, the chairman said.",
        "Opinions expressed by the elders are usually those of the whole village, a researcher said.",
        "The minister said the views of the governor were not those of the cabinet.",
        "Not necessarily, said the commander when asked whether the attack had been planned in the camp.",
        "Those who expressed views against the plan are now under investigation, according to their lawyers.",
        "The views expressed at the hearing are personal, the judge said, and will not bind the court.",
        "The views she expressed in her letters were deeply personal and never meant for publication.");
  }
}
