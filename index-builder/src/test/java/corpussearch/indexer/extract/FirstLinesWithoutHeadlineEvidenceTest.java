package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Articles.paragraph;
import static corpussearch.indexer.extract.Layouts.extract;
import static corpussearch.indexer.extract.MetadataField.TITLE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A first line of a shape no headline has (a sentence ending in a stop, a mail header, a host bar,
 * a reader's counters, an outlet's name with an edition label, a letterhead's columns or a row of
 * links set apart by wide gaps, a text browser's linked site name "[1]Site") above a headline that has a byline,
 * a date line or the body under it: the headline is the one with that evidence. Without any line
 * showing it, the title stays unknown rather than being the junk line's neighbour.
 */
class FirstLinesWithoutHeadlineEvidenceTest {

  @Property(tries = 80)
  void theHeadlineWithABylineDateOrBodyUnderItIsChosenOverAJunkFirstLine(
      @ForAll("junk") String junk, @ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll("evidence") List<String> evidence) {
    List<String> lines = new ArrayList<>(List.of(junk, "", headline, ""));
    lines.addAll(evidence);
    lines.addAll(List.of("", paragraph("the harbour"), "", paragraph("the levy")));

    assertThat(extract(lines).metadata().get(TITLE).value()).isEqualTo(headline);
  }

  @Property(tries = 40)
  void aJunkFirstLineOverTheBodyAloneLeavesTheTitleUnknown(@ForAll("junk") String junk) {
    List<String> lines = List.of(junk, "", paragraph("the harbour"), "", paragraph("the levy"));

    assertThat(extract(lines).metadata().get(TITLE).value()).isNull();
  }

  @Provide
  Arbitrary<String> junk() {
    Arbitrary<String> word = Arbitraries.of("Harbour", "Council", "Reader", "Letter", "Weekly", "Northern", "Desk", "Feed");
    Arbitrary<String> host = Arbitraries.of("islandpost", "kestrelherald", "valleynews").map(name -> name + ".example");
    Arbitrary<String> sentence = Arbitraries.of("This story comes from our content partner and is republished here with permission.",
        "You are reading a copy saved from our website for members of the press club.");
    Arbitrary<String> mail = Combinators.combine(word, host).as((w, h) -> "Mail\t" + w + " Letter <letter@" + h + ">");
    Arbitrary<String> hostBar = Combinators.combine(word, host).as((w, h) -> w + " — " + h);
    Arbitrary<String> counters = Arbitraries.integers().between(1, 99).map(n -> "Unread: " + n + "   Today   Starred");
    Arbitrary<String> edition = Combinators.combine(new Layouts.Outlets().get(),
        Arbitraries.of("English Edition", "Weekend Edition", "Print Edition")).as((outlet, label) -> outlet + " — " + label);
    Arbitrary<String> gap = Arbitraries.integers().between(3, 30).map(" "::repeat);
    Arbitrary<String> letterhead = Combinators.combine(Layouts.outlets().map(name -> name.toUpperCase(Locale.ROOT) + " INSTITUTE"), gap,
        Arbitraries.of("COMMENTARY", "Policy Brief", "Commentary No. 17/2025", "WORKING PAPER")).as((name, g, label) -> name + g + label);
    Arbitrary<String> linkedName = Combinators.combine(Arbitraries.integers().between(1, 40), Layouts.outlets()).as((n, name) -> "[" + n + "]" + name);
    return Arbitraries.oneOf(sentence, mail, hostBar, counters, edition, letterhead, linkedName, TextPageHeadersAboveTheHeadlineTest.links());
  }

  @Provide
  Arbitrary<List<String>> evidence() {
    return Arbitraries.of(List.of("By Jane Doe"), List.of("December 4, 2024"), List.of("By Jane Doe", "December 4, 2024"));
  }
}
