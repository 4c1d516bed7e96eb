package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Articles.paragraph;
import static corpussearch.indexer.extract.Layouts.extract;
import static corpussearch.indexer.extract.MetadataField.AUTHOR;
import static corpussearch.indexer.extract.MetadataField.DATE;
import static corpussearch.indexer.extract.MetadataField.OUTLET;
import static corpussearch.indexer.extract.MetadataField.TITLE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Values that several kinds of evidence support, and evidence that must not make a value. */
class EvidenceAgreementTest {

  @Property(tries = 40)
  void aMastheadNamedAgainInTheFooterIsNeverTheTitle(
      @ForAll(supplier = Layouts.Outlets.class) String outlet, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> lines =
        List.of(outlet, "", headline, "", "February 9, 2023", "", paragraph("the canals"), "",
            paragraph("the mills"), "", "(c) 2023 " + outlet + " Ltd. All rights reserved.");
    Extraction result = extract(lines);

    assertThat(result.metadata().get(TITLE).value()).isEqualTo(headline);
    assertThat(result.metadata().get(OUTLET)).isEqualTo(FieldValue.of(outlet, RuleNames.MASTHEAD));
  }

  @Property(tries = 40)
  void aFooterThatDescribesThePublicationNamesTheOutletAndIsNotBodyText(
      @ForAll(supplier = Layouts.Outlets.class) String outlet, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> lines =
        List.of(headline, "", paragraph("the glacier"), "", paragraph("the soil"), "",
            outlet + " is an independent, reader-supported publication.");
    Extraction result = extract(lines);

    assertThat(result.metadata().get(OUTLET))
        .isEqualTo(FieldValue.of(outlet, RuleNames.SELF_DESCRIPTION));
    assertThat(result.metadataLines()).contains(6);
  }

  @Property(tries = 30)
  void aPersonDescribedAsIndependentIsNoOutlet(
      @ForAll(supplier = Layouts.People.class) String person, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    Extraction result =
        extract(List.of(headline, "", paragraph("the glacier"), "", paragraph("the soil"), "",
            person + " is an independent journalist based in Riga."));

    assertThat(result.metadata().get(OUTLET).isKnown()).isFalse();
  }

  @Property(tries = 30)
  void aNameAboveItsTimestampBelowAConsentBannerIsTheByline(
      @ForAll(supplier = Layouts.People.class) String author, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> lines =
        List.of("We use cookies to improve your experience. Accept | Manage preferences", "",
            headline, "", author, "2024-05-09T08:00:00Z", "", paragraph("microbes"));
    Extraction result = extract(lines);

    assertThat(result.metadata().get(TITLE).value()).isEqualTo(headline);
    assertThat(result.metadata().get(AUTHOR))
        .isEqualTo(FieldValue.of(author, RuleNames.NAME_WITH_DATE_LINE));
    assertThat(result.metadata().get(DATE).value()).isEqualTo("2024-05-09");
  }

  @Property(tries = 30)
  void aBioOfOneOfSeveralAuthorsIsNotBodyText(
      @ForAll(supplier = Layouts.People.class) String first, @ForAll(supplier = Layouts.People.class) String second,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> lines =
        List.of(headline, "", "By " + first + " and " + second, "", paragraph("the hospitals"), "",
            paragraph("the wait"), "", first + " is a health reporter.");
    Extraction result = extract(lines);

    assertThat(result.metadata().get(AUTHOR).value()).isEqualTo(first + " and " + second);
    assertThat(result.metadataLines()).contains(8);
  }

  @Example
  void aDomainNameSupportsTheCandidateItSpellsOverAStrongerOneAlone() {
    List<Candidate> candidates =
        List.of(
            Candidate.of(OUTLET, "Harbor Press", RuleNames.SELF_DESCRIPTION, 9),
            Candidate.of(OUTLET, "Harbor Herald", RuleNames.COPYRIGHT_LINE, 10),
            new Candidate(OUTLET, "harborherald", RuleNames.DOMAIN_NAME, 11, Set.of()));

    assertThat(CandidateScoring.best(OUTLET, candidates))
        .map(Candidate::value)
        .contains("Harbor Herald");
  }

  @Example
  void aDomainNameAloneGivesNoOutlet() {
    Extraction result =
        extract(List.of("Ferry fares to rise in spring", "", paragraph("x"), "", "www.example.com"));

    assertThat(result.metadata().get(OUTLET).isKnown()).isFalse();
  }

  @Property(tries = 30)
  void aMastheadInCapitalsWithoutOtherSpellingIsPutInTitleCase(
      @ForAll(supplier = Layouts.Outlets.class) String outlet, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    Extraction result =
        extract(List.of(outlet.toUpperCase(Locale.ROOT), "", headline, "", paragraph("x")));

    assertThat(result.metadata().get(OUTLET).value()).isEqualTo(outlet);
    assertThat(result.metadata().get(TITLE).value()).isEqualTo(headline);
  }
}
