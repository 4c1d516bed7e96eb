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
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Round 33's text layouts, generated: a support bar's appeal over the headline; a broadcaster that
 * says who funds it; a slashed date stamped in a day-first country's zone; a wire site's name
 * signing under the last paragraph; a masthead among a utility bar's items or opening the page;
 * a byline that says where one of two writers filed from; a report's title in two parts over
 * three lines; a text browser's feed links and numbered skip link over the masthead; an office's
 * name over a release's date; two writers listed under the date; a language switcher's "English
 * Section"; a wire byline in capitals before its agency; a photographer credited after the writer.
 */
class SupportBarsLinkHeadsAndStackedCreditsTest {

  /** "[9]Donate to independent journalism" over the headline: an appeal, which never heads a story; a headline about support does. */
  @Property(tries = 40)
  void aFundingAppealIsNoHeadline(@ForAll("appeals") String appeal, @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 30) int link) {
    assertThat(TitleRules.isFurniture(appeal)).isTrue();
    assertThat(TitleRules.isFurniture("[" + link + "]" + appeal)).isTrue();
    assertThat(TitleRules.isFurniture("Support for independent journalism grows as local papers close")).isFalse();
    assertThat(TitleRules.isFurniture("Fund local news, MPs urge ministers")).isFalse();
  }

  /** "Riverton Radio is funded by listener contributions …" closing the page: the outlet. */
  @Property(tries = 30)
  void aPublicationSayingWhoFundsItNamesTheOutlet(@ForAll(supplier = Layouts.Outlets.class) String outlet, @ForAll("funders") String funders,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> lines = List.of(headline, "", "12 March 2025", "", paragraph("the talks"), "", paragraph("the border"), "",
        outlet + " is funded by " + funders + " and is editorially independent.");

    assertThat(extract(lines).metadata().get(OUTLET).value()).isEqualTo(outlet);
  }

  /** "06/01/2025 - 17:40 GMT": a page that stamps its times in a day-first country's zone writes its dates day first. */
  @Property(tries = 40)
  void aSlashedDateStampedInADayFirstZoneIsReadDayFirst(@ForAll("ambiguous") LocalDate date, @ForAll("zones") String zone,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> lines = List.of(headline, "", date.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) + " - 17:40 " + zone, "",
        paragraph("the talks"), "", paragraph("the border"));

    assertThat(extract(lines).metadata().get(DATE).value()).isEqualTo(date.toString());
  }

  /** The same stamp on a page that also gives a United States zone's time is read as the American page it is: month first. */
  @Property(tries = 20)
  void aUnitedStatesZoneElsewhereOutweighsTheStamp(@ForAll("ambiguous") LocalDate date, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> lines = List.of(headline, "", date.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) + " - 17:40 GMT", "",
        paragraph("the talks"), "", "The vote is due at 9:30 a.m. EST on Friday, officials said.");

    LocalDate monthFirst = LocalDate.of(date.getYear(), date.getDayOfMonth(), date.getMonthValue());
    assertThat(extract(lines).metadata().get(DATE).value()).isEqualTo(monthFirst.toString());
  }

  /** "Read also: …" / "Dmitry Sukhanov-Belsky" / "Tags: …" under the last paragraph: the name signs the story. */
  @Property(tries = 40)
  void aNameAloneUnderTheLastParagraphSignsTheStory(@ForAll(supplier = Layouts.People.class) String person,
      @ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll boolean readAlso) {
    List<String> tail = readAlso ? List.of("Read also: Ferry timetable to change in spring", "", person) : List.of(person);
    List<String> lines = new java.util.ArrayList<>(List.of("RIVERTON NEWS AGENCY", "", "04.01.2024, 16:27", "", headline, "",
        paragraph("the talks"), "", paragraph("the border"), ""));
    lines.addAll(tail);
    lines.addAll(List.of("", "Tags: Ferry, Council", "© RNA 1999-2024"));

    assertThat(extract(lines).metadata().get(AUTHOR).value()).isEqualTo(person);
  }

  /** A name over a reader's comment, its time under it, is a commenter's: no author. */
  @Property(tries = 20)
  void aNameOverACommentsTimeSignsNothing(@ForAll(supplier = Layouts.People.class) String person,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> lines = List.of(headline, "", "12 March 2025", "", paragraph("the talks"), "", paragraph("the border"), "", "2 comments", "",
        person, "3 hours ago", "Great piece, thanks.");

    assertThat(extract(lines).metadata().get(AUTHOR).isKnown()).isFalse();
  }

  /** "Sign in" / "Search jobs" / "The Riverton Herald" / "News" / … with the footer's "© 2025 Riverton Herald …": the masthead. */
  @Property(tries = 40)
  void aMastheadAmongTheBarsItemsThatTheFooterSignsIsTheOutlet(@ForAll("places") String place, @ForAll("bars") String bar,
      @ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll(supplier = Layouts.People.class) String person) {
    String outlet = "The " + place + " Herald";
    List<String> lines = List.of("Skip to main content", bar, "Print subscriptions", "Sign in", "Search jobs", outlet, "News", "Opinion",
        "Sport", "Culture", headline, person, "Sat 13 Dec 2025 18.04 GMT", "", paragraph("the talks"), "", paragraph("the border"), "",
        "© 2025 " + place + " Herald News & Media Limited or its affiliated companies. All rights reserved.");

    assertThat(extract(lines).metadata().get(OUTLET).value()).isEqualTo(outlet);
  }

  /** "NewsHarbor" / "Home" / "Mail" / "News": the logo's name opening a copied page, over its menu. */
  @Property(tries = 30)
  void aNameOpeningThePageOverItsMenuIsTheMasthead(@ForAll("brands") String brand, @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll(supplier = Layouts.People.class) String person) {
    List<String> lines = List.of(brand, "Home", "Mail", "News", "Finance", "Sport", "Sign in", headline, person,
        "Thu, 10 July 2025 at 11:32 am GMT+2", "4 min read", "", paragraph("the talks"), "", paragraph("the border"));

    assertThat(extract(lines).metadata().get(OUTLET).value()).isEqualTo(brand);
  }

  /** "A in Berlin and B" over the date: two writers, one of them filing from a place. */
  @Property(tries = 40)
  void aPlaceAfterTheFirstOfTwoWritersIsNoPartOfTheirNames(@ForAll(supplier = Layouts.People.class) String first,
      @ForAll(supplier = Layouts.People.class) String second, @ForAll("cityNames") String city, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> lines = List.of(headline, "", first + " in " + city + " and " + second, "Sat 13 Dec 2025 18.04 GMT", "",
        paragraph("the talks"), "", paragraph("the border"));

    assertThat(extract(lines).metadata().get(AUTHOR).value()).isEqualTo(first + " and " + second);
  }

  /** "ISKP's European Reach:" / "Cells, Handlers and the Limits of" / "Remote Control": one title. */
  @Property(tries = 30)
  void aTitlesSecondPartBrokenOverTwoLinesIsJoined(@ForAll("twoPartTitles") List<String> parts, @ForAll(supplier = Layouts.People.class) String person) {
    List<String> lines = List.of("STEPPE POLICY INSTITUTE", "", "POLICY BRIEF 2024/07 · SEPTEMBER 2024", "", parts.get(0), parts.get(1), parts.get(2), "",
        person, "", "Published 26 September 2024", "", paragraph("the plots"), "", paragraph("the handlers"));

    assertThat(extract(lines).metadata().get(TITLE).value()).isEqualTo(String.join(" ", parts));
  }

  /** lynx's "#[1]Riverton Daily News RSS" / "[2]Skip to content" / "[3]Riverton Daily News": feeds and a skip link over the masthead. */
  @Property(tries = 40)
  void aTextBrowsersFeedLinksAndSkipLinkAreNeitherHeadlineNorMasthead(@ForAll(supplier = Layouts.Outlets.class) String outlet,
      @ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll(supplier = Layouts.People.class) String person) {
    List<String> lines = List.of("   #[1]" + outlet + " RSS", "", "   [2]Skip to content", "   [3]" + outlet, "",
        "   [4]Home [5]World [6]Business [7]Opinion", "", headline, "", "   By " + person, "   April 2, 2025, 3:47 pm", "",
        "   " + paragraph("the talks"), "", "   " + paragraph("the border"));

    Extraction extraction = extract(lines);
    assertThat(extraction.metadata().get(TITLE).value()).isEqualTo(headline);
    assertThat(extraction.metadata().get(OUTLET).value()).isEqualTo(outlet);
  }

  /** "National Public Prosecutor's Office (Landelijk Parket)" over the release's date: an office, no writer. */
  @Property(tries = 30)
  void anOfficesNameOverTheDateIsNoWriter(@ForAll("offices") String office, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> lines = List.of("PRESS RELEASE", "", office, "", "14 February 2025", "", headline, "", paragraph("the arrests"), "",
        paragraph("the searches"));

    assertThat(extract(lines).metadata().get(AUTHOR).isKnown()).isFalse();
  }

  /** "09.10.2024 15:20" / "A, B" / "/ PolPress", under a language switcher's "English Section | Polski | Українська". */
  @Property(tries = 40)
  void twoWritersUnderTheDateAndALanguageSwitcherAboveThem(@ForAll(supplier = Layouts.People.class) String first,
      @ForAll(supplier = Layouts.People.class) String second, @ForAll("services") String service,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> lines = List.of("Listen live", "Riverton Radio 1 · 2 · 3", service + " | Polski | Українська | Беларуская", "News", "Politics",
        "Society", headline, "09.10.2024 15:20", first + ", " + second, "/ PolPress", "", paragraph("the talks"), "", paragraph("the border"));

    assertThat(AuthorLineRules.split(extract(lines).metadata().get(AUTHOR).value().replace(", ", " and "))).containsExactly(first, second);
  }

  /** "By SELMA KORKMAZ and DAVID REIS Allied Press": the names in capitals, then the agency. */
  @Property(tries = 40)
  void namesInCapitalsBeforeTheAgencyAreTheWriters(@ForAll(supplier = Layouts.People.class) String first,
      @ForAll(supplier = Layouts.People.class) String second, @ForAll("agencies") String agency) {
    String byline = "By " + first.toUpperCase(Locale.ROOT) + " and " + second.toUpperCase(Locale.ROOT) + " " + agency;

    // capitals hide how "O'Neil" or "van der Berg" is written
    assertThat(NameAndDateShapes.bylineNames(byline)).hasValueSatisfying(names -> assertThat(names).isEqualToIgnoringCase(first + " and " + second));
  }

  /** "By Nathaniel Cho PHOTOGRAPHS BY MILA PETROVIĆ": the photographer is no writer. */
  @Property(tries = 40)
  void aPhotographerCreditedAfterTheWriterIsNoWriter(@ForAll(supplier = Layouts.People.class) String writer,
      @ForAll(supplier = Layouts.People.class) String photographer, @ForAll("pictureCredits") String credit) {
    String byline = "By " + writer + credit.replace("NAME", photographer);

    assertThat(BylineRules.parse(byline)).hasValueSatisfying(parsed -> assertThat(parsed.author()).isEqualTo(writer));
  }

  @Provide
  Arbitrary<String> appeals() {
    return Arbitraries.of("Donate to independent journalism", "Support independent journalism", "Support our journalism today",
        "Donate to our newsroom");
  }

  @Provide
  Arbitrary<String> funders() {
    return Arbitraries.of("listener contributions", "its readers", "viewer donations", "reader support");
  }

  @Provide
  Arbitrary<LocalDate> ambiguous() {
    return Layouts.dates().filter(d -> d.getDayOfMonth() <= 12 && d.getDayOfMonth() != d.getMonthValue());
  }

  @Provide
  Arbitrary<String> zones() {
    return Arbitraries.of("GMT", "BST", "CET", "CEST", "PKT", "EAT", "AEST");
  }

  @Provide
  Arbitrary<String> places() {
    return Arbitraries.of("Meridian", "Riverton", "Lowmarsh", "Kestrel Bay");
  }

  @Provide
  Arbitrary<String> bars() {
    return Arbitraries.of("Support the Herald: fund independent journalism with £5 per month", "Subscribe from $2 a week",
        "Skip to navigation");
  }

  @Provide
  Arbitrary<String> brands() {
    return Arbitraries.of("NewsHarbor", "DailyWire Hub", "PortalKestrel", "InfoRiver");
  }

  @Provide
  Arbitrary<String> cityNames() {
    return Arbitraries.of("Berlin", "Kabul", "New York", "Port Moresby");
  }

  @Provide
  Arbitrary<List<String>> twoPartTitles() {
    return Arbitraries.of(List.of("ISKP's European Reach:", "Cells, Handlers and the Limits of", "Remote Control"),
        List.of("Rivals for the Same Recruits:", "The TTP, ISKP and the Contest for", "Khyber Pakhtunkhwa"),
        List.of("Money on the Move:", "Stablecoins, Hawala and the Gaps in", "Europe's Sanctions"));
  }

  @Provide
  Arbitrary<String> offices() {
    return Arbitraries.of("National Public Prosecutor's Office (Landelijk Parket)", "Federal Police Office", "Public Prosecution Agency",
        "National Police Bureau");
  }

  @Provide
  Arbitrary<String> services() {
    return Arbitraries.of("English Section", "English Service", "International Edition");
  }

  @Provide
  Arbitrary<String> agencies() {
    return Layouts.agencies();
  }

  @Provide
  Arbitrary<String> pictureCredits() {
    return Arbitraries.of(" PHOTOGRAPHS BY NAME", ". Photos: NAME", " | Illustrations by NAME", "; video: NAME");
  }
}
