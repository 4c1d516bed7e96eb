package corpussearch.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A byline name with its generational suffix after a comma ("Varney K. Flomo, Jr.", "John Roe,
 * III"), alone or in a list, keeps the suffix: it is part of the name, not a second author. A role
 * after it still ends the list. A trimmed line's end may have lost the full stop of "Jr.": the
 * name is given with it.
 */
class GenerationalSuffixTest {

  @Property(tries = 200)
  void theSuffixStaysWithItsName(@ForAll("names") String name, @ForAll("suffixes") String suffix, @ForAll("others") String other) {
    String suffixed = name + ", " + suffix;
    String named = name + ", " + (suffix.matches("Jr|Sr") ? suffix + "." : suffix);

    assertThat(PersonNameLists.nameList(suffixed, false)).contains(named);
    assertThat(PersonNameLists.nameList(suffixed + " and " + other, false)).contains(named + " and " + other);
    assertThat(PersonNameLists.nameList(other + ", " + suffixed + ", Staff Writer", false)).contains(other + " and " + named);
  }

  @Property(tries = 60)
  void aSuffixWithoutANameBeforeItIsNoAuthor(@ForAll("suffixes") String suffix) {
    assertThat(PersonNameLists.nameList(suffix + ", Staff Writer", false)).isEmpty();
  }

  @Provide
  Arbitrary<String> suffixes() {
    return Arbitraries.of("Jr.", "Jr", "Sr.", "Jnr", "II", "III", "IV");
  }

  @Provide
  Arbitrary<String> names() {
    return Combinators.combine(Arbitraries.of("Varney", "Mary-Ann", "Kwame", "Luis", "Aroha"),
            Arbitraries.of("", " K.", " J.R."), Arbitraries.of("Flomo", "O'Neil", "Mensah", "da Silva", "Ngata"))
        .as((given, initials, surname) -> given + initials + " " + surname);
  }

  @Provide
  Arbitrary<String> others() {
    return Arbitraries.of(List.of("Jane Doe", "Nguyen Van Binh", "Amara Kollie"));
  }
}
