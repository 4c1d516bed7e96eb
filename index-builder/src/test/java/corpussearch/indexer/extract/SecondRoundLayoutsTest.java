package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Articles.paragraph;
import static corpussearch.indexer.extract.Layouts.extract;
import static corpussearch.indexer.extract.Layouts.paragraphs;
import static corpussearch.indexer.extract.MetadataField.AUTHOR;
import static corpussearch.indexer.extract.MetadataField.DATE;
import static corpussearch.indexer.extract.MetadataField.OUTLET;
import static corpussearch.indexer.extract.MetadataField.TITLE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Rules for layouts of the second held-out round, each with names, outlets, dates and phrasings
 * drawn at random: a newsletter's signature, a closing "Written by" with a job, an agency's
 * masthead with an organisation word, a numeric date read by the page's spelling order, clocks
 * and mail chrome above the headline, a login's posting line, a long tagline above the menu.
 */
class SecondRoundLayoutsTest {

  @Property(tries = 60)
  void aClosingSignatureNamesTheAuthorAndTheOutletOfTheJob(
      @ForAll(supplier = Layouts.People.class) String author,
      @ForAll(supplier = Layouts.Outlets.class) String outlet,
      @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll("jobs") String job,
      @ForAll("employerJoins") String join) {
    List<String> lines = List.of(headline, "", paragraph("the dredging"), "", paragraph("the tender"), "",
        "That's it for this week.", "", author, job + join + outlet, "", "Unsubscribe | Update your preferences");
    Extraction result = extract(lines);

    assertThat(result.metadata().get(AUTHOR)).isEqualTo(FieldValue.of(author, RuleNames.SIGNATURE));
    assertThat(OutletNames.comparable(result.metadata().get(OUTLET).value())).isEqualTo(OutletNames.comparable(outlet));
    assertThat(paragraphs(lines)).noneMatch(p -> p.contains(author));
  }

  @Property(tries = 60)
  void aClosingWrittenByLineWithAJobNamesTheAuthor(
      @ForAll(supplier = Layouts.People.class) String author,
      @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll("jobs") String job,
      @ForAll("writtenBy") String label) {
    List<String> lines = List.of(headline, "", paragraph("the orchard"), "", paragraph("the fungus"), "",
        label + " " + author + ", " + job.toLowerCase(Locale.ROOT), "Filed under: Orchard Diary, Village life");
    Extraction result = extract(lines);

    assertThat(result.metadata().get(AUTHOR).value()).isEqualTo(author);
    assertThat(paragraphs(lines)).noneMatch(p -> p.contains(author));
  }

  @Property(tries = 60)
  void anAgencyIsNamedAsItsDatelineAndCopyrightSignWithoutTheOrganisationWord(
      @ForAll("brands") String brand,
      @ForAll("organisationWords") String organisation,
      @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll("cities") String city,
      @ForAll("dates") LocalDate date) {
    String spelled = date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
    List<String> lines = List.of((brand + " " + organisation).toUpperCase(Locale.ROOT), "ECONOMY / CENTRAL BANKS", "",
        headline, "", city + ", " + spelled + " (" + brand + ") — " + paragraph("the rate decision"), "",
        paragraph("the currency"), "", "© " + brand + " " + date.getYear() + ". Redistribution prohibited.");

    assertThat(extract(lines).metadata().get(OUTLET).value()).isEqualTo(brand);
  }

  @Property(tries = 30)
  void aNameWithAnOrganisationWordStaysWholeWhenNothingSignsWithTheShortName(
      @ForAll("brands") String brand,
      @ForAll("organisationWords") String organisation,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    String name = brand + " " + organisation;
    List<String> lines = List.of(name.toUpperCase(Locale.ROOT), "Home | World | Markets | Opinion", "", headline, "",
        paragraph("the port"), "", "© 2023 " + name + ". All rights reserved.");

    assertThat(extract(lines).metadata().get(OUTLET).value()).isEqualTo(name);
  }

  @Property(tries = 80)
  void anAmbiguousNumericDateIsReadInTheOrderThePageSpellsDayAndMonth(
      @ForAll("ambiguous") LocalDate date, @ForAll boolean dayFirst, @ForAll("days") LocalDate mentioned) {
    Assume.that(!mentioned.equals(date) && !mentioned.equals(LocalDate.of(date.getYear(), date.getDayOfMonth(), date.getMonthValue())));
    String numeric = date.format(DateTimeFormatter.ofPattern(dayFirst ? "dd/MM/yyyy" : "MM/dd/yyyy"));
    String weekday = mentioned.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    String month = mentioned.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    String day = String.valueOf(mentioned.getDayOfMonth());
    String mention = dayFirst ? weekday + " " + day + " " + month : weekday + " " + month + " " + day;
    List<String> lines = List.of("Rail operator apologises after timetable chaos", "", "By Fiona Gallacher", numeric, "",
        paragraph("the timetable"), "", "In a statement issued on " + mention + ", the operator said it had fallen short.");

    assertThat(extract(lines).metadata().get(DATE).value()).isEqualTo(date.toString());
  }

