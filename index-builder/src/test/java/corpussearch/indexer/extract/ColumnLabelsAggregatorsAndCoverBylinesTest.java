package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Articles.paragraph;
import static corpussearch.indexer.extract.Layouts.extract;
import static corpussearch.indexer.extract.MetadataField.AUTHOR;
import static corpussearch.indexer.extract.MetadataField.DATE;
import static corpussearch.indexer.extract.MetadataField.OUTLET;
import static corpussearch.indexer.extract.MetadataField.TITLE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Round 34's text layouts, generated: one day in two calendars; a column's name over a short
 * headline; two writers set apart by a bar; an aggregator's "Name via Paper · date"; a wire
 * agency named short in its dateline and in full in its rights line; a reader view's hyphenated
 * address; a reading time under the byline; a menu's last item over a release's date; a report's
 * cover (letterhead, a title cut after its colon, writers set apart by a dot); a department under
 * its government's masthead; an app's banner over the masthead.
 */
class ColumnLabelsAggregatorsAndCoverBylinesTest {

  /** "Monday 22 Rabi-ul-Awwal 1445 AH / 9th October 2023": the day in the other calendar says nothing more. */
  @Property(tries = 40)
  void aDateGivenInTwoCalendarsIsRead(@ForAll(supplier = Layouts.Dates.class) LocalDate date, @ForAll("otherCalendars") String other,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    String gregorian = date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
    List<String> lines = List.of(headline, "", other + " / " + gregorian, "", paragraph("the talks"), "", paragraph("the border"));

    assertThat(extract(lines).metadata().get(DATE).value()).isEqualTo(date.toString());
  }

  /**
   * "Between the Lines" / "Mourning by routine" / "RASHID YOUSAFZAI" / date: the column's name
   * over the headline, which the story echoes, is no headline.
   */
  @Property(tries = 40)
  void aColumnsNameOverAShortHeadlineIsNoTitle(@ForAll("columnNames") String column, @ForAll("shortHeadlines") String headline,
      @ForAll(supplier = Layouts.People.class) String person) {
    String echo = "There is a " + headline.toLowerCase(Locale.ROOT) + " in the way the province now lives, and everyone here "
        + "knows it well enough to describe it to a visitor without being asked, as they did again last week.";
    List<String> lines = List.of("Daily Riverton Times", "OPINION", "", column, "", headline, "", person.toUpperCase(Locale.ROOT), "",
        "Monday 9th October 2023", "", echo, "", paragraph("the border"));

    var metadata = extract(lines).metadata();
    assertThat(metadata.get(TITLE).value()).isEqualTo(headline);
    assertThat(metadata.get(DATE).value()).isEqualTo("2023-10-09");
  }

  /** A headline directly over a standfirst of eight words or more stays the headline, however the story echoes the two. */
  @Property(tries = 20)
  void aHeadlineOverItsStandfirstStays(@ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll(supplier = Layouts.People.class) String person) {
    String standfirst = "Officials said the situation had changed considerably over the past months";
    List<String> lines = List.of(headline, standfirst, "", "By " + person, "5 December 2024", "", paragraph("the ferry"), "",
        paragraph("the timetable"));

    assertThat(extract(lines).metadata().get(TITLE).value()).isEqualTo(headline);
  }

  /** "Zahid Afridi | Shahzeb Khattak" under the headline: two writers. */
  @Property(tries = 40)
  void twoNamesSetApartByABarAreTwoWriters(@ForAll(supplier = Layouts.People.class) String first, @ForAll(supplier = Layouts.People.class) String second,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    Assume.that(!first.equals(second));
    List<String> lines = List.of("Frontier Chronicle", "", headline, first + " | " + second, "Published July 31, 2023", "",
        paragraph("the talks"), "", paragraph("the border"));

    assertThat(extract(lines).metadata().get(AUTHOR).value()).isEqualTo(first + " and " + second);
  }

  /** "Jane Doe | Chania" where the story says "in Chania": the writer and the place she filed from. */
  @Property(tries = 20)
  void aNameAndAPlaceTheStoryWritesAsOneIsOneWriter(@ForAll(supplier = Layouts.People.class) String person, @ForAll("towns") String town,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> lines = List.of("Frontier Chronicle", "", headline, person + " | " + town, "Published July 31, 2023", "",
        "Police in " + town + " reported on Monday that " + paragraph("the market"), "", paragraph("the border"));

    assertThat(extract(lines).metadata().get(AUTHOR).value()).isEqualTo(person);
  }

