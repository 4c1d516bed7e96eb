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
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * What a copied page sets around its header's values: buttons and a language switcher beside the
 * masthead, the section label under a one-line menu, a follow button under the writer's name, a
 * note's mark after a name (a Markdown export's footnote too), a logo with a converter's attributes over the letterhead, a wire's header line of codes over the headline, and a date line that
 * names its clock by a place or a zone's letters and counts its readers.
 */
class HeaderControlsAndMarkedNamesTest {

  @Property(tries = 60)
  void theMastheadIsReadWithoutTheButtonsAndLanguagesBesideIt(@ForAll(supplier = Layouts.Outlets.class) String outlet,
      @ForAll("besideMasthead") String beside, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    String masthead = beside.formatted(outlet.toUpperCase(Locale.ROOT));
    List<String> page = List.of(masthead, "", headline, "", "By Jane Doe", "5 December 2024", "", paragraph("the ferry"), "",
        paragraph("the timetable"));

    assertThat(extract(page).metadata().get(OUTLET).value()).isEqualToIgnoringCase(outlet);
  }

  @Provide
  Arbitrary<String> besideMasthead() {
    return Arbitraries.of("%s   Subscribe | Log in", "RU | EN   %s", "%s   Sign in   Register", "EN | FR | DE   %s   Subscribe");
  }

  @Property(tries = 40)
  void theSectionLabelUnderAOneLineMenuIsNoMasthead(@ForAll("sections") String section, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> page = List.of("News  Investigations  " + section + "  Regions  Opinion  Donate", "", section, "", headline, "",
        "By Jane Doe", "5 December 2024", "", paragraph("the ferry"), "", paragraph("the timetable"));

    assertThat(extract(page).metadata().get(OUTLET).isKnown()).isFalse();
  }

  @Provide
  Arbitrary<String> sections() {
    return Arbitraries.of("Migration", "Security", "Courts", "Economy");
  }

  @Property(tries = 40)
  void aNameUnderTheHeadlineWithAFollowButtonIsTheAuthor(@ForAll(supplier = Layouts.People.class) String person,
      @ForAll("followButtons") String button, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> page = List.of("OPINION | FRONTLINES", "", headline, "", person, button, "", paragraph("the ferry"), "",
        paragraph("the timetable"));

    assertThat(extract(page).metadata().get(AUTHOR).value()).isEqualTo(person);
  }

  @Provide
  Arbitrary<String> followButtons() {
    return Arbitraries.of("+ Follow", "Follow", "FOLLOW");
  }

  @Property(tries = 40)
  void aNotesMarkAfterABylinesNameIsNoPartOfIt(@ForAll(supplier = Layouts.People.class) String person, @ForAll("marks") String mark,
      @ForAll("labels") String label, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> page = List.of(headline, "", label + person + mark, "5 December 2024", "", paragraph("the ferry"), "",
        paragraph("the timetable"), "", mark + person + " is a pseudonym used for the reporter's safety.");

    assertThat(extract(page).metadata().get(AUTHOR).value()).isEqualTo(person);
  }

  @Provide
  Arbitrary<String> marks() {
    return Arbitraries.of("*", "†", "**");
  }

  @Provide
  Arbitrary<String> labels() {
    return Arbitraries.of("By ", "Reporting by ", "Words by ");
  }

  @Property(tries = 40)
  void aMarkdownExportsAuthorsWithTheirFootnotesAndItsLetterheadUnderALogoAreRead(@ForAll(supplier = Layouts.People.class) String first,
      @ForAll(supplier = Layouts.People.class) String second, @ForAll("institutes") String institute,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> page = List.of("![](media/image1.png){width=\"6.27in\" height=\"1.1in\"}", "", "**" + institute.toUpperCase(Locale.ROOT) + "**", "",
        "# " + headline, "", first + "[^1] and " + second + "[^2]", "", "*Almaty, 18 November 2026*", "", paragraph("the ferry"), "",
        paragraph("the timetable"), "", "[^1]: " + first + " is a senior researcher at the institute.", "",
        "[^2]: " + second + " is a research fellow at the institute.");

    assertThat(extract(page).metadata().get(AUTHOR).value()).isEqualTo(first + " and " + second);
    assertThat(extract(page).metadata().get(OUTLET).value()).isEqualToIgnoringCase(institute);
  }

  @Provide
  Arbitrary<String> institutes() {
    return Arbitraries.of("Steppe Institute for Security Studies", "Caspian Policy Centre", "Pamir Research Forum");
  }

  @Property(tries = 40)
  void aWiresHeaderLineOfCodesIsNoHeadline(@ForAll("agencyCodes") String code, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> page = List.of(code + "-ENG 0419 2 SEC /" + code + "-TURKEY-SECURITY-ISK (UPDATE 1)", "URGENCY: 3   CATEGORY: I   WORDS: 640",
        "2025-02-12T07:41:09Z", "", headline, "", "ISTANBUL - " + paragraph("the ferry"), "", paragraph("the timetable"));

    assertThat(extract(page).metadata().get(TITLE).value()).isEqualTo(headline);
  }

  @Provide
  Arbitrary<String> agencyCodes() {
    return Arbitraries.of("BNA", "PWR", "AMP", "SRW");
  }

  @Property(tries = 60)
  void aDateLineWithItsClocksPlaceOrZoneAndAReadersCountIsRead(@ForAll(supplier = Layouts.Dates.class) LocalDate date,
      @ForAll("clocks") String clock, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    String line = "Published " + date.format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)) + ", " + clock;
    List<String> page = List.of(headline, "", "By Jane Doe", line, "", paragraph("the ferry"), "", paragraph("the timetable"));

    assertThat(extract(page).metadata().get(DATE).value()).isEqualTo(date.toString());
  }

  @Provide
  Arbitrary<String> clocks() {
    return Arbitraries.of("18:40 (Dushanbe time)", "10:30 MSK   Views: 4 812", "09:15 local time", "14:05 (Moscow time) · 1,204 views",
        "21:00 MESZ");
  }
}
