package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Articles.paragraph;
import static corpussearch.indexer.extract.Layouts.extract;
import static corpussearch.indexer.extract.MetadataField.AUTHOR;
import static corpussearch.indexer.extract.MetadataField.DATE;
import static corpussearch.indexer.extract.MetadataField.OUTLET;
import static corpussearch.indexer.extract.MetadataField.TITLE;
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

/**
 * Who wrote a story when a byline credits pictures too, when a label names the author surname
 * first or shares its line with the photographer's label, and what a newspaper database's
 * citation line says; dates beside an update in another language or a place.
 */
class CreditsAndRecordsTest {

  @Property(tries = 60)
  void aNameCreditedForPicturesIsNoAuthor(
      @ForAll(supplier = Layouts.People.class) String writer, @ForAll(supplier = Layouts.People.class) String photographer,
      @ForAll("writingRoles") String writing, @ForAll("pictureRoles") String pictures, @ForAll("conjunctions") String and,
      @ForAll boolean photographerFirst) {
    String credited = photographer + " (" + pictures + ")";
    String byWriter = writer + " (" + writing + ")";
    String byline = photographerFirst ? credited + " " + and + " " + byWriter : byWriter + " " + and + " " + credited;

    assertThat(PersonNameLists.nameList(byline, false)).contains(writer);
  }

  @Property(tries = 40)
  void withoutPictureCreditsABylineIsUnchanged(@ForAll(supplier = Layouts.People.class) String a, @ForAll(supplier = Layouts.People.class) String b) {
    assertThat(NonWriterCredits.withoutNonWriters(a + " and " + b)).isEqualTo(a + " and " + b);
    assertThat(NonWriterCredits.withoutNonWriters(a + " (AFP)")).isEqualTo(a + " (AFP)");
  }

  @Property(tries = 40)
  void aTextLabelBesideAPhotoLabelNamesTheWriterOnly(
      @ForAll(supplier = Layouts.People.class) String writer, @ForAll(supplier = Layouts.People.class) String photographer,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> lines = List.of(headline, "", "Tekst: " + writer + "   Foto: " + photographer, "", paragraph("the quay"), "", paragraph("the fee"));

    assertThat(extract(lines).metadata().get(AUTHOR).value()).isEqualTo(writer);
  }

  @Property(tries = 40)
  void anAuthorLabelSurnameFirstGivesTheNameInRunningOrder(
      @ForAll("givenNames") String given, @ForAll("surnames") String surname, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> lines = List.of(headline, "", "Author: " + surname + ", " + given, "", paragraph("the beach"), "", paragraph("the nests"));

    assertThat(extract(lines).metadata().get(AUTHOR).value()).isEqualTo(given + " " + surname);
  }

  @Property(tries = 60)
  void aDatabasesCitationLineGivesAuthorOutletAndDate(
      @ForAll("givenNames") String given, @ForAll("surnames") String surname, @ForAll(supplier = Layouts.Outlets.class) String outlet,
      @ForAll(supplier = Layouts.Dates.class) LocalDate date, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    String citation = surname + ", " + given + ". " + outlet + "; Northfield, Fenland [Northfield]. "
        + date.format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)) + ": A3.";
    List<String> lines = List.of("Document 4 of 12", "", headline, "", citation, "", "Full Text", "", paragraph("the beach"), "", paragraph("the nests"));

    Extraction result = extract(lines);
    assertThat(result.metadata().get(TITLE).value()).isEqualTo(headline);
    assertThat(result.metadata().get(AUTHOR).value()).isEqualTo(given + " " + surname);
    assertThat(result.metadata().get(OUTLET).value()).isEqualTo(outlet);
    assertThat(result.metadata().get(DATE).value()).isEqualTo(date.toString());
  }

  @Property(tries = 40)
  void aCitationInTheReferencesBelowTheStoryNamesNoAuthor(
      @ForAll(supplier = Layouts.People.class) String author, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> lines = List.of(headline, "", "By " + author, "", paragraph("the beach"), "", paragraph("the nests"), "", "References:",
        "Whitfield, Helena. The Fenland Post; Northfield. 3 May 2020: A4.");

    assertThat(extract(lines).metadata().get(AUTHOR).value()).isEqualTo(author);
  }

  @Property(tries = 60)
  void aPublicationDateBesideAnUpdateInAnotherLanguageIsTheDate(
      @ForAll(supplier = Layouts.Dates.class) LocalDate date, @ForAll("updateLines") String updateLabel, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    String line = "Publisert " + date.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")) + " kl. 13.40   "
        + updateLabel + " " + date.plusDays(1).format(DateTimeFormatter.ofPattern("dd.MM.yyyy")) + " kl. 08.05";
    List<String> lines = List.of(headline, "", line, "", paragraph("the quay"), "", paragraph("the fee"));

    assertThat(extract(lines).metadata().get(DATE).value()).isEqualTo(date.toString());
  }

  @Property(tries = 40)
  void aCommuniquesPlaceAndDateGiveTheDate(@ForAll(supplier = Layouts.Dates.class) LocalDate date, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    String line = "Djibouti, le " + date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH));
    List<String> lines = List.of(headline, "", line, "", paragraph("the port"), "", paragraph("the quarantine"));

    assertThat(extract(lines).metadata().get(DATE).value()).isEqualTo(date.toString());
  }

  @Property(tries = 40)
  void aCopyrightHolderIsTheOutletWithoutItsLegalForm(
      @ForAll(supplier = Layouts.Outlets.class) String outlet, @ForAll("legalForms") String form, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> lines = List.of(headline, "", paragraph("the bridge"), "", paragraph("the detour"), "",
        "© 2024 " + outlet + " " + form + " | Impressum | Advertising | Contact");

    assertThat(extract(lines).metadata().get(OUTLET).value()).isEqualTo(outlet);
  }

  @Provide
  Arbitrary<String> legalForms() {
    return Arbitraries.of("d.o.o.", "GmbH", "S.A.", "Ltd", "A/S", "S.r.l.", "AG");
  }

  @Provide
  Arbitrary<String> writingRoles() {
    return Arbitraries.of("texto", "text", "words", "Text");
  }

  @Provide
  Arbitrary<String> pictureRoles() {
    return Arbitraries.of("fotos", "photos", "foto", "video", "Photography", "illustrations");
  }

  @Provide
  Arbitrary<String> conjunctions() {
    return Arbitraries.of("y", "and", "og", "&");
  }

  @Provide
  Arbitrary<String> givenNames() {
    return Arbitraries.of("Denise", "Marianne", "Kwame", "Helena", "Tobias");
  }

  @Provide
  Arbitrary<String> surnames() {
    return Arbitraries.of("Rolle", "Okafor", "Mensah", "Lindqvist", "Whitfield");
  }

  @Provide
  Arbitrary<String> updateLines() {
    return Arbitraries.of("Oppdatert", "Opdateret", "Uppdaterad", "Updated");
  }
}
