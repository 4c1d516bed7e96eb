package corpussearch.indexer.paragraphs;

import static corpussearch.indexer.paragraphs.Articles.P1;
import static corpussearch.indexer.paragraphs.Articles.P2;
import static corpussearch.indexer.paragraphs.Articles.P3;
import static corpussearch.indexer.paragraphs.Articles.split;
import static corpussearch.indexer.paragraphs.Articles.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Furniture that scraped pages print between and after the paragraphs: list boxes under a title
 * of their own, markers where a picture stood, notices about the article, player and reading-time
 * controls. Each with prose of the same vocabulary that must be kept.
 */
class PageNoticesTest {
  private static final List<String> HEADLINES =
      List.of(
          "Mall owner seeks to convert former store into flats",
          "City unemployment falls to 3.4%",
          "Ask the expert: Is it time to refinance?",
          "Photos: Spring storm dumps 18 inches on the hills",
          "Ferry fares to rise 8% from October");

  @Property(tries = 60)
  void aNumberedHeadlineListUnderAnyShortTitleIsDropped(
      @ForAll("listTitles") String title, @ForAll @IntRange(min = 2, max = 5) int items, @ForAll boolean numbered) {
    String list =
        IntStream.range(0, items)
            .mapToObj(i -> (numbered ? (i + 1) + ". " : "* ") + HEADLINES.get(i))
            .collect(Collectors.joining("\n"));
    ParagraphSplit result = split(P1, P2, title + "\n" + list, P3);

    assertThat(texts(result)).containsExactly(P1, P2, P3);
    assertThat(result.dropped(DropReason.RELATED_LIST)).isEqualTo(items + 1);
  }

  @Property(tries = 20)
  void aNumberedListOfSentencesUnderATitleIsKept(@ForAll("listTitles") String title) {
    String steps =
        title + "\n1. Fill in the form on the council's website before the end of March.\n"
            + "2. Bring the receipt and a photo ID to the library on the day of the hearing.";

    assertThat(String.join("\n", texts(split(P1, steps, P2)))).contains("Fill in the form", "Bring the receipt");
  }

  @Property(tries = 30)
  void aBracketedMediaMarkerWithItsCaptionIsDropped(@ForAll("mediaMarkers") String marker, @ForAll("captions") String caption) {
    ParagraphSplit result = split(P1, marker + " " + caption, P2);

    assertThat(texts(result)).containsExactly(P1, P2);
    assertThat(result.dropped(DropReason.CAPTION)).isEqualTo(1);
  }

  @Property(tries = 60)
  void noticesAboutTheArticleAndAMailingsGreetingAndFooterAreDropped(@ForAll("notices") String notice) {
    assertThat(texts(split(P1, notice, P2))).containsExactly(P1, P2);
  }

  @Property(tries = 20)
  void proseAboutFundingRepublishingUnsubscribingOrGreetingIsKept(@ForAll("noticeProse") String prose) {
    assertThat(texts(split(P1, prose, P2))).containsExactly(P1, prose, P2);
  }

  @Property(tries = 40)
  void readingTimesAndPlayerControlsAreDropped(@ForAll("controls") String control) {
    ParagraphSplit result = split(P1, control, P2);

    assertThat(texts(result)).containsExactly(P1, P2);
    assertThat(result.dropped(DropReason.NAVIGATION)).isEqualTo(1);
  }

  @Property(tries = 10)
  void proseThatCountsMinutesIsKept(@ForAll @IntRange(min = 2, max = 90) int minutes) {
    String prose = "Ambulances took " + minutes + " minutes to reach the village, residents said.";

    assertThat(texts(split(P1, prose, P2))).containsExactly(P1, prose, P2);
  }

  @Property(tries = 30)
  void aMailingsGreetingThatChatsAboutTheDayAndTheWeatherIsDropped(@ForAll("weather") String weather, @ForAll("salutations") String hello) {
    String greeting = hello + " It's Tuesday. " + weather + " Here's what you need to know before the market opens.";

    assertThat(texts(split(greeting, P1, P2))).containsExactly(P1, P2);
  }

  @Property(tries = 10)
  void aStoryParagraphOpeningOnAGreetingIsKept(@ForAll("weather") String weather) {
    String prose = "Good morning, the harbour master says to every skipper who ties up at the quay before dawn. " + weather
        + " Here is a man who has not missed a tide in thirty-one years, and who knows every boat by the sound of its engine.";

    assertThat(texts(split(P1, prose, P2))).containsExactly(P1, prose, P2);
  }

