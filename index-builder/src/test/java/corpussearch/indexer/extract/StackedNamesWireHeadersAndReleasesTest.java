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
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Headers of briefs, wire feeds, releases and copied pages: authors stacked one a line under a
 * headline broken over lines, two names each with a job, a think tank's name under a skip link, a
 * teletype's header, a release's place before its date, a support bar, a menu's item set again as
 * the section's label, a one-word address, a columnist's bio and a brief's note on when it came out.
 */
class StackedNamesWireHeadersAndReleasesTest {

  private static final String BROKEN_HEADLINE = "Reserve links and\nmigrant grievances:\nhow ISKP's Tajik and Uzbek\nTelegram networks survive takedowns";

  @Property(tries = 40)
  void namesStackedUnderABrokenHeadlineAreTheAuthors(@ForAll(supplier = Layouts.People.class) String first,
      @ForAll(supplier = Layouts.People.class) String second, @ForAll(supplier = Layouts.Outlets.class) String outlet) {
    Assume.that(!first.equals(second));
    List<String> page = lines(outlet.toUpperCase(Locale.ROOT), "", "POLICY BRIEF No. 14 | FEBRUARY 2024", "", BROKEN_HEADLINE, "", first,
        second, "", paragraph("the channels"), "", paragraph("the takedowns"));

    Extraction extraction = extract(page);

    assertThat(extraction.metadata().get(AUTHOR).value()).isEqualTo(first + " and " + second);
    assertThat(extraction.metadata().get(TITLE).value()).isEqualTo(BROKEN_HEADLINE.replace('\n', ' '));
  }

  @Property(tries = 40)
  void twoNamesEachWithAJobAreBothAuthors(@ForAll(supplier = Layouts.People.class) String first,
      @ForAll(supplier = Layouts.People.class) String second, @ForAll("jobs") String job, @ForAll("jobs") String other,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    Assume.that(!first.equals(second));
    List<String> page = List.of(headline, "", first + ", " + job + ", and " + second + ", " + other, "", "17 March 2025 | 7 min read", "",
        paragraph("the pipeline"), "", paragraph("the recruiters"));

    assertThat(extract(page).metadata().get(AUTHOR).value()).isEqualTo(first + " and " + second);
  }

  @Provide
  Arbitrary<String> jobs() {
    return Arbitraries.of("Senior Fellow", "Research Analyst", "Associate Fellow", "Staff Writer", "Programme Director");
  }

  @Property(tries = 30)
  void aThinkTanksNameUnderASkipLinkIsNoHeadline(@ForAll("bodies") String body, @ForAll(supplier = Layouts.People.class) String person,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> page = List.of("#" + body + " » Feed alternate", "", "Skip to main content", "", body, "", "* Research", "* Commentary",
        "* Events", "", headline, "", person + ", Senior Fellow", "", "17 March 2025 | 7 min read", "",
        "The views expressed in this commentary are the author's own and do not necessarily reflect those of the " + body + ".", "",
        paragraph("the " + headline.toLowerCase(Locale.ROOT)), "", paragraph("the recruiters"));

    assertThat(extract(page).metadata().get(TITLE).value()).isEqualTo(headline);
  }

  @Provide
  Arbitrary<String> bodies() {
    return Arbitraries.of("Steppe Security Institute", "Caspian Policy Institute", "Harbour Research Foundation", "Eurasia Studies Institute");
  }

  @Property(tries = 40)
  void aTeletypesHeaderIsNeitherTitleNorOutletAndItsStampGivesTheYear(@ForAll(supplier = Layouts.Dates.class) LocalDate date,
      @ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll("agencyNames") String agency) {
    String code = initials(agency);
    String stamp = date.format(DateTimeFormatter.ofPattern("dd'0614 GMT 'MMM yy", Locale.ENGLISH)).toUpperCase(Locale.ROOT);
    String dateline = "ALMATY, " + date.format(DateTimeFormatter.ofPattern("MMMM d", Locale.ENGLISH)) + " (" + code + ") - ";
    List<String> page = List.of("ZCZC", code + "0417 3 GEN 0584 " + code + " ASIA DESK", "^BC-KAZAKHSTAN-SECURITY/BORDER (UPDATE 1)",
        "PRIORITY: ROUTINE", stamp, "", "(Adds quote from analyst in paragraph 5)", "", headline, "", dateline + paragraph("the border"), "",
        "((PHOTO AVAILABLE: " + code + "-KZ-0521-01. Border guards patrol near the checkpoint))", "", paragraph("the outposts"), "",
        "Copyright " + agency + " " + date.getYear() + ". Subscriber use only.", "NNNN");

    Extraction extraction = extract(page);

    assertThat(extraction.metadata().get(TITLE).value()).isEqualTo(headline);
    assertThat(extraction.metadata().get(OUTLET).value()).isEqualTo(agency);
    assertThat(extraction.metadata().get(DATE).value()).isEqualTo(date.toString());
    assertThat(String.join(" ", paragraphs(page))).doesNotContain("PHOTO AVAILABLE", "Adds quote", "ZCZC");
  }

