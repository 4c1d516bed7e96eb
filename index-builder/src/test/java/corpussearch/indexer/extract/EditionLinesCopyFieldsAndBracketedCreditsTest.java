package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Articles.paragraph;
import static corpussearch.indexer.extract.Layouts.extract;
import static corpussearch.indexer.extract.Layouts.paragraphs;
import static corpussearch.indexer.extract.MetadataField.AUTHOR;
import static corpussearch.indexer.extract.MetadataField.DATE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Round 39's authors and dates, generated: a newsletter's edition line ("Edition of …", "L'édition du …"); a copy file's "FOR
 * PUBLICATION:" date and "BYLINE:" in capitals, also set apart under a block with a SLUG; a wire credit in brackets closing the
 * last paragraph, which stays in the story; "Published DATE by the Centre for …"; names over a month and year on a report's
 * cover; a yearless "Published 3 March" late on the page; three sections and a name-shaped part with no date; an update in
 * brackets after the date; a wire header's fields set apart by two spaces; "This issue went on sale on …"; a glued
 * "GMTUpdated 6 hours ago". With the layouts the rules must leave alone.
 */
class EditionLinesCopyFieldsAndBracketedCreditsTest {
  private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
  private static final List<String> ZONES = List.of("PM GMT", "AM UTC", "PM", "GMT", "EST", "AM BST");
  private static final DateTimeFormatter PLAIN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  private static List<String> story(String... head) {
    return Stream.concat(Stream.of(head), Stream.of("", paragraph("the border"), "", paragraph("the camps"))).toList();
  }

  /** The {@code field} found in {@code lines}, or for the story under {@code head}. */
  private static String of(MetadataField field, List<String> lines) {
    return extract(lines).metadata().get(field).value();
  }

  private static String found(MetadataField field, String... head) {
    return of(field, story(head));
  }

