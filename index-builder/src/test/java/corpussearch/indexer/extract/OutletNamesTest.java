package corpussearch.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutletNamesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "Acme Media Inc.; Acme Media",
        "Harbor Press LLC; Harbor Press",
        "Northwind Group, Ltd.; Northwind Group",
        "Lakeside News Co., Limited; Lakeside News",
        "Valley Daily Corp; Valley Daily",
        "Coast Media; Coast Media"
      })
  void dropsLegalSuffixesButKeepsNameWords(String notice, String outlet) {
    assertThat(OutletNames.withoutLegalSuffix(notice)).isEqualTo(outlet);
  }

  @Test
  void mastheadsAreShortTitleCaseLines() {
    assertThat(OutletNames.isMasthead("The Morning Ledger")).isTrue();
    assertThat(OutletNames.isMasthead("Voice of the Valley")).isTrue();
    assertThat(OutletNames.isMasthead("News from around the world")).isFalse();
    assertThat(OutletNames.isMasthead("Markets Rally 5%")).isFalse();
    assertThat(OutletNames.isMasthead("Is This The End?")).isFalse();
    assertThat(OutletNames.isMasthead("Home")).isFalse();
  }
}
