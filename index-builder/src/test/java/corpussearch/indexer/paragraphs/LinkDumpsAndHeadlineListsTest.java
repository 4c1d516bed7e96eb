package corpussearch.indexer.paragraphs;

import static corpussearch.indexer.paragraphs.Articles.P1;
import static corpussearch.indexer.paragraphs.Articles.P2;
import static corpussearch.indexer.paragraphs.Articles.P3;
import static corpussearch.indexer.paragraphs.Articles.split;
import static corpussearch.indexer.paragraphs.Articles.texts;
import static org.assertj.core.api.Assertions.assertThat;

import corpussearch.indexer.extract.ArticleMetadata;
import corpussearch.indexer.extract.MetadataExtractor;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * A text browser's dump (link markers, a References list), headline lists under a "More … News"
 * or "Latest from …" heading, unlabelled neighbour-post arrows, a caption's dashed photo credit
 * a login prompt under comments, a prompt to follow the outlet elsewhere: each generated, with prose of the same words kept.
 */
class LinkDumpsAndHeadlineListsTest {
  private static final List<String> NAMES = List.of("Eluned Parry", "Tomas Reyes", "Ada Okafor");
  private static final String HEADLINE = "Chapel to become community bunkhouse after village buyout";

  @Property(tries = 40)
  void aDumpReadsAsThePageItShows(@ForAll("names") String name, @ForAll @IntRange(min = 2, max = 30) int links) {
    List<String> lines = new ArrayList<>(List.of("   [1]Skip to content", "", "   [2]The Valley Gazette", "",
        "   [3]Home [4]News [5]Sport [6]Letters", "", HEADLINE, "",
        "   Posted on [7]11 January 2024 by [8]" + name, "", "   " + P1, "", "   " + P2, "", "References", ""));
    for (int n = 1; n <= links; n++) {
      lines.add("  " + n + ". https://valley.example/page/" + n);
    }
    ArticleMetadata metadata = new MetadataExtractor().extract(lines).metadata();
    ParagraphSplit result = new ParagraphSplitter().split(lines, new MetadataExtractor().extract(lines).metadataLines());

    assertThat(metadata.title().value()).isEqualTo(HEADLINE);
    assertThat(metadata.author().value()).isEqualTo(name);
    assertThat(metadata.date().value()).isEqualTo("2024-01-11");
    assertThat(String.join(" ", texts(result))).doesNotContain("[", "https://", "References");
    assertThat(texts(result)).contains(P1, P2);
  }

  /**
   * A line that is one link between the story's paragraphs went elsewhere: it goes. A paragraph's
   * own line may open with a link when the dump wraps it, and a paragraph may be one linked sentence.
   */
  @Property(tries = 40)
  void aLineThatIsOneLinkIsDroppedAndTheStorysLinksStay(@ForAll("headlines") List<String> items, @ForAll("linkLabels") String label) {
    String wrapped = "   Growers said the new rules, set out in\n   [9]the ministry's circular, would cost them a season.";
    String linkedSentence = "   [10]The full ruling is published on the court's website.";
    List<String> lines = new ArrayList<>(List.of("   [1]The Valley Gazette", "", "   [2]Home [3]News [4]Sport", "", HEADLINE, "",
        "   " + P1, "", "   [7]" + label + items.get(0), "", wrapped, "", "   [8]" + items.get(1), "", "   " + P2, "", linkedSentence, "",
        "References", "", "  1. https://valley.example/", "  2. https://valley.example/home"));
    ParagraphSplit result = new ParagraphSplitter().split(lines, new MetadataExtractor().extract(lines).metadataLines());

    assertThat(texts(result)).containsExactly(P1, "Growers said the new rules, set out in the ministry's circular, would cost them a season.", P2,
        "The full ruling is published on the court's website.");
  }

  @Provide
  Arbitrary<String> linkLabels() {
    return Arbitraries.of("", "Watch: ", "Listen: ", "Analysis: ");
  }

  @Property(tries = 20)
  void bracketedNumbersOutsideADumpStay(@ForAll @IntRange(min = 1, max = 9) int n) {
    String cited = "The survey of growers [" + n + "] found that most had sold livestock to pay their debts this year.";

    assertThat(texts(split(P1, cited, "References", "Smith, J. (2020). Water and farming. Valley Press."))).contains(cited);
  }

  @Property(tries = 60)
  void headlinesUnderANewsKindHeadingAreDropped(@ForAll("listHeadings") String heading, @ForAll("headlines") List<String> items) {
    String list = heading + "\n" + String.join("\n", items);

    assertThat(texts(split(P1, P2, list, P3))).containsExactly(P1, P2, P3);
  }

