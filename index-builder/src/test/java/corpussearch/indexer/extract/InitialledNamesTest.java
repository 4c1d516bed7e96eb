package corpussearch.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** An initialled author spelled out the way the page spells it, and only when the page spells it one way. */
class InitialledNamesTest {

  @Property(tries = 60)
  void anInitialledNameTakesThePagesFullSpelling(@ForAll("given") String given, @ForAll("surnames") String surname, @ForAll("mentions") String mention) {
    FieldValue author = FieldValue.of(given.charAt(0) + ". " + surname, "json-ld");
    List<String> page = List.of("Wharf to be rebuilt", mention.replace("NAME", given + " " + surname), "The council met on Monday.");

    assertThat(InitialledNames.spelledOut(author, page)).isEqualTo(FieldValue.of(given + " " + surname, "json-ld"));
  }

  @Property(tries = 40)
  void eachNameOfAListIsSpelledOutOnItsOwn(@ForAll("given") String given, @ForAll("surnames") String surname) {
    FieldValue author = FieldValue.of(given.charAt(0) + ". " + surname + " and Lena Ortiz", "byline");
    List<String> page = List.of("About the authors: " + given + " " + surname + " is a researcher; Lena Ortiz is an editor.");

    assertThat(InitialledNames.spelledOut(author, page).value()).isEqualTo(given + " " + surname + " and Lena Ortiz");
  }

  @Property(tries = 40)
  void aNameThePageSpellsTwoWaysOrNotAtAllStays(@ForAll("given") String given, @ForAll("surnames") String surname) {
    FieldValue author = FieldValue.of(given.charAt(0) + ". " + surname, "json-ld");
    String other = given.charAt(0) + "ugo";

    assertThat(InitialledNames.spelledOut(author, List.of(given + " " + surname + " and " + other + " " + surname + " wrote it."))).isEqualTo(author);
    assertThat(InitialledNames.spelledOut(author, List.of("Nobody else is named here.", surname + " said so."))).isEqualTo(author);
    // Another initial is another person.
    assertThat(InitialledNames.spelledOut(author, List.of("Xavier " + surname + " said so."))).isEqualTo(author);
  }

  @Property(tries = 20)
  void aFullNameOrAnUnknownIsLeftAlone(@ForAll("given") String given, @ForAll("surnames") String surname) {
    FieldValue full = FieldValue.of(given + " " + surname, "byline");

    assertThat(InitialledNames.spelledOut(full, List.of(given + " " + surname))).isEqualTo(full);
    assertThat(InitialledNames.spelledOut(FieldValue.unknown(), List.of(given + " " + surname))).isEqualTo(FieldValue.unknown());
  }

  @Provide
  Arbitrary<String> given() {
    return Arbitraries.of("Hannah", "Moussa", "Claire", "Tanvir", "Inês", "Zabihullah", "Georgie");
  }

  @Provide
  Arbitrary<String> surnames() {
    return Arbitraries.of("Kessler", "Diallo", "Fontaine", "Hasan", "Machava", "Shinwari", "O'Neill");
  }

  @Provide
  Arbitrary<String> mentions() {
    return Arbitraries.of("Written by NAME", "NAME is a researcher on conflict in the region.", "By NAME | 3 min read", "About the author: NAME");
  }
}
