package corpussearch.indexer.paragraphs;

import static corpussearch.indexer.paragraphs.Articles.P1;
import static corpussearch.indexer.paragraphs.Articles.P2;
import static corpussearch.indexer.paragraphs.Articles.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The standfirst a copied page sets between its headline and its byline, with or without blank
 * lines around it, is the head's, not the story's; a story's lines elsewhere in the head are kept:
 * a lead set under the byline, a story of one paragraph signed at its foot, a lead under the
 * headline with no byline under it.
 */
class StandfirstTest {
  private static final String TITLE = "Mopti traders denounce a 'tax' imposed by armed men";

  @Property(tries = 60)
  void aStandfirstBetweenHeadlineAndBylineIsDropped(@ForAll("standfirsts") String standfirst, @ForAll("heads") List<String> head,
      @ForAll boolean spaced) {
    List<String> lines = new ArrayList<>(List.of(TITLE));
    lines.addAll(spaced ? List.of("", standfirst, "") : List.of(standfirst));
    lines.addAll(head);
    lines.addAll(List.of("", P1, "", P2));

    assertThat(texts(split(lines, head))).containsExactly(P1, P2);
  }

  @Property(tries = 40)
  void aLeadUnderTheBylineAboveTheDateIsKept(@ForAll("sentences") String lead) {
    List<String> lines = List.of(TITLE, "By Moussa Diarra", lead, "21 November 2026", "", P1, "", P2);

    assertThat(texts(split(lines, List.of("By Moussa Diarra", "21 November 2026")))).contains(lead, P1, P2);
  }

  @Property(tries = 40)
  void aStoryOfOneParagraphSignedAtItsFootIsKept(@ForAll("sentences") String story, @ForAll("heads") List<String> signature) {
    List<String> lines = new ArrayList<>(List.of(TITLE, "", story, ""));
    lines.addAll(signature);

    assertThat(texts(split(lines, signature))).containsExactly(story);
  }

  @Property(tries = 40)
  void aLeadUnderTheHeadlineWithNoBylineUnderItIsKept(@ForAll("sentences") String lead) {
    List<String> lines = List.of(TITLE, lead, "", P1, "", P2, "", "By Moussa Diarra");

    assertThat(texts(split(lines, List.of("By Moussa Diarra")))).containsExactly(lead, P1, P2);
  }

  /** Splits {@code lines} with the title and the {@code claimed} lines claimed, as the extractor would. */
  private static ParagraphSplit split(List<String> lines, List<String> claimed) {
    Set<Integer> metadata = new HashSet<>(Set.of(lines.indexOf(TITLE)));
    claimed.stream().filter(line -> !line.isEmpty()).forEach(line -> metadata.add(lines.indexOf(line)));
    return new ParagraphSplitter().split(lines, metadata, null, TITLE);
  }

  @Provide
  Arbitrary<String> standfirsts() {
    return Arbitraries.of(
        "On the roads between the weekly markets, hauliers say they pay to pass.",
        "Drones, market days and a faster media cell",
        "Walking away from Mali, Burkina Faso and Niger will only hand more ground to the armed groups",
        "Sur les axes reliant les foires hebdomadaires, les transporteurs disent payer pour passer.",
        "Traders in Sévaré said on Monday that the price of a sack of rice had risen by a fifth since the convoys stopped.",
        "\"We pay to live, not to support anyone,\" a driver from Bandiagara said.");
  }

  /** Standfirsts that end as sentences do, which no rule takes for a heading over the next paragraph. */
  @Provide
  Arbitrary<String> sentences() {
    return standfirsts().filter(line -> line.endsWith("."));
  }

  @Provide
  Arbitrary<List<String>> heads() {
    return Arbitraries.of(
        List.of("By Moussa Diarra", "21 November 2026"),
        List.of("Par Moussa Diarra"),
        List.of("", "Rachel Obi", "Tue 17 Nov 2026 06.00 GMT"),
        List.of("Seydou Ballo", "Oct 28, 2026"));
  }
}
