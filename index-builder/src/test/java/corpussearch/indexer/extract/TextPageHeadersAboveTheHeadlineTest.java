package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Articles.paragraph;
import static corpussearch.indexer.extract.Layouts.extract;
import static corpussearch.indexer.extract.MetadataField.TITLE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * What a text page (copy-paste, pdftotext, a text browser's dump) prints above its headline: a
 * row of links set apart by wide gaps (letterheads and linked site names: {@link
 * FirstLinesWithoutHeadlineEvidenceTest}), an author's job under the name, a slogan between the masthead and the menu, a
 * section label over a headline of two short sentences. None is taken for the headline; a
 * headline of ordinary words and spacing still is.
 */
class TextPageHeadersAboveTheHeadlineTest {

  @Property(tries = 40)
  void aHeadlineInOrdinarySpacingOverTheBodyIsStillTheHeadline(@ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> lines = List.of(headline, "", paragraph("the harbour"), "", paragraph("the levy"));

    assertThat(extract(lines).metadata().get(TITLE).value()).isEqualTo(headline);
  }

  @Property(tries = 60)
  void anAuthorsJobUnderTheNameAboveTheHeadlineIsNotTheHeadline(@ForAll(supplier = Layouts.People.class) String person,
      @ForAll("roles") String role, @ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll(supplier = Layouts.Dates.class) java.time.LocalDate date) {
    List<String> lines = List.of("Commentary", date.toString(), "", person, role, "", headline, "",
        paragraph("the harbour"), "", paragraph("the levy"));

    assertThat(extract(lines).metadata().get(TITLE).value()).isEqualTo(headline);
  }

  @Property(tries = 60)
  void aSloganBetweenTheMastheadAndTheMenuIsNotTheHeadline(@ForAll(supplier = Layouts.Outlets.class) String outlet,
      @ForAll("slogans") String slogan, @ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll(supplier = Layouts.People.class) String person) {
    List<String> lines = List.of(outlet.toUpperCase(Locale.ROOT), slogan, "Home   News   Politics   Business   Sport   Culture",
        headline, "By " + person, "5 December 2024", "", paragraph("the harbour"), "", paragraph("the levy"));

    assertThat(extract(lines).metadata().get(TITLE).value()).isEqualTo(headline);
  }

  @Property(tries = 40)
  void aHeadlineUnderTheMastheadAndTheMenuStaysTheHeadline(@ForAll(supplier = Layouts.Outlets.class) String outlet,
      @ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll(supplier = Layouts.People.class) String person) {
    List<String> lines = List.of(outlet.toUpperCase(Locale.ROOT), "Home   News   Politics   Business   Sport", headline,
        "The council heard from residents for four hours before the vote.", "By " + person, "5 December 2024", "",
        paragraph("the harbour"), "", paragraph("the levy"));

    assertThat(extract(lines).metadata().get(TITLE).value()).isEqualTo(headline);
  }

  @Property(tries = 40)
  void aLabelOverAHeadlineOfTwoShortSentencesIsNotTheHeadline(@ForAll("links") String header, @ForAll("labels") String label,
      @ForAll("twoSentences") String headline, @ForAll(supplier = Layouts.People.class) String person) {
    List<String> lines = List.of(header, label, headline, "Governments have walked away from the region. Its people cannot.",
        "By " + person, "March 19, 2025", "", paragraph("the harbour"), "", paragraph("the levy"));

    assertThat(extract(lines).metadata().get(TITLE).value()).isEqualTo(headline);
  }

  @Property(tries = 40)
  void aReportsHeadlineOverItsAuthorsNamesIsFoundUnderItsLetterhead(@ForAll(supplier = Layouts.People.class) String first,
      @ForAll(supplier = Layouts.People.class) String second, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> lines = List.of("INSTITUTE FOR COASTAL SECURITY STUDIES                  COMMENTARY", "", headline, "",
        first + " and " + second, "", "SYNOPSIS", "A small armed group has survived years of pressure on the coast.",
        "Family networks and local extortion explain why.", "", "The group is no longer the organisation that seized",
        "villages around the lake in 2019, but it has not gone away either.");

    assertThat(extract(lines).metadata().get(TITLE).value()).isEqualTo(headline);
  }

  /** A row of two to four links set apart by wide gaps: "Skip to content   Skip to site index". */
  @Provide
  static Arbitrary<String> links() {
    Arbitrary<String> gap = Arbitraries.integers().between(3, 12).map(" "::repeat);
    Arbitrary<String> link = Arbitraries.of("Skip to content", "Skip to site index", "Today's Paper", "Log in", "Subscribe",
        "Aller au contenu", "Ir al contenido", "Menu", "Search", "Ir para o conteúdo");
    return Combinators.combine(link.list().ofMinSize(2).ofMaxSize(4), gap).as((items, g) -> String.join(g, items));
  }

  @Provide
  Arbitrary<String> roles() {
    return Arbitraries.of("Senior Researcher, Sahel Programme", "Research Fellow", "Senior Analyst, Maritime Security Programme",
        "Director of Research", "Associate Fellow, Africa Programme", "Chercheur associé", "Investigadora principal");
  }

  @Provide
  Arbitrary<String> slogans() {
    return Arbitraries.of("Le journal de tous les Burkinabè", "The paper of the whole valley", "El diario de todos los cordobeses",
        "O jornal de todos os moçambicanos", "Independent since 1921", "Read by the whole coast");
  }

  @Provide
  Arbitrary<String> labels() {
    return Arbitraries.of("Guest Essay", "Opinion", "Analysis", "Commentary", "Tribune", "Opinión");
  }

  @Provide
  Arbitrary<String> twoSentences() {
    return Arbitraries.of("The Sahel Is Not a Lost Cause. Stop Treating It Like One.",
        "We Forgot Why the Canals Were Built. Now We Are Losing Them.",
        "The Ferry Is Not a Luxury. Stop Cutting It.");
  }
}
