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
 * What stands between a masthead and the headline on pages of the sixth blind set's kind, in
 * generated combinations: menus with wide gaps, a market ticker, an export's "Printed:" field and
 * address, a text-only prompt, the current section repeated from the menu; and the evidence around
 * them: a site name below a utility bar, a pipe tagline, a yearless byline date, dates set apart
 * by their labels alone.
 */
class HeaderJunkAboveTheHeadlineTest {

  @Property(tries = 80)
  void noHeaderLineIsTakenForTheHeadline(
      @ForAll(supplier = Layouts.Outlets.class) String outlet, @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll("junk") List<String> junk) {
    List<String> lines = new ArrayList<>(List.of(outlet.toUpperCase(Locale.ROOT)));
    lines.addAll(junk);
    lines.addAll(List.of("", headline, "", "By Jane Doe", "", paragraph("the harbour"), "", paragraph("the levy")));

    assertThat(extract(lines).metadata().get(TITLE).value()).isEqualTo(headline);
  }

  @Property(tries = 40)
  void aSiteNameBelowAUtilityBarIsTheMastheadWhenTheFooterRepeatsIt(
      @ForAll(supplier = Layouts.Outlets.class) String outlet, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> lines = List.of("LISTEN LIVE ▶  103.7 — The Valley's Classic Rock", "Home | News | Weather | Contests | Contact",
        outlet, "Local News   Regional   Sports   Weather", "", headline, "", paragraph("the wetland"), "",
        outlet.replaceFirst("^The ", "") + " Radio is part of the Valley Broadcast Group.", "© 2024 " + outlet + ". All rights reserved.");

    assertThat(extract(lines).metadata().get(OUTLET).value()).isEqualTo(outlet);
  }

  @Property(tries = 40)
  void aNameWithAPipedTaglineAboveTheHeadlineIsTheMasthead(
      @ForAll(supplier = Layouts.Outlets.class) String outlet, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> lines = List.of(outlet + " | Independent health journalism for the Plains states", "",
        "Home   Policy   Hospitals   Donate", "", headline, "", paragraph("the clinics"), "", paragraph("the waiver"));

    assertThat(extract(lines).metadata().get(OUTLET).value()).isEqualTo(outlet);
  }

  @Property(tries = 40)
  void aNameAboveAYearlessDateIsTheAuthorAndTheDateIsNoSection(
      @ForAll(supplier = Layouts.People.class) String author, @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll("shortDates") String shortDate) {
    List<String> lines = List.of(headline, "", author, shortDate, "", paragraph("the ferry"), "", paragraph("the timetable"));

    Extraction result = extract(lines);
    assertThat(result.metadata().get(AUTHOR).value()).isEqualTo(author);
    assertThat(Layouts.paragraphs(lines)).containsExactly(paragraph("the ferry"), paragraph("the timetable"));
  }

  @Property(tries = 40)
  void datesSetApartByTheirLabelsGiveThePublicationDate(
      @ForAll("dates") LocalDate published, @ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll boolean updateFirst) {
    DateTimeFormatter shown = DateTimeFormatter.ofPattern("MMMM d yyyy", Locale.ENGLISH);
    String first = "first published " + published.format(shown) + " - 6:45pm";
    String update = "Updated " + published.plusDays(1).format(shown) + " - 9:30am";
    String line = updateFirst ? update + ", " + first : "Published " + published.format(shown) + ", updated " + published.plusDays(1).format(shown);
    List<String> lines = List.of(headline, "", "By Jane Doe", line, "", paragraph("the final"), "", paragraph("the club"));

    assertThat(extract(lines).metadata().get(DATE).value()).isEqualTo(published.toString());
  }

  @Property(tries = 40)
  void wireCopysCapitalisedNamesBeforeTheAgencyAreTheAuthors(
      @ForAll(supplier = Layouts.People.class) String author, @ForAll("agencies") String agency,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> lines = List.of(headline, "By " + author.toUpperCase(Locale.ROOT) + " " + agency, "", paragraph("the vote"), "", paragraph("the count"));

    Extraction result = extract(lines);
    assertThat(result.metadata().get(AUTHOR).value()).isEqualToIgnoringCase(author);
    assertThat(result.metadata().get(OUTLET).value()).isEqualTo(agency);
  }

  @Property(tries = 40)
  void aBlogsDateByNameLineGivesAuthorAndDate(
      @ForAll(supplier = Layouts.People.class) String author, @ForAll("dates") LocalDate date,
      @ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll("commentCounts") String comments) {
    String line = date.format(DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH)) + " by " + author + comments;
    Extraction result = extract(List.of(headline, "", line, "", paragraph("the quay"), "", paragraph("the tides")));

