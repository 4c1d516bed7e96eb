package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Articles.extract;
import static corpussearch.indexer.extract.Articles.field;
import static corpussearch.indexer.extract.Articles.paragraph;
import static corpussearch.indexer.extract.MetadataField.AUTHOR;
import static corpussearch.indexer.extract.MetadataField.OUTLET;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignOffRulesTest {

  @Test
  void signOffNamesTheAuthorAndTheQuotedOutlet() {
    Extraction result =
        extract(
            "Pipeline Talks Stall",
            paragraph("the pipeline"),
            "Dmitri Volkov, Ph.D. in economics, exclusively for the online magazine \u201cBaltic"
                + " Review\u201d.");

    assertThat(field(result, OUTLET)).isEqualTo(FieldValue.of("Baltic Review", "outlet-sign-off"));
    assertThat(field(result, AUTHOR)).isEqualTo(FieldValue.of("Dmitri Volkov", "author-sign-off"));
    assertThat(result.metadataLines()).contains(2).doesNotContain(1);
  }

  @Test
  void unquotedOutletKeepsAPrecedingThe() {
    Extraction result =
        extract(
            "Pipeline Talks Stall",
            paragraph("the pipeline"),
            "Written especially for the Northern Monitor.");

    assertThat(field(result, OUTLET).value()).isEqualTo("The Northern Monitor");
    assertThat(field(result, AUTHOR).isKnown()).isFalse();
  }

  @Test
  void aSentenceAboutSomeoneWithoutTheSignOffPhraseGivesNothing() {
    Extraction result =
        extract(
            "Pipeline Talks Stall",
            paragraph("the pipeline"),
            "Dmitri Volkov, who is a former minister, worked for the Energy Ministry.");

    assertThat(field(result, AUTHOR).isKnown()).isFalse();
    assertThat(field(result, OUTLET).isKnown()).isFalse();
  }
}
