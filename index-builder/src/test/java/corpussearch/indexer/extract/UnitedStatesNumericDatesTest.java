package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Articles.paragraph;
import static corpussearch.indexer.extract.Layouts.extract;
import static corpussearch.indexer.extract.MetadataField.DATE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A numeric date whose parts could both be the month ("12.04.2024", "03/05/2024") on a page that
 * shows it is American (a clock time in a US zone, an AP dateline with a state's abbreviation) is
 * read month first; the same page without that evidence reads a dotted date day first. A copyright
 * line that names a person ("© 2024 Mick Dunne") is the writer's, not an outlet.
 */
class UnitedStatesNumericDatesTest {

  @Property(tries = 80)
  void anAmericanPageReadsItsNumericDateMonthFirst(
      @ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll(supplier = Layouts.People.class) String person,
      @ForAll("ambiguousDates") LocalDate date, @ForAll("separators") String separator, @ForAll("americanLines") String american,
      @ForAll boolean evidenceInDateline) {
    String numeric = String.format("%02d%s%02d%s%d", date.getMonthValue(), separator, date.getDayOfMonth(), separator, date.getYear());
    String opening = (evidenceInDateline ? american : "RIVERTON —") + " " + paragraph("the water authority");
    List<String> lines = List.of(headline, "", "By " + person, numeric, evidenceInDateline ? "" : "Updated 4:10 p.m. EST", "",
        opening, "", paragraph("the board"));

    assertThat(extract(lines).metadata().get(DATE).value()).isEqualTo(date.toString());
  }

  @Property(tries = 80)
  void aDottedDateOnAPageThatSaysNothingAmericanIsDayFirst(
      @ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll(supplier = Layouts.People.class) String person,
      @ForAll("ambiguousDates") LocalDate date, @ForAll("elsewhere") String dateline) {
    String numeric = String.format("%02d.%02d.%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    List<String> lines = List.of(headline, "", "By " + person, numeric, "", dateline + " " + paragraph("the water authority"), "", paragraph("the board"));

    assertThat(extract(lines).metadata().get(DATE).value()).isEqualTo(date.toString());
  }

  @Provide
  Arbitrary<LocalDate> ambiguousDates() {
    return net.jqwik.api.Combinators.combine(Arbitraries.integers().between(1, 12), Arbitraries.integers().between(1, 12),
        Arbitraries.integers().between(2015, 2025)).filter((month, day, year) -> !month.equals(day)).as((month, day, year) -> LocalDate.of(year, month, day));
  }

  @Provide
  Arbitrary<String> separators() {
    return Arbitraries.of(".", "/", "-");
  }

  @Provide
  Arbitrary<String> americanLines() {
    return Arbitraries.of("DULUTH, Minn. —", "SANTA FE, N.M. —", "SALEM, Ore. —", "LITTLE ROCK, Ark. —", "TRENTON, N.J. –");
  }

  @Provide
  Arbitrary<String> elsewhere() {
    return Arbitraries.of("SUVA, Fiji —", "LJUBLJANA —", "KAMPALA, Uganda —", "DARWIN —");
  }
}
