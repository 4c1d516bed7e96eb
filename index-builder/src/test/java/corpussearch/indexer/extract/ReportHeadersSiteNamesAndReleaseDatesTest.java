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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Headers of reports, releases and copied pages: a menu item in the possessive, a masthead a text
 * browser runs into its menu, a letterhead stacked over its series line, a title set in two parts
 * over two lines, the site's name a reader view prints under the headline, an update stamped with
 * its time alone, a release's "Dated:" beside its office's reference, and a letterhead with its
 * address over the release.
 */
class ReportHeadersSiteNamesAndReleaseDatesTest {

  @Property(tries = 40)
  void aMenuItemInThePossessiveIsNoAuthor(@ForAll("possessives") String item, @ForAll(supplier = Layouts.People.class) String person,
      @ForAll(supplier = Layouts.Outlets.class) String outlet, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> page = List.of("Skip to content", "E-Paper | " + item + " | Archive | Advertise", outlet, "Home  World  Business  Opinion", "",
        headline, "", person, "Published August 6, 2023", "", paragraph("the rally"), "", paragraph("the border"));

    assertThat(extract(page).metadata().get(AUTHOR).value()).isEqualTo(person);
  }

  @Provide
  Arbitrary<String> possessives() {
    return Arbitraries.of("Today's Paper", "Editor's Picks", "Founder’s Letter", "Children's Corner");
  }

  @Property(tries = 30)
  void anAgencysInitialsAreSpelledOutFromAMastheadRunIntoItsMenu(@ForAll("agencies") String agency,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    String initials = agency.replaceAll("(\\p{Lu})\\p{L}*\\s*", "$1");
    String host = "https://" + initials.toLowerCase(Locale.ROOT) + ".example/";
    List<String> page = List.of("   [1]" + agency + " [2]Home [3]Pakistan [4]World [5]Markets [6]Pictures", "", headline, "",
        "   PESHAWAR, March 27 (" + initials + ") - " + paragraph("the dam projects"), "", "   " + paragraph("the convoy"), "", "References", "",
        "   1. " + host, "   2. " + host + "home", "   3. " + host + "pakistan", "   4. " + host + "world", "   5. " + host + "markets",
        "   6. " + host + "pictures");

    assertThat(extract(page).metadata().get(OUTLET).value()).isEqualTo(agency);
  }

  @Provide
  Arbitrary<String> agencies() {
    return Arbitraries.of("Indus Press Agency", "Steppe News Agency", "Baltic Press Service", "Kestrel Wire Service");
  }

  @Property(tries = 40)
  void aStackedLetterheadNamesTheIssuerAndItsSeriesLineIsNoTitle(@ForAll("issuers") String issuer, @ForAll("series") String series,
      @ForAll boolean seriesFirst, @ForAll(supplier = Layouts.People.class) String person) {
    String seriesLine = "                                        " + series;
    String name = issuer.toUpperCase(Locale.ROOT);
    List<String> page = List.of(seriesFirst ? seriesLine : name, seriesFirst ? name : seriesLine, "Islamabad", "", "Rivals for the Same Recruits:",
        "ISKP, the TTP and Violence in the North-West", "", person, "12 September 2024", "", paragraph("the recruits"), "", paragraph("the rivalry"));

    Extraction extraction = extract(page);

    assertThat(extraction.metadata().get(OUTLET).value()).isEqualTo(issuer);
    assertThat(extraction.metadata().get(TITLE).value()).isEqualTo("Rivals for the Same Recruits: ISKP, the TTP and Violence in the North-West");
  }

  @Provide
  Arbitrary<String> issuers() {
    return Arbitraries.of("Centre for Frontier Security Studies", "Institute of Regional Studies", "Forum for Strategic Dialogue",
        "Caspian Centre for Conflict Research");
  }

  @Provide
  Arbitrary<String> series() {
    return Arbitraries.of("POLICY BRIEF No. 17", "Working Paper No. 4", "ISSUE BRIEF 12", "Policy Brief #112");
  }

