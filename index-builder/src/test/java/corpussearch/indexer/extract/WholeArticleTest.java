package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Articles.extract;
import static corpussearch.indexer.extract.Articles.paragraph;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Whole articles in layouts unlike the seed corpus. */
class WholeArticleTest {

  @Test
  void blogPostWithPostedOnLineAndCommentSection() {
    Extraction result =
        extract(
            "Skip to content",
            "Home",
            "Growing Tomatoes on a Balcony",
            "Posted on 2023-01-15 by Jane Doe",
            "",
            paragraph("balcony gardens"),
            "",
            paragraph("watering"),
            "",
            "3 Comments",
            "Mark Reyes March 2, 2023",
            "Thanks, this worked for me!",
            "Leave a Reply");

    assertThat(result.metadata())
        .isEqualTo(
            new ArticleMetadata(
                FieldValue.of("Growing Tomatoes on a Balcony", "first-line"),
                FieldValue.of("Jane Doe", "posted-on"),
                FieldValue.unknown(),
                FieldValue.of("2023-01-15", "posted-on")));
    assertThat(result.metadataLines()).containsExactlyInAnyOrder(0, 1, 2, 3);
  }

  @Test
  void wireStoryWithTwoAuthorsAgencyAndDateline() {
    Extraction result =
        extract(
            "Central Bank Holds Rates Steady",
            "By Maria Lopez and Tom Chen | Reuters",
            "March 5, 2022",
            "",
            paragraph("interest rates"),
            "",
            "\"We remain vigilant,\" said Governor Alan Brooks, author of the bank's annual"
                + " report.",
            "",
            "Reporting by Maria Lopez; Editing by Sam Green");

    assertThat(result.metadata())
        .isEqualTo(
            new ArticleMetadata(
                FieldValue.of("Central Bank Holds Rates Steady", "first-line"),
                FieldValue.of("Maria Lopez and Tom Chen", "by-line"),
                FieldValue.of("Reuters", "by-line"),
                FieldValue.of("2022-03-05", "dateline")));
    // the closing credit names one of the reported authors, so it is metadata too
    assertThat(result.metadataLines()).containsExactlyInAnyOrder(0, 1, 2, 8);
  }

  @Test
  void pressReleaseWithCopyrightFooter() {
    Extraction result =
        extract(
            "FOR IMMEDIATE RELEASE: Acme Opens New Plant in Ohio",
            "",
            paragraph("the new plant"),
            "",
            "About Acme",
            "Acme makes industrial pumps for water utilities.",
            "",
            "Copyright 2019 Acme Media Inc. All rights reserved.");

    assertThat(result.metadata())
        .isEqualTo(
            new ArticleMetadata(
                FieldValue.of("FOR IMMEDIATE RELEASE: Acme Opens New Plant in Ohio", "first-line"),
                FieldValue.unknown(),
                FieldValue.of("Acme Media", "copyright-line"),
                FieldValue.unknown()));
    assertThat(result.metadataLines()).containsExactlyInAnyOrder(0, 7);
  }

  @Test
  void breadcrumbNavigationBeforeTheTitle() {
    Extraction result =
        extract(
            "Home / World / Asia",
            "Monsoon Floods Displace Thousands",
            "Published: 5 August 2022",
            "By Arjun Mehta, South Asia Correspondent",
            "",
            paragraph("the floods"),
            "",
            paragraph("relief efforts"));

    assertThat(result.metadata())
        .isEqualTo(
            new ArticleMetadata(
                FieldValue.of("Monsoon Floods Displace Thousands", "first-line"),
                FieldValue.of("Arjun Mehta", "by-line"),
                FieldValue.unknown(),
                FieldValue.of("2022-08-05", "date-label")));
    assertThat(result.metadataLines()).containsExactlyInAnyOrder(0, 1, 2, 3);
  }

  @Test
  void articleWithNothingToFindStaysUnknown() {
    Extraction result =
        extract(
            paragraph("the harvest"),
            "",
            "Farmers in the north said the rain came too late, and Anna Berg, who runs a"
                + " cooperative, said prices would rise.",
            "",
            paragraph("grain prices"));

    assertThat(result.metadata()).isEqualTo(ArticleMetadata.empty());
    assertThat(result.metadataLines()).isEmpty();
  }
}
