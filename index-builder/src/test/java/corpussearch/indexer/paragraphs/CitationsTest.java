package corpussearch.indexer.paragraphs;

import static corpussearch.indexer.paragraphs.Articles.P1;
import static corpussearch.indexer.paragraphs.Articles.P2;
import static corpussearch.indexer.paragraphs.Articles.split;
import static corpussearch.indexer.paragraphs.Articles.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A "cite this" entry for the piece itself, authors as "Surname, I." before the year in brackets,
 * with or without its label, is dropped; story sentences naming authors, years, places and initials stay.
 */
class CitationsTest {

  @Property(tries = 80)
  void aReferenceToThePieceIsDropped(@ForAll("labels") String label, @ForAll("authors") List<String> authors,
      @ForAll("rests") String rest) {
    String entry = label + String.join(authors.size() == 2 ? " and " : ", ", authors) + " (2025) " + rest;

    assertThat(texts(split(P1, P2, entry))).containsExactly(P1, P2);
  }

  @Property(tries = 20)
  void storySentencesWithAuthorsYearsAndInitialsStay(@ForAll("prose") String prose) {
    assertThat(texts(split(P1, prose, P2))).containsExactly(P1, prose, P2);
  }

  @Provide
  Arbitrary<String> labels() {
    return Arbitraries.of("", "Suggested citation: ", "Cite as: ", "How to cite this commentary: ", "Citation: ");
  }

  @Provide
  Arbitrary<List<String>> authors() {
    Arbitrary<String> surname = Arbitraries.of("Delfin", "Sow", "Dubreuil", "Reyes-Ong", "O'Neill", "Van Dijk");
    Arbitrary<String> initials = Arbitraries.of("J.", "A.", "N. A.", "P.J.");
    return Combinators.combine(surname, initials).as((s, i) -> s + ", " + i).list().ofMinSize(1).ofMaxSize(3);
  }

  @Provide
  Arbitrary<String> rests() {
    return Arbitraries.of("RSPC Commentary 2025/31. Regional Security Policy Centre.",
        "\"Recruitment, ransom and gold\", Policy Brief No. 31, Sahel Policy Institute, Dakar.",
        "Why the front keeps coming back. LIMS Commentary No. 117/2025.");
  }

  @Provide
  Arbitrary<String> prose() {
    return Arbitraries.of(
        "Delfin (2025) found that kidnappings at sea fell by half after the patrols began.",
        "Washington, D.C., has seen a rise in such cases since 2024, the report said.",
        "Sow, a researcher in Dakar, said the figures for 2024 were the highest on record.",
        "Reyes, J. P. Santos and two others were charged on Monday (the hearing is set for 2026).",
        "A study by Dubreuil and colleagues (2023) reached the same conclusion.");
  }
}
