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
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Round 34's second set of text layouts, generated: a release's letterhead with the office's
 * contacts and reference; its lead dateline set off by hyphens; a report's title cut after its colon
 * and run on over two more lines; a magazine's date at the foot after a funder's note; a page's
 * count of views after an eye; a wire's credit naming who wrote the reporters' copy up.
 */
class ReleaseLetterheadsAndWireCreditsTest {

  /**
   * "NATIONAL CENTRE FOR …" / "12 Beibitshilik Street, Astana 010000" / "press@… | www.…" /
   * "FOR IMMEDIATE RELEASE" / "Ref. No. 04/2025-PR" / the headline in capitals / "ASTANA - 28
   * January 2025 - The National Centre …": the office, its headline and the lead's date.
   */
  @Property(tries = 40)
  void aReleasesLetterheadNamesTheOfficeAndItsLeadDatesIt(@ForAll("offices") String office, @ForAll(supplier = Layouts.Dates.class) LocalDate date,
      @ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll @IntRange(min = 1, max = 99) int reference) {
    String upper = office.toUpperCase(Locale.ROOT);
    String day = date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
    List<String> lines = List.of(upper, "12 Beibitshilik Street, Astana 010000", "press@office.example  |  www.office.example", "",
        "FOR IMMEDIATE RELEASE", "Ref. No. " + reference + "/2025-PR", "", headline.toUpperCase(Locale.ROOT), "",
        "ASTANA - " + day + " - The " + office + " said today that " + paragraph("the programme"), "", paragraph("the camps"));

    var metadata = extract(lines).metadata();
    assertThat(metadata.get(OUTLET).value()).isEqualToIgnoringCase(office);
    assertThat(metadata.get(TITLE).value()).isEqualToIgnoringCase(headline);
    assertThat(metadata.get(DATE).value()).isEqualTo(date.toString());
  }

  /** "Far from Home: How Islamic State Khorasan" / "Recruits Central Asian Migrant Workers in" / "Russia": one title. */
  @Property(tries = 30)
  void aTitleCutAfterItsColonRunsOnOverTwoMoreLines(@ForAll("threeLineTitles") List<String> title, @ForAll(supplier = Layouts.People.class) String first,
      @ForAll(supplier = Layouts.People.class) String second) {
    Assume.that(!first.equals(second));
    List<String> lines = List.of("PAMIR POLICY INSTITUTE                                PPI Policy Brief No. 38", "", title.get(0), title.get(1),
        title.get(2), "", first + " and " + second, "", "June 11, 2024", "", paragraph("the talks"), "", paragraph("the border"));

    assertThat(extract(lines).metadata().get(TITLE).value()).isEqualTo(String.join(" ", title));
  }

  /** "This article was supported by a grant from … . Published May 20, 2025." under the text of a page that dates itself nowhere else. */
  @Property(tries = 30)
  void aDateAfterAFundersNoteAtTheFootDatesThePiece(@ForAll(supplier = Layouts.Dates.class) LocalDate date,
      @ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll(supplier = Layouts.People.class) String person) {
    String day = date.format(DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH));
    List<String> lines = List.of("steppereview.example", headline, person, "22–28 minutes", "", paragraph("the prison"), "", paragraph("the colony"),
        "", "This article was supported by a grant from the Independent Journalism Fund. Published " + day + ".");

    assertThat(extract(lines).metadata().get(DATE).value()).isEqualTo(date.toString());
  }

  /** "12.05.2025 14:37   👁 1 842": the count of views says nothing about the date beside it. */
  @Property(tries = 30)
  void aCountOfViewsAfterAnEyeLeavesTheDateLine(@ForAll(supplier = Layouts.Dates.class) LocalDate date, @ForAll @IntRange(min = 1, max = 99_999) int views,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    String count = String.format(Locale.ROOT, "%,d", views).replace(',', ' ');
    List<String> lines = List.of(headline, "", date.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")) + " 14:37   👁 " + count, "",
        paragraph("the talks"), "", paragraph("the border"));

    assertThat(extract(lines).metadata().get(DATE).value()).isEqualTo(date.toString());
  }

  /** "Reporting by A in Tashkent; Writing by B;" / "Editing by C": the reporter and the writer, never the editor. */
  @Property(tries = 40)
  void aWiresCreditGivesItsReportersAndItsWriter(@ForAll(supplier = Layouts.People.class) String reporter,
      @ForAll(supplier = Layouts.People.class) String writer, @ForAll(supplier = Layouts.People.class) String editor,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    Assume.that(!reporter.equals(writer) && !editor.equals(writer) && !editor.equals(reporter));
    List<String> lines = List.of(headline, "", "TASHKENT, May 12 (Caspian Wire) - " + paragraph("the talks"), "", paragraph("the border"), "",
        "Reporting by " + reporter + " in Tashkent; Writing by " + writer + ";", "Editing by " + editor);

    assertThat(extract(lines).metadata().get(AUTHOR).value()).isEqualTo(reporter + " and " + writer);
  }

  /** "E-Paper" among a text browser's links is the paper's other edition, never its masthead. */
  @Property(tries = 10)
  void aPapersOtherEditionIsNoMasthead(@ForAll("editions") String edition) {
    assertThat(OutletNames.isSectionName(edition)).isTrue();
    assertThat(PageHeader.mastheadAboveHeadline(edition)).isEmpty();
  }

  @Provide
  Arbitrary<String> offices() {
    return Arbitraries.of("National Centre for Rehabilitation and Reintegration", "Riverton Agency for Migrant Workers",
        "State Committee for Religious Affairs");
  }

  @Provide
  Arbitrary<List<String>> threeLineTitles() {
    return Arbitraries.of(List.of("Far from Home: How Islamic State Khorasan", "Recruits Central Asian Migrant Workers in", "Russia"),
        List.of("After Termez: Why Rockets Across the River", "Changed How Tashkent Thinks of", "Afghanistan"),
        List.of("Silent Cells: What Prosecutors Learned from", "Two Years of Trials in", "Dushanbe"));
  }

  @Provide
  Arbitrary<String> editions() {
    return Arbitraries.of("E-Paper", "ePaper", "Today's Paper", "Print Edition");
  }
}
