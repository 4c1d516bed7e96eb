package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Articles.paragraph;
import static corpussearch.indexer.extract.Layouts.extract;
import static corpussearch.indexer.extract.MetadataField.AUTHOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Malay names with the titles they carry ("Hjh Nurul Aini Hj Abdullah", "Pg Hj Rosli bin Pg
 * Ahmad"), generated: the byline gives the whole name, titles and all, though it is longer than
 * the four words a name has elsewhere; titles alone name nobody.
 */
class MalayNameTitlesTest {

  @Property(tries = 80)
  void aBylineNameWithItsTitlesIsTheAuthor(@ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll("names") String name) {
    List<String> lines = List.of(headline, "", "Written by " + name, "", paragraph("the night market"), "", paragraph("the stalls"));

    assertThat(extract(lines).metadata().get(AUTHOR).value()).isEqualTo(name);
  }

  @Property(tries = 20)
  void titlesAloneAreNoName(@ForAll("titles") String title, @ForAll("titles") String other) {
    assertThat(PersonNames.isName(title + " " + other, false)).isFalse();
  }

  @Provide
  Arbitrary<String> titles() {
    return Arbitraries.of("Hj", "Hjh", "Haji", "Hajah", "Pg", "Dk", "Awg", "Dato");
  }

  @Provide
  Arbitrary<String> names() {
    return Combinators.combine(titles(), Arbitraries.of("Nurul Aini", "Rosli", "Siti Norhayati", "Mohd Faizal"),
            Arbitraries.of(" Hj ", " bin ", " binti ", " "), Arbitraries.of("Abdullah", "Ahmad", "Yusof"))
        .as((title, given, joiner, surname) -> title + " " + given + joiner + surname);
  }
}
