package corpussearch.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NavigationLinesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Now Reading",
        "Home",
        "MENU",
        "Skip to content",
        "Search…",
        "Home / World / Asia",
        "News › Politics › Elections",
        "Sports | Football"
      })
  void recognisesMenuLabelsAndBreadcrumbs(String line) {
    assertThat(NavigationLines.isNavigation(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Homeless shelters fill up as winter arrives",
        "Rates rise / Markets fall in a volatile week",
        "By Jane Doe | March 5, 2022",
        "The Morning Ledger"
      })
  void headlinesBylinesAndMastheadsAreNotNavigation(String line) {
    assertThat(NavigationLines.isNavigation(line)).isFalse();
  }
}