  @Provide
  Arbitrary<String> agencyNames() {
    return Arbitraries.of("Asia Wire Service", "Steppe News Agency", "Baltic Press Service");
  }

  private static String initials(String name) {
    StringBuilder letters = new StringBuilder();
    for (String word : name.split(" ")) {
      letters.append(word.charAt(0));
    }
    return letters.toString();
  }

  @Property(tries = 40)
  void aReleasesPlaceBeforeItsDateDatesIt(@ForAll(supplier = Layouts.Dates.class) LocalDate date, @ForAll("releasePlaces") String place) {
    String written = date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
    List<String> page = List.of("FOR IMMEDIATE RELEASE", "", place + ", " + written, "",
        "Statement on the detention of migrant workers in the capital", "", paragraph("the raids"), "", paragraph("the hotline"));

    assertThat(extract(page).metadata().get(DATE).value()).isEqualTo(date.toString());
  }

  @Provide
  Arbitrary<String> releasePlaces() {
    return Arbitraries.of("Bishkek / Moscow", "Almaty", "NEW YORK", "Geneva/Dushanbe");
  }

  @Property(tries = 30)
  void aSupportBarNamesTheOutlet(@ForAll(supplier = Layouts.Outlets.class) String outlet, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    Assume.that(outlet.startsWith("The "));
    List<String> page = List.of("Skip to main content", "Support " + outlet, "Fund independent journalism from £1", "Sign in", "News", "Opinion",
        "Sport", "", headline, "", "Sun 23 Mar 2025 07.00 GMT", "", paragraph("the raids"), "", paragraph("the workers"));

    assertThat(extract(page).metadata().get(OUTLET).value()).isEqualTo(outlet);
  }

  @Property(tries = 30)
  void aMenusItemSetAgainOverTheHeadlineIsNoOutlet(@ForAll(supplier = Layouts.Outlets.class) String outlet, @ForAll("sections") String section,
      @ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll(supplier = Layouts.People.class) String person) {
    List<String> page = List.of(outlet, "ePaper | Live TV | Urdu", "Home", section, "World", "Business", "Opinion", "", section, "", headline, "",
        person, "Published June 2, 2024", "", paragraph("the raids"), "", paragraph("the workers"));

    assertThat(extract(page).metadata().get(OUTLET).value()).isEqualTo(outlet);
  }

  @Provide
  Arbitrary<String> sections() {
    return Arbitraries.of("Pakistan", "Nation", "Balochistan", "Karachi");
  }

  @Property(tries = 30)
  void aOneWordAddressTheTextWritesTwiceIsTheOutlet(@ForAll("brands") String brand, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> page = List.of(brand.toLowerCase(Locale.ROOT) + ".example", "", headline, "", "Von Jana Kessler", "", brand + " » Russland » Migration",
        "", "12.04.2024", "", paragraph("the raids"), "", paragraph("the workers"), "", "Dieser Artikel erscheint auch in der Mai-Ausgabe von "
            + brand + ".");

    assertThat(extract(page).metadata().get(OUTLET).value()).isEqualTo(brand);
  }

  @Provide
  Arbitrary<String> brands() {
    return Arbitraries.of("Ostblick", "Nordlicht", "Steppenwind", "Karawane");
  }

  @Property(tries = 30)
  void aColumnistsBioNamesTheAuthor(@ForAll(supplier = Layouts.People.class) String person, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> page = List.of("Opinion", "", headline, "", paragraph("the raids"), "", paragraph("the workers"), "", paragraph("the border"), "",
        person + " is a former diplomat and writes the Frontlines column on security and foreign affairs");

    assertThat(extract(page).metadata().get(AUTHOR).value()).isEqualTo(person);
  }

  @Property(tries = 30)
  void aBriefsNoteOnWhenItCameOutDatesIt(@ForAll(supplier = Layouts.Dates.class) LocalDate date, @ForAll("pieces") String piece,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    String written = date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
    List<String> page = List.of(headline, "", paragraph("the channels"), "", paragraph("the takedowns"), "", paragraph("the platforms"), "",
        "CERS policy briefs are peer-reviewed. This " + piece + " was published on " + written + ".");

    assertThat(extract(page).metadata().get(DATE).value()).isEqualTo(date.toString());
    assertThat(paragraphs(page)).noneMatch(text -> text.contains("peer-reviewed"));
  }

  @Provide
  Arbitrary<String> pieces() {
    return Arbitraries.of("brief", "report", "paper", "analysis");
  }

  /** The lines of {@code blocks}, each of which may hold several lines. */
  private static List<String> lines(String... blocks) {
    return List.of(String.join("\n", blocks).split("\n", -1));
  }
}
