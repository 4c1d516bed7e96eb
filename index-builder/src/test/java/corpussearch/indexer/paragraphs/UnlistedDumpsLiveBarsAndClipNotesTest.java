package corpussearch.indexer.paragraphs;

import static corpussearch.indexer.paragraphs.Articles.P1;
import static corpussearch.indexer.paragraphs.Articles.P2;
import static corpussearch.indexer.paragraphs.Articles.assertDropped;
import static corpussearch.indexer.paragraphs.Articles.assertKept;
import static corpussearch.indexer.paragraphs.Articles.texts;
import static org.assertj.core.api.Assertions.assertThat;

import corpussearch.indexer.extract.ArticleMetadata;
import corpussearch.indexer.extract.MetadataExtractor;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Round 39's furniture, generated: a text browser's dump saved without its list of links, whose markers are glued to
 * the words they link and numbered in order; a broadcaster's "Listen Live: Morning Edition" bar over the story, which
 * never names the outlet; a magazine's "This piece appears in the April 2025 issue of …"; a wire feed's "Related
 * slugs on this feed" over its slugs; a clipping's licence note and a monitoring analyst's "Analyst note: …"; a
 * release's "Photos … are available for media use at …"; a bare "More:" before a linked headline. A report's
 * footnote markers, and a story's sentences of the same words, stay.
 */
class UnlistedDumpsLiveBarsAndClipNotesTest {
  private static final String HEADLINE = "Chapel to become community bunkhouse after village buyout";
  private static final String LINKED = "The %sdistrict council said the chapel would open to walkers in the spring.";

