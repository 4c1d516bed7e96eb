package corpussearch.indexer.paragraphs;

import static corpussearch.indexer.paragraphs.Articles.P1;
import static corpussearch.indexer.paragraphs.Articles.P2;
import static corpussearch.indexer.paragraphs.Articles.P3;
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
 * A publication's notice that its findings are not its funder's or publisher's views, the same in
 * French, Spanish or Portuguese, and a series' statement of what it is for. A poll's findings and a
 * ministry's reports stay.
 */
class FindingsDisclaimersTest {

  @Property(tries = 100)
  void aDisclaimerOrASeriesPurposeIsDropped(@ForAll("disclaimers") String notice) {
    ParagraphSplit result = split(P1, P2, P3, notice);

    assertThat(texts(result)).containsExactly(P1, P2, P3);
    assertThat(result.dropped(DropReason.DISCLAIMER)).isEqualTo(1);
  }

  @Property(tries = 30)
  void storySentencesWithTheSameWordsAreKept(@ForAll("storySentences") String sentence) {
    assertThat(texts(split(P1, sentence, P2, P3))).containsExactly(P1, sentence, P2, P3);
  }

  @Provide
  Arbitrary<String> disclaimers() {
    Arbitrary<String> findings = Combinators.combine(
            Arbitraries.of("", "This brief was produced with support from a consortium of development partners. ",
                "This report was funded by the European Union. "),
            Arbitraries.of("The findings", "Its contents", "The conclusions", "The findings and conclusions"),
            Arbitraries.of(" do not represent", " do not necessarily reflect", " do not necessarily represent"),
            Arbitraries.of(" their views.", " its views.", " the official position of the Fund.", " those of the Institute.",
                " the views of the European Union."))
        .as((p, s, v, o) -> p + s + v + o);
    Arbitrary<String> abroad = Arbitraries.of("Les opinions exprimées dans cet article n'engagent que leur auteur.",
        "Las opiniones expresadas en este artículo no reflejan necesariamente la posición del medio.",
        "As opiniões expressas neste artigo são de inteira responsabilidade do autor.");
    Arbitrary<String> purpose = Combinators.combine(
            Arbitraries.of("IISS Commentaries", "Policy Briefs", "This commentary", "RSPC Analysis Papers", "These Perspectives"),
            Arbitraries.of(" are intended to stimulate debate", " are designed to inform policy debate", " is meant to encourage discussion",
                " are published to stimulate discussion"),
            Arbitraries.of(".", ". The views expressed are the authors' own.", " on regional security."))
        .as((s, v, e) -> (s.startsWith("This") ? v.replace(" are ", " is ") : v).transform(x -> s + x + e));
    return Arbitraries.oneOf(findings, abroad, purpose);
  }

  @Provide
  Arbitrary<String> storySentences() {
    return Arbitraries.of(
        "The poll's findings do not reflect the views of all voters, the pollster cautioned on Tuesday.",
        "The ministry's quarterly reports are intended to inform public debate, officials say, but few read them.");
  }
}
