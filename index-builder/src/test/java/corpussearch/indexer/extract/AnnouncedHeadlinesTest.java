package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Articles.paragraph;
import static corpussearch.indexer.extract.Layouts.extract;
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
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Lines shaped like a headline that announce something else (a ticker's flag, a channel's pinned
 * post, an issue's digest or keyword list, an issue number, a service banner in capitals) above
 * the story's own headline; a running head with the page number last; a headline a narrow column
 * broke over three lines. Neighbours, names and dates drawn at random; prose and kickers with the
 * same words keep their place.
 */
class AnnouncedHeadlinesTest {

  @Property(tries = 80)
  void anAnnouncementAboveAFullerHeadlineIsNeverTheTitle(
      @ForAll("announcements") String announcement,
      @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll(supplier = Layouts.People.class) String author,
      @ForAll("between") List<String> between) {
    List<String> lines = new ArrayList<>(List.of(announcement, ""));
    between.forEach(line -> lines.addAll(List.of(line, "")));
    lines.addAll(List.of(headline, "", "By " + author, "", paragraph("the market hall"), "", paragraph("the seawall")));

    assertThat(extract(lines).metadata().get(TITLE).value()).isEqualTo(headline);
  }

  @Provide
  Arbitrary<String> announcements() {
    Arbitrary<String> topic = Arbitraries.of("Ferry schedule changed for Independence week", "Water cut in two districts tonight",
        "Polls close at six in the capital", "Our website is back online after the outage");
    Arbitrary<String> flagged = Combinators.combine(Arbitraries.of("BREAKING: ", "JUST IN: ", "LIVE UPDATES: ", "ALERT: "), topic)
        .as(String::concat);
    Arbitrary<String> pinned = Combinators.combine(Arbitraries.of("[Pinned message] ", "[Sponsored] ", "(Advertisement) "), topic)
        .as(String::concat);
    Arbitrary<String> digest = Combinators.combine(Arbitraries.of("This week: ", "In this issue: ", "Today: "), topic, topic, topic)
        .as((label, a, b, c) -> label + a + ", " + b.toLowerCase(Locale.ROOT) + ", " + c.toLowerCase(Locale.ROOT));
    Arbitrary<String> banner = Combinators.combine(Arbitraries.of("TNA", "PAMIR WIRE", "BPA"),
            Arbitraries.of("ENGLISH SERVICE", "SERVICE EN LANGUE ANGLAISE / ENGLISH SERVICE", "WORLD DESK"))
        .as((agency, service) -> agency + " — " + service);
    return Arbitraries.oneOf(flagged, pinned, digest, banner, Arbitraries.of("Issue 88", "Vol. 12, No. 4", "Edition #301"));
  }

  @Provide
  Arbitrary<List<String>> between() {
    return Arbitraries.of("NEWS", "FEATURED STORY", "Keywords: fisheries, cold chain, Thiès region",
            "Forwarded from Zarafshan Daily — English", "24.09.2024 13:05", "Search: __________ [ Go ]")
        .list().ofMaxSize(2).uniqueElements();
  }

  @Property(tries = 40)
  void aFlaggedHeadlineOverItsBylineAndBodyStaysTheTitle(
      @ForAll("flags") String flag,
      @ForAll(supplier = Layouts.People.class) String author) {
    String headline = flag + "Fire closes port as crews battle blaze in warehouse";
    List<String> lines = List.of(headline, "", "By " + author, "", paragraph("the port"), "", paragraph("the fire"));

    assertThat(extract(lines).metadata().get(TITLE).value()).isEqualTo(headline);
  }

  @Provide
  Arbitrary<String> flags() {
    return Arbitraries.of("BREAKING: ", "UPDATE: ", "Analysis: ", "");
  }

  @Example
  void aHeadlineNamingThreePlacesIsNoDigest() {
    assertThat(AnnouncementLines.isAnnouncement("Floods hit Lagos, Abuja and Kano")).isFalse();
    assertThat(AnnouncementLines.isAnnouncement("Analysis: Why rates rose")).isFalse();
    assertThat(AnnouncementLines.isNeverHeadline("Issues with the new ferry timetable")).isFalse();
    assertThat(AnnouncementLines.isNeverHeadline("Hello! Here is what happened this week.")).isTrue();
  }

  @Property(tries = 60)
  void aRunningHeadWithThePageNumberLastGivesOutletAndDateAndIsNoTitle(
      @ForAll("capitalsOutlets") String outlet,
      @ForAll(supplier = Layouts.Dates.class) LocalDate date,
      @ForAll(supplier = Layouts.People.class) String author,
      @ForAll("pages") int page) {
    String printed = date.format(DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", Locale.ENGLISH));
    List<String> lines = List.of(outlet + " " + printed + " Page " + page, "", "SOUTH WEST", "",
        "Muea traders count losses", "as collapsed road cuts", "market off from highway", "", "By " + author + " in Buea", "",
        paragraph("the market"), "", paragraph("the road"));
    ArticleMetadata metadata = extract(lines).metadata();

    assertThat(metadata.get(TITLE).value()).isEqualTo("Muea traders count losses as collapsed road cuts market off from highway");
    assertThat(OutletNames.comparable(metadata.get(OUTLET).value())).isEqualTo(OutletNames.comparable(outlet));
    assertThat(metadata.get(DATE).value()).isEqualTo(date.toString());
  }

  @Provide
  Arbitrary<String> capitalsOutlets() {
    return Layouts.outlets().map(name -> name.toUpperCase(Locale.ROOT));
  }

  @Provide
  Arbitrary<Integer> pages() {
    return Arbitraries.integers().between(1, 64);
  }

  @Example
  void aSentenceWithAPageNumberIsNoRunningHead() {
    assertThat(RunningHeaders.isRunningHeader("THE MAYOR said on Monday, October 7, 2024 that the plan is on page 5")).isFalse();
    assertThat(RunningHeaders.isRunningHeader("THE MOUNTAIN POST Monday, October 7, 2024 Page 5")).isTrue();
  }
}
