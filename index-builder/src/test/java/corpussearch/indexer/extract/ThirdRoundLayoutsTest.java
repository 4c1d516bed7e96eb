package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Articles.paragraph;
import static corpussearch.indexer.extract.Layouts.extract;
import static corpussearch.indexer.extract.Layouts.paragraphs;
import static corpussearch.indexer.extract.MetadataField.AUTHOR;
import static corpussearch.indexer.extract.MetadataField.OUTLET;
import static corpussearch.indexer.extract.MetadataField.TITLE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Rules for layouts of the third held-out round, with names, outlets and phrasings drawn at
 * random: a genre label before "by", a menu stacked one item a line above the byline, a long pipe
 * menu holding a numbered item, a consent box above the masthead, a broadcaster's numbered
 * masthead, an ownership footer, a desk's credit with a date.
 */
class ThirdRoundLayoutsTest {

  @Property(tries = 60)
  void aGenreLabelBeforeByNamesTheAuthors(
      @ForAll(supplier = Layouts.People.class) String first,
      @ForAll(supplier = Layouts.People.class) String second,
      @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll("genreLabels") String label,
      @ForAll boolean two) {
    String authors = two && !first.equals(second) ? first + " and " + second : first;
    List<String> lines = List.of(headline, "", label + " " + authors, "", paragraph("the harbour"), "", paragraph("the tide"));

    assertThat(extract(lines).metadata().get(AUTHOR).value()).isEqualTo(authors);
    assertThat(paragraphs(lines)).noneMatch(p -> p.contains(first));
  }

  @Example
  void aSentenceThatOpensWithAGenreWordIsNoByline() {
    assertThat(BylineRules.parse("Review by the council found the budget sound.")).isEmpty();
    assertThat(BylineRules.parse("Analysis of the figures shows a fall")).isEmpty();
  }

  @Property(tries = 40)
  void aMenuStackedOneItemALineDoesNotPushTheBylineOutOfThePageTop(
      @ForAll(supplier = Layouts.People.class) String author,
      @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll @IntRange(min = 6, max = 16) int items) {
    List<String> lines = new ArrayList<>(List.of("Skip to main content", "", "Menu"));
    List<String> menu = List.of("Hiking", "Climbing", "Cycling", "Water", "Gear Reviews", "Shop", "Events", "Maps");
    for (int i = 0; i < items; i++) {
      lines.add(menu.get(i % menu.size()));
    }
    lines.addAll(List.of("", "Advertisement", "", "Conservation", "", headline, "", "By " + author, "",
        paragraph("the crag"), "", paragraph("the falcons")));

    assertThat(extract(lines).metadata().get(AUTHOR).value()).isEqualTo(author);
  }

  @Property(tries = 40)
  void aLongPipeMenuWithOneNumberedItemIsNeverTheTitle(
      @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll("numberedItems") String numbered,
      @ForAll @IntRange(min = 0, max = 4) int position) {
    List<String> items = new ArrayList<>(List.of("Watch Live", "Weather", "Traffic", "Community Calendar", "Contests"));
    items.add(position, numbered);
    String menu = String.join(" | ", items);
    List<String> lines = List.of("KRTV NEWS", menu, "", headline, "", paragraph("the stoplight"));

    assertThat(extract(lines).metadata().get(TITLE).value()).isEqualTo(headline);
    assertThat(paragraphs(lines)).noneMatch(p -> p.contains("Weather"));
  }

  @Example
  void aShortRowWithANumberIsNoMenu() {
    assertThat(NavigationLines.isMenu("Jane Doe | 12 March | Politics")).isFalse();
    assertThat(NavigationLines.isMenu("News | Weather | Sport | Top 10 | Puzzles | Travel")).isTrue();
  }

  @Property(tries = 40)
  void aConsentBoxAboveTheMastheadLeavesTheMastheadTheOutlet(
      @ForAll("brands") String brand,
      @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll("consentHeadings") String heading,
      @ForAll("consentButtons") String buttons) {
    List<String> lines = List.of(heading, "We and our partners use cookies to store and access information on your device. You can accept"
        + " all cookies or manage your preferences.",
        buttons, "", brand.toUpperCase(Locale.ROOT), "Outdoors · Adventure · Gear", "", headline, "",
        paragraph("the routes"), "", "© 2024 " + brand + " Media Group. All rights reserved.");

    assertThat(OutletNames.comparable(extract(lines).metadata().get(OUTLET).value()))
        .isEqualTo(OutletNames.comparable(brand));
  }

