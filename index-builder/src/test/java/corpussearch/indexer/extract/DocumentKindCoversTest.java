package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Articles.paragraph;
import static corpussearch.indexer.extract.Layouts.extract;
import static corpussearch.indexer.extract.MetadataField.OUTLET;
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
 * A research paper as pdftotext leaves it: the document's kind on the cover where a paper prints its
 * name ("POLICY BRIEF" over "No. 47 | February 2025"), the institute in the running header and the
 * copyright line. The kind names the series, never the outlet; a publication whose name ends in
 * such a word ("The Harbour Brief", "Kestrel Policy Review") is still its masthead.
 */
class DocumentKindCoversTest {

  @Property(tries = 80)
  void aDocumentsKindOnTheCoverIsNoOutlet(@ForAll("kinds") String kind, @ForAll("institutes") String institute, @ForAll boolean capitals,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    String cover = capitals ? kind.toUpperCase(Locale.ROOT) : kind;
    List<String> lines = List.of(cover, "No. 47 | February 2025", "", headline, "", "Efua Mensah-Darko and Julien Arsenault", "",
        "17 February 2025", "", paragraph("the border districts"), "",
        institute.toUpperCase(Locale.ROOT) + "                     " + kind.toUpperCase(Locale.ROOT) + " 47", "",
        paragraph("the coastal states"), "", "© " + institute + " 2025. All rights reserved.");

    String outlet = extract(lines).metadata().get(OUTLET).value();
    assertThat(outlet).isNotEqualToIgnoringCase(kind);
    assertThat(outlet == null || outlet.equalsIgnoreCase(institute)).as(outlet).isTrue();
  }

  @Property(tries = 40)
  void aPublicationNamedAfterItsKindKeepsItsMasthead(@ForAll("publications") String name) {
    assertThat(OutletNames.isSectionName(name)).isFalse();
  }

  @Provide
  Arbitrary<String> kinds() {
    return Combinators.combine(Arbitraries.of("Policy", "Issue", "Research", "Briefing", "Discussion", "Working", "Occasional", "Background"),
        Arbitraries.of("Brief", "Paper", "Note", "Report", "Memo")).as((what, form) -> what + " " + form);
  }

  @Provide
  Arbitrary<String> institutes() {
    return Arbitraries.of("Halden Institute for Security Studies", "Centre for Maritime Affairs", "Kestrel Policy Institute",
        "Sahel Research Foundation");
  }

  @Provide
  Arbitrary<String> publications() {
    return Arbitraries.of("The Harbour Brief", "Kestrel Policy Review", "Morning Briefing Daily", "The Research Report Weekly",
        "Daily Brief", "White Paper Review", "The Working Papers Blog");
  }
}