  @Provide
  Arbitrary<String> weather() {
    return Arbitraries.of("Rain clears by lunchtime, seas 2–3 ft in North Sound.", "Rain is expected along the coast after midday.",
        "Sunny and 31°C, with a breeze off the bay.", "Fog lifts by nine; markets open flat.");
  }

  @Provide
  Arbitrary<String> salutations() {
    return Arbitraries.of("Good morning.", "Good evening!", "Hello,", "Hi friends.");
  }

  private static Arbitrary<String> mailingLines() {
    return Arbitraries.of(
        "Good morning. Here's what you need to know today.",
        "Hello, readers! This is the Thursday edition.",
        "You are receiving this email because you subscribed to The Morning Memo. Unsubscribe | Manage preferences",
        "Unsubscribe",
        "Manage your subscription | View in browser",
        "Forward this newsletter to a friend.",
        "Log in or register to post comments",
        "Have something to say? Leave a comment below.",
        "Sign in to comment",
        "Follow");
  }

  @Property(tries = 20)
  void aReadMoreLabelTitlesTheHeadlinesUnderIt(@ForAll @IntRange(min = 2, max = 5) int items) {
    String list = "Read more\n" + String.join("\n", HEADLINES.subList(0, items));

    assertThat(texts(split(P1, P2, list))).containsExactly(P1, P2);
  }

  @Provide
  Arbitrary<String> listTitles() {
    Arbitrary<String> section = Arbitraries.of("Business", "Sports", "Local News", "Opinion", "Arts");
    Arbitrary<String> outlet = Arbitraries.of("The Summit Register", "Clearwater Valley Times", "Lowmarsh Courier");
    return Arbitraries.oneOf(
        section.map(s -> "MORE " + s.toUpperCase(java.util.Locale.ROOT)),
        outlet.map(o -> "Popular on " + o),
        section.map(s -> "Top " + s + " stories"),
        Arbitraries.of("Most Read", "Trending", "Elsewhere"));
  }

  @Provide
  Arbitrary<String> mediaMarkers() {
    return Arbitraries.of("[Photo]", "[Image]", "[PHOTO]", "[Video]", "[Graphic: flood map]", "[Gallery: 12 photos]");
  }

  @Provide
  Arbitrary<String> captions() {
    return Arbitraries.of(
        "Volunteers mark a new nest at the beach on Saturday. Photo: Ana Ruiz / Island Times",
        "A hatchling makes its way toward the water.",
        "Residents inspect the damage on Monday.");
  }

  @Provide
  Arbitrary<String> notices() {
    Arbitrary<String> project = Arbitraries.of("Energy Transition", "Rural Health", "Climate Desk");
    Arbitrary<String> funder = Arbitraries.of("the Marsh Family Foundation", "a grant from the Orchard Trust", "readers like you");
    Arbitrary<String> outlet = Arbitraries.of("The Ledger", "The Herald", "Our newsroom");
    return Arbitraries.oneOf(
        Combinators.combine(project, funder, outlet).as((p, f, o) ->
            "This article is part of our " + p + " project, supported in part by " + f + ". " + o + " retains full editorial control."),
        Combinators.combine(project, funder).as((p, f) -> "Our " + p + " coverage is funded by " + f + "."),
        mailingLines(),
        Arbitraries.of(
            "You can republish this article for free under a Creative Commons license.",
            "Republication requires written permission.",
            "Republish our articles for free, online or in print, under a Creative Commons license."));
  }

  @Provide
  Arbitrary<String> noticeProse() {
    return Arbitraries.of(
        "The study, funded by the Wellcome Trust, followed 4,000 patients over a decade.",
        "The clinic is supported in part by a foundation set up by the mill's former owners.",
        "Local papers may republish the council's notices without charge, the clerk said.",
        "Residents who want to unsubscribe from the council's text alerts can do so on its website, the clerk said.",
        "\"Good morning,\" the mayor told the crowd before announcing that the bridge would reopen in May.",
        "Thousands of fans follow the club on its travels across the country every season.");
  }

  @Provide
  Arbitrary<String> controls() {
    Arbitrary<Integer> minutes = Arbitraries.integers().between(1, 40);
    return Arbitraries.oneOf(
        minutes.map(m -> "Listen to this article  " + m + " min"),
        minutes.map(m -> m + " min read"),
        minutes.map(m -> m + "-" + (m + 3) + " minutes"),
        Arbitraries.of("Story continues below advertisement", "Article continues after advertisement",
            "Listen to this story"));
  }
}
