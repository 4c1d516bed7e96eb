package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Articles.extract;
import static corpussearch.indexer.extract.Articles.field;
import static corpussearch.indexer.extract.Articles.paragraph;
import static corpussearch.indexer.extract.MetadataField.DATE;
import static corpussearch.indexer.extract.MetadataField.OUTLET;
import static corpussearch.indexer.extract.MetadataField.TITLE;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MastheadRulesTest {

  @Test
  void shortTitleCaseLineAboveARepeatedTitleIsTheMasthead() {
    Extraction result =
        extract(
            "Harbor Gazette",
            "",
            "Your window on the coast",
            "",
            "Ferry Fares To Rise",
            "",
            "Ferry Fares To Rise",
            "",
            paragraph("ferries"));

    assertThat(field(result, OUTLET)).isEqualTo(FieldValue.of("Harbor Gazette", "masthead"));
    assertThat(result.metadataLines()).containsExactlyInAnyOrder(0, 2, 4, 6);
  }

  @Test
  void pageDateAnchorsAMastheadWhenTheTitleIsNotRepeated() {
    Extraction result =
        extract(
            "Harbor Gazette",
            "Your window on the coast",
            "Monday, Jan 9, 2023",
            "",
            "Ferry Fares To Rise",
            "",
            paragraph("ferries"));

    assertThat(field(result, OUTLET).value()).isEqualTo("Harbor Gazette");
    assertThat(field(result, TITLE).value()).isEqualTo("Ferry Fares To Rise");
    assertThat(field(result, DATE)).isEqualTo(FieldValue.of("2023-01-09", "page-date"));
    assertThat(result.metadataLines()).containsExactlyInAnyOrder(0, 1, 2, 4);
  }

  @Test
  void aShortTitleCaseFirstLineWithoutDateOrRepeatIsTheTitleNotAMasthead() {
    Extraction result = extract("Ferry Fares To Rise", "", paragraph("ferries"));

    assertThat(field(result, OUTLET).isKnown()).isFalse();
    assertThat(field(result, TITLE).value()).isEqualTo("Ferry Fares To Rise");
  }

  @Test
  void navigationLabelAboveTheTitleIsNotAMasthead() {
    Extraction result =
        extract("Now Reading", "Ferry Fares To Rise", "", "Ferry Fares To Rise", paragraph("x"));

    assertThat(field(result, OUTLET).isKnown()).isFalse();
    assertThat(result.metadataLines()).containsExactlyInAnyOrder(0, 1, 3);
  }
}
