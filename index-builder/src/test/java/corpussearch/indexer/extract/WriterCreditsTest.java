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
 * Who a credit at the top makes the writer: "Photos and text by A", "Words and pictures by A" credit
 * A with the words too, "Photos by B" does not; "By Continental Wire", a publication credited with
 * the copy, is no writer, so the reporters the closing wire credit names are.
 */
class WriterCreditsTest {

  @Property(tries = 60)
  void aWriterWhoAlsoTookThePicturesIsTheAuthor(@ForAll(supplier = Layouts.People.class) String person, @ForAll("credits") String credit) {
    List<String> lines = List.of("FEATURE", "", "In tarpaulin classrooms, displaced children learn to read", "", credit + " " + person,
        "20 March 2025", "", paragraph("the classrooms"), "", paragraph("the teachers"));

    assertThat(extract(lines).metadata().get(AUTHOR).value()).isEqualTo(person);
  }

  @Property(tries = 40)
  void aPhotographerCreditedBesideTheBylineIsNoAuthor(@ForAll(supplier = Layouts.People.class) String writer, @ForAll(supplier = Layouts.People.class) String photographer) {
    Assume.that(!writer.equals(photographer));
    List<String> lines = List.of("In tarpaulin classrooms, displaced children learn to read", "", "By " + writer, "Photos by " + photographer,
        "20 March 2025", "", paragraph("the classrooms"), "", paragraph("the teachers"));

    assertThat(extract(lines).metadata().get(AUTHOR).value()).isEqualTo(writer);
  }

  @Property(tries = 60)
  void aPublicationInTheBylineGivesWayToTheReportersOfTheWireCredit(@ForAll("publications") String publication, @ForAll(supplier = Layouts.People.class) String reporter,
      @ForAll boolean withDate) {
    List<String> lines = List.of("Gunmen kill five in raid on displacement camp", "", "By " + publication + (withDate ? " - March 21, 2025" : ""),
        "March 21, 2025", "", paragraph("the camp"), "", paragraph("the trench"), "", "(Reporting by " + reporter + " in Maiduguri; Editing by Ruth Kell)");
    List<String> uncredited = lines.subList(0, lines.size() - 2);

    assertThat(extract(lines).metadata().get(AUTHOR).value()).isEqualTo(reporter);
    assertThat(extract(uncredited).metadata().get(AUTHOR).value()).isNull();
  }

  @Provide
  Arbitrary<String> credits() {
    return Arbitraries.of("Photos and text by", "Text and photos by", "Words and pictures by", "Photographs and words by", "Story and video by",
        "Pictures & text by");
  }

  @Provide
  Arbitrary<String> publications() {
    return Arbitraries.oneOf(Arbitraries.of("Continental Wire", "Sahel Wire", "Valley Times", "Harbour Post"), Layouts.agencies());
  }
}
