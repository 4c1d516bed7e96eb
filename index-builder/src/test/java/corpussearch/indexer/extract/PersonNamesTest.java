package corpussearch.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonNamesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Jane Doe",
        "Mary-Ann O'Neil",
        "J. R. Smith",
        "Ludwig van Beethoven",
        "Omar al-Rashid",
        "Ana Lucia Ferreira Costa"
      })
  void acceptsPersonShapedNames(String name) {
    assertThat(PersonNames.isName(name, false)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Madonna",
        "The Taliban",
        "US Officials",
        "Staff Writer",
        "President Joe Biden",
        "Thursday March",
        "One Two Three Four Five",
        "jane doe"
      })
  void rejectsWhatIsNotAPersonsName(String text) {
    assertThat(PersonNames.isName(text, false)).isFalse();
  }

  @Test
  void upperCaseNamesOnlyWhereAllowed() {
    assertThat(PersonNames.isName("JANE DOE", true)).isTrue();
    assertThat(PersonNames.isName("JANE DOE", false)).isFalse();
  }

  @Test
  void leadingNameIsTheNameASentenceOpensWith() {
    assertThat(PersonNames.leadingName("Jane Doe is a reporter.")).contains("Jane Doe");
    assertThat(PersonNames.leadingName("Ali Reza Karimi, analyst, for …"))
        .contains("Ali Reza Karimi");
    assertThat(PersonNames.leadingName("The Council is a body.")).isEmpty();
    assertThat(PersonNames.leadingName("Karimi said so.")).isEmpty();
  }

  @Test
  void nameListKeepsTheNamesAndDropsATrailingRole() {
    assertThat(PersonNameLists.nameList("Jane Doe and John Roe", false))
        .contains("Jane Doe and John Roe");
    assertThat(PersonNameLists.nameList("Jane Doe, Staff Writer", false)).contains("Jane Doe");
    assertThat(PersonNameLists.nameList("Tuesday, the troops left", false)).isEmpty();
  }
}