  @Property(tries = 30)
  void aTitleInTwoPartsOverTwoLinesIsOneTitle(@ForAll("firstParts") String first, @ForAll(supplier = Layouts.Headlines.class) String second,
      @ForAll(supplier = Layouts.People.class) String person, @ForAll(supplier = Layouts.Outlets.class) String outlet) {
    List<String> page = List.of(outlet.toUpperCase(Locale.ROOT), "", first + ":", second, "", "By " + person, "5 December 2024", "", paragraph("the ferry"), "",
        paragraph("the timetable"));

    assertThat(extract(page).metadata().get(TITLE).value()).isEqualTo(first + ": " + second);
  }

  @Provide
  Arbitrary<String> firstParts() {
    return Arbitraries.of("Following the Money", "Rivals for the Same Recruits", "After the Ceasefire", "Bridges and Borders");
  }

  @Property(tries = 40)
  void theSiteNameAReaderViewPrintsUnderTheHeadlineIsTheOutlet(@ForAll("broadcasters") String site,
      @ForAll(supplier = Layouts.People.class) String person, @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll(supplier = Layouts.Dates.class) LocalDate date) {
    List<String> page = List.of("news.wavelength.example", "", headline, site, "By " + person + ", Peshawar", "4–5 minutes", "",
        date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)), "", paragraph("the verdict"), "", paragraph("the appeal"));

    Extraction extraction = extract(page);

    assertThat(extraction.metadata().get(OUTLET).value()).isEqualTo(site);
    assertThat(extraction.metadata().get(AUTHOR).value()).isEqualTo(person);
    assertThat(extraction.metadataLines()).contains(3);
  }

  @Provide
  Arbitrary<String> broadcasters() {
    return Arbitraries.of("Crossroads World Radio", "Meridian Public Radio", "Harbour City Times", "Steppe Evening Post");
  }

  @Property(tries = 60)
  void anUpdateStampedWithItsTimeAloneLeavesThePublicationDate(@ForAll(supplier = Layouts.Dates.class) LocalDate date,
      @ForAll("stampedUpdates") String line) {
    String written = line.contains("Publié") ? date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH))
        : date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));

    assertThat(DateParser.parseDateLine(line.formatted(written))).map(DateParser.DateLine::date).contains(date);
  }

  @Provide
  Arbitrary<String> stampedUpdates() {
    return Arbitraries.of("Publié le %s à 07h30, mis à jour à 10h12", "Published %s, updated at 10:12", "Published %s 7:30 am | Updated at 9:45 am",
        "Publié le %s, mis à jour à 18h05");
  }

  @Property(tries = 60)
  void aReleaseDatedBesideItsOfficesReferenceIsDated(@ForAll(supplier = Layouts.Dates.class) LocalDate date, @ForAll("references") String reference,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    String dated = reference + "\t\t\t\t\tDated: " + date.format(DateTimeFormatter.ofPattern("dd-MM-yyyy"));
    List<String> page = releaseUnder(List.of("GOVERNMENT OF THE NORTHERN PROVINCE", "PROVINCIAL SECURITY COORDINATION CELL"), dated, headline);

    Extraction extraction = extract(page);

    assertThat(extraction.metadata().get(DATE).value()).isEqualTo(date.toString());
    assertThat(extraction.metadata().get(TITLE).value()).isEqualTo(headline);
  }

  @Provide
  Arbitrary<String> references() {
    return Arbitraries.of("No. PSCC/PR/2025/143", "Ref: MFA/PR/17-2024", "Reference No. HD-4471/24", "No. 2025/88");
  }

  @Property(tries = 40)
  void aLetterheadWithItsAddressIsNoHeadline(@ForAll("addresses") String address, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> page = releaseUnder(List.of("MINISTRY OF THE INTERIOR", "DIRECTORATE OF PUBLIC INFORMATION", address), "PR-2025-118", headline);

    assertThat(extract(page).metadata().get(TITLE).value()).isEqualTo(headline);
  }

  @Provide
  Arbitrary<String> addresses() {
    return Arbitraries.of("Civil Secretariat, Peshawar", "14 Harbour Road, Kingston", "Block C, Pak Secretariat, Islamabad");
  }

  /** A release under {@code letterhead}, its label, the line under it ({@code dated}), the headline and the body. */
  private static List<String> releaseUnder(List<String> letterhead, String dated, String headline) {
    List<String> page = new ArrayList<>(letterhead);
    page.addAll(List.of("", "PRESS RELEASE", "", dated, "", headline, "", paragraph("the operation"), "", paragraph("the curfew"), "",
        "(Deputy Director Media)"));
    return page;
  }
}