  @Property(tries = 60)
  void aClockOrReadingTimeAboveTheHeadlineIsNeverTheTitle(
      @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll("clocks") String clock,
      @ForAll(supplier = Layouts.People.class) String author) {
    List<String> lines = List.of("MERIDIAN", "World | Business | Markets | Legal | More", "", "March 5, 2024 2:02 PM GMT",
        clock, "", headline, "", "By " + author, "", paragraph("the crane"));

    assertThat(extract(lines).metadata().get(TITLE).value()).isEqualTo(headline);
  }

  @Property(tries = 40)
  void aMailingsChromeAndGreetingStandAboveItsHeadline(
      @ForAll(supplier = Layouts.Outlets.class) String outlet,
      @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll("mailChrome") String chrome,
      @ForAll("dates") LocalDate date) {
    List<String> lines = List.of(chrome, "", outlet.toUpperCase(Locale.ROOT), "Independent local news, every Tuesday",
        "Issue #142 · " + date.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")), "",
        "Good morning, and welcome to issue 142. This week: the dredging contract and the ferry fares.", "", "---", "",
        headline, "", paragraph("the dredging contract"));
    Extraction result = extract(lines);

    assertThat(result.metadata().get(TITLE).value()).isEqualTo(headline);
    assertThat(result.metadata().get(DATE).value()).isEqualTo(date.toString());
    assertThat(OutletNames.comparable(result.metadata().get(OUTLET).value())).isEqualTo(OutletNames.comparable(outlet));
  }

  @Property(tries = 40)
  void aPagePostedByALoginIsDatedButHasNoAuthorFromIt(
      @ForAll("logins") String login, @ForAll("ambiguous") LocalDate date, @ForAll boolean dayFirst) {
    LocalDate swapped = LocalDate.of(date.getYear(), date.getDayOfMonth(), date.getMonthValue());
    Assume.that(!swapped.getDayOfWeek().equals(date.getDayOfWeek()));
    String weekday = date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    String numeric = date.format(DateTimeFormatter.ofPattern(dayFirst ? "dd/MM/yyyy" : "MM/dd/yyyy"));
    Extraction result = extract(List.of("Anglers told to pull ice shanties early as lake thaws", "",
        "Submitted by " + login + " on " + weekday + ", " + numeric + " - 10:15", "", paragraph("the ice")));

    assertThat(result.metadata().get(DATE).value()).isEqualTo(date.toString());
    assertThat(result.metadata().get(AUTHOR).isKnown()).isFalse();
  }

  @Property(tries = 40)
  void aTaglineAboveTheMenuIsFurnitureHoweverLong(
      @ForAll(supplier = Layouts.Outlets.class) String outlet,
      @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll("taglines") String tagline) {
    List<String> lines = new ArrayList<>(List.of(outlet, tagline, "", "Home   About   Recipes   Orchard Diary   Contact", "",
        headline, "", paragraph("the orchard"), "", "Subscribe to " + outlet + " by email"));

    assertThat(extract(lines).metadata().get(TITLE).value()).isEqualTo(headline);
    assertThat(paragraphs(lines)).noneMatch(p -> p.equals(tagline));
  }

  @Property(tries = 40)
  void aPageTitleWithTheOutletFirstGivesTheHeadlineAndTheOutletWhenThePageSignsWithIt(
      @ForAll(supplier = Layouts.Outlets.class) String outlet,
      @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll("separators") String separator,
      @ForAll boolean signed) {
    String footer = signed ? "© 2024 " + outlet + " Media Group. All rights reserved." : "All rights reserved.";
    Extraction result = extract(List.of(outlet + separator + headline, "", paragraph("the ferry"), "", footer));

    assertThat(result.metadata().get(TITLE).value()).isEqualTo(signed ? headline : outlet + separator + headline);
    assertThat(result.metadata().get(OUTLET).isKnown()).isEqualTo(signed);
  }

  @Property(tries = 40)
  void aWireDatelineDatesTheStoryWhenTheDateClosesThePlace(
      @ForAll("cities") String city, @ForAll("brands") String agency, @ForAll("dates") LocalDate date, @ForAll boolean country) {
    String place = city + (country ? ", Kenya" : "");
    String spelled = date.format(DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH));
    Extraction result = extract(List.of("Ceasefire talks stall as shelling resumes", "",
        place + ", " + spelled + " (" + agency + " Wire) — " + paragraph("the talks")));