  /** "Shahid Kakar via The Quetta Observer · 5 Nov 2024" under the headline on an aggregator's page. */
  @Property(tries = 40)
  void anAggregatorsBylineGivesTheWriterNotThePaper(@ForAll(supplier = Layouts.People.class) String person,
      @ForAll(supplier = Layouts.Outlets.class) String source, @ForAll(supplier = Layouts.Dates.class) LocalDate date,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    String day = date.format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH));
    List<String> lines = List.of("Get the NewsHub Daily app — all your news in one place. Open", "NewsHub Daily", "For You   World   Business",
        source, "+ Follow", "Aggregated 3 hours ago", headline, person + " via " + source + " · " + day, "",
        "Officials reported what the headline says: " + headline.toLowerCase(Locale.ROOT) + ", according to two people who saw the figures.", "",
        paragraph("the border"), "", "Read original article at " + source);

    var metadata = extract(lines).metadata();
    assertThat(metadata.get(AUTHOR).value()).isEqualTo(person);
    assertThat(metadata.get(DATE).value()).isEqualTo(date.toString());
    assertThat(metadata.get(TITLE).value()).isEqualTo(headline);
    assertThat(metadata.get(OUTLET).value()).isEqualTo("NewsHub Daily");
  }

  /** "MOSCOW, 8 March (NordStar) –" over a page signed "© NordStar News Agency" and "nordstar.example": the agency's full name. */
  @Property(tries = 30)
  void anAgencyNamedShortInItsDatelineIsReportedInFull(@ForAll("brands") String brand, @ForAll("agencyWords") String words,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> lines = List.of(headline, "", "MOSCOW, 8 March 2025 (" + brand + ") - " + paragraph("the talks"), "", paragraph("the border"),
        "", "© 2025 " + brand + " " + words, brand.toLowerCase(Locale.ROOT) + ".example");

    assertThat(extract(lines).metadata().get(OUTLET).value()).isEqualTo(brand + " " + words);
  }

  /**
   * A reader view's "riverton-abendblatt.example" over the headline: its words are the outlet;
   * "Lesezeit 3 Min." under the byline is none; the caption under the date, credited "Bild: …", is
   * no paragraph.
   */
  @Property(tries = 30)
  void aHyphenatedAddressOverAReaderViewNamesTheOutlet(@ForAll("placeWords") String place, @ForAll("paperWords") String paper,
      @ForAll(supplier = Layouts.People.class) String person, @ForAll @IntRange(min = 2, max = 12) int minutes) {
    String host = place.toLowerCase(Locale.ROOT) + "-" + paper.toLowerCase(Locale.ROOT) + ".example";
    String caption = "Sicherheitskräfte sichern den Anschlagsort in Mastung. Bild: Asad Zaidi/Agentur Südasien";
    List<String> lines = List.of(host, "Dutzende Tote bei Anschlag auf Prozession in Pakistan", "Terror in Belutschistan",
        "Von " + person + ", Neu-Delhi", "Lesezeit " + minutes + " Min.", "30. September 2023, 14:12 Uhr", caption, "", paragraph("the talks"), "",
        paragraph("the border"));

    var metadata = extract(lines).metadata();
    assertThat(metadata.get(OUTLET).value()).isEqualTo(place + " " + paper);
    assertThat(metadata.get(AUTHOR).value()).isEqualTo(person);
    assertThat(Layouts.paragraphs(lines)).containsExactly(paragraph("the talks"), paragraph("the border"));
  }

  /** "Home" / … / "Contact Us" / "Report Terrorism" / "PRESS RELEASE" / date: a menu's last item is no writer. */
  @Property(tries = 30)
  void aMenusLastItemOverAReleasesDateIsNoWriter(@ForAll("menuItems") String last, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> lines = List.of("Provincial Police Department", "Home", "About Us", "Most Wanted", "Press Releases", "Contact Us", last,
        "PRESS RELEASE", "Riverton, 18th May, 2024", headline, "", paragraph("the talks"), "", paragraph("the border"));

    assertThat(extract(lines).metadata().get(AUTHOR).isKnown()).isFalse();
  }

  /** Writers' names stacked over the date under a label are no menu: the name over the date is still read. */
  @Property(tries = 20)
  void namesStackedOverTheDateAreNoMenu(@ForAll(supplier = Layouts.People.class) String first, @ForAll(supplier = Layouts.People.class) String second,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    Assume.that(!first.equals(second));
    List<String> lines = List.of(headline, "", "Analysis by", first, second, "12 March 2025", "", paragraph("the talks"), "", paragraph("the border"));

    assertThat(extract(lines).metadata().get(AUTHOR).value()).contains(second);
  }

  /**
   * A report's cover: the letterhead over its series line is the outlet, never the title; the title
   * cut after its colon runs on over the next line; "Dr A · B" are the writers.
   */
  @Property(tries = 30)
  void aReportsCoverGivesTitleWritersAndIssuer(@ForAll("institutes") String institute, @ForAll("cutTitles") List<String> title,
      @ForAll(supplier = Layouts.People.class) String first, @ForAll(supplier = Layouts.People.class) String second) {
    Assume.that(!first.equals(second));
    List<String> lines = List.of("                  " + institute.toUpperCase(Locale.ROOT), "", "ISSUE BRIEF", "No. 7 | 14 March 2024", "",
        title.get(0), title.get(1), "", "Dr " + first + " · " + second, "", paragraph("the talks"), "", paragraph("the border"));

    var metadata = extract(lines).metadata();
    assertThat(metadata.get(TITLE).value()).isEqualTo(title.get(0) + " " + title.get(1));
    assertThat(metadata.get(AUTHOR).value()).isEqualTo(first + " and " + second);
    assertThat(metadata.get(OUTLET).value()).isEqualToIgnoringCase(institute);
    assertThat(metadata.get(DATE).value()).isEqualTo("2024-03-14");
  }

  /** "Government of X" over "Y Department X", the rights line signing "© 2024 Y Department, X": the department's page. */
  @Property(tries = 30)
  void aDepartmentUnderItsGovernmentsMastheadIsTheOutletItsFooterSigns(@ForAll("provinces") String province, @ForAll("departments") String department,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> lines = List.of("Government of " + province, department + " " + province, "Home", "About", "Press Releases", "Contact Us",
        "PRESS RELEASE", "Riverton, 18th May, 2024", headline, "", paragraph("the talks"), "", paragraph("the border"), "",
        "Visitors: 1,284,553", "© 2024 " + department + ", " + province + ". All rights reserved.");

    assertThat(extract(lines).metadata().get(OUTLET).value()).isEqualTo(department + " " + province);
  }

  @Provide
  Arbitrary<String> otherCalendars() {
    return Arbitraries.of("Monday 22 Rabi-ul-Awwal 1445 AH", "3 Jumada al-Awwal 1446 AH", "1 Azar 1403 SH", "Friday 14 Mizan 1400 SH");
  }

  @Provide
  Arbitrary<String> columnNames() {
    return Arbitraries.of("Between the Lines", "Letter from Kabul", "The Long View", "Frontier Notes");
  }

  @Provide
  Arbitrary<String> shortHeadlines() {
    return Arbitraries.of("Mourning by routine", "Grief without answers", "Silence after funerals", "Waiting for justice");
  }

  @Provide
  Arbitrary<String> towns() {
    return Arbitraries.of("Sefwi Wiawso", "Port Hope", "Kota Bharu", "Santa Rosa");
  }

  @Provide
  Arbitrary<String> brands() {
    return Arbitraries.of("NordStar", "Baltora", "Hanbit", "Meridia");
  }

  @Provide
  Arbitrary<String> agencyWords() {
    return Arbitraries.of("News Agency", "Press Agency", "News Service");
  }

  @Provide
  Arbitrary<String> placeWords() {
    return Arbitraries.of("Badische", "Riverton", "Lowmarsh", "Fenland");
  }

  @Provide
  Arbitrary<String> paperWords() {
    return Arbitraries.of("Abendzeitung", "Tageblatt", "Rundschau", "Courier");
  }

  @Provide
  Arbitrary<String> menuItems() {
    return Arbitraries.of("Report Terrorism", "Rewards Scheme", "Public Notices", "Media Gallery");
  }

  @Provide
  Arbitrary<String> institutes() {
    return Arbitraries.of("Indus Centre for Security Studies", "Riverton Institute for Peace Research", "Lowmarsh Centre for Strategic Studies");
  }

  @Provide
  Arbitrary<List<String>> cutTitles() {
    return Arbitraries.of(List.of("Beyond the TTP: How ISKP Is Reframing", "Its Pakistan Campaign"),
        List.of("Rivals at the Border: Why Recruiters Target", "Returnees in Kandahar"),
        List.of("After Bajaur: What the Bombing Tells Us About", "Militant Strategy in the Tribal Districts"));
  }

  @Provide
  Arbitrary<String> provinces() {
    return Arbitraries.of("Khyber Pakhtunkhwa", "Western Cape", "Upper Riverton");
  }

  @Provide
  Arbitrary<String> departments() {
    return Combinators.combine(Arbitraries.of("Counter Terrorism", "Fisheries", "Public Health"), Arbitraries.of("Department", "Directorate"))
        .as((what, body) -> what + " " + body);
  }
}
