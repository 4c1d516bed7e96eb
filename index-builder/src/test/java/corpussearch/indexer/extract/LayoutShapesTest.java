package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Articles.paragraph;
import static corpussearch.indexer.extract.Layouts.extract;
import static corpussearch.indexer.extract.Layouts.paragraphs;
import static corpussearch.indexer.extract.MetadataField.AUTHOR;
import static corpussearch.indexer.extract.MetadataField.DATE;
import static corpussearch.indexer.extract.MetadataField.OUTLET;
import static corpussearch.indexer.extract.MetadataField.TITLE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Page layouts the per-layout rules got wrong, with names, outlets and dates generated. */
class LayoutShapesTest {

  @Property(tries = 60)
  void aMastheadAboveMenusIsTheOutletAndTheHeadlineBelowIsTheTitle(
      @ForAll(supplier = Layouts.Outlets.class) String outlet,
      @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll(supplier = Layouts.People.class) String author,
      @ForAll boolean capitals) {
    String masthead = capitals ? outlet.toUpperCase(Locale.ROOT) : outlet;
    List<String> lines =
        List.of(masthead, "Serving the region since 1894", "", "Home | News | Local | e-Edition",
            "Subscribe   Log in", "", "LOCAL NEWS", "", headline, "", "By " + author, "",
            paragraph("the ferry"), "", paragraph("the budget"), "",
            "(c) 2022 " + outlet + ". All rights reserved.");
    Extraction result = extract(lines);

    assertThat(result.metadata().get(TITLE).value()).isEqualTo(headline);
    assertThat(result.metadata().get(OUTLET).value()).isEqualTo(outlet);
    assertThat(result.metadata().get(AUTHOR).value()).isEqualTo(author);
    assertThat(paragraphs(lines)).first().isEqualTo(paragraph("the ferry"));
  }

  @Property(tries = 40)
  void theNameInANameAndSectionHeaderIsTheOutletAndANameWithARoleIsTheAuthor(
      @ForAll(supplier = Layouts.Outlets.class) String outlet,
      @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll(supplier = Layouts.People.class) String author) {
    List<String> lines =
        List.of(outlet.toUpperCase(Locale.ROOT) + " | World", "Home > World > Asia", "", headline,
            "", author + ", Staff Writer", "Published 14 August 2023", "", paragraph("talks"));
    Extraction result = extract(lines);

    assertThat(result.metadata().get(OUTLET).isKnown()).isTrue();
    assertThat(result.metadata().get(OUTLET).value()).isEqualToIgnoringCase(outlet);
    assertThat(result.metadata().get(AUTHOR))
        .isEqualTo(FieldValue.of(author, RuleNames.ROLE_BYLINE));
    assertThat(result.metadata().get(TITLE).value()).isEqualTo(headline);
  }

  @Property(tries = 40)
  void aClosingCoversForLineNamesTheAuthorAndTheOutlet(
      @ForAll(supplier = Layouts.Outlets.class) String outlet,
      @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll(supplier = Layouts.People.class) String author) {
    List<String> lines =
        List.of(headline, "", paragraph("the grid"), "", paragraph("the delay"), "",
            author + " covers energy and the environment for " + outlet + ".");
    Extraction result = extract(lines);

    assertThat(result.metadata().get(AUTHOR).value()).isEqualTo(author);
    assertThat(result.metadata().get(OUTLET).value()).isEqualTo(outlet);
    assertThat(paragraphs(lines)).noneMatch(p -> p.contains(" covers energy"));
  }

  @Property(tries = 40)
  void aBylineAtTheBottomIsTheAuthorNotADroppedBio(
      @ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll(supplier = Layouts.People.class) String author) {
    List<String> lines =
        List.of(headline, "", paragraph("the valley"), "", paragraph("the border"), "",
            "By " + author + ", Central Asia correspondent");
    Extraction result = extract(lines);

    assertThat(result.metadata().get(AUTHOR)).isEqualTo(FieldValue.of(author, RuleNames.BY_LINE));
    assertThat(paragraphs(lines)).hasSize(2);
  }

  @Property(tries = 60)
  void aWireDatelineAndCreditLineGiveAgencyDateAndAuthors(
      @ForAll("wire") Wire wire,
      @ForAll(supplier = Layouts.People.class) String reporter,
      @ForAll(supplier = Layouts.People.class) String editor,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> lines =
        List.of(headline, "", wire.dateline() + " " + paragraph("the strike"), "",
            paragraph("the talks"), "", "-- Reporting by " + reporter + "; editing by " + editor,
            "", "RELATED STORIES", "- Copper hits three-week high on supply worries",
            "- Lawmakers debate mining royalty bill", "",
            wire.agency() + " is an independent news service providing world news to media"
                + " organisations.");
    Extraction result = extract(lines);

    assertThat(result.metadata().get(AUTHOR).value()).isEqualTo(reporter);
    assertThat(result.metadata().get(OUTLET).value()).isEqualTo(wire.agency());
    assertThat(result.metadata().get(DATE).value()).isEqualTo(wire.date().toString());
    assertThat(paragraphs(lines))
        .hasSize(2)
        .noneMatch(p -> p.contains("Reporting by") || p.contains("news service")
            || p.contains("Copper hits"));
  }

  @Property(tries = 30)
  void twoAuthorsInOneByline(
      @ForAll(supplier = Layouts.People.class) String first, @ForAll(supplier = Layouts.People.class) String second,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    Extraction result =
        extract(List.of(headline, "", "By " + first + " and " + second, "", paragraph("x")));

    assertThat(result.metadata().get(AUTHOR).value()).isEqualTo(first + " and " + second);
  }

  @Property(tries = 30)
  void aBioThatNamesTheAuthorGivesTheAuthor(
      @ForAll(supplier = Layouts.People.class) String author, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    Extraction result =
        extract(List.of(headline, "", paragraph("the canals"), "", paragraph("the city"), "",
            author + " is a professor of history at Lowmarsh University."));

    assertThat(result.metadata().get(AUTHOR))
        .isEqualTo(FieldValue.of(author, RuleNames.AUTHOR_BIO));
  }

  @Provide
  Arbitrary<Wire> wire() {
    return Combinators.combine(Layouts.cities(), Layouts.agencies(), Layouts.dates())
        .flatAs(
            (city, agency, date) ->
                Layouts.spelledOut(date).map(spelled -> new Wire(city, agency, date, spelled)));
  }

  /** A wire dateline, "Dushanbe, 27 October 2021 (Pamir Wire) -". */
  record Wire(String city, String agency, LocalDate date, String spelled) {
    String dateline() {
      return city + ", " + spelled + " (" + agency + ") -";
    }
  }
}
