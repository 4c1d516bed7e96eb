package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Articles.extract;
import static corpussearch.indexer.extract.Articles.field;
import static corpussearch.indexer.extract.Articles.paragraph;
import static corpussearch.indexer.extract.MetadataField.DATE;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DateRulesTest {

  @Test
  void bareDateBelowTheTitleIsTheDateline() {
    Extraction result = extract("Dam Inspection Due", "2018/11/30", paragraph("the dam"));

    assertThat(field(result, DATE)).isEqualTo(FieldValue.of("2018-11-30", "dateline"));
    assertThat(result.metadataLines()).containsExactlyInAnyOrder(0, 1);
  }

  @Test
  void labelledDateIsReadAnywhere() {
    Extraction result =
        extract(
            "Dam Inspection Due",
            paragraph("the dam"),
            paragraph("the lake"),
            "Published: 3 December 2018");

    assertThat(field(result, DATE)).isEqualTo(FieldValue.of("2018-12-03", "date-label"));
    assertThat(result.metadataLines()).contains(3).doesNotContain(1, 2);
  }

  @Test
  void datelineBelowTheTitleBeatsThePageDateAboveIt() {
    Extraction result =
        extract(
            "Valley Herald",
            "Friday, May 3, 2024",
            "Dam Inspection Due",
            "Dam Inspection Due",
            "30 November 2018",
            paragraph("the dam"));

    assertThat(field(result, DATE)).isEqualTo(FieldValue.of("2018-11-30", "dateline"));
  }

  @Test
  void datesInBodyTextCopyrightYearsAndImpossibleDatesAreNotArticleDates() {
    Extraction result =
        extract(
            "Dam Inspection Due",
            "2021-02-30",
            paragraph("the dam"),
            "The inspection on March 5, 2022 found cracks.",
            "© 2020 Valley Herald",
            "",
            "12 March 2021");

    assertThat(field(result, DATE).isKnown()).isFalse();
    assertThat(result.metadataLines()).doesNotContain(1, 3, 6);
  }
}