  /** "[1]Skip to content" … "Posted on [n]11 January 2024 by [n+1]Name" … "the [n+2]district council", no "References" after it. */
  @Property(tries = 40)
  void aDumpSavedWithoutItsListReadsAsThePageItShows(@ForAll("names") String name, @ForAll("outlets") String outlet,
      @ForAll("dates") LocalDate date, @ForAll @IntRange(min = 1, max = 3) int first, @ForAll @IntRange(min = 2, max = 6) int sections) {
    List<String> menu = new ArrayList<>();
    for (int n = first + 2; n < first + 2 + sections; n++) {
      menu.add("[" + n + "]" + List.of("Home", "News", "Sport", "Letters", "Farming", "Weather").get(n - first - 2));
    }
    int next = first + 2 + sections;
    List<String> lines = List.of("   [" + first + "]Skip to content", "", "   [" + (first + 1) + "]" + outlet, "", "   " + String.join(" ", menu), "",
        HEADLINE, "", "   Posted on [" + next + "]" + date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)) + " by [" + (next + 1) + "]"
        + name, "", "   " + P1, "", "   " + String.format(LINKED, "[" + (next + 2) + "]"), "", "   " + P2);
    ArticleMetadata metadata = new MetadataExtractor().extract(lines).metadata();

    assertThat(metadata.title().value()).isEqualTo(HEADLINE);
    assertThat(metadata.author().value()).isEqualTo(name);
    assertThat(metadata.date().value()).isEqualTo(date.toString());
    assertThat(kept(lines)).contains(P1, P2, String.format(LINKED, "")).noneMatch(p -> p.contains("["));
  }

  /** A report's footnote markers after their words ("… in 2023.[4]", "… [5] …"), numbered in order, no list: they stay. */
  @Property(tries = 30)
  void footnoteMarkersAfterTheirWordsStay(@ForAll("places") String place, @ForAll boolean spaced, @ForAll @IntRange(min = 1, max = 3) int first) {
    List<String> paragraphs = new ArrayList<>();
    for (int n = first; n < first + 6; n++) {
      paragraphs.add("Growers in " + place + " said their yields fell in the " + (2017 + n) + " season" + (spaced ? " [" + n + "] and" : ".[" + n + "] They")
          + " blamed the canal gates for the loss.");
    }
    List<String> lines = Articles.blocks(paragraphs.toArray(String[]::new));

    assertThat(kept(lines)).containsExactlyElementsOf(paragraphs);
  }

  /** "Listen Live: Morning Edition |" over a bylined story signed "© Riverton Public Radio": the bar is no outlet. */
  @Property(tries = 40)
  void aLivePlayersBarIsNeverTheOutlet(@ForAll("players") String player, @ForAll("programmes") String programme, @ForAll("bars") String bar,
      @ForAll("broadcasters") String broadcaster, @ForAll("names") String name) {
    String outlet = outletOf(player + ": " + programme + bar, broadcaster, name);

    assertThat(outlet == null ? "" : outlet).doesNotContainIgnoringCase(programme).doesNotContainIgnoringCase("live");
  }

  /** A live page's headline, "Watch live: Parliament votes on the budget", over the story: still its title. */
  @Property(tries = 30)
  void aLivePagesHeadlineIsStillTheTitle(@ForAll("players") String player, @ForAll("places") String place, @ForAll("names") String name) {
    String headline = player + ": " + place + " council votes on the ferry budget";
    List<String> lines = Articles.blocks(headline, "By " + name + "\n22 March 2025", P1, P2);
    assertThat(new MetadataExtractor().extract(lines).metadata().title().value()).isEqualTo(headline);
  }

  /** The broadcaster's own name at the top, over the same story: read as the outlet. */
  @Property(tries = 30)
  void aBroadcastersMastheadIsStillTheOutlet(@ForAll("broadcasters") String broadcaster, @ForAll("names") String name) {
    assertThat(outletOf(broadcaster.toUpperCase(Locale.ROOT), broadcaster, name)).isEqualToIgnoringCase(broadcaster);
  }

  private static String outletOf(String top, String broadcaster, String name) {
    List<String> lines = Articles.blocks(top, HEADLINE, "By " + name + "\n22 March 2025", P1, P2, "© 2025 " + broadcaster);
    return new MetadataExtractor().extract(lines).metadata().outlet().value();
  }

  /** "This piece appears in the April 2025 issue of Harbour Quarterly." under the story. */
  @Property(tries = 40)
  void aMagazinesIssueNoteIsDropped(@ForAll("pieces") String piece, @ForAll("appearances") String verb, @ForAll("dates") LocalDate date,
      @ForAll("outlets") String outlet, @ForAll("issueWords") String issue) {
    assertDropped("This " + piece + " " + verb + " in the " + date.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH)) + " " + issue + " of "
        + outlet + ".");
  }

  /** "Her photographs of the flood appear in the April issue of …, alongside …": a sentence of the story, kept. */
  @Property(tries = 30)
  void aSentenceAboutWhatAnIssueCarriesStays(@ForAll("outlets") String outlet, @ForAll("dates") LocalDate date, @ForAll("places") String place) {
    assertKept("Her photographs of the flood in " + place + " appear in the " + date.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH))
        + " issue of " + outlet + ", alongside an essay by the farmers who lost their fields that spring.");
  }

  /** "Related slugs on this feed" over the wire's slugs ("PAKISTAN-FLOODS/AID"). */
  @Property(tries = 40)
  void aFeedsRelatedSlugsListIsDropped(@ForAll("feedTitles") String title, @ForAll("slugs") List<String> slugs) {
    assertDropped(title + "\n" + String.join("\n", slugs));
  }

  /** "Related talks on this topic collapsed in 2019, when …": a sentence of the story, kept. */
  @Property(tries = 30)
  void aSentenceOpeningWithRelatedStays(@ForAll("places") String place) {
    assertKept("Related talks on this topic collapsed in 2019, when the district and " + place + " could not agree on who would pay for the new"
        + " canal gates.");
  }

  /** "Clipping reproduced under licence from NLA media access." or "Analyst note: relevant to agenda item 3 …" under the clip. */
  @Property(tries = 40)
  void aClippingsLicenceAndAnAnalystsNoteAreDropped(@ForAll("clipNotes") String note) {
    assertDropped(note);
  }

  /** "Analysts noted that …", "The analyst's note, seen by …": sentences of the story, kept. */
  @Property(tries = 30)
  void aStorysSentenceOnAnAnalystsNoteStays(@ForAll("analystSentences") String opening, @ForAll("places") String place) {
    assertKept(opening + " the water dispute in " + place + " had been raised with the ministry three times, and that no reply had come.");
  }

  /** "Photos and b-roll from Torkham are available for media use at https://…" in a release. */
  @Property(tries = 40)
  void aReleasesOfferOfPicturesIsDropped(@ForAll("assets") String assets, @ForAll("places") String place, @ForAll("offers") String offer) {
    assertDropped(assets + " from " + place + " " + offer + " at https://media." + place.toLowerCase(Locale.ROOT).replace(' ', '-') + ".example/press");
  }

  /** "Photos of the damage in Torkham are available to view online, but …", "… available for download …, the judge said.": the story's, kept. */
  @Property(tries = 30)
  void aSentenceOnPicturesOfTheStoryStays(@ForAll("assets") String assets, @ForAll("places") String place, @ForAll("offers") String offer) {
    assertKept(assets + " of the damage in " + place + " are available to view on the council's website, but officials said the worst-hit"
        + " streets were still closed to the public.");
    assertKept(assets + " of the collapse in " + place + " " + offer + " on the court's website, the judge said on Tuesday afternoon.");
  }

  /** "More: Ferry fares to rise in spring" between the story's paragraphs. */
  @Property(tries = 40)
  void aBareMoreLabelBeforeAHeadlineIsDropped(@ForAll("headlines") String headline, @ForAll("moreLabels") String label) {
    assertDropped(label + " " + headline);
  }

  /** "More: We asked for the inspection two years ago." under a speaker named More, a sentence of the interview: kept. */
  @Property(tries = 30)
  void aSpeakersSentenceAfterMoreStays(@ForAll("places") String place) {
    assertKept("More: We asked for the inspection of the canal gates in " + place + " two years ago, and nobody came.");
  }

  private static List<String> kept(List<String> lines) {
    return texts(new ParagraphSplitter().split(lines, new MetadataExtractor().extract(lines).metadataLines()));
  }

  @Provide
  Arbitrary<String> names() {
    return Combinators.combine(Arbitraries.of("Eluned", "Tomas", "Ada", "Kwame", "Sofia"), Arbitraries.of("Parry", "Reyes", "Okafor", "Lindqvist"))
        .as((given, family) -> given + " " + family);
  }

  @Provide
  Arbitrary<String> outlets() {
    return Combinators.combine(Arbitraries.of("The ", ""), Arbitraries.of("Valley", "Kestrel Bay", "Lowmarsh", "Harbour"),
        Arbitraries.of("Gazette", "Quarterly", "Review", "Courier")).as((the, place, kind) -> the + place + " " + kind);
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.integers().between(0, 365 * 15).map(days -> LocalDate.of(2010, 1, 1).plusDays(days));
  }

  @Provide
  Arbitrary<String> places() {
    return Arbitraries.of("Torkham", "Herat", "Port Hope", "Llanrwst", "Almaty");
  }

  @Provide
  Arbitrary<String> players() {
    return Arbitraries.of("Listen Live", "LISTEN LIVE", "Watch live", "Live radio", "On air now", "Now playing");
  }

  @Provide
  Arbitrary<String> programmes() {
    return Arbitraries.of("Morning Edition", "The Drive", "Breakfast with Sian", "Country Hour", "All Things Considered");
  }

  @Provide
  Arbitrary<String> bars() {
    return Arbitraries.of("", " |", "  ");
  }

  @Provide
  Arbitrary<String> broadcasters() {
    return Combinators.combine(Arbitraries.of("Riverton", "Fenland", "Kestrel Bay", "Northfield"), Arbitraries.of("Public Radio", "FM", "Community Radio"))
        .as((place, kind) -> place + " " + kind);
  }

  @Provide
  Arbitrary<String> pieces() {
    return Arbitraries.of("piece", "article", "story", "report", "interview", "column", "essay", "feature");
  }

  @Provide
  Arbitrary<String> appearances() {
    return Arbitraries.of("appears", "appeared", "ran", "will appear");
  }

  @Provide
  Arbitrary<String> issueWords() {
    return Arbitraries.of("issue", "print edition", "edition");
  }

  @Provide
  Arbitrary<String> feedTitles() {
    return Arbitraries.of("Related slugs on this feed", "RELATED SLUGS ON THIS FEED", "Related stories on this wire", "Related items from this service:");
  }

  @Provide
  Arbitrary<List<String>> slugs() {
    return Combinators.combine(Arbitraries.of("PAKISTAN", "AFGHANISTAN", "IRAN", "TAJIKISTAN"), Arbitraries.of("FLOODS/AID", "POLITICS/TALKS",
        "ECONOMY/WHEAT", "SECURITY/BORDER")).as((country, topic) -> country + "-" + topic).list().ofMinSize(2).ofMaxSize(4).uniqueElements();
  }

  @Provide
  Arbitrary<String> clipNotes() {
    Arbitrary<String> licence = Combinators.combine(Arbitraries.of("Clipping reproduced", "Reproduced", "Clipping republished"),
        Arbitraries.of("under licence from NLA media access.", "under licence.", "under a licence from Copyright Agency Ltd.", "with permission."))
        .as((what, how) -> what + " " + how);
    Arbitrary<String> analyst = Combinators.combine(Arbitraries.of("Analyst note", "Analyst's note", "Reviewer comment", "Clipper's note", "Monitor's notes"),
        Arbitraries.of("relevant to agenda item 3 (border trade).", "see also yesterday's clip on the ferry.", "flagged for the Sahel desk."))
        .as((label, note) -> label + ": " + note);
    return Arbitraries.oneOf(licence, analyst);
  }

  @Provide
  Arbitrary<String> analystSentences() {
    return Arbitraries.of("Analysts noted that", "The analyst's note, seen by the Herald, warned that", "Internal notes show that", "Internal notes:");
  }

  @Provide
  Arbitrary<String> assets() {
    return Arbitraries.of("Photos", "High-resolution images", "Photos and b-roll", "Video and audio files", "Pictures");
  }

  @Provide
  Arbitrary<String> offers() {
    return Arbitraries.of("are available for media use", "are available to the press", "are available for editorial use", "are available for download");
  }

  @Provide
  Arbitrary<String> headlines() {
    return Arbitraries.of("Ferry fares to rise in spring", "Copper smelter strike enters third week", "Council delays vote on housing plan",
        "Why the canal gates keep failing");
  }

  @Provide
  Arbitrary<String> moreLabels() {
    return Arbitraries.of("More:", "MORE:", "More |");
  }
}
