package corpussearch.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Bylines read by the shape of their names and what supports them, in any language: names in
 * capitals ("BY A AND B", "A NA B"), names after another language's label above the date
 * ("Imeandikwa na A na B"), "A for Partner Review" above the date, a closing byline in brackets,
 * a name in capitals over the reporter's e-mail address. What only looks like one (a photo credit
 * above the date, a name over someone else's address) gives no author: unknown beats wrong.
 */
class BylinesByShapeTest {

  private static final String BODY =
      "The council said on Monday that engineers would inspect every market shelter in the city before the rains,"
          + " and that any structure found to be unsafe would be closed until it had been repaired.";

  @Property(tries = 80)
  void twoNamesInCapitalsJoinedInAnyLanguageAreTheAuthors(
      @ForAll(supplier = Layouts.People.class) String first, @ForAll(supplier = Layouts.People.class) String second,
      @ForAll("conjunctions") String and, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    String byline = ("By " + first + " " + and + " " + second).toUpperCase(Locale.ROOT);
    List<String> lines = List.of("NEWS", "", headline, "", byline, "", BODY);

    assertThat(Layouts.extract(lines).metadata().author().value()).isEqualToIgnoringCase(first + " and " + second);
  }

  @Property(tries = 80)
  void namesAfterAnotherLanguagesLabelAboveTheDateAreTheAuthors(
      @ForAll(supplier = Layouts.People.class) String first, @ForAll(supplier = Layouts.People.class) String second,
      @ForAll("labels") String label, @ForAll("conjunctions") String and, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> lines = List.of(headline, "", label + " " + first + " " + and + " " + second, "17 October 2024", "", BODY);

    assertThat(Layouts.extract(lines).metadata().author().value()).isEqualTo(first + " and " + second);
  }

  @Property(tries = 80)
  void anotherLanguagesByOrAuthorLabelUnderTheHeadlineNamesTheAuthors(
      @ForAll(supplier = Layouts.People.class) String first, @ForAll(supplier = Layouts.People.class) String second,
      @ForAll("foreignBys") String by, @ForAll("conjunctions") String and, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> lines = List.of(headline, "", by + " " + first + " " + and + " " + second, "", BODY, "", BODY);

    assertThat(Layouts.extract(lines).metadata().author().value()).isEqualTo(first + " and " + second);
  }

  @Property(tries = 40)
  void proseOpeningWithTheSameWordsNamesNoAuthor(@ForAll("foreignBys") String by, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> lines = List.of(headline, "", by + " the end of the year, the council had spent most of its budget.", "", BODY);

    assertThat(Layouts.extract(lines).metadata().author().value()).isNull();
  }

  @Property(tries = 40)
  void aReporterForAPartnerAboveTheDateIsTheAuthor(
      @ForAll(supplier = Layouts.People.class) String name, @ForAll(supplier = Layouts.Outlets.class) String partner,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> lines = List.of(headline, name + " for " + partner, "17 Oct 2024 | 14:30 EEST", "", BODY);

    assertThat(Layouts.extract(lines).metadata().author().value()).isEqualTo(name);
  }

  @Property(tries = 40)
  void aClosingBylineInBracketsNamesTheAuthors(
      @ForAll(supplier = Layouts.People.class) String first, @ForAll(supplier = Layouts.People.class) String second,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> lines = List.of(headline, "", BODY, "", BODY, "", BODY, "", "(By " + first + " and " + second + ")", "Enditem/ks");

    assertThat(Layouts.extract(lines).metadata().author().value()).isEqualTo(first + " and " + second);
  }

  @Property(tries = 40)
  void aNameInCapitalsOverItsOwnAddressIsTheAuthor(
      @ForAll(supplier = Layouts.People.class) String name, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    String mailbox = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", ".");
    List<String> lines = List.of(headline, "", name.toUpperCase(Locale.ROOT), mailbox + "@bulletin.example", "2 days ago", "", BODY);

    assertThat(Layouts.extract(lines).metadata().author().value()).isEqualToIgnoringCase(name);
  }

  @Property(tries = 40)
  void aPhotoCreditAboveTheDateOrANameOverAnotherAddressIsNoAuthor(
      @ForAll(supplier = Layouts.People.class) String name, @ForAll("photoCredits") String credit,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> photo = List.of(headline, "", credit + " " + name, "17 October 2024", "", BODY);
    List<String> office = List.of(headline, "", name.toUpperCase(Locale.ROOT), "newsroom@bulletin.example", "", BODY);

    assertThat(Layouts.extract(photo).metadata().author().value()).isNull();
    assertThat(Layouts.extract(office).metadata().author().value()).isNull();
  }

  @Provide
  Arbitrary<String> conjunctions() {
    return Arbitraries.of("and", "na", "y", "und", "och", "et");
  }

  @Provide
  Arbitrary<String> labels() {
    // Not "Texto de": "de" is also a particle of names, so "Texto de Ana Ruiz" may be a name of four words.
    return Arbitraries.of("Imeandikwa na", "Escrito por", "Texto:", "Besedilo:", "Napisala:", "Written by", "Oleh");
  }

  /** The "by" words of the shared table ({@link BylineLabels}) and author labels in other languages. */
  @Provide
  Arbitrary<String> foreignBys() {
    return Arbitraries.of("Por", "Par", "Von", "Door", "Oleh", "Av", "Od", "Nga", "Autor:", "Autorka:", "Auteur :", "Penulis:", "Yazar:");
  }

  @Provide
  Arbitrary<String> photoCredits() {
    return Arbitraries.of("Photos by", "Foto:", "Video by", "Edited by", "Translated by");
  }
}
