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
 * The box about the issuer under a think tank's or a company's text, whose label calls it by its
 * kind ("About the Forum") and whose description gives its full name ("The Sahel Security Forum is
 * an independent research institute …"). A story's section headed "About the X" that goes on to
 * tell of something else stays.
 */
class IssuerBoilerplateTest {

  @Property(tries = 80)
  void anAboutBoxCallingTheIssuerByItsKindIsDropped(@ForAll("boxes") String box, @ForAll boolean ownBlock) {
    String[] parts = box.split("\n", 2);
    ParagraphSplit result = ownBlock ? split(P1, P2, P3, parts[0], parts[1]) : split(P1, P2, P3, box);

    assertThat(texts(result)).containsExactly(P1, P2, P3);
  }

  @Property(tries = 20)
  void aSectionAboutSomethingElseStays(@ForAll("sections") String section) {
    String story = section.split("\n")[1];

    assertThat(String.join(" ", texts(split(P1, section, P2)))).contains(P1, story, P2);
  }

  @Provide
  Arbitrary<String> boxes() {
    Arbitrary<String[]> issuer = Arbitraries.of(new String[] {"Forum", "The Sahel Security Forum"}, new String[] {"Institute", "Lake Basin Institute"},
        new String[] {"Company", "The Kivu Fisheries Company"}, new String[] {"Centre", "Mekong Policy Centre"});
    Arbitrary<String> says = Arbitraries.of(" is an independent research institute based in Dakar and Abuja. It does not take institutional positions.",
        " is a non-profit organisation founded in 2004.", " was founded in 1998 and works across the region.");
    return Combinators.combine(issuer, says).as((i, s) -> "About the " + i[0] + "\n" + i[1] + s);
  }

  @Provide
  Arbitrary<String> sections() {
    return Arbitraries.of(
        "About the Forum\nThe delegates left the forum early on Thursday after talks on the water agreement broke down.",
        "About the Dam\nEngineers said the dam would need repairs before the rains, costing more than the council had set aside.");
  }
}
