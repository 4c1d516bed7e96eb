package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Articles.paragraph;
import static corpussearch.indexer.extract.Layouts.extract;
import static corpussearch.indexer.extract.MetadataField.AUTHOR;
import static corpussearch.indexer.extract.MetadataField.DATE;
import static corpussearch.indexer.extract.MetadataField.OUTLET;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * An agency's page as a copy keeps it: its masthead over a dotted date is no writer's name; the
 * dotted date is read in the order the dateline spells the same day ("04.01.2024" under "MOSCOW,
 * January 4."); the copyright's range of years is no part of the holder's name. And a date line in
 * French with the update after a comma ("Publié le …, mis à jour le …") gives the publication.
 */
class AgencyPagesAndForeignDatesTest {

  @Property(tries = 60)
  void anAgencysPageIsReadWithoutTakingItsMastheadForAWriter(@ForAll("agencies") String agency, @ForAll @IntRange(min = 1, max = 12) int day,
      @ForAll @IntRange(min = 1, max = 12) int month, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    LocalDate date = LocalDate.of(2024, month, day);
    String initials = agency.replaceAll("[^\\p{Lu}]", "");
    List<String> page = List.of(agency.toUpperCase(Locale.ROOT) + " / " + initials + " English Service",
        "World | Russia | Economy | Science | Sport", "", date.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")) + ", 16:27", "", headline, "",
        "MOSCOW, " + date.format(DateTimeFormatter.ofPattern("MMMM d", Locale.ENGLISH)) + ". /" + initials + "/. " + paragraph("the talks"), "",
        paragraph("the border"), "", "© " + initials + " 1999-2024");

    assertThat(extract(page).metadata().get(AUTHOR).isKnown()).isFalse();
    assertThat(extract(page).metadata().get(DATE).value()).isEqualTo(date.toString());
    assertThat(extract(page).metadata().get(OUTLET).value()).doesNotContain("1999");
  }

  @Provide
  Arbitrary<String> agencies() {
    return Arbitraries.of("Volga-Press Agency", "Ural News Agency", "Caspian Press Agency");
  }

  @Property(tries = 40)
  void aFrenchDateLineWithItsUpdateAfterACommaGivesThePublication(@ForAll(supplier = Layouts.Dates.class) LocalDate date,
      @ForAll("updates") String update) {
    String line = "Publié le " + date.format(DateTimeFormatter.ofPattern("dd MMMM yyyy", Locale.FRENCH)) + " à 19h12, " + update + " "
        + date.plusDays(1).format(DateTimeFormatter.ofPattern("dd MMMM yyyy", Locale.FRENCH)) + " à 08h30";
    List<String> page = List.of("LE COURRIER", "", "Les capitales du Golfe condamnent l'attentat", "", "Par Jean Dupont", line, "",
        "Les condamnations se sont succédé jeudi dans les capitales du Golfe, au lendemain du double attentat qui a fait des morts.", "",
        "Riyad, Abou Dhabi, Doha, Mascate et Koweït ont publié des communiqués exprimant leur solidarité avec le peuple iranien.");

    assertThat(extract(page).metadata().get(DATE).value()).isEqualTo(date.toString());
  }

  @Provide
  Arbitrary<String> updates() {
    return Arbitraries.of("mis à jour le", "Mis à jour le", "modifié le");
  }
}
