package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Articles.paragraph;
import static corpussearch.indexer.extract.Layouts.extract;
import static corpussearch.indexer.extract.MetadataField.AUTHOR;
import static corpussearch.indexer.extract.MetadataField.DATE;
import static corpussearch.indexer.extract.MetadataField.OUTLET;
import static corpussearch.indexer.extract.MetadataField.TITLE;
import static org.assertj.core.api.Assertions.assertThat;

import corpussearch.indexer.containers.TextContainers;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Round 37's text layouts, generated: a report's series line closed by its issue date over an institute's name in
 * ordinary case that the about-the-author note later calls a body; a masthead in capitals wrapped onto a line opening
 * with a connecting word; a text browser's "[IMG] X logo" first line; a desk's picture note over the
 * headline; a line of names with courtesy titles under the headline; an aggregator's "via X" and a wire's "[Source: X]"
 * beside a date. Each with the layout the rule must leave alone: a title nothing calls a body, a series line of its
 * own under a masthead, a gallery's headline.
 */
class SeriesLinesLogosAndCourtesyBylinesTest {

  private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

  /** "POLICY BRIEF No. 14 | June 2025" over "Hindukush Security Observatory", "… a senior fellow at the Hindukush Security Observatory." at the end. */
  @Property(tries = 40)
  void aNameUnderADatedSeriesLineThatTheTextCallsABodyIsTheIssuer(@ForAll("seriesLines") String series, @ForAll("bodies") String body,
      @ForAll(supplier = Layouts.People.class) String person, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> lines = report(series, body, headline, person, person + " is a senior fellow at the " + body + ".");

    assertThat(extract(lines).metadata().get(OUTLET).value()).isEqualTo(body);
  }

  /** The same layout whose end never says "the …" of the name under the series line: that name is no outlet. */
  @Property(tries = 20)
  void aNameUnderASeriesLineThatNothingCallsABodyIsNoOutlet(@ForAll("seriesLines") String series, @ForAll("bodies") String body,
      @ForAll(supplier = Layouts.People.class) String person, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> lines = report(series, body, headline, person, person + " is a senior fellow who writes on security in the region.");

    assertThat(extract(lines).metadata().get(OUTLET).value()).isNotEqualTo(body);
  }

  private static List<String> report(String series, String body, String headline, String person, String note) {
    return List.of(series, "", "", body, "", "", headline, "", person, "", paragraph("the border"), "", paragraph("the camps"), "",
        paragraph("the recruiters"), "", "About the author", "", note);
  }

  /** "MERIDIAN INSTITUTE" / "FOR SECURITY STUDIES" on top: one name. */
  @Property(tries = 40)
  void aCapitalsMastheadWrappedOntoAConnectingWordIsOneName(@ForAll("institutes") String institute, @ForAll("fields") String field,
      @ForAll(supplier = Layouts.People.class) String person, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    String tail = "FOR " + field;
    List<String> lines = List.of(institute, tail, "", "", headline, "", "By " + person, "12 May 2025", "", paragraph("the border"), "",
        paragraph("the camps"));

    assertThat(extract(lines).metadata().get(OUTLET).value()).isEqualToIgnoringCase(institute + " " + tail);
  }

  /** "MERIDIAN INSTITUTE" / "POLICY BRIEF": the second line is a line of its own, no part of the name. */
  @Property(tries = 20)
  void aSeriesLineUnderAMastheadIsNoPartOfItsName(@ForAll("institutes") String institute, @ForAll(supplier = Layouts.People.class) String person,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> lines = List.of(institute, "POLICY BRIEF", "", "", headline, "", "By " + person, "12 May 2025", "", paragraph("the border"), "",
        paragraph("the camps"));

    assertThat(extract(lines).metadata().get(OUTLET).value()).doesNotContainIgnoringCase("brief");
  }

  /** A lynx dump opening "[IMG] The Northern Clarion logo": the site's name. */
  @Property(tries = 40)
  void aDumpsLogoPlaceholderOnTheFirstLineNamesTheSite(@ForAll("siteNames") String site, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> lines = TextContainers.unwrap(List.of("   [IMG] " + site + " logo", "", "   [1]Home [2]News [3]World [4]Opinion [5]Sport", "",
        "   " + headline, "", "   By Jonas Whitfield", "   Tuesday 4 February 2025", "", "   " + paragraph("the border"), "",
        "   " + paragraph("the network")));

    assertThat(extract(lines).metadata().get(OUTLET).value()).isEqualTo(site);
  }

  /** "Pic: supplied (headshot in shared folder)", "Image: file picture from the archive" over the headline: the headline is the title. */
  @Property(tries = 40)
  void aDesksPictureNoteOverTheHeadlineIsNoTitle(@ForAll("pictureNotes") String note, @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll(supplier = Layouts.People.class) String person) {
    List<String> lines = List.of(note, "", headline, "", "By " + person, "22 March 2025", "", paragraph("the mine"), "", paragraph("the workers"));

    assertThat(extract(lines).metadata().get(TITLE).value()).isEqualTo(headline);
  }

