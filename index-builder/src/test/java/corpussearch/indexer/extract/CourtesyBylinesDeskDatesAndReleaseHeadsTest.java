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
 * Round 37's text layouts, generated: a byline crediting the partner a story is courtesy of; a name with a courtesy
 * title over a labelled date; a byline with a relative time beside its date, and a masthead beside its own initials;
 * a text browser's link number inside a byline; a desk's "PUBLISH:" and "STAMP:" date lines and a count of views in
 * Russian; "Read more by X" under a story with a bare name for a byline; a "WORKING PAPER" series line; a copy file's
 * fields under a caption of two lines; an offer to subscribe over the headline; a title over three lines; a release's
 * label over its issuer. With the layouts the rules must leave alone.
 */
class CourtesyBylinesDeskDatesAndReleaseHeadsTest {

  private static List<String> story(String... head) {
    return Stream.concat(Stream.of(head), Stream.of("", paragraph("the border"), "", paragraph("the camps"))).toList();
  }

  /** The {@code field} found for the story under {@code head}. */
  private static String found(MetadataField field, String... head) {
    return extract(story(head)).metadata().get(field).value();
  }

  /** "RTSI" of "Radio Tian Shan International". */
  private static String initials(List<String> words) {
    return words.stream().map(w -> w.substring(0, 1)).reduce("", String::concat);
  }

  /** "Ricardo Mendoza — courtesy of Istmo Today" under the headline: the writer, not the partner. */
  @Property(tries = 40)
  void aBylineCreditingThePartnerPaperGivesTheWriter(@ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll(supplier = Layouts.People.class) String person, @ForAll(supplier = Layouts.Outlets.class) String partner, @ForAll("dashes") String dash) {
    assertThat(found(AUTHOR, headline, "", person + dash + "courtesy of " + partner)).isEqualTo(person);
  }

  /** "Dr. Sameena Gul Afridi" over "Published: January 14th, 2025": the writer, without the title. */
  @Property(tries = 40)
  void aNameWithACourtesyTitleOverTheDateLineIsTheWriter(@ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll(supplier = Layouts.People.class) String person, @ForAll("honorifics") String title, @ForAll(supplier = Layouts.Dates.class) LocalDate date) {
    String day = date.getDayOfMonth() + switch (date.getDayOfMonth()) { case 1, 21, 31 -> "st"; case 2, 22 -> "nd"; case 3, 23 -> "rd"; default -> "th"; };
    String dateLine = "Published: " + date.format(DateTimeFormatter.ofPattern("MMMM", Locale.ENGLISH)) + " " + day + ", " + date.getYear();
    assertThat(found(AUTHOR, headline, "", title + " " + person, dateLine)).isEqualTo(person);
  }

