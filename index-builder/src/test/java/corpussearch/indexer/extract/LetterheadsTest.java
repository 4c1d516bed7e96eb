package corpussearch.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A PDF's letterhead as pdftotext keeps it, the issuer in capitals on the left and the series on
 * the right ("INSTITUTE FOR SAHEL SECURITY STUDIES          COMMENTARY"): the issuer is the outlet.
 * A headline or a table row set with wide gaps, or a right column that is no series, names nothing.
 */
class LetterheadsTest {

  private static final String STORY =
      "Officials said the ferry would keep its winter timetable after residents filled the council chamber on Tuesday"
          + " night, and that the cost would be shared with the two neighbouring districts.";

  @Property(tries = 80)
  void theIssuerOfALetterheadIsTheOutlet(@ForAll("issuers") String issuer, @ForAll("series") String series,
      @ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll(supplier = Layouts.People.class) String person) {
    String top = issuer.toUpperCase(Locale.ROOT) + "                    " + series;
    List<String> lines = List.of(top, "", headline, "", person, "6 October 2025", "", STORY, "", STORY);

    assertThat(Letterheads.issuer(top)).contains(issuer.toUpperCase(Locale.ROOT));
    assertThat(OutletNames.comparable(Layouts.extract(lines).metadata().outlet().value())).isEqualTo(OutletNames.comparable(issuer));
  }

  @Property(tries = 60)
  void otherColumnedLinesNameNothing(@ForAll("issuers") String issuer, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    assertThat(Letterheads.issuer(issuer.toUpperCase(Locale.ROOT) + "      NAIROBI")).isEmpty();
    assertThat(Letterheads.issuer(issuer + "      Commentary")).isEmpty();
    assertThat(Letterheads.issuer(headline + "      COMMENTARY")).isEmpty();
    assertThat(Letterheads.issuer("Total arrivals      1,204      Commentary")).isEmpty();
  }

  @Provide
  Arbitrary<String> issuers() {
    return Combinators.combine(Arbitraries.of("Institute for", "Centre for", "Forum on"),
            Arbitraries.of("Sahel", "Island", "Maritime", "Regional"), Arbitraries.of("Security Studies", "Security", "Policy"))
        .as((a, b, c) -> a + " " + b + " " + c);
  }

  @Provide
  Arbitrary<String> series() {
    return Arbitraries.of("COMMENTARY", "Commentary No. 2025/41", "LIMS Commentary No. 117/2025", "POLICY BRIEF", "Policy Brief 12",
        "ANALYSIS", "Working Paper No. 7");
  }
}