  /** "Photos: Floods hit Riverton as river bursts its banks" on top: a gallery's headline, still the title. */
  @Property(tries = 20)
  void aGallerysHeadlineStaysTheTitle(@ForAll("galleryLabels") String label, @ForAll("towns") String town,
      @ForAll(supplier = Layouts.People.class) String person) {
    String headline = label + ": Floods hit " + town + " as river bursts its banks";
    List<String> lines = List.of(headline, "", "By " + person, "22 March 2025", "", paragraph("the floods"), "", paragraph("the clean-up"));

    assertThat(extract(lines).metadata().get(TITLE).value()).isEqualTo(headline);
  }

  /** "Dr Nodira Saidova and Prof Timur Karimov" under the headline: the two writers, their titles aside. */
  @Property(tries = 40)
  void namesWithCourtesyTitlesUnderTheHeadlineAreTheByline(@ForAll(supplier = Layouts.People.class) String first,
      @ForAll(supplier = Layouts.People.class) String second, @ForAll("honorifics") String title, @ForAll boolean both,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    Assume.that(!first.equals(second));
    String names = title + " " + first + " and " + (both ? title + " " : "") + second;
    List<String> lines = List.of("The Caspian Review", "", headline, "", names, "", "3 March 2025", "", paragraph("the ferry"), "",
        paragraph("the timetable"));

    assertThat(extract(lines).metadata().get(AUTHOR).value()).isEqualTo(first + " and " + second);
  }

  /** "via NewsStack · 6h ago · Mar 2, 2026" and "[Source: Meridian Wire]  Aug 14, 2025 10:52 PM · 4 min read": the date. */
  @Property(tries = 40)
  void anAggregatorsOrASourcesNameBesideADateLeavesTheDate(@ForAll("carriers") String carrier, @ForAll(supplier = Layouts.Dates.class) LocalDate date,
      @ForAll @IntRange(min = 1, max = 23) int hours, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    String day = date.format(DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH));
    String line = carrier.startsWith("[") ? carrier + "  " + day + " 10:52 PM · 4 min read" : carrier + " · " + hours + "h ago · " + day;
    List<String> lines = List.of(headline, "", line, "", paragraph("the mine"), "", paragraph("the workers"));

    assertThat(extract(lines).metadata().get(DATE).value()).as(line).isEqualTo(date.toString());
  }

  @Provide
  Arbitrary<String> seriesLines() {
    return Combinators.combine(Arbitraries.of("POLICY BRIEF", "ISSUE BRIEF", "Policy Brief", "Issue Brief"),
        Arbitraries.integers().between(2, 60), Layouts.dates()).as((kind, n, d) -> kind + " No. " + n + " | " + d.format(MONTH_YEAR));
  }

  @Provide
  Arbitrary<String> bodies() {
    return Combinators.combine(Arbitraries.of("Hindukush", "Pamir", "Caspian", "Fergana", "Sahel"),
        Arbitraries.of("Security", "Policy", "Conflict"), Arbitraries.of("Observatory", "Institute", "Centre"))
        .as((place, topic, kind) -> place + " " + topic + " " + kind);
  }

  @Provide
  Arbitrary<String> institutes() {
    return Combinators.combine(Arbitraries.of("MERIDIAN", "LOWLANDS", "CASPIAN", "NORDIC"), Arbitraries.of("INSTITUTE", "CENTRE", "FOUNDATION"))
        .as((name, kind) -> name + " " + kind);
  }

  @Provide
  Arbitrary<String> fields() {
    return Arbitraries.of("SECURITY STUDIES", "STRATEGIC STUDIES", "CONFLICT RESEARCH", "POLICY ANALYSIS");
  }

  @Provide
  Arbitrary<String> siteNames() {
    return Combinators.combine(Arbitraries.of("The ", ""), Arbitraries.of("Northern", "Kestrel", "Lowmarsh", "Riverton"),
        Arbitraries.of("Clarion", "Ledger", "Courier", "Sentinel")).as((the, place, kind) -> the + place + " " + kind);
  }

  @Provide
  Arbitrary<String> pictureNotes() {
    return Combinators.combine(Arbitraries.of("Pic", "Pics", "Photo", "Picture", "Image"),
        Arbitraries.of("supplied (headshot in shared folder)", "supplied by the family", "courtesy of the council press office",
            "file picture from the archive")).as((label, what) -> label + ": " + what);
  }

  @Provide
  Arbitrary<String> galleryLabels() {
    return Arbitraries.of("Photos", "Pictures", "In pictures");
  }

  @Provide
  Arbitrary<String> towns() {
    return Arbitraries.of("Riverton", "Lowmarsh", "Kestrel Bay", "Fenland");
  }

  @Provide
  Arbitrary<String> honorifics() {
    return Arbitraries.of("Dr", "Dr.", "Prof", "Professor");
  }

  @Provide
  Arbitrary<String> carriers() {
    Arbitrary<String> via = Arbitraries.of("NewsStack", "Feedly Daily", "NewsNow", "HeadlineHub").map(name -> "via " + name);
    Arbitrary<String> source = Layouts.agencies().map(agency -> "[Source: " + agency + "]");
    return Arbitraries.oneOf(via, source);
  }
}
