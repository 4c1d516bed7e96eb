package corpussearch.indexer.paragraphs;

import static corpussearch.indexer.paragraphs.Articles.P1;
import static corpussearch.indexer.paragraphs.Articles.P2;
import static corpussearch.indexer.paragraphs.Articles.P3;
import static corpussearch.indexer.paragraphs.Articles.blocks;
import static corpussearch.indexer.paragraphs.Articles.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A writer's bio wrapped over lines at a print width (pdftotext, a text browser): the lines under its
 * first go with it, whether the metadata extractor claimed that first line for the writer's name or the
 * bio closes a block pasted one paragraph per line. A story's sentence wrapped under a claimed line
 * that is no bio stays.
 */
class WrappedBiosTest {

  @Property(tries = 80)
  void theWrappedTailOfAClaimedBioIsDropped(@ForAll("wrappedBios") List<String> bio) {
    List<String> lines = blocks(P1, P2, P3, "About the author\n" + String.join("\n", bio));
    int claimed = lines.size() - bio.size();

    ParagraphSplit result = new ParagraphSplitter().split(lines, Set.of(claimed));

    assertThat(texts(result)).containsExactly(P1, P2, P3);
  }

  @Property(tries = 80)
  void aWrappedBioClosingAPastedBlockIsDropped(@ForAll("wrappedBios") List<String> bio) {
    String pasted = P1 + "\n" + P2 + "\n" + P3 + "\n" + String.join("\n", bio);

    ParagraphSplit result = new ParagraphSplitter().split(blocks(P1, pasted), Set.of());

    assertThat(texts(result)).containsExactly(P1, P2, P3);
  }

  @Property(tries = 40)
  void aStorySentenceWrappedUnderAClaimedLineIsKept(@ForAll("wrappedStory") List<String> story) {
    List<String> lines = blocks(P1, P2, String.join("\n", story), P3);
    int claimed = lines.indexOf(story.getFirst());

    ParagraphSplit result = new ParagraphSplitter().split(lines, Set.of(claimed));

    assertThat(String.join(" ", texts(result))).contains(story.get(1));
  }

  /** A bio's lines, cut at a print width in the middle of its sentence. */
  @Provide
  Arbitrary<List<String>> wrappedBios() {
    Arbitrary<String> name = Arbitraries.of("Lucie Ferrand", "Amina Diallo", "Paolo Severino", "Dr Kofi Mensah");
    Arbitrary<String> role = Arbitraries.of("is a Senior Researcher in the Sahel Programme, where she",
        "is a research fellow at the institute and", "is an analyst based in Dakar who", "is a journalist and author who");
    Arbitrary<String> tail = Arbitraries.of("works on armed group governance and cross-border economies.",
        "writes on security in the central Sahel.", "covers the Lake Chad basin for several outlets.");
    return Combinators.combine(name, role, tail).as((n, r, t) -> List.of(n + " " + r, t));
  }

  /** A claimed line over a story sentence it does not open: a dateline, a byline. */
  @Provide
  Arbitrary<List<String>> wrappedStory() {
    return Arbitraries.of(
        List.of("GAO, Mali, 4 March 2025 —", "gunmen who attacked the weekly market on Sunday killed nine traders, officials said."),
        List.of("By Amina Diallo, Dakar", "residents of the border villages say the tolls have doubled since January."));
  }
}
