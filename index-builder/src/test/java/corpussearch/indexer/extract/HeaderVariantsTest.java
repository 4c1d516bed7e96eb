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
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Header lines that say several things at once: a publication date next to an update, a job
 * between two byline names, a byline next to a comment count, an outlet next to a date, a site
 * address on its own line. Names, outlets and dates are generated.
 */
class HeaderVariantsTest {

  @Property(tries = 60)
  void aPostedDateNextToAnUpdateIsThePublicationDate(
      @ForAll("dates") LocalDate posted, @ForAll("formats") String format, @ForAll boolean updateFirst,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    DateTimeFormatter shown = DateTimeFormatter.ofPattern(format, Locale.ENGLISH);
    String publishedPart = (format.startsWith("yyyy") ? "" : "Posted ") + posted.atTime(16, 12).format(shown);
    String updatedPart = "Updated " + posted.plusDays(1).atTime(9, 5).format(shown);
    String line = updateFirst ? updatedPart + "  |  " + publishedPart : publishedPart + "  |  " + updatedPart;
    List<String> lines = List.of("Home  >  Sports", "", headline, "", line, "", paragraph("the race"));

    Extraction result = extract(lines);
    assertThat(result.metadata().get(DATE).value()).isEqualTo(posted.toString());
    assertThat(paragraphs(lines)).containsExactly(paragraph("the race"));
  }

  @Property(tries = 40)
  void twoUpdatesGiveNoPublicationDateButTheFirstUpdate(@ForAll("dates") LocalDate date) {
    String line = "Updated " + date + " | Updated " + date.plusDays(2);
    assertThat(DateParser.parseDateLine(line)).hasValueSatisfying(d -> {
      assertThat(d.updated()).isTrue();
      assertThat(d.date()).isEqualTo(date);
    });
  }

  @Property(tries = 60)
  void aJobBetweenTwoBylineNamesBelongsToTheFirst(
      @ForAll(supplier = Layouts.People.class) String first, @ForAll(supplier = Layouts.People.class) String second,
      @ForAll("roles") String role, @ForAll boolean oxfordComma) {
    String byline = "By " + first + ", " + role + (oxfordComma ? ", and " : " and ") + second;
    assertThat(PersonNameLists.nameList(byline.substring(3), true)).hasValue(first + " and " + second);
  }

  @Property(tries = 40)
  void namesListedWithAnOxfordCommaAreAllAuthors(
      @ForAll(supplier = Layouts.People.class) String a, @ForAll(supplier = Layouts.People.class) String b,
      @ForAll(supplier = Layouts.People.class) String c) {
    assertThat(PersonNameLists.nameList(a + ", " + b + ", and " + c, false)).hasValue(a + ", " + b + ", and " + c);
  }

  @Property(tries = 40)
  void romanisedGivenNamesWithALowerCaseSecondPartAreNames(
      @ForAll("givenNames") String given, @ForAll("familyNames") String family) {
    assertThat(PersonNames.isName(given + " " + family, false)).isTrue();
    assertThat(PersonNameLists.nameList("Ana Silva and " + given + " " + family, false))
        .hasValue("Ana Silva and " + given + " " + family);
  }

  @Property(tries = 40)
  void postedByWithACommentCountIsABylineAndTheCountIsNotTheOutlet(
      @ForAll(supplier = Layouts.People.class) String author, @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll(supplier = Layouts.Outlets.class) String blog) {
    List<String> lines = List.of(blog, "A home cook's notebook from the hills", "", "HOME   RECIPES   ABOUT ME   CONTACT", "",
        headline, "", "Posted by " + author + "  |  14 Comments", "", paragraph("the starter"));

    Extraction result = extract(lines);
    assertThat(result.metadata().get(AUTHOR).value()).isEqualTo(author);
    assertThat(result.metadata().get(OUTLET).value()).isNotEqualTo("14 Comments");
    assertThat(paragraphs(lines)).containsExactly(paragraph("the starter"));
  }

