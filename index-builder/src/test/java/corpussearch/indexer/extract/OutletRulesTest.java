package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Articles.extract;
import static corpussearch.indexer.extract.Articles.field;
import static corpussearch.indexer.extract.Articles.paragraph;
import static corpussearch.indexer.extract.MetadataField.DATE;
import static corpussearch.indexer.extract.MetadataField.OUTLET;
import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OutletRulesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "© 2019 Meridian Post LLC. All rights reserved.; Meridian Post",
        "Copyright 2015-2021 Prairie Voice Inc.; Prairie Voice",
        "Copyright © 2022 Delta Media Group Ltd | Privacy Policy; Delta Media Group",
        "(c) Hilltop Times 2018; Hilltop Times"
      })
  void copyrightLineNamesTheOutletWithoutYearsOrLegalSuffix(String notice, String outlet) {
    Extraction result = extract("Mill Closes", paragraph("the mill"), notice);

    assertThat(field(result, OUTLET)).isEqualTo(FieldValue.of(outlet, "copyright-line"));
    assertThat(field(result, DATE).isKnown()).isFalse();
    assertThat(result.metadataLines()).contains(2);
  }

  /** The marks in either order ("© Copyright", "Copyright ©"), and a dash or a colon between the years and the name. */
  @Property(tries = 60)
  void copyrightMarksInAnyOrderAndAPunctuatedYearStillNameTheOutlet(@ForAll("punctuatedNotices") String[] notice) {
    Extraction result = extract("Mill Closes", paragraph("the mill"), notice[0]);

    assertThat(field(result, OUTLET)).isEqualTo(FieldValue.of(notice[1], "copyright-line"));
  }

  @Provide
  Arbitrary<String[]> punctuatedNotices() {
    Arbitrary<String> marks = Arbitraries.of("© Copyright", "Copyright ©", "©", "Copyright", "(c) Copyright");
    Arbitrary<String> years = Arbitraries.of("2025", "2019-2025", "2025 –");
    Arbitrary<String> separator = Arbitraries.of(" - ", " – ", ": ", " ");
    Arbitrary<String> name = Arbitraries.of("The Coastal Citizen", "Delta Media Group", "Hilltop Times");
    Arbitrary<String> tail = Arbitraries.of(". All Rights Reserved", ". All rights reserved.", "");
    return Combinators.combine(marks, years, separator, name, tail)
        .as((m, y, sep, n, t) -> new String[] {m + " " + y + (y.endsWith("–") ? " " : sep) + n + t, n});
  }

  /** A newsletter's notice names its writer, whom the page also shows as the author: a person is never the outlet. */
  @Property(tries = 60)
  void aCopyrightHolderWhoWroteTheArticleIsNoOutlet(@ForAll("writers") String writer, @ForAll("years") String year, @ForAll boolean masthead) {
    Extraction result = extract(masthead ? "Delta Notes" : "Mill Closes", "Subscribe", "", "Mill Closes", "", writer, "Mar 14, 2025", "",
        paragraph("the mill"), "", paragraph("the workers"), "", "© " + year + " " + writer);

    assertThat(field(result, OUTLET).value()).isNotEqualTo(writer);
    assertThat(field(result, MetadataField.AUTHOR).value()).isEqualTo(writer);
  }

  /** A company's notice beside a byline keeps naming the outlet. */
  @Property(tries = 30)
  void aCopyrightHolderBesideAnotherWriterIsTheOutlet(@ForAll("writers") String writer, @ForAll("years") String year) {
    Extraction result = extract("Mill Closes", "", "By " + writer, "", paragraph("the mill"), "", "© " + year + " Hilltop Times");

    assertThat(field(result, OUTLET)).isEqualTo(FieldValue.of("Hilltop Times", "copyright-line"));
  }

  @Provide
  Arbitrary<String> writers() {
    return Arbitraries.of("Daniel Okoro", "Mira Halvorsen", "Tomás Ferreira", "Grace Mwangi");
  }

  @Provide
  Arbitrary<String> years() {
    return Arbitraries.of("2024", "2025", "2019-2025");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Copyright 2021 by Jane Doe",
        "The copyright dispute over the photographs went to court in 2019 and was settled."
      })
  void copyrightOfAPersonOrInProseIsNoOutlet(String line) {
    Extraction result = extract("Mill Closes", paragraph("the mill"), line);

    assertThat(field(result, OUTLET).isKnown()).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "Opinions expressed here do not reflect the editorial policy of the Morning Ledger.; The"
            + " Morning Ledger",
        "The views of the author do not necessarily represent those of Riverside Chronicle.;"
            + " Riverside Chronicle"
      })
  void disclaimerNamesTheOutlet(String disclaimer, String outlet) {
    Extraction result = extract("Mill Closes", paragraph("the mill"), disclaimer);

    assertThat(field(result, OUTLET)).isEqualTo(FieldValue.of(outlet, "outlet-disclaimer"));
    assertThat(result.metadataLines()).contains(2);
  }

  @Test
  void disclaimerEndingInLowerCaseWordsNamesNoOutlet() {
    Extraction result =
        extract(
            "Mill Closes",
            paragraph("the mill"),
            "These views do not reflect the official position of any agency of the U.S."
                + " government.");

    assertThat(field(result, OUTLET).isKnown()).isFalse();
  }

  @Test
  void mediaReportedInBodyTextIsNotTheOutlet() {
    Extraction result =
        extract(
            "Mill Closes",
            paragraph("the mill"),
            "The Evening Standard reported that the mill was sold.");

    assertThat(field(result, OUTLET).isKnown()).isFalse();
  }
}
