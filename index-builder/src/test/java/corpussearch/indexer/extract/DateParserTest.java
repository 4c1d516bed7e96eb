package corpussearch.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "2022-03-05; 2022-03-05",
        "2022/3/5; 2022-03-05",
        "05.03.2022; 2022-03-05",
        "5-3-2022; 2022-03-05",
        "25/03/2022; 2022-03-25",
        "03/25/2022; 2022-03-25",
        "March 5, 2022; 2022-03-05",
        "Mar. 5 2022; 2022-03-05",
        "Sept 30, 2019; 2019-09-30",
        "5 March 2022; 2022-03-05",
        "5th of March, 2022; 2022-03-05",
        "Saturday, 5 Mar 2022; 2022-03-05",
        "DECEMBER 31, 1999; 1999-12-31"
      })
  void readsCommonFormats(String text, String iso) {
    assertThat(DateParser.find(text))
        .get()
        .extracting(DateParser.DateMatch::date)
        .isEqualTo(LocalDate.parse(iso));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2021-02-30",
        "31.04.2021",
        "03/05/2022",
        "© 2020",
        "March 2022",
        "5 March",
        "in November 2023: exports rose",
        "version 1.2.3",
        "12.05.1850"
      })
  void rejectsImpossibleAmbiguousOrIncompleteDates(String text) {
    assertThat(DateParser.find(text)).isEmpty();
  }

  @Test
  void findsTheFirstDateInsideText() {
    DateParser.DateMatch match = DateParser.find("Jane Doe | 14 July 2020 | 3 min read").get();

    assertThat(match.date()).isEqualTo(LocalDate.of(2020, 7, 14));
    assertThat("Jane Doe | 14 July 2020 | 3 min read".substring(match.start(), match.end()))
        .isEqualTo("14 July 2020");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Thursday, Apr 25, 2024",
        "2023-01-15 10:42 GMT",
        "March 5, 2022 at 9:30 a.m. EST",
        "(Sun) 7 August 2022"
      })
  void dateOnlyLinesAreUnlabelledDateLines(String line) {
    assertThat(DateParser.parseDateLine(line))
        .get()
        .extracting(DateParser.DateLine::labelled)
        .isEqualTo(false);
  }

  @Test
  void labelledDateLinesAreRecognisedAsSuch() {
    assertThat(DateParser.parseDateLine("Published: 15 January 2023"))
        .contains(new DateParser.DateLine(LocalDate.of(2023, 1, 15), true, false));
    assertThat(DateParser.parseDateLine("Last updated on 2 Feb 2023"))
        .contains(new DateParser.DateLine(LocalDate.of(2023, 2, 2), true, true));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "On March 5, 2022 the council met.",
        "Jane Doe March 5, 2022",
        "Copyright 2021",
        "Published: yesterday"
      })
  void sentencesAndBylinesAreNotDateLines(String line) {
    assertThat(DateParser.parseDateLine(line)).isEmpty();
  }
}
