package corpussearch.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A copied page's byline without a label, a name over its date line: the place the story was filed
 * from may stand between them in capitals ("GAZİANTEP"), and the name may carry it after "in",
 * spelled with a lower-case particle ("Martha Quinn in al-Busayrah"). The name is the author; the
 * place never is.
 */
class BylinesOverTheirDateTest {
  private static final String STANDFIRST = "Prosecutors say the network collected money under the cover of charity and sent it across the border";
  private static final String PROSE = "Security forces detained nine people in raids across two provinces on suspicion of raising money for an"
      + " armed group, the governor's office said on Thursday, adding that the operation had begun before dawn.";

  @Property(tries = 60)
  void aNameOverAPlaceInCapitalsOverItsDateIsTheAuthor(
      @ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll(supplier = Layouts.People.class) String author,
      @ForAll("capitalPlaces") String place, @ForAll("dates") String date) {
    List<String> lines = List.of(headline, STANDFIRST, author, place, date, PROSE);

    assertThat(Layouts.extract(lines).metadata().author().value()).isEqualTo(author);
  }

  @Property(tries = 60)
  void aNameFilingFromAPlaceWithAParticleIsTheAuthor(
      @ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll(supplier = Layouts.People.class) String author,
      @ForAll("particlePlaces") String place, @ForAll("dates") String date) {
    List<String> lines = List.of(headline, STANDFIRST, author + " in " + place, date, PROSE);

    assertThat(Layouts.extract(lines).metadata().author().value()).isEqualTo(author);
  }

  @Provide
  Arbitrary<String> capitalPlaces() {
    return Arbitraries.of("GAZİANTEP", "BAGHDAD", "NEW YORK", "DEIR EZ-ZOR", "RAS AL-AIN", "ŞANLIURFA");
  }

  @Provide
  Arbitrary<String> particlePlaces() {
    return Arbitraries.of("al-Busayrah", "al-Hol", "ad-Dawr", "el-Fasher", "as-Sukhnah");
  }

  @Provide
  Arbitrary<String> dates() {
    return Arbitraries.of("06.03.2025 14:22", "Tue 8 Apr 2025 06.00 BST", "March 6, 2025", "6 March 2025", "2025-03-06 09:05");
  }
}
