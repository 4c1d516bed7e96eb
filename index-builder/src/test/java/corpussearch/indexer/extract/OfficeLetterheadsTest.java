package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Articles.paragraph;
import static corpussearch.indexer.extract.Layouts.extract;
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
 * Round 38's release letterheads, generated: a government's name in capitals over the office that
 * issues, written in ordinary case ("GOVERNMENT OF KHYBER PAKHTUNKHWA" / "Khyber Pakhtunkhwa Prisons
 * Department" / "Jail Road, Peshawar"): the office is the outlet and the headline below the release's
 * labels the title. Left alone: a person's name under the government's line, which makes no letterhead.
 */
class OfficeLetterheadsTest {

  private static List<String> release(String government, String office, String address, String headline) {
    return List.of(government, office, address, "", "PRESS RELEASE", "FOR IMMEDIATE RELEASE", "", headline, "",
        paragraph("the prisons"), "", paragraph("the programme"));
  }

  /** The government over its office and the office's address: the office issues, the headline is the title. */
  @Property(tries = 40)
  void anOfficeInOrdinaryCaseUnderItsGovernmentIsTheOutlet(@ForAll("provinces") String province, @ForAll("offices") String office,
      @ForAll("addresses") String address, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    String issuer = province + " " + office;
    ArticleMetadata found = extract(release("GOVERNMENT OF " + province.toUpperCase(Locale.ROOT), issuer, address, headline)).metadata();

    assertThat(found.outlet().value()).isEqualTo(issuer);
    assertThat(found.title().value()).isEqualTo(headline);
  }

  /** A person's name under the government's line: no office, and the person is no outlet. */
  @Property(tries = 30)
  void aPersonUnderTheGovernmentsLineIsNoOffice(@ForAll("provinces") String province, @ForAll(supplier = Layouts.People.class) String person,
      @ForAll("addresses") String address, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    ArticleMetadata found = extract(release("GOVERNMENT OF " + province.toUpperCase(Locale.ROOT), person, address, headline)).metadata();

    assertThat(found.outlet().value()).isNotEqualTo(person);
  }

  @Provide
  Arbitrary<String> provinces() {
    return Arbitraries.of("Khyber Pakhtunkhwa", "Sindh", "Balochistan", "Gilgit-Baltistan", "Punjab");
  }

  @Provide
  Arbitrary<String> offices() {
    return Arbitraries.of("Prisons Department", "Home Department", "Counter Terrorism Department", "Information Department",
        "Public Service Commission");
  }

  @Provide
  Arbitrary<String> addresses() {
    return Combinators.combine(Arbitraries.of("Jail Road", "Civil Secretariat", "Mall Road", "Shahrah-e-Quaideen"),
        Arbitraries.of("Peshawar", "Karachi", "Quetta", "Lahore")).as((street, city) -> street + ", " + city);
  }
}
