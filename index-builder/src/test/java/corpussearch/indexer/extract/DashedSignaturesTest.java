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
 * Reporters who sign under the story's last paragraph, their names set apart by dashes, as
 * Vietnamese, Indonesian and Latin American sites do ("Nguyễn Thị Lan - Trần Văn Minh"): generated,
 * the names found; a closing sentence with a dash in it names nobody.
 */
class DashedSignaturesTest {

  @Property(tries = 80)
  void namesSetApartByDashesUnderTheStoryAreItsAuthors(
      @ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll("names") String first, @ForAll("names") String second,
      @ForAll("dashes") String dash) {
    Assume.that(!first.equals(second));
    List<String> lines = List.of(headline, "", paragraph("the langurs"), "", paragraph("the shuttles"), "", first + dash + second, "",
        "Share   Like 214   Comment");

    assertThat(extract(lines).metadata().get(AUTHOR).value()).isEqualTo(AuthorLineRules.joined(List.of(first, second)));
  }

  @Property(tries = 30)
  void aClosingSentenceWithADashNamesNobody(@ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll("dashes") String dash) {
    List<String> lines = List.of(headline, "", paragraph("the langurs"), "", "The ban starts in November" + dash + "officials said.");

    assertThat(extract(lines).metadata().get(AUTHOR).value()).isNull();
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.of("Nguyễn Thị Lan", "Trần Văn Minh", "Dewi Lestari", "Budi Santoso", "María José Pérez", "Phạm Quốc Bảo");
  }

  @Provide
  Arbitrary<String> dashes() {
    return Arbitraries.of(" - ", " – ", " — ");
  }
}
