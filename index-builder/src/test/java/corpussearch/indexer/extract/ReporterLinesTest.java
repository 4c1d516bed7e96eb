package corpussearch.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Bylines without "By" that English papers, newsletters and broadcasters print: "Kensa Williams
 * reports", "Reported by | Shantal Reid | Transcript prepared by …", two reporters in capitals under
 * the standfirst ("THANDIWE MOKOENA and PIETER DU TOIT"), and "Name | site | town" under the
 * headline. And a stated title's " - Outlet" tail, split off when the page names that outlet again.
 */
class ReporterLinesTest {

  private static final String HEADLINE = "Council backs car-free trial on Lemon Street for next summer";
  private static final String STANDFIRST = "Tender to be re-advertised after guarantees found wanting";
  private static final String BODY =
      "The committee voted on Monday evening to close the upper half of the street to most traffic for a twelve-week trial,"
          + " despite objections from some traders who fear losing passing custom in the busiest weeks of the year.";

  @Property(tries = 60)
  void aNameThatReportsOrWritesIsTheByline(
      @ForAll(supplier = Layouts.People.class) String name, @ForAll("verbs") String verb, @ForAll boolean capitals) {
    String written = capitals ? name.toUpperCase(Locale.ROOT) : name;

    String author = Layouts.extract(List.of(HEADLINE, written + " " + verb, "", BODY)).metadata().author().value();

    assertThat(author).isEqualToIgnoringCase(name);
  }

  @Property(tries = 60)
  void reportedByIsALabel(@ForAll(supplier = Layouts.People.class) String name, @ForAll("reportedBy") String label,
      @ForAll(supplier = Layouts.People.class) String producer) {
    List<String> lines = List.of(HEADLINE, "", "Aired: Monday, November 24, 2025, 7:10 a.m.",
        label + " " + name + " | Transcript prepared by " + producer, "", BODY);

    assertThat(Layouts.extract(lines).metadata().author().value()).isEqualTo(name);
  }

  @Property(tries = 60)
  void twoReportersUnderTheStandfirstAreTheAuthors(@ForAll(supplier = Layouts.People.class) String first,
      @ForAll(supplier = Layouts.People.class) String second, @ForAll boolean capitals, @ForAll("joins") String join) {
    String names = first + join + second;
    List<String> lines = List.of(HEADLINE, "", STANDFIRST, "", capitals ? names.toUpperCase(Locale.ROOT) : names, "",
        "Picture: NARDUS ENGELBRECHT/CER", "", BODY);

    String author = Layouts.extract(lines).metadata().author().value();

    assertThat(author).isNotNull();
    assertThat(author.replace(" & ", " and ")).isEqualToIgnoringCase(first + " and " + second);
  }

  @Property(tries = 40)
  void aNameSiteAndTownUnderTheHeadlineIsTheByline(@ForAll(supplier = Layouts.People.class) String name,
      @ForAll("towns") String town) {
    List<String> lines = List.of("☰ Menu", "", "Regional News", "", HEADLINE, "", name + " | gcbnews.example | " + town,
        "25 Nov 2025, 14:20 GMT", "", BODY);

    Extraction extraction = Layouts.extract(lines);

    assertThat(extraction.metadata().title().value()).isEqualTo(HEADLINE);
    assertThat(extraction.metadata().author().value()).isEqualTo(name);
  }

  @Property(tries = 40)
  void proseThatNamesSomeoneIsNoByline(@ForAll(supplier = Layouts.People.class) String name, @ForAll("verbs") String verb) {
    List<String> lines = List.of(HEADLINE, "", BODY, "", name + " " + verb + " that the trial will be reviewed in September.");

    assertThat(Layouts.extract(lines).metadata().author().isKnown()).isFalse();
    assertThat(Layouts.extract(List.of(HEADLINE, "", "Grain prices and freight rates", "", BODY)).metadata().author().isKnown())
        .isFalse();
  }

  @Property(tries = 40)
  void anOrganisationThatIssuedAReleaseIsNoAuthor(@ForAll("issuers") String issuer, @ForAll(supplier = Layouts.People.class) String name) {
    List<String> release = List.of(HEADLINE, "", "Supplied by " + issuer, "21/11/2025", "", BODY);
    List<String> signed = List.of(HEADLINE, "", "Supplied by " + name, "21/11/2025", "", BODY);

    assertThat(Layouts.extract(release).metadata().author().isKnown()).isFalse();
    assertThat(Layouts.extract(signed).metadata().author().value()).isEqualTo(name);
  }

  @Provide
  Arbitrary<String> issuers() {
    return Arbitraries.of("Canterbury Plains Water Trust", "Selwyn District Council", "Hauraki Rail Trail Charitable Trust",
        "Kestrel Bay Rowing Association", "Northfield Dairy Co-operative", "Acme Holdings Ltd");
  }

  @Property(tries = 40)
  void aStatedTitlesDashTailIsTheOutletWhenThePageNamesIt(@ForAll(supplier = Layouts.Outlets.class) String outlet) {
    List<String> lines = List.of("---", "title: \"" + HEADLINE + " - " + outlet + "\"", "published: 2024-11-28", "---", "",
        "# " + HEADLINE, "", BODY, "", "> Sign up to the " + outlet + " daily newsletter for the top stories.");

    Extraction extraction = Layouts.extract(lines);

    assertThat(extraction.metadata().title().value()).isEqualTo(HEADLINE);
    assertThat(extraction.metadata().outlet().value()).isEqualTo(outlet);
  }

  @Property(tries = 20)
  void aDashTailThePageNamesNowhereStaysInTheTitle(@ForAll("tails") String tail) {
    String title = HEADLINE + " - " + tail;
    List<String> lines = List.of("---", "title: \"" + title + "\"", "published: 2024-11-28", "---", "", BODY);

    assertThat(Layouts.extract(lines).metadata().title().value()).isEqualTo(title);
  }

  @Provide
  Arbitrary<String> verbs() {
    return Arbitraries.of("reports", "writes", "reports from Truro", "writes from Port Moresby");
  }

  @Provide
  Arbitrary<String> reportedBy() {
    return Arbitraries.of("Reported by", "Reported by:", "Reported by |", "REPORTED BY");
  }

  @Provide
  Arbitrary<String> joins() {
    return Arbitraries.of(" and ", " & ");
  }

  @Provide
  Arbitrary<String> towns() {
    return Arbitraries.of("Sefwi Wiawso", "Kumasi", "Cape Coast", "Tamale");
  }

  @Provide
  Arbitrary<String> tails() {
    return Arbitraries.of("Live Updates", "What We Know", "Minister Says");
  }
}