  @Property(tries = 20)
  void proseUnderANewsKindHeadingIsKept(@ForAll("listHeadings") String heading) {
    assertThat(texts(split(P1, heading + "\n" + P2))).containsExactly(P1, P2);
  }

  @Property(tries = 40)
  void neighbourPostArrowsAreDropped(@ForAll("headlines") List<String> items) {
    String arrows = "← " + items.get(0) + "   " + items.get(1) + " →";

    assertThat(texts(split(P1, P2, arrows))).containsExactly(P1, P2);
  }

  @Property(tries = 20)
  void proseWithArrowsIsKept(@ForAll("names") String name) {
    String prose = "Prices rose → then fell, " + name + " said, and growers expect the same this season.";

    assertThat(texts(split(P1, prose))).containsExactly(P1, prose);
  }

  @Property(tries = 30)
  void aCaptionWithADashedPhotoCreditIsDropped(@ForAll("names") String name, @ForAll("dashes") String dash) {
    String caption = "Water trucks line up at the standpipe on Thursday. " + dash + " Photo by " + name;

    assertThat(texts(split(caption, P1, P2))).containsExactly(P1, P2);
  }

  @Property(tries = 20)
  void aLoginPromptForCommentsIsDropped(@ForAll("loginPrompts") String prompt) {
    assertThat(texts(split(P1, P2, prompt))).containsExactly(P1, P2);
  }

  @Property(tries = 10)
  void proseAboutPhotosAndComments(@ForAll("names") String name) {
    String prose = "The photo by " + name + " drew many readers, who were asked to log in before they could leave a comment.";

    assertThat(texts(split(P1, prose))).containsExactly(P1, prose);
  }

  @Property(tries = 40)
  void aPromptToFollowTheOutletElsewhereIsDropped(@ForAll("elsewhere") String prompt) {
    assertThat(texts(split(P1, P2, prompt))).containsExactly(P1, P2);
  }

  @Property(tries = 10)
  void proseAboutChannelsAndShowsIsKept(@ForAll("names") String name) {
    String prose = name + " said residents join a WhatsApp group to tune in to the council's meetings for more on the story.";

    assertThat(texts(split(P1, prose))).containsExactly(P1, prose);
  }

  @Provide
  Arbitrary<String> elsewhere() {
    Arbitrary<String> outlet = Arbitraries.of("The Valley Standard", "Coral FM", "the Herald");
    return Arbitraries.oneOf(
        Combinators.combine(Arbitraries.of("Join", "Follow"), outlet, Arbitraries.of("WhatsApp Channel", "Telegram", "Google News"))
            .as((v, o, c) -> v + " " + o + "'s " + c + " and get the latest news."),
        outlet.map(o -> "Tune in to " + o + " weekdays at noon for more on this story."),
        Arbitraries.integers().between(2, 9).map(n -> "Read " + n + " articles and stand to win rewards"));
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.of(NAMES);
  }

  @Provide
  Arbitrary<String> dashes() {
    return Arbitraries.of("-", "–", "—", "|");
  }

  @Provide
  Arbitrary<String> listHeadings() {
    Arbitrary<String> kind = Arbitraries.of("Local", "Sports", "Business", "Regional Politics", "World");
    return Arbitraries.oneOf(
        kind.map(k -> "More " + k + " News"),
        kind.map(k -> ("More " + k + " Stories").toUpperCase()),
        Arbitraries.of("Court", "the Newsroom", "Politics", "Sport").map(s -> "Latest from " + s));
  }

  @Provide
  Arbitrary<List<String>> headlines() {
    Arbitrary<String> who = Arbitraries.of("Council", "Man who rammed police car", "Teen driver", "Schools rugby: Kingsridge");
    Arbitrary<String> what = Arbitraries.of("jailed for three years", "outlast rivals in rain-hit clash",
        "named after fatal crash on State Highway 29", "approves new bypass route");
    return Combinators.combine(who, what).as((w, v) -> w + " " + v).list().ofMinSize(2).ofMaxSize(5).uniqueElements();
  }

  @Provide
  Arbitrary<String> loginPrompts() {
    return Combinators.combine(Arbitraries.of("Please log in", "Sign in", "Log in"),
            Arbitraries.of("leave a comment", "post a comment", "add a comment", "comment"))
        .as((l, c) -> l + " to " + c + ".");
  }
}
