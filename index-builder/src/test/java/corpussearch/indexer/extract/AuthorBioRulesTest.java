package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Articles.extract;
import static corpussearch.indexer.extract.Articles.field;
import static corpussearch.indexer.extract.Articles.paragraph;
import static corpussearch.indexer.extract.MetadataField.AUTHOR;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuthorBioRulesTest {

  @Test
  void lateBioParagraphNamesTheAuthor() {
    Extraction result =
        extract(
            "Reef Survey Results",
            paragraph("the reef"),
            paragraph("corals"),
            "Keiko Tanaka is a graduate student in marine biology. She writes about oceans.");

    assertThat(field(result, AUTHOR)).isEqualTo(FieldValue.of("Keiko Tanaka", "author-bio"));
    assertThat(result.metadataLines()).contains(3).doesNotContain(1, 2);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Keiko Tanaka blamed the ministry for the delay in the survey.",
        "The Reef Authority is a body set up in 1975 by the government.",
        "Tanaka is a scientist who has studied the reef for years.",
        "President Ana Silva is a former journalist and lawyer."
      })
  void sentencesAboutPeopleOrBodiesAreNotBios(String line) {
    Extraction result =
        extract("Reef Survey Results", paragraph("the reef"), paragraph("corals"), line);

    assertThat(field(result, AUTHOR).isKnown()).isFalse();
    assertThat(result.metadataLines()).doesNotContain(3);
  }

  @Test
  void bioEarlyInTheArticleIsBodyText() {
    Extraction result =
        extract(
            "Reef Survey Results",
            "Keiko Tanaka is a marine biologist. She led the survey.",
            paragraph("the reef"),
            paragraph("corals"),
            paragraph("fish"),
            paragraph("tides"));

    assertThat(field(result, AUTHOR).isKnown()).isFalse();
  }

  @Test
  void labelledBylineWinsOverBioButTheMatchingBioIsStillMetadata() {
    Extraction result =
        extract(
            "Reef Survey Results",
            "By Keiko Tanaka",
            paragraph("the reef"),
            paragraph("corals"),
            "Keiko Tanaka is a marine biologist based in Okinawa.");

    assertThat(field(result, AUTHOR)).isEqualTo(FieldValue.of("Keiko Tanaka", "by-line"));
    assertThat(result.metadataLines()).contains(1, 4);
  }
}