  @Property(tries = 60)
  void anOutletAndADateOnOneLineUnderTheTitleGiveBoth(
      @ForAll(supplier = Layouts.Outlets.class) String outlet, @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll(supplier = Layouts.People.class) String author, @ForAll("dates") LocalDate date, @ForAll boolean dateFirst) {
    String shown = date.format(DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH));
    String domain = outlet.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "") + ".example";
    List<String> lines = List.of(headline, domain, author, "12-15 minutes", "",
        dateFirst ? shown + " | " + outlet : outlet + " | " + shown, "", paragraph("the tutors"), "",
        paragraph("the budget"), "", author + " is a senior writer at " + outlet + ", covering schools.");

    Extraction result = extract(lines);
    assertThat(result.metadata().get(TITLE).value()).isEqualTo(headline);
    assertThat(result.metadata().get(OUTLET).value()).isEqualTo(outlet);
    assertThat(result.metadata().get(DATE).value()).isEqualTo(date.toString());
    assertThat(paragraphs(lines)).containsExactly(paragraph("the tutors"), paragraph("the budget"));
  }

  @Property(tries = 40)
  void aCapitalisedMastheadIsSpelledAsTheFooterNamesItNotAsItsOwnersCompany(
      @ForAll("hyphenatedOutlets") String outlet, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    String bare = outlet.replaceFirst("^The ", "");
    List<String> lines = List.of(outlet.toUpperCase(Locale.ROOT), "Politics  |  Capitol Bureau", "", headline, "",
        "By Ingrid Halvorsen", "", paragraph("the budget"), "", paragraph("the vote"), "",
        "(c) 2024 " + bare + " Media LLC");

    assertThat(extract(lines).metadata().get(OUTLET).value()).isEqualTo(outlet);
  }

  @Property(tries = 40)
  void aDrupalSubmittedByLineGivesAuthorAndTheDateItsWeekdaySettles(
      @ForAll(supplier = Layouts.People.class) String author, @ForAll("dates") LocalDate date,
      @ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll(supplier = Layouts.Outlets.class) String outlet) {
    String weekday = date.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH);
    String line = "Submitted by " + author + " on " + weekday + ", " + date.format(DateTimeFormatter.ofPattern("MM/dd/yyyy")) + " - 14:35";
    List<String> lines = List.of(outlet, "", "Home » News » Local Government", "", headline, "", line, "", paragraph("the library"));

    Extraction result = extract(lines);
    assertThat(result.metadata().get(AUTHOR).value()).isEqualTo(author);
    boolean ambiguous = date.getDayOfMonth() <= 12 && date.getDayOfMonth() != date.getMonthValue()
        && date.withMonth(date.getDayOfMonth()).withDayOfMonth(date.getMonthValue()).getDayOfWeek() == date.getDayOfWeek();
    if (!ambiguous) {
      assertThat(result.metadata().get(DATE).value()).isEqualTo(date.toString());
    }
  }

  @Property(tries = 40)
  void aReadingTimeOrAnIssueNumberBesideADateLeavesTheDate(
      @ForAll("dates") LocalDate date, @ForAll("sideParts") String side, @ForAll boolean sideFirst) {
    String shown = date.format(DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH));
    String line = sideFirst ? side + " · " + shown : shown + " | " + side;
    assertThat(DateParser.parseDateLine(line)).hasValueSatisfying(d -> assertThat(d.date()).isEqualTo(date));
    assertThat(DateParser.parseDateLine(side)).isEmpty();
  }

  @Property(tries = 40)
  void aClosingWrittenByAfterDashesIsTheAuthor(
      @ForAll(supplier = Layouts.People.class) String author, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> lines = List.of("THE MORNING MEMO", "Issue #214 | Tuesday, May 2, 2023", "",
        "Good morning. Here's what you need to know today.", "", headline, "", paragraph("the fares"), "",
        paragraph("the board"), "", "-- Written by " + author);

    Extraction result = extract(lines);
    assertThat(result.metadata().get(TITLE).value()).isEqualTo(headline);
    assertThat(result.metadata().get(AUTHOR).value()).isEqualTo(author);
    assertThat(result.metadata().get(DATE).value()).isEqualTo("2023-05-02");
    assertThat(paragraphs(lines)).containsExactly(paragraph("the fares"), paragraph("the board"));
  }

  @Property(tries = 40)
  void aJobAloneUnderTheBylineIsNotIndexed(
      @ForAll(supplier = Layouts.People.class) String first, @ForAll(supplier = Layouts.People.class) String second,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> lines = List.of(headline, "", "By " + first + " and " + second, "Staff Writers", "",
        "Wednesday, March 8, 2023", "", paragraph("the school board"));

    assertThat(extract(lines).metadata().get(AUTHOR).value()).isEqualTo(first + " and " + second);
    assertThat(paragraphs(lines)).containsExactly(paragraph("the school board"));
  }

  @Property(tries = 30)
  void aSectionNameAboveTheHeadlineIsNotTheOutletButAClosingOutletAndDateLineIs(
      @ForAll("sections") String section, @ForAll(supplier = Layouts.Outlets.class) String outlet,
      @ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll("dates") LocalDate date) {
    String shown = date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
    List<String> lines = List.of(section, "", headline, "", paragraph("the canals"), "", paragraph("the fund"), "",
        outlet + ", " + shown);

    Extraction result = extract(lines);
    assertThat(result.metadata().get(OUTLET).value()).isEqualTo(outlet);
    assertThat(result.metadata().get(DATE).value()).isEqualTo(date.toString());
    assertThat(result.metadata().get(TITLE).value()).isEqualTo(headline);
  }

  @Property(tries = 30)
  void aLabelledAmbiguousSlashedDateIsReadTheWayAnotherDateOnThePageSettles(
      @ForAll("dates") LocalDate date, @ForAll(supplier = Layouts.Outlets.class) String outlet) {
    LocalDate later = date.plusDays(20);
    boolean ambiguous = date.getDayOfMonth() <= 12 && date.getDayOfMonth() != date.getMonthValue();
    boolean settles = later.getDayOfMonth() > 12;
    String published = "Published: " + date.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    String sentence = "The decision was confirmed at a meeting on " + later.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) + ".";
    List<String> lines = List.of(outlet, "", "Council approves plan for 400 homes", "", published, "",
        paragraph("the homes") + " " + sentence);

    FieldValue found = extract(lines).metadata().get(DATE);
    if (ambiguous && !settles) {
      assertThat(found.isKnown()).isFalse();
    } else {
      assertThat(found).isEqualTo(FieldValue.of(date.toString(), RuleNames.DATE_LABEL));
    }
  }

  @Property(tries = 40)
  void aMenuPrintedOneItemPerLineIsNeitherTitleNorMasthead(
      @ForAll(supplier = Layouts.Outlets.class) String outlet, @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll(supplier = Layouts.People.class) String author) {
    List<String> lines = List.of("Skip to content", "Home", "News", "Sport", "Business", "Opinion", "", headline, "",
        outlet, "June 1, 2023", "By " + author, "", paragraph("the street"), "", "Copyright 2023 " + outlet + ". All rights reserved.");

    Extraction result = extract(lines);
    assertThat(result.metadata().get(TITLE).value()).isEqualTo(headline);
    assertThat(result.metadata().get(OUTLET).value()).isEqualTo(outlet);
    assertThat(paragraphs(lines)).containsExactly(paragraph("the street"));
  }

  @Property(tries = 40)
  void aSavedPageTitleLosesItsOutletTail(
      @ForAll(supplier = Layouts.Outlets.class) String outlet, @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll(supplier = Layouts.People.class) String author, @ForAll boolean namedAgain) {
    List<String> lines = List.of(headline + " | " + outlet, "", "Author: " + author, "", paragraph("the street"), "",
        namedAgain ? "Photo: Cars on Main Street. (" + outlet + ")" : paragraph("the council"));

    Extraction result = extract(lines);
    assertThat(result.metadata().get(TITLE).value()).isEqualTo(headline);
    // a name ending in a publication's word ("Lowmarsh Post") says it is no person's
    boolean personShaped = PersonNames.isName(outlet, false) && !OutletNames.hasPublicationWord(outlet);
    if (namedAgain || !personShaped) {
      assertThat(result.metadata().get(OUTLET).value()).isEqualTo(outlet);
    } else {
      assertThat(result.metadata().get(OUTLET).isKnown()).isFalse();
    }
  }

  @Property(tries = 30)
  void aHeadlineEndingInAPersonsNameIsNotGivenAnOutlet(
      @ForAll(supplier = Layouts.People.class) String person, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> lines = List.of(headline + " | " + person, "", paragraph("the street"), "", paragraph("the council"));

    assertThat(extract(lines).metadata().get(OUTLET).isKnown()).isFalse();
  }

  @Property(tries = 40)
  void aNameOverItsJobLineIsTheAuthorAndNeitherLineIsIndexed(
      @ForAll(supplier = Layouts.People.class) String author, @ForAll("roles") String role,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> lines = List.of("LOWMARSH REVIEW", "Wednesday, 12 July 2023", "", headline, "", author, role, "",
        paragraph("the street"));

    Extraction result = extract(lines);
    assertThat(result.metadata().get(AUTHOR)).isEqualTo(FieldValue.of(author, RuleNames.ROLE_BYLINE));
    assertThat(paragraphs(lines)).containsExactly(paragraph("the street"));
  }

  @Provide
  Arbitrary<String> sideParts() {
    return Arbitraries.of("7 min read", "12-15 minutes", "Issue #214", "Vol. 3, No. 12", "14 Comments");
  }

  @Provide
  Arbitrary<String> sections() {
    return Arbitraries.of("OPINION", "Opinion", "Local News", "SPORT", "Business");
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return Layouts.dates();
  }

  @Provide
  Arbitrary<String> formats() {
    return Arbitraries.of("MMM. d, yyyy, h:mm a", "MMMM d, yyyy", "d MMMM yyyy HH:mm", "yyyy-MM-dd'T'HH:mm:ss'Z'");
  }

  @Provide
  Arbitrary<String> roles() {
    return Arbitraries.of("Business Reporter", "Staff Writer", "Central Asia correspondent", "Senior Editor");
  }

  @Provide
  Arbitrary<String> givenNames() {
    return Arbitraries.of("Hye-jin", "Seung-woo", "Min-seo", "Ji-hoon", "Xiao-ling");
  }

  @Provide
  Arbitrary<String> familyNames() {
    return Arbitraries.of("Park", "Kim", "Chen", "Lee");
  }

  @Provide
  Arbitrary<String> hyphenatedOutlets() {
    return Arbitraries.of("The Capital Journal-Review", "The Lakeshore Star-Tribune", "The Valley Post-Herald");
  }
}