  /** "Edition of Wednesday 4 December 2024", "L'édition du mercredi 4 décembre 2024" or "Ausgabe vom 4. Dezember 2024" under the headline: the date. */
  @Property(tries = 40)
  void aNewslettersEditionLineGivesTheDate(@ForAll(supplier = Layouts.Dates.class) LocalDate date, @ForAll @IntRange(max = 3) int language,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    String edition = switch (language) {
      case 0 -> "Edition of " + date.format(LONG);
      case 1 -> "L'édition du " + date.format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH));
      case 2 -> "Ausgabe vom " + date.format(DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.GERMAN));
      default -> "Edition of " + date.format(PLAIN);
    };
    assertThat(found(DATE, headline, "", edition)).isEqualTo(date.toString());
  }

  /** A dated byline, and the story's "The edition of 4 December 2024 sold out …": the byline's date. */
  @Property(tries = 30)
  void aStorysSentenceAboutAnEditionLeavesTheBylinesDate(@ForAll(supplier = Layouts.Dates.class) LocalDate date,
      @ForAll(supplier = Layouts.Dates.class) LocalDate edition, @ForAll(supplier = Layouts.People.class) String person) {
    String sentence = "The edition of " + edition.format(PLAIN) + " sold out within hours, the publisher said, and a reprint was ordered.";
    assertThat(found(DATE, "Council votes to keep winter ferry running", "", "By " + person, date.format(PLAIN), "", sentence)).isEqualTo(date.toString());
  }

  /** A copy file's "SLUG:", "FOR PUBLICATION: Tuesday 3 December 2024", "BYLINE: MIRIAM KRAUSE": the date, and the writer as a page writes her. */
  @Property(tries = 40)
  void aCopyFilesPublicationDateAndCapitalsBylineAreRead(@ForAll(supplier = Layouts.Dates.class) LocalDate date, @ForAll("plainPeople") String person,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    Extraction found = extract(story("SLUG: border-camps", "FOR PUBLICATION: " + date.format(LONG), "BYLINE: " + person.toUpperCase(Locale.ROOT),
        "", headline));
    assertThat(found.metadata().get(DATE).value()).isEqualTo(date.toString());
    assertThat(found.metadata().get(AUTHOR).value()).isEqualTo(person);
  }

  /** "BYLINE: BY A AND B" in a copy file's block: both writers. */
  @Property(tries = 30)
  void aCapitalsBylineFieldOfTwoNamesGivesBoth(@ForAll("plainPeople") String first, @ForAll("plainPeople") String second, @ForAll boolean by,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    Assume.that(!first.equals(second));
    String byline = ((by ? "By " : "") + first + " and " + second).toUpperCase(Locale.ROOT);
    assertThat(found(AUTHOR, "SLUG: border-camps", "DATE: 22 March 2025", "BYLINE: " + byline, "", headline)).isEqualTo(first + " and " + second);
  }

  /** "BYLINE: FOREIGN DESK" in the same block: a desk in capitals, no writer. */
  @Property(tries = 30)
  void aCapitalsBylineFieldNamingADeskIsNoWriter(@ForAll("desks") String desk, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    assertThat(found(AUTHOR, "SLUG: border-camps", "DATE: 22 March 2025", "BYLINE: " + desk, "", headline)).isNull();
  }

  /** "SLUG:", "SECTION:", "WORDS:" over the headline, and "BYLINE: NAME" set apart below: the writer. */
  @Property(tries = 40)
  void aBylineFieldUnderASlugBlockIsRead(@ForAll("plainPeople") String person, @ForAll("desks") String desk,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    assertThat(found(AUTHOR, "SLUG: border-camps", "SECTION: " + desk, "WORDS: 640", "", headline, "", "BYLINE: " + person.toUpperCase(Locale.ROOT)))
        .isEqualTo(person);
  }

  /** The story's last paragraph closed by "(Reporting by A in Kyiv; Editing by B)": A wrote it, and the paragraph stays in the story. */
  @Property(tries = 40)
  void aBracketedCreditClosingTheLastParagraphNamesTheReporter(@ForAll(supplier = Layouts.People.class) String reporter,
      @ForAll(supplier = Layouts.People.class) String editor, @ForAll boolean place, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    Assume.that(!reporter.equals(editor));
    String last = paragraph("the camps") + " (Reporting by " + reporter + (place ? " in Kyiv" : "") + "; Editing by " + editor + ")";
    List<String> page = List.of(headline, "", paragraph("the border"), "", last);
    assertThat(of(AUTHOR, page)).isEqualTo(reporter);
    assertThat(paragraphs(page)).anyMatch(p -> p.startsWith(paragraph("the camps"))).anyMatch(p -> p.startsWith(paragraph("the border")));
  }

  /** "(Reporting by A; Editing by B)" on a line of its own under the story: A, and the credit is not among the paragraphs. */
  @Property(tries = 30)
  void aCreditOnItsOwnLineIsReadAndDropped(@ForAll(supplier = Layouts.People.class) String reporter, @ForAll(supplier = Layouts.People.class) String editor,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    Assume.that(!reporter.equals(editor));
    String credit = "(Reporting by " + reporter + "; Editing by " + editor + ")";
    List<String> page = List.of(headline, "", paragraph("the border"), "", paragraph("the camps"), "", credit);
    assertThat(of(AUTHOR, page)).isEqualTo(reporter);
    assertThat(paragraphs(page)).contains(paragraph("the border"), paragraph("the camps")).noneMatch(p -> p.contains("Reporting by"));
  }

  /** "Published 28 January 2025 by the Centre for Strategic Studies" under the headline: the date. */
  @Property(tries = 40)
  void aPublisherAfterThePublishedDateLeavesTheDate(@ForAll(supplier = Layouts.Dates.class) LocalDate date, @ForAll("institutes") String institute,
      @ForAll boolean comma, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    String line = "Published " + date.format(PLAIN) + " by the " + institute + (comma ? "," : "");
    assertThat(found(DATE, headline, "", line)).isEqualTo(date.toString());
  }

  /** "Published 28 January 2025 by Priya Okafor": the writer and the date, as before. */
  @Property(tries = 30)
  void aPersonAfterThePublishedDateIsTheWriter(@ForAll(supplier = Layouts.Dates.class) LocalDate date, @ForAll(supplier = Layouts.People.class) String person,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    Extraction found = extract(story(headline, "", "Published " + date.format(PLAIN) + " by " + person));
    assertThat(found.metadata().get(AUTHOR).value()).isEqualTo(person);
    assertThat(found.metadata().get(DATE).value()).isEqualTo(date.toString());
  }

  /** A report's cover: its title, "A and B" alone, then "January 2025" alone: the writers. */
  @Property(tries = 40)
  void namesOverAMonthAndYearAreTheReportsWriters(@ForAll(supplier = Layouts.People.class) String first, @ForAll(supplier = Layouts.People.class) String second,
      @ForAll(supplier = Layouts.Dates.class) LocalDate date, @ForAll boolean two) {
    Assume.that(!first.equals(second));
    String names = two ? first + " and " + second : first;
    String month = date.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH));
    assertThat(found(AUTHOR, "Water, Debt and Drought: Farming on the Upper Canal", "", names, month)).isEqualTo(names);
  }

  /** A report's cover with "Policy Brief" or "Working Paper" alone over "January 2025": the series, no writer. */
  @Property(tries = 30)
  void aSeriesOverAMonthAndYearIsNoWriter(@ForAll("series") String series, @ForAll(supplier = Layouts.Dates.class) LocalDate date) {
    String month = date.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH));
    assertThat(found(AUTHOR, "Water, Debt and Drought: Farming on the Upper Canal", "", series, month)).isNull();
  }

  /** A story dated by its text only, and "More from the desk" teasers with "Published 3 March" late on the page: not the teasers' day. */
  @Property(tries = 40)
  void aYearlessPublishedDateLateOnThePageDatesNothing(@ForAll(supplier = Layouts.Dates.class) LocalDate stated, @ForAll(supplier = Layouts.Dates.class) LocalDate teased,
      @ForAll(supplier = Layouts.People.class) String person, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    String sentence = "The agreement signed on " + stated.format(PLAIN) + " was meant to settle the dispute, but neither side has kept to it since then.";
    String yearless = "Published " + teased.format(DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH));
    List<String> page = List.of(headline, "", "By " + person, "", sentence, "", paragraph("the border"), "", paragraph("the camps"), "", "More from the desk", "",
        "Ferry fares to rise in spring", yearless, "", "Flood defences fail in three villages", yearless);
    String date = of(DATE, page);
    assertThat(date == null || !date.endsWith(teased.format(DateTimeFormatter.ofPattern("-MM-dd", Locale.ROOT)))).as(date).isTrue();
  }

  /** "Published 3 March" under the byline at the top, a full date stamped at the foot: the day and month, in the stamp's year. */
  @Property(tries = 30)
  void aYearlessPublishedDateAtTheTopStillDates(@ForAll @IntRange(min = 1, max = 28) int day, @ForAll(supplier = Layouts.People.class) String person,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    LocalDate date = LocalDate.of(2024, 6, day);
    List<String> page = List.of(headline, "", "By " + person, "Published " + day + " June", "", paragraph("the border"), "", paragraph("the camps"), "",
        "30 June 2024");
    assertThat(of(DATE, page)).isEqualTo(date.toString());
  }

  /** "Shelter · Health · Protection · Legal Aid" under the headline, no date: a tagline, no writer. */
  @Property(tries = 40)
  void sectionsAndANameShapedPartWithoutADateAreNoByline(@ForAll("sectionWords") List<String> sections, @ForAll("nameShapedSections") String named,
      @ForAll("separators") String separator, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    String tagline = String.join(separator, Stream.concat(sections.stream(), Stream.of(named)).toList());
    assertThat(found(AUTHOR, headline, "", tagline)).isNull();
  }

  /** "Priya Okafor · World · 5 December 2024", "Priya Okafor · World", "Priya Okafor · World · Politics" or "A · B": the writers. */
  @Property(tries = 40)
  void aSegmentedBylineOfTheSameShapeIsStillRead(@ForAll(supplier = Layouts.People.class) String person, @ForAll(supplier = Layouts.People.class) String other,
      @ForAll("sectionWords") List<String> sections, @ForAll @IntRange(max = 3) int shape, @ForAll("separators") String separator) {
    Assume.that(!person.equals(other));
    String line = switch (shape) {
      case 0 -> String.join(separator, person, sections.get(0), sections.get(1), "5 December 2024");
      case 1 -> person + separator + sections.get(0);
      case 2 -> String.join(separator, person, sections.get(0), sections.get(1));
      default -> person + separator + other;
    };
    assertThat(found(AUTHOR, "Council votes to keep winter ferry running", "", line)).isEqualTo(shape == 3 ? person + " and " + other : person);
  }

  /** "Tuesday 3 December 2024, 6:15pm (updated Wednesday 4 December 2024, 9:00am)" under the byline: the first date. */
  @Property(tries = 40)
  void anUpdateInBracketsAfterTheDateLeavesTheDate(@ForAll(supplier = Layouts.Dates.class) LocalDate date, @ForAll @IntRange(min = 1, max = 11) int hour,
      @ForAll boolean labelled, @ForAll(supplier = Layouts.People.class) String person) {
    String line = date.format(LONG) + ", " + hour + ":15pm (" + (labelled ? "updated " : "Updated ") + date.plusDays(1).format(LONG) + ", 9:00am)";
    assertThat(found(DATE, "Council votes to keep winter ferry running", "", "By " + person, line)).isEqualTo(date.toString());
  }

  /** "AKW-0412  2024-12-02  14:20 AKST  PRIORITY: ROUTINE" over a wire's copy: the date. */
  @Property(tries = 40)
  void aWireHeadersFieldsSetApartByTwoSpacesGiveTheDate(@ForAll(supplier = Layouts.Dates.class) LocalDate date, @ForAll @IntRange(min = 100, max = 9999) int number,
      @ForAll @IntRange(max = 3) int agency, @ForAll boolean urgent, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    String code = List.of("AKW", "PMW", "BNS", "CAW").get(agency);
    String header = String.join("  ", code + "-" + number, date.toString(), "14:20 " + code.substring(0, 2) + "T", "PRIORITY: " + (urgent ? "URGENT" : "ROUTINE"));
    assertThat(found(DATE, header, "", headline)).isEqualTo(date.toString());
  }

  /** A dated byline over a paragraph whose sentences are set apart by two spaces and tell of another day: the byline's date. */
  @Property(tries = 30)
  void sentencesSetApartByTwoSpacesLeaveTheBylinesDate(@ForAll(supplier = Layouts.Dates.class) LocalDate date, @ForAll(supplier = Layouts.Dates.class) LocalDate told,
      @ForAll(supplier = Layouts.People.class) String person) {
    String sentences = String.join("  ", "Talks ended on " + told.format(PLAIN) + ".", "Nobody signed.", "Both sides left.", "Nothing changed.");
    assertThat(found(DATE, "Council votes to keep winter ferry running", "", "By " + person, date.format(PLAIN), "", sentences)).isEqualTo(date.toString());
  }

  /** A magazine's piece closed by "This issue went on sale on 2 December 2024.": the date. */
  @Property(tries = 40)
  void anIssuesOnSaleNoteGivesTheDate(@ForAll(supplier = Layouts.Dates.class) LocalDate date, @ForAll @IntRange(max = 3) int verb,
      @ForAll(supplier = Layouts.People.class) String person, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> page = List.of(headline, "", "By " + person, "", paragraph("the border"), "", paragraph("the camps"), "",
        "This issue " + List.of("went", "goes", "was", "is").get(verb) + " on sale on " + date.format(PLAIN) + ".");
    assertThat(of(DATE, page)).isEqualTo(date.toString());
  }

  /** A dated byline, and the story's "Tickets went on sale on 2 December 2024.": the byline's date. */
  @Property(tries = 30)
  void aStorysOnSaleSentenceLeavesTheBylinesDate(@ForAll(supplier = Layouts.Dates.class) LocalDate date, @ForAll(supplier = Layouts.Dates.class) LocalDate sale,
      @ForAll @IntRange(max = 3) int goods, @ForAll(supplier = Layouts.People.class) String person) {
    String sentence = "The " + List.of("tickets", "first bonds", "new passes", "shares").get(goods) + " went on sale on " + sale.format(PLAIN) + ".";
    assertThat(found(DATE, "Council votes to keep winter ferry running", "", "By " + person, date.format(PLAIN), "", sentence)).isEqualTo(date.toString());
  }

  /** "3 December 2024 11:48 PM GMTUpdated 6 hours ago", the update glued to the time: the date. */
  @Property(tries = 40)
  void anUpdateGluedToTheTimeLeavesTheDate(@ForAll(supplier = Layouts.Dates.class) LocalDate date, @ForAll @IntRange(max = 5) int zone,
      @ForAll @IntRange(min = 1, max = 23) int ago, @ForAll(supplier = Layouts.People.class) String person) {
    String stamp = date.format(PLAIN) + " 11:48 " + ZONES.get(zone) + "Updated " + ago + " hours ago";
    assertThat(found(DATE, "Council votes to keep winter ferry running", "", "By " + person, stamp)).isEqualTo(date.toString());
  }

  /** "3 December 2024 11:48 PM GMT | Updated 6 hours ago", set apart: the date, as before. */
  @Property(tries = 30)
  void anUpdateSetApartFromTheTimeLeavesTheDate(@ForAll(supplier = Layouts.Dates.class) LocalDate date, @ForAll @IntRange(max = 5) int zone,
      @ForAll @IntRange(min = 1, max = 23) int ago, @ForAll(supplier = Layouts.People.class) String person) {
    String stamp = date.format(PLAIN) + " 11:48 " + ZONES.get(zone) + " | Updated " + ago + " hours ago";
    assertThat(found(DATE, "Council votes to keep winter ferry running", "", "By " + person, stamp)).isEqualTo(date.toString());
  }

  @Provide
  Arbitrary<String> plainPeople() {
    return Combinators.combine(Arbitraries.of("Miriam", "Tobias", "Helena", "Priya", "Kwame", "Sofia", "Dmitri"),
        Arbitraries.of("Krause", "Lindqvist", "Mensah", "Okafor", "Rojas", "Whitfield", "Karimov")).as((f, l) -> f + " " + l);
  }

  @Provide
  Arbitrary<String> desks() {
    return Arbitraries.of("FOREIGN DESK", "NEWS DESK", "STAFF", "CITY DESK", "METRO DESK", "AGENCIES", "WIRE SERVICES");
  }

  @Provide
  Arbitrary<String> institutes() {
    return Arbitraries.of("Centre for Strategic Studies", "Institute for Regional Security", "Centre for Water Policy", "Foundation for Civic Research",
        "Caspian Policy Institute", "Caspian Policy Centre", "International Crisis Group");
  }

  @Provide
  Arbitrary<String> series() {
    return Arbitraries.of("Policy Brief", "Working Paper", "Country Report", "Discussion Paper", "Research Report", "Briefing Note",
        "Annual Report", "Final Report");
  }

  @Provide
  Arbitrary<List<String>> sectionWords() {
    return Arbitraries.of("Shelter", "Health", "Protection", "Education", "Nutrition", "Water", "Sanitation").list().ofSize(3).uniqueElements();
  }

  @Provide
  Arbitrary<String> nameShapedSections() {
    return Arbitraries.of("Legal Aid", "Cash Assistance", "Mental Health", "Child Protection", "Food Security");
  }

  @Provide
  Arbitrary<String> separators() {
    return Arbitraries.of(" · ", " | ", " • ");
  }
}
