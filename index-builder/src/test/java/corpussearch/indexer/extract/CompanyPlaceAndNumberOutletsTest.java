package corpussearch.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Values beside an outlet's name that are not part of it: the company words of a publisher's
 * copyright ("© 2025 The Meridian Review Company", when the page names "The Meridian Review"), the
 * place after a broadcaster's credit ("PAB News, Dori"), and a series or issue number that a
 * letterhead prints where a name could stand ("No. 2025/41 | 6 October 2025"), which is no name.
 */
class CompanyPlaceAndNumberOutletsTest {

  private static final String STORY =
      "Officials said the ferry would keep its winter timetable after residents filled the council chamber on Tuesday"
          + " night, and that the cost would be shared with the two neighbouring districts.";

  @Property(tries = 60)
  void aCompanysNoticeStandsForThePaperThePageNames(@ForAll(supplier = Layouts.Outlets.class) String paper,
      @ForAll("companyWords") String company, @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll(supplier = Layouts.People.class) String person) {
    List<String> lines = List.of(headline, "", "By " + person, "March 19, 2025", "", STORY, "", STORY, "",
        paper + " is committed to publishing a diversity of letters to the editor.", "",
        "© 2025 " + paper + " " + company);

    assertThat(OutletNames.comparable(Layouts.extract(lines).metadata().outlet().value())).isEqualTo(OutletNames.comparable(paper));
  }

  @Property(tries = 40)
  void aCompanyThePageNeverNamesShortIsKeptWhole(@ForAll(supplier = Layouts.Outlets.class) String paper,
      @ForAll("ownerWords") String company, @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll(supplier = Layouts.People.class) String person) {
    List<String> lines = List.of(headline, "", "By " + person, "March 19, 2025", "", STORY, "", STORY, "",
        "© 2025 " + paper + " " + company + ". All rights reserved.");

    assertThat(Layouts.extract(lines).metadata().outlet().value()).isEqualTo(paper + " " + company);
  }

  @Property(tries = 60)
  void aPlaceAfterTheOutletInACreditIsNoPartOfIt(@ForAll("broadcasters") String outlet, @ForAll("places") String place,
      @ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll(supplier = Layouts.People.class) String person) {
    List<String> lines = List.of("news.example", headline, "7 min read", "By " + person, outlet + ", " + place, "10 February 2025",
        "", STORY, "", STORY);

    assertThat(Layouts.extract(lines).metadata().outlet().value()).isEqualTo(outlet);
  }

  @Property(tries = 60)
  void anOutletAndAPlaceAreSplitButTwoNamesAreNot(@ForAll("broadcasters") String outlet, @ForAll("places") String place,
      @ForAll(supplier = Layouts.Outlets.class) String other) {
    assertThat(OutletNames.withoutPlaceAfter(outlet + ", " + place)).isEqualTo(outlet);
    assertThat(OutletNames.withoutPlaceAfter(outlet + ", " + other)).isEqualTo(outlet + ", " + other);
    assertThat(OutletNames.withoutPlaceAfter(outlet)).isEqualTo(outlet);
  }

  @Property(tries = 80)
  void aSeriesOrIssueNumberIsNoName(@ForAll("numbers") String number) {
    assertThat(OutletNames.isOutletName(number)).isFalse();
  }

  @Property(tries = 40)
  void aNameWithAChannelOrFrequencyIsStillAName(@ForAll("numberedNames") String name) {
    assertThat(OutletNames.isOutletName(name)).isTrue();
  }

  @Property(tries = 40)
  void aLetterheadsSeriesNumberBesideTheDateIsNoOutlet(@ForAll("numbers") String number,
      @ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll(supplier = Layouts.People.class) String person) {
    List<String> lines = List.of(number + " | 6 October 2025", "", headline, "", person, "", STORY, "", STORY);

    assertThat(Layouts.extract(lines).metadata().outlet().isKnown()).isFalse();
  }

  @Provide
  Arbitrary<String> companyWords() {
    return Arbitraries.of("Company", "Co.", "News & Media Limited", "Media Group", "Holdings Ltd", "Publishing", "Media Inc.",
        "Publications", "News and Media");
  }

  @Provide
  Arbitrary<String> ownerWords() {
    return Arbitraries.of("Company", "Media Group", "Holdings", "Publishing", "Publications");
  }

  @Provide
  Arbitrary<String> broadcasters() {
    return Arbitraries.of("PAB News", "Radio Sahel", "Global Radio Network", "KTV News", "Continental Broadcasting Service");
  }

  @Provide
  Arbitrary<String> places() {
    return Arbitraries.of("Dori", "Niamey", "Cape Town", "Ouagadougou", "Port Moresby", "Dakar, Senegal", "Kota Kinabalu");
  }

  @Provide
  Arbitrary<String> numbers() {
    Arbitrary<String> label = Arbitraries.of("No.", "No", "Nº", "N°", "Nr.", "Issue", "Issue #", "Vol.", "Número", "Numéro", "Commentary No.");
    Arbitrary<String> figure = Arbitraries.of("2025/41", "117/2025", "112", "3", "14");
    Arbitrary<String> numberAndYear = Arbitraries.of("2025/41", "117/2025", "12/2024");
    return Arbitraries.oneOf(Combinators.combine(label, figure).as((l, f) -> l.endsWith("#") ? l + f : l + " " + f), numberAndYear);
  }

  @Provide
  Arbitrary<String> numberedNames() {
    return Arbitraries.of("Channel 4 News", "WQRV 9 News", "Radio Kestral 98.2", "France 24", "Island Talk 94 FM", "Sky 1", "Radio 24/7",
        "News 24/7");
  }
}