  @Property(tries = 40)
  void aBroadcastersMastheadKeepsItsChannelNumber(
      @ForAll("callSigns") String callSign,
      @ForAll("channels") String channel,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    String masthead = callSign + " " + channel + " NEWS";
    List<String> lines = List.of(masthead, "Weather | Traffic | Sports", "", headline, "",
        "RIVERTON (" + callSign + ") — " + paragraph("the stoplight"));

    assertThat(extract(lines).metadata().get(OUTLET).value()).isEqualTo(callSign + " " + channel + " News");
  }

  @Example
  void aMastheadWithADateOrTwoNumbersIsNoMasthead() {
    assertThat(OutletNames.isMasthead("Herald 12 March 2024")).isFalse();
    assertThat(OutletNames.isMasthead("Route 44 Crash 2")).isFalse();
  }

  @Property(tries = 40)
  void anOwnershipFooterNamesTheOutletAndIsFurniture(
      @ForAll(supplier = Layouts.Outlets.class) String outlet,
      @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll("ownerships") String ownership) {
    String footer = outlet + " is " + ownership + ".";
    List<String> lines = List.of(headline, "", paragraph("the council"), "", paragraph("the ferry"), "", footer);

    assertThat(OutletNames.comparable(extract(lines).metadata().get(OUTLET).value())).isEqualTo(OutletNames.comparable(outlet));
    assertThat(paragraphs(lines)).noneMatch(p -> p.contains(ownership));
  }

  @Example
  void aPersonWhoIsPartOfAGroupIsNoOutlet() {
    List<String> lines = List.of("Council votes to keep winter ferry running", "", paragraph("the ferry"), "",
        "Maria Okafor is part of the residents' group that campaigned for the ferry.");

    assertThat(extract(lines).metadata().get(OUTLET).value()).isNull();
  }

  @Property(tries = 40)
  void aDeskWithADateGivesTheDateButNeverTheOutlet(
      @ForAll("brands") String brand,
      @ForAll("desks") String desk,
      @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll("separators") String separator) {
    List<String> lines = List.of(headline, "", brand + " " + desk + separator + "13 March 2023", "",
        paragraph("the library"), "", paragraph("the survey"));
    Extraction result = extract(lines);

    assertThat(result.metadata().get(MetadataField.DATE).value()).isEqualTo("2023-03-13");
    assertThat(result.metadata().get(OUTLET).value()).isNull();
  }

  @Provide
  Arbitrary<String> desks() {
    return Arbitraries.of("Newsroom", "News Desk", "Metro Desk", "Staff", "Team");
  }

  @Provide
  Arbitrary<String> separators() {
    return Arbitraries.of(" · ", " | ", ", ");
  }

  @Provide
  Arbitrary<String> genreLabels() {
    return Arbitraries.of("Interview by", "Live reporting by", "Review by", "Analysis by", "Commentary by",
        "Opinion by", "Column by", "Report by", "INTERVIEW BY");
  }

  @Provide
  Arbitrary<String> numberedItems() {
    return Arbitraries.of("9 On Your Side", "Top 10", "Channel 4 Plus", "24 Hour Desk");
  }

  @Provide
  Arbitrary<String> brands() {
    return Arbitraries.of("Peakline", "Stonecrop", "Tarnside", "Wildwater");
  }

  @Provide
  Arbitrary<String> consentHeadings() {
    return Arbitraries.of("We value your privacy", "Your privacy choices", "Privacy settings", "We care about your privacy");
  }

  @Provide
  Arbitrary<String> consentButtons() {
    return Arbitraries.of("ACCEPT ALL   MANAGE OPTIONS   REJECT ALL", "Accept | Reject", "I agree   More options",
        "Allow all · Deny");
  }

  @Provide
  Arbitrary<String> callSigns() {
    return Arbitraries.of("WQRV", "KXLT", "WBNR", "KMTZ");
  }

  @Provide
  Arbitrary<String> channels() {
    return Arbitraries.of("9", "12", "4", "27");
  }

  @Provide
  Arbitrary<String> ownerships() {
    return Arbitraries.of("part of the Southern Plains Media network", "a member of the Valley News Group",
        "owned by Harrow Publishing Company", "part of the Coastline Media family");
  }
}
