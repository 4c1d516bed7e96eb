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
    assertThat(PersonNames.nameList(byline.substring(3), true)).hasValue(first + " and " + second);
  }

  @Property(tries = 40)
  void namesListedWithAnOxfordCommaAreAllAuthors(
      @ForAll(supplier = Layouts.People.class) String a, @ForAll(supplier = Layouts.People.class) String b,
      @ForAll(supplier = Layouts.People.class) String c) {
    assertThat(PersonNames.nameList(a + ", " + b + ", and " + c, false)).hasValue(a + ", " + b + ", and " + c);
  }

  @Property(tries = 40)
  void romanisedGivenNamesWithALowerCaseSecondPartAreNames(
      @ForAll("givenNames") String given, @ForAll("familyNames") String family) {
    assertThat(PersonNames.isName(given + " " + family, false)).isTrue();
    assertThat(PersonNames.nameList("Ana Silva and " + given + " " + family, false))
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