  /** "Irfan Khattak | Published October 14, 2025 | Updated 3 hours ago": the writer and the date. */
  @Property(tries = 40)
  void aSegmentedBylineWithARelativeTimeGivesWriterAndDate(@ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll(supplier = Layouts.People.class) String person, @ForAll(supplier = Layouts.Dates.class) LocalDate date,
      @ForAll @IntRange(min = 2, max = 23) int hours) {
    String line = person + " | Published " + date.format(DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH)) + " | Updated " + hours + " hours ago";
    Extraction found = extract(story(headline, "", line));
    assertThat(found.metadata().get(AUTHOR).value()).isEqualTo(person);
    assertThat(found.metadata().get(DATE).value()).isEqualTo(date.toString());
  }

  /** "RTSI | Radio Tian Shan International" on top, no byline: no writer. */
  @Property(tries = 30)
  void aNameBesideItsOwnInitialsIsNoByline(@ForAll("stationWords") List<String> words, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    assertThat(found(AUTHOR, initials(words) + " | " + String.join(" ", words), "", headline, "", "12 May 2025")).isNull();
  }

  /** "Author: [14]Zarina Odinaeva": the writer, without the text browser's link number. */
  @Property(tries = 40)
  void aBylineWithALinkNumberGivesTheWriter(@ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll(supplier = Layouts.People.class) String person, @ForAll @IntRange(min = 1, max = 60) int link, @ForAll("authorLabels") String label) {
    assertThat(found(AUTHOR, headline, "", label + " [" + link + "]" + person, "12 May 2025")).isEqualTo(person);
  }

  /** "PUBLISH:\t2025-07-16 15:30 (Kabul)", "STAMP: 03-NOV-2025 09:52 GMT  LENGTH: 560 words", "14 апреля 2025, 11:32  |  Просмотров: 4 812". */
  @Property(tries = 50)
  void aDesksDateLineGivesTheDate(@ForAll(supplier = Layouts.Dates.class) LocalDate date, @ForAll("places") String city,
      @ForAll @IntRange(min = 100, max = 99999) int count, @ForAll @IntRange(min = 0, max = 2) int shape) {
    String line = switch (shape) {
      case 0 -> "PUBLISH:\t" + date + " 15:30 (" + city + ")";
      case 1 -> "STAMP: " + date.format(DateTimeFormatter.ofPattern("dd-MMM-yyyy", Locale.ENGLISH)).toUpperCase(Locale.ROOT) + " 09:52 GMT        LENGTH: "
          + count % 2000 + " words";
      default -> date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("ru"))) + ", 11:32  |  Просмотров: "
          + String.format(Locale.ROOT, "%,d", count).replace(',', ' ');
    };
    assertThat(found(DATE, "Ceasefire talks stall as shelling resumes", "", line)).as(line).isEqualTo(date.toString());
  }

  /** A bare name over the headline that no rule reads, and "Read more by" it late on the page: the writer. */
  @Property(tries = 40)
  void aReadMoreByLinkNamesTheBareBylinesWriter(@ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll(supplier = Layouts.People.class) String person, @ForAll("moreBy") String more) {
    Assume.that(!person.contains(" van ")); // the rule reads capitalised words only: "Nodira van der Berg" is not read
    assertThat(extract(underBareName(person, headline, more + " " + person + ": The Kabul dialogue and its limits")).metadata().get(AUTHOR).value())
        .isEqualTo(person);
  }

  /** The same page closing on "More from" the name: a site's or a section's link as often as a writer's, no writer. */
  @Property(tries = 20)
  void aMoreFromLinkNamesNoWriter(@ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll(supplier = Layouts.People.class) String person) {
    assertThat(extract(underBareName(person, headline, "More from " + person)).metadata().get(AUTHOR).value()).isNull();
  }

  private static List<String> underBareName(String person, String headline, String last) {
    return List.of(person, "", headline, "", paragraph("the border"), "", paragraph("the camps"), "", last);
  }

  /** "RTSI" as the masthead in capitals: reported as written. */
  @Property(tries = 30)
  void aOneWordOutletInCapitalsIsReportedAsWritten(@ForAll("stationWords") List<String> words, @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll(supplier = Layouts.People.class) String person) {
    assertThat(extract(Layouts.bylinedStory(initials(words), headline, person)).metadata().get(OUTLET).value()).isEqualTo(initials(words));
  }

  /** "WORKING PAPER No. 3 | May 2025" over a name the author's note calls "the … Observatory": the issuer. */
  @Property(tries = 40)
  void aNameUnderAWorkingPaperLineIsTheIssuer(@ForAll @IntRange(min = 1, max = 40) int number, @ForAll(supplier = Layouts.Dates.class) LocalDate date,
      @ForAll("bodies") String body, @ForAll(supplier = Layouts.People.class) String person, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    String series = "WORKING PAPER No. " + number + " | " + date.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH));
    List<String> lines = List.of(series, "", "", body, "", "", headline, "", person, "", paragraph("the border"), "", paragraph("the camps"), "",
        "About the author", "", person + " is a senior fellow at the " + body + ".");
    assertThat(extract(lines).metadata().get(OUTLET).value()).isEqualTo(body);
  }

  /** A copy file: two caption lines over "Slug:", "Words:", "Status:", "Web publication: Tuesday 22 April 2025, 06:00 BST", then "BYLINE: By A and B". */
  @Property(tries = 40)
  void aCopyFilesFieldsUnderATwoLineCaptionGiveDateAndWriters(@ForAll(supplier = Layouts.Outlets.class) String outlet,
      @ForAll(supplier = Layouts.Dates.class) LocalDate date, @ForAll(supplier = Layouts.People.class) String first,
      @ForAll(supplier = Layouts.People.class) String second, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    Assume.that(!first.equals(second));
    String published = date.format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH)) + ", 06:00 BST";
    Extraction found = extract(story(outlet.toUpperCase(Locale.ROOT), "FEATURES DESK - COPY FOR WEB AND PRINT", "Slug: border-camps", "Words: 560",
        "Status: Subbed", "Web publication: " + published, "", "HEADLINE: " + headline, "BYLINE: By " + first + " and " + second));
    assertThat(found.metadata().get(DATE).value()).isEqualTo(date.toString());
    assertThat(found.metadata().get(AUTHOR).value()).isEqualTo(first + " and " + second);
  }

  /** "[9]Subscribe to the weekly print edition" (the link number or not) over the headline: no title. */
  @Property(tries = 40)
  void anOfferToSubscribeOverTheHeadlineIsNoTitle(@ForAll("offers") String offer, @ForAll @IntRange(min = 0, max = 30) int link,
      @ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll(supplier = Layouts.People.class) String person) {
    String line = (link == 0 ? "" : "[" + link + "]") + offer;
    assertThat(found(TITLE, line, "", headline, "", "By " + person, "22 March 2025")).isEqualTo(headline);
  }

  /** "Photos: Floods hit Riverton as river bursts its banks": a gallery's headline, still the title. */
  @Property(tries = 20)
  void aGallerysHeadlineStaysTheTitle(@ForAll("places") String place, @ForAll(supplier = Layouts.People.class) String person) {
    String headline = "Photos: Floods hit " + place + " as river bursts its banks";
    assertThat(found(TITLE, headline, "", "By " + person, "22 March 2025")).isEqualTo(headline);
  }

  /** "Khorasan's northern turn:" / "IS-K recruitment and the Central" / "Asian security response": one title. */
  @Property(tries = 40)
  void aTitleOverThreeLinesIsOneTitle(@ForAll("places") String place, @ForAll("groups") String group, @ForAll(supplier = Layouts.People.class) String person) {
    List<String> title = List.of(place + "'s northern turn:", group + " recruitment and the Central", "Asian security response");
    assertThat(found(TITLE, title.get(0), title.get(1), title.get(2), "", "By " + person, "22 March 2025")).isEqualTo(String.join(" ", title));
  }

  /** "FOR IMMEDIATE RELEASE" / "Acme Risk Partners" / "Acme Risk Partners launches …": the issuer and its headline. */
  @Property(tries = 40)
  void aReleasesLabelOverItsIssuerLeavesTheIssuer(@ForAll("releaseLabels") String label, @ForAll("companies") String company,
      @ForAll("launches") String news) {
    String headline = company + " " + news;
    Extraction found = extract(story(label, "", company, "", headline, "", "14 October 2025"));
    assertThat(found.metadata().get(OUTLET).value()).isEqualTo(company);
    assertThat(found.metadata().get(TITLE).value()).isEqualTo(headline);
  }

  @Provide
  Arbitrary<String> bodies() {
    return Combinators.combine(Arbitraries.of("Hindukush", "Pamir", "Caspian", "Sahel"), Arbitraries.of("Security", "Conflict"),
        Arbitraries.of("Observatory", "Institute", "Centre")).as((place, topic, kind) -> place + " " + topic + " " + kind);
  }

  @Provide
  Arbitrary<String> offers() {
    return Combinators.combine(Arbitraries.of("Subscribe to", "Sign up for", "Register for"), Arbitraries.of("the", "our"),
        Arbitraries.of("weekly print edition", "morning newsletter", "daily briefing", "digital edition")).as((verb, the, what) -> verb + " " + the + " " + what);
  }

  @Provide
  Arbitrary<String> places() {
    return Arbitraries.of("Khorasan", "Riverton", "Fergana", "Kestrel Bay", "Balkh");
  }

  @Provide
  Arbitrary<String> groups() {
    return Arbitraries.of("IS-K", "Jihadist", "Militant", "Online");
  }

  @Provide
  Arbitrary<String> releaseLabels() {
    return Arbitraries.of("FOR IMMEDIATE RELEASE", "JOINT STATEMENT", "PRESS RELEASE", "MEDIA RELEASE");
  }

  @Provide
  Arbitrary<String> companies() {
    return Combinators.combine(Arbitraries.of("Acme", "Northgate", "Halford", "Lowmarsh"), Arbitraries.of("Risk Partners", "Security Group", "Analytics"))
        .as((name, kind) -> name + " " + kind);
  }

  @Provide
  Arbitrary<String> launches() {
    return Arbitraries.of("launches a travel-risk service for Central Asia", "opens an office in Almaty to cover the region",
        "appoints a new head of intelligence");
  }

  @Provide
  Arbitrary<String> dashes() {
    return Arbitraries.of(" — ", " – ", ", ", " - ");
  }

  @Provide
  Arbitrary<String> honorifics() {
    return Arbitraries.of("Dr.", "Dr", "Prof.", "Professor");
  }

  @Provide
  Arbitrary<List<String>> stationWords() {
    return Combinators.combine(Arbitraries.of("Radio", "Voice", "Channel"), Arbitraries.of("Tian", "Pamir", "Altai", "Ural"),
        Arbitraries.of("Shan", "Steppe", "Ob"), Arbitraries.of("International", "Service", "Network")).as(List::of);
  }

  @Provide
  Arbitrary<String> authorLabels() {
    return Arbitraries.of("Author:", "By", "Written by", "Автор:");
  }

  @Provide
  Arbitrary<String> moreBy() {
    return Arbitraries.of("Read more by", "More by", "More articles by", "Read more columns by");
  }
}
