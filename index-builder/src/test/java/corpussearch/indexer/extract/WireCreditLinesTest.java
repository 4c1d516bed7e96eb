package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Articles.paragraph;
import static corpussearch.indexer.extract.Layouts.extract;
import static corpussearch.indexer.extract.MetadataField.AUTHOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The credit that closes a wire story, each reporter with where they filed from, "Reporting by A at
 * the United Nations and B in Dakar; Editing by C": the reporters are the authors, wherever they
 * were and however the place is written, the editors never. Its additional reporters are authors
 * too where the credit is the story's only byline. Prose that mentions reporting by an institution
 * names nobody.
 */
class WireCreditLinesTest {

  @Property(tries = 80)
  void theReportersOfAClosingCreditAreTheAuthors(@ForAll("names") String first, @ForAll("names") String second, @ForAll("places") String firstPlace,
      @ForAll("places") String secondPlace, @ForAll("names") String editor, @ForAll boolean two) {
    Assume.that(!first.equals(second) && !editor.equals(first) && !editor.equals(second));
    String reporters = first + " " + firstPlace + (two ? " and " + second + " " + secondPlace : "");
    List<String> lines = List.of("Council debates the harbour levy again", "", paragraph("the harbour"), "", paragraph("the levy"), "",
        "Reporting by " + reporters + "; Editing by " + editor);

    assertThat(extract(lines).metadata().get(AUTHOR).value()).isEqualTo(two ? first + " and " + second : first);
  }

  @Property(tries = 60)
  void additionalReportersOfTheOnlyCreditAreAuthorsButNotTheEditors(@ForAll("names") String reporter, @ForAll("names") String additional,
      @ForAll("names") String editor, @ForAll("places") String place, @ForAll("places") String otherPlace, @ForAll boolean lowerCase) {
    Assume.that(!reporter.equals(additional) && !editor.equals(reporter) && !editor.equals(additional));
    List<String> lines = List.of("Gunmen attack fishing camp on the lake", "", "March 3, 2025 4:12 PM GMT+1", "", paragraph("the camp"), "",
        paragraph("the islands"), "", "Reporting by " + reporter + " " + place + "; " + (lowerCase ? "additional" : "Additional")
            + " reporting by " + additional + " " + otherPlace + "; Editing by " + editor);

    assertThat(extract(lines).metadata().get(AUTHOR).value()).isEqualTo(reporter + " and " + additional);
  }

  @Property(tries = 40)
  void underAStoryWithItsOwnBylineTheCreditAddsNoAuthor(@ForAll("names") String reporter, @ForAll("names") String additional,
      @ForAll("places") String place) {
    Assume.that(!reporter.equals(additional));
    List<String> lines = List.of("Gunmen attack fishing camp on the lake", "", "By " + reporter, "March 3, 2025", "", paragraph("the camp"), "",
        paragraph("the islands"), "", "Reporting by " + reporter + " " + place + "; Additional reporting by " + additional + "; Editing by Ruth Kell");
    List<String> alone = List.of("Gunmen attack fishing camp on the lake", "", "March 3, 2025", "", paragraph("the camp"), "",
        paragraph("the islands"), "", "Additional reporting by " + additional + " " + place);

    assertThat(extract(lines).metadata().get(AUTHOR).value()).isEqualTo(reporter);
    assertThat(extract(alone).metadata().get(AUTHOR).value()).isNull();
  }

  @Property(tries = 20)
  void reportingByAnInstitutionNamesNobody(@ForAll("places") String place) {
    assertThat(CreditLines.reporters("Reporting by the regional statistics office " + place + " found costs had doubled.")).isEmpty();
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.of("Lena Whitcombe", "Karim Bensaid", "Paul Rendell", "Grace Amadi", "Tomasz Wieczorek", "Amara Okafor");
  }

  @Provide
  Arbitrary<String> places() {
    return Arbitraries.of("in Dakar", "at the United Nations", "in the Hague", "at the White House", "from New York", "in Abidjan");
  }
}
