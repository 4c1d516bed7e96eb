package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Articles.extract;
import static corpussearch.indexer.extract.Articles.field;
import static corpussearch.indexer.extract.Articles.paragraph;
import static corpussearch.indexer.extract.MetadataField.AUTHOR;
import static corpussearch.indexer.extract.MetadataField.DATE;
import static corpussearch.indexer.extract.MetadataField.OUTLET;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BylineRulesTest {

  @Test
  void byLineWithSeveralAuthorsRoleOutletAndDate() {
    Extraction result =
        extract(
            "Storm Hits Coast",
            "By Lena Fischer and Omar Haddad, Staff Writers | Coastal Wire | 2 May 2019",
            paragraph("the storm"));

    assertThat(field(result, AUTHOR))
        .isEqualTo(FieldValue.of("Lena Fischer and Omar Haddad", "by-line"));
    assertThat(field(result, OUTLET)).isEqualTo(FieldValue.of("Coastal Wire", "by-line"));
    assertThat(field(result, DATE)).isEqualTo(FieldValue.of("2019-05-02", "byline-with-date"));
    assertThat(result.metadataLines()).containsExactlyInAnyOrder(0, 1);
  }

  @Test
  void byFollowedByAYearOrASentenceIsNotAByline() {
    Extraction result =
        extract(
            "Storm Hits Coast",
            "By 2017, the port had closed.",
            "By Tuesday the water receded.",
            paragraph("the storm"));

    assertThat(field(result, AUTHOR).isKnown()).isFalse();
    assertThat(result.metadataLines()).containsExactly(0);
  }

  @Test
  void authorLabelWithADayFirstDateBeforeIt() {
    Extraction result =
        extract("17.09.2020 Author: Ivana Petrova", "", "Grain Deal Extended", paragraph("grain"));

    assertThat(field(result, AUTHOR)).isEqualTo(FieldValue.of("Ivana Petrova", "author-label"));
    assertThat(field(result, DATE)).isEqualTo(FieldValue.of("2020-09-17", "byline-with-date"));
    assertThat(field(result, MetadataField.TITLE).value()).isEqualTo("Grain Deal Extended");
  }

  @Test
  void authorOfABookInRunningTextIsNotAnAuthorLabel() {
    Extraction result =
        extract(
            "Grain Deal Extended",
            paragraph("grain"),
            "\"It will hold,\" said Ivana Petrova, author of a study on trade.");

    assertThat(field(result, AUTHOR).isKnown()).isFalse();
  }

  @Test
  void postedOnDateByName() {
    Extraction result =
        extract("Garden Notes", "Posted on 2020-04-18 by Tom Okafor", paragraph("tomatoes"));

    assertThat(field(result, AUTHOR)).isEqualTo(FieldValue.of("Tom Okafor", "posted-on"));
    assertThat(field(result, DATE)).isEqualTo(FieldValue.of("2020-04-18", "posted-on"));
  }

  @Test
  void postedByNameOnDate() {
    Extraction result =
        extract("Garden Notes", "Posted by Tom Okafor on 18 April 2020", paragraph("tomatoes"));

    assertThat(field(result, AUTHOR).value()).isEqualTo("Tom Okafor");
    assertThat(field(result, DATE).value()).isEqualTo("2020-04-18");
  }

  @Test
  void bareNameWithDateAtTheTopIsAByline() {
    Extraction result =
        extract(
            "Rail Strike Ends", "", "Priya Natarajan 14 July 2020", "", paragraph("the strike"));

    assertThat(field(result, AUTHOR))
        .isEqualTo(FieldValue.of("Priya Natarajan", "byline-with-date"));
    assertThat(field(result, DATE)).isEqualTo(FieldValue.of("2020-07-14", "byline-with-date"));
    assertThat(result.metadataLines()).contains(2);
  }

  @Test
  void nameWithDateInTheCommentsIsNotAByline() {
    Extraction result =
        extract(
            "Rail Strike Ends",
            "",
            paragraph("the strike"),
            "",
            "Comments",
            "",
            "Priya Natarajan 14 July 2020",
            "Great piece, thanks.");

    assertThat(field(result, AUTHOR).isKnown()).isFalse();
    assertThat(field(result, DATE).isKnown()).isFalse();
  }

  @Test
  void writtenByLabelWithTheNameOnTheNextLine() {
    Extraction result =
        extract(
            "Rail Strike Ends",
            paragraph("the strike"),
            "",
            "Written by:",
            "",
            "Priya Natarajan",
            "",
            "The writer covers transport.");

    assertThat(field(result, AUTHOR))
        .isEqualTo(FieldValue.of("Priya Natarajan", "written-by-block"));
    assertThat(result.metadataLines()).contains(3, 5).doesNotContain(1);
  }

  @Test
  void writtenByLabelFollowedByASentenceGivesNoAuthor() {
    Extraction result =
        extract("Rail Strike Ends", paragraph("the strike"), "WRITTEN BY:", "the editorial team");

    assertThat(field(result, AUTHOR).isKnown()).isFalse();
  }

  @Test
  void topBylineWinsOverFooterLabel() {
    Extraction result =
        extract(
            "Rail Strike Ends",
            "By Priya Natarajan",
            paragraph("the strike"),
            "WRITTEN BY:",
            "Karl Lindqvist");

    assertThat(field(result, AUTHOR)).isEqualTo(FieldValue.of("Priya Natarajan", "by-line"));
  }
}