    assertThat(result.metadata().get(AUTHOR).value()).isEqualTo(author);
    assertThat(result.metadata().get(DATE).value()).isEqualTo(date.toString());
  }

  @Property(tries = 20)
  void aDocumentsKindIsNeverTheOutlet(@ForAll("kinds") String kind, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    Extraction result = extract(List.of(kind, "", headline, "", paragraph("the delay"), "", paragraph("the costs")));

    assertThat(result.metadata().get(OUTLET).value()).isNull();
    assertThat(result.metadata().get(TITLE).value()).isEqualTo(headline);
  }

  @Property(tries = 40)
  void aSiteNamedAboveItsOwnDescriptionIsTheMastheadNotTheHeadline(
      @ForAll("blogNames") String blog, @ForAll("descriptions") String description,
      @ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll("dates") LocalDate date) {
    List<String> lines = List.of(blog, description, "", headline, "",
        "Aired: " + date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)), "", paragraph("the quay"), "", paragraph("the tides"));

    Extraction result = extract(lines);
    assertThat(result.metadata().get(TITLE).value()).isEqualTo(headline);
    assertThat(result.metadata().get(OUTLET).value()).isEqualTo(blog);
    assertThat(result.metadata().get(DATE).value()).isEqualTo(date.toString());
  }

  @Property(tries = 40)
  void aPrintedPagesHeaderAndItsHeadlineInCapitalsOverSeveralLinesAreRead(
      @ForAll(supplier = Layouts.Outlets.class) String outlet, @ForAll("dates") LocalDate date,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 48) int pageNumber) {
    String header = pageNumber + " " + outlet.toUpperCase(Locale.ROOT) + " "
        + date.format(DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", Locale.ENGLISH));
    List<String> lines = List.of(header, "", "HARBOUR DREDGING PLAN", "DELAYED AGAIN AFTER", "COST REVIEW", "",
        "By Jane Doe", "Staff Reporter", "", paragraph("the harbour"), "", paragraph("the costs"));

    Extraction result = extract(lines);
    assertThat(result.metadata().get(TITLE).value()).isEqualTo("HARBOUR DREDGING PLAN DELAYED AGAIN AFTER COST REVIEW");
    assertThat(result.metadata().get(DATE).value()).isEqualTo(date.toString());
    assertThat(OutletNames.comparable(result.metadata().get(OUTLET).value())).isEqualTo(OutletNames.comparable(outlet));
  }

  @Property(tries = 20)
  void aListOfSectionsAboveTheHeadlineNamesNoOutlet(@ForAll boolean blanks, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    String gap = blanks ? "\n\n" : "\n";
    List<String> lines = new ArrayList<>(List.of(("SECTIONS" + gap + "Front Page" + gap + "Sports" + gap + "Business").split("\n", -1)));
    lines.addAll(List.of("", headline, "", "By Jane Doe", "", paragraph("the mill"), "", paragraph("the fire")));

    Extraction result = extract(lines);
    assertThat(result.metadata().get(OUTLET).value()).isNull();
    assertThat(result.metadata().get(TITLE).value()).isEqualTo(headline);
  }

  @Provide
  Arbitrary<String> blogNames() {
    return Arbitraries.of("Notes from the Quay", "Harbour Hour", "The Orchard Ledger", "Fenland Field Notes");
  }

  @Provide
  Arbitrary<String> descriptions() {
    return Arbitraries.of("A blog about boats, tides and the people of Portland harbour",
        "An independent newsletter on rural health", "The podcast about the coast and its towns",
        "A weekly digest of council news");
  }

  @Provide
  Arbitrary<String> agencies() {
    return Arbitraries.of("Associated Press", "Meridian Wire", "Andes Press Service");
  }

  @Provide
  Arbitrary<String> commentCounts() {
    return Arbitraries.of("", " 3 Comments", " No Comments", " 1 Comment");
  }

  @Provide
  Arbitrary<String> kinds() {
    return Arbitraries.of("FOR IMMEDIATE RELEASE", "Press Release", "MEDIA RELEASE", "News Release");
  }

  @Provide
  Arbitrary<List<String>> junk() {
    return Arbitraries.of(
            "News  Business  Sports  Entertainment  Letters  Commentary  Classifieds  E-Paper",
            "JSE All Share 78,412.35 ▲0.42% | R/$ 18.72 ▼ | Brent $82.10 ▲",
            "Printed: 12/06/2024", "https://ledger.example/news/council/harbour-levy-vote", "Text-only version. Go to full site.",
            "Wednesday | July 17, 2024", "Login  |  Subscribe  |  BM")
        .list().ofMinSize(1).ofMaxSize(4).uniqueElements()
        .map(lines -> {
          List<String> withSection = new ArrayList<>(lines);
          withSection.addAll(List.of("Nation | World | Business | Courts & Crime | Sport", "Courts & Crime"));
          return withSection;
        });
  }

  @Provide
  Arbitrary<String> shortDates() {
    return Arbitraries.of("Mar 7", "7 March", "Thu, 7 Mar", "December 12");
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return Layouts.dates();
  }
}
