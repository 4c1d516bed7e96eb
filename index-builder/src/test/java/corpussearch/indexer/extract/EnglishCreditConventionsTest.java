package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Articles.paragraph;
import static corpussearch.indexer.extract.Layouts.extract;
import static corpussearch.indexer.extract.MetadataField.AUTHOR;
import static corpussearch.indexer.extract.MetadataField.OUTLET;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * How English-language pages credit a story's writer and paper, generated over people and papers:
 * "By Jane Doe For The Kestrel Herald", "Jane Doe - Reporter", "By Jane Doe, Kestrel Herald", a
 * closing "Source: Kestrel Herald", a first line "Headline - Kestrel Herald", "Jane Doe | Kestrel
 * Herald | date", the name under a date printed first, a press release's issuer under "FOR
 * IMMEDIATE RELEASE". The writer is the author, the paper the outlet; a place after the name, or a
 * figure's source, is neither.
 */
class EnglishCreditConventionsTest {

  @Property(tries = 60)
  void theWriterIsTheAuthorAndThePaperTheOutlet(
      @ForAll(supplier = Layouts.People.class) String person, @ForAll(supplier = Layouts.Outlets.class) String outlet,
      @ForAll("credits") String credit, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    String[] form = credit.split("@", -1);
    List<String> lines = List.of(headline + form[0].replace("OUTLET", outlet), "", form[1].replace("NAME", person).replace("OUTLET", outlet),
        "5 December 2024", "", paragraph("the ferry"), "", paragraph("the timetable"), "", form[2].replace("OUTLET", outlet));

    Extraction extraction = extract(lines);
    assertThat(extraction.metadata().get(AUTHOR).value()).isEqualTo(person);
    assertThat(extraction.metadata().get(OUTLET).value()).isEqualTo(outlet);
  }

  /** "By Jane Doe, Kirkwall": where she filed from is no paper; "Source: Ministry of Health" credits a figure. */
  @Property(tries = 40)
  void aPlaceOrAFiguresSourceIsNoOutlet(
      @ForAll(supplier = Layouts.People.class) String person, @ForAll("places") String place,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> lines = List.of(headline, "", "By " + person + ", " + place, "5 December 2024", "", paragraph("the ferry"), "",
        paragraph("the timetable"), "", "Source: Ministry of Health");

    Extraction extraction = extract(lines);
    assertThat(extraction.metadata().get(OUTLET).value()).isNull();
    assertThat(extraction.metadata().get(AUTHOR).value()).startsWith(person);
  }

  @Property(tries = 40)
  void aPressReleaseIsIssuedByTheBodyUnderItsKindLabel(
      @ForAll("kinds") String kind, @ForAll("bodies") String body, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> lines = List.of(kind, "", body.toUpperCase(java.util.Locale.ROOT), "", headline, "", "5 December 2024", "",
        paragraph("the ferry"), "", paragraph("the timetable"), "", "ENDS");

    assertThat(extract(lines).metadata().get(OUTLET).value()).isEqualToIgnoringCase(body);
  }

  /** A page that prints its date first sets the byline under it: "5 December 2024" over "Jane Doe". */
  @Property(tries = 40)
  void theNameUnderTheDateIsTheAuthorAndAPaperThereIsNot(
      @ForAll(supplier = Layouts.People.class) String person, @ForAll(supplier = Layouts.Outlets.class) String outlet,
      @ForAll boolean paperUnderDate, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> lines = List.of(headline, "", "Thursday, December 5, 2024", paperUnderDate ? outlet : person, "",
        paragraph("the ferry"), "", paragraph("the timetable"));

    assertThat(extract(lines).metadata().get(AUTHOR).value()).isEqualTo(paperUnderDate ? null : person);
  }

  /** "Jane Doe | Kestrel Herald | 5 December 2024" under the headline: the paper is the outlet. */
  @Property(tries = 40)
  void aPaperAmongABylinesPartsIsTheOutlet(
      @ForAll(supplier = Layouts.People.class) String person, @ForAll(supplier = Layouts.Outlets.class) String outlet,
      @ForAll("dots") String dot, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> lines = List.of(headline, String.join(dot, person, outlet, "5 December 2024"), "", paragraph("the ferry"), "",
        paragraph("the timetable"));

    Extraction extraction = extract(lines);
    assertThat(extraction.metadata().get(AUTHOR).value()).isEqualTo(person);
    assertThat(extraction.metadata().get(OUTLET).value()).isEqualTo(outlet);
  }

  @Provide
  Arbitrary<String> kinds() {
    return Arbitraries.of("FOR IMMEDIATE RELEASE", "PRESS RELEASE", "Media release", "NEWS RELEASE");
  }

  @Provide
  Arbitrary<String> bodies() {
    return Arbitraries.of("Lowmarsh District Council", "Falkland Islands Government", "Riverton Harbour Authority");
  }

  @Provide
  Arbitrary<String> dots() {
    return Arbitraries.of(" | ", " · ", " • ");
  }

  /** Title tail, byline and footer of a form, set apart by "@"; OUTLET and NAME stand for the paper and the writer. */
  @Provide
  Arbitrary<String> credits() {
    return Arbitraries.of("@By NAME For OUTLET@", "@By NAME for OUTLET@", "@NAME - Reporter@Source: OUTLET",
        "@By NAME, OUTLET@", "@By NAME@Source: OUTLET", " - OUTLET@By NAME@", " | OUTLET@NAME, Staff Writer@");
  }

  @Provide
  Arbitrary<String> places() {
    return Arbitraries.of("Kirkwall", "Nairobi", "Port Moresby");
  }
}
