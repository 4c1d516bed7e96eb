package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Articles.extract;
import static corpussearch.indexer.extract.Articles.paragraph;
import static corpussearch.indexer.extract.MetadataField.TITLE;
import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A headline a report's title page or a narrow column breaks after a comma ("Harbour plan needs
 * money," / "not just a vote"): the clause in lower case that closes the block is the headline's
 * end, while prose wrapped after a comma runs on over more lines and is no headline.
 */
class CommaBrokenHeadlinesTest {

  @Property(tries = 60)
  void aClauseInLowerCaseClosingTheBlockEndsTheHeadline(@ForAll("heads") String head, @ForAll("clauses") String clause, @ForAll boolean labelled) {
    Extraction result = extract(labelled ? "COMMENTARY" : "KESTREL POLICY FORUM", "17 March 2025", "", head + ",", clause, "",
        "The council has argued for years about who should pay, and nothing has been settled.", "", "Amara Okafor", "",
        paragraph("the harbour"), "", paragraph("the council"));

    assertThat(result.metadata().get(TITLE).value()).isEqualTo(head + ", " + clause);
  }

  /** A story's first paragraph wrapped after a comma: its lines are never joined into a headline. */
  @Property(tries = 40)
  void proseWrappedAfterACommaIsNoHeadline(@ForAll("heads") String head, @ForAll("clauses") String clause) {
    Extraction result = extract("Harbour dredging to resume in spring", "", head + ",", clause + " and the council said on Tuesday that",
        "the work would take two summers to finish.", "", paragraph("the harbour"));

    assertThat(result.metadata().get(TITLE).value()).isEqualTo("Harbour dredging to resume in spring");
  }

  @Provide
  Arbitrary<String> heads() {
    return Arbitraries.of("The harbour plan needs money", "Dredging resumes at last", "Fishers want a voice", "Rains return to the delta");
  }

  @Provide
  Arbitrary<String> clauses() {
    return Arbitraries.of("not just a vote", "but costs keep rising", "and a seat at the table", "yet the wells stay dry");
  }
}
