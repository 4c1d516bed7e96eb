package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Articles.extract;
import static corpussearch.indexer.extract.Articles.field;
import static corpussearch.indexer.extract.Articles.paragraph;
import static corpussearch.indexer.extract.MetadataField.TITLE;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitleRulesTest {

  @Test
  void firstSubstantiveLineIsTheTitle() {
    Extraction result = extract("", "Harbour Dredging Plan Approved", "", paragraph("the harbour"));

    assertThat(field(result, TITLE))
        .isEqualTo(FieldValue.of("Harbour Dredging Plan Approved", "first-line"));
    assertThat(result.metadataLines()).containsExactly(1);
  }

  @Test
  void navigationDatesAndBylinesAboveTheHeadlineAreSkipped() {
    Extraction result =
        extract(
            "Skip to content",
            "Menu",
            "12 June 2021",
            "By Jane Doe",
            "Bridge Reopens After Repairs",
            paragraph("the bridge"));

    assertThat(field(result, TITLE).value()).isEqualTo("Bridge Reopens After Repairs");
    assertThat(result.metadataLines()).contains(0, 1, 2, 3, 4).doesNotContain(5);
  }

  @Test
  void aLineRepeatedNearTheTopIsTheTitleEvenBelowOtherLines() {
    Extraction result =
        extract(
            "City Courier",
            "Local news since 1901",
            "",
            "Fire Destroys Old Mill",
            "Fire Destroys Old Mill",
            paragraph("the mill"));

    assertThat(field(result, TITLE))
        .isEqualTo(FieldValue.of("Fire Destroys Old Mill", "repeated-title"));
    assertThat(result.metadataLines()).contains(3, 4);
  }

  @Test
  void aRepeatFarDownTheArticleIsAPullQuoteNotTheTitle() {
    Extraction result =
        extract(
            "Council Votes On Budget",
            "",
            paragraph("the budget"),
            "",
            "Short line one.",
            "",
            "Short line two.",
            "",
            "Short line three.",
            "",
            "Short line four.",
            "",
            "Short line five.",
            "",
            "Short line six.",
            "",
            "Short line seven.",
            "",
            "We will not back down",
            "We will not back down");

    assertThat(field(result, TITLE))
        .isEqualTo(FieldValue.of("Council Votes On Budget", "first-line"));
    assertThat(result.metadataLines()).doesNotContain(18, 19);
  }

  @Test
  void aParagraphIsNeverMadeATitle() {
    Extraction result = extract(paragraph("rainfall"), "", paragraph("the river"));

    assertThat(field(result, TITLE).isKnown()).isFalse();
    assertThat(result.metadataLines()).isEmpty();
  }
}
