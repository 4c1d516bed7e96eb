package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Articles.paragraph;
import static corpussearch.indexer.extract.Layouts.extract;
import static corpussearch.indexer.extract.MetadataField.DATE;
import static corpussearch.indexer.extract.MetadataField.OUTLET;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A wire agency's client copy: the service's long name atop ("AUSWIRE NATIONAL SERVICE"), a header
 * row of fields set apart by wide gaps ("Filed: 19/11/2024 16:42 AEST   Words: 402   Priority:
 * Routine"), and the agency's short name in its sign-off and copyright line. Generated over
 * brands, scopes, field orders and dates: the date is the filed one, and the outlet the short name
 * the agency signs with (a slashed date is day-first where its day says so). Where nothing else uses a short name, the long one stays.
 */
class WireClientCopyTest {

  @Property(tries = 80)
  void theFiledDateAndTheSignedNameAreRead(
      @ForAll("brands") String brand, @ForAll("scopes") String scope, @ForAll(supplier = Layouts.Dates.class) LocalDate date,
      @ForAll("fieldOrders") List<String> others, @ForAll boolean dayFirst, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    Assume.that(!dayFirst || date.getDayOfMonth() > 12); // "02/01/2005" alone may be read either way: unknown is right
    String filed = "Filed: " + date.format(DateTimeFormatter.ofPattern(dayFirst ? "dd/MM/yyyy" : "d MMM yyyy", Locale.ENGLISH)) + " 16:42 AEST";
    List<String> row = new ArrayList<>(others);
    row.add(others.size() / 2, filed);
    List<String> lines = List.of((brand + " " + scope).toUpperCase(Locale.ROOT), "=".repeat(50), String.join("   ", row),
        "Headline: " + headline, "=".repeat(50), "", paragraph("the levee"), "", paragraph("the rain"), "",
        "Reporting by Hayden Pryce; Editing by Kate Lowe", brand.toUpperCase(Locale.ROOT) + " hp/kl", "",
        "(c) " + date.getYear() + " " + brand.toUpperCase(Locale.ROOT) + " Pty Ltd. For use by licensed subscribers only.");

    Extraction extraction = extract(lines);

    assertThat(extraction.metadata().get(DATE).value()).isEqualTo(date.toString());
    assertThat(extraction.metadata().get(OUTLET).value()).isEqualToIgnoringCase(brand);
  }

  @Property(tries = 30)
  void aServicesLongNameStaysWhenNothingSignsShort(
      @ForAll("brands") String brand, @ForAll("scopes") String scope, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    String name = brand + " " + scope;
    List<String> lines = List.of(name.toUpperCase(Locale.ROOT), "", headline, "By Hayden Pryce", "19 November 2024", "",
        paragraph("the levee"), "", paragraph("the rain"), "", "(c) 2024 " + name + ". All rights reserved.");

    assertThat(extract(lines).metadata().get(OUTLET).value()).isEqualToIgnoringCase(name);
  }

  @Provide
  Arbitrary<String> brands() {
    return Arbitraries.of("Auswire", "Kiwipress", "Andeswire", "Baltnews", "Sahelpress");
  }

  @Provide
  Arbitrary<String> scopes() {
    return Arbitraries.of("National Service", "International News Service", "News Agency", "English Service", "Wire Service");
  }

  @Provide
  Arbitrary<List<String>> fieldOrders() {
    return Arbitraries.of(List.of("Words: 402"), List.of("Story: 14-0382", "Words: 402"), List.of("Priority: Routine", "402 words"),
        List.of("Desk: QLD", "Words: 402", "Pages: 2"));
  }
}