    assertThat(result.metadata().get(DATE)).isEqualTo(FieldValue.of(date.toString(), RuleNames.WIRE_DATELINE));
    assertThat(result.metadata().get(OUTLET).value()).isEqualTo(agency + " Wire");
  }

  @Property(tries = 40)
  void aCompiledByCreditNamesTheAuthorsAndALabelledBylineIsNoOutlet(
      @ForAll(supplier = Layouts.People.class) String author,
      @ForAll(supplier = Layouts.People.class) String other,
      @ForAll("dates") LocalDate date) {
    Assume.that(!author.equals(other));
    String spelled = date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
    Extraction compiled = extract(List.of("Workers extend strike at copper smelter", "", paragraph("the strike"), "",
        "Compiled by " + author + " and " + other + "; editing by Sam Poe"));
    Extraction labelled = extract(List.of("Workers extend strike at copper smelter", "",
        "Author: " + author + " | Published: " + spelled, "", paragraph("the strike")));

    assertThat(compiled.metadata().get(AUTHOR).value()).isEqualTo(author + " and " + other);
    assertThat(labelled.metadata().get(AUTHOR).value()).isEqualTo(author);
    assertThat(labelled.metadata().get(DATE).value()).isEqualTo(date.toString());
    assertThat(labelled.metadata().get(OUTLET).isKnown()).isFalse();
  }

  @Property(tries = 30)
  void aCallSignMastheadKeepsItsCapitals(@ForAll("callSigns") String callSign, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> lines = List.of(callSign + " NEWS", "Home | News | Weather | Sports", "", headline, "", paragraph("the storm"), "",
        callSign + " NEWS | 1200 Harbor Road | FCC Public File");

    assertThat(extract(lines).metadata().get(OUTLET).value()).isEqualTo(callSign + " News");
  }

  @Provide
  Arbitrary<String> callSigns() {
    return Arbitraries.strings().withChars("BCDFGHJKLMNPQRSTVWXZ").ofLength(4);
  }

  @Provide
  Arbitrary<String> separators() {
    return Arbitraries.of(" — ", " | ", " – ");
  }

  @Provide
  Arbitrary<String> jobs() {
    return Arbitraries.of("Editor", "Orchard committee secretary", "Local democracy reporter", "Managing editor",
        "Chief photographer", "Features writer", "Publisher");
  }

  @Provide
  Arbitrary<String> employerJoins() {
    return Arbitraries.of(", ", " at ", " for ", " of ");
  }

  @Provide
  Arbitrary<String> writtenBy() {
    return Arbitraries.of("Written by", "Words by", "By", "Posted by");
  }

  @Provide
  Arbitrary<String> brands() {
    return Arbitraries.of("Nordpress", "Meridian", "Baltica", "Andespress", "Kestrelwire");
  }

  @Provide
  Arbitrary<String> organisationWords() {
    return Arbitraries.of("News Agency", "Press Agency", "News Service", "Media Group");
  }

  @Provide
  Arbitrary<String> cities() {
    return Layouts.cities();
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return Layouts.dates();
  }

  @Provide
  Arbitrary<LocalDate> ambiguous() {
    return Layouts.dates().filter(d -> d.getDayOfMonth() <= 12 && d.getDayOfMonth() != d.getMonthValue());
  }

  @Provide
  Arbitrary<LocalDate> days() {
    return Layouts.dates().filter(d -> d.getDayOfWeek() != DayOfWeek.SUNDAY);
  }

  @Provide
  Arbitrary<String> clocks() {
    Arbitrary<Integer> n = Arbitraries.integers().between(2, 59);
    return Arbitraries.oneOf(
        n.map(i -> "Updated " + i + " hours ago"),
        n.map(i -> "Published " + i + " minutes ago"),
        n.map(i -> i + " minute read"),
        n.map(i -> i + " min read"),
        Arbitraries.of("Updated just now", "Updated yesterday", "Listen · 4 min"));
  }

  @Provide
  Arbitrary<String> mailChrome() {
    return Arbitraries.of("View in browser", "View this email in your browser", "View online", "Read online");
  }

  @Provide
  Arbitrary<String> logins() {
    return Arbitraries.of("webeditor", "admin", "j.smith", "newsroom_cms", "editor2");
  }

  @Provide
  Arbitrary<String> taglines() {
    return Arbitraries.of("A village blog about gardens, weather and the people who keep this place going",
        "Independent news and views from the valley, its farms, its schools and its council chamber",
        "Notes on birds");
  }
}
