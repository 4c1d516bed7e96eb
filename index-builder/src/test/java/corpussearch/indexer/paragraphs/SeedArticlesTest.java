package corpussearch.indexer.paragraphs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The five seed articles in {@code seeds/}: furniture gone, body kept, sections found. */
class SeedArticlesTest {
  private static final Path SEEDS = Path.of("..", "seeds");
  private static final Pattern BYLINE =
      Pattern.compile("(?i)^(?:written by:?|.*\\bauthor:.*|.*\\b(?:19|20)\\d{2}\\s*)$");

  private final ParagraphSplitter splitter = new ParagraphSplitter();

  /** Fixture: the title line of each seed (the metadata extractor's job, hard-coded here). */
  private static int titleLine(String id) {
    return switch (id) {
      case "002" -> 1;
      case "003" -> 5;
      case "004" -> 2;
      default -> 0;
    };
  }

  private static List<String> lines(String id) throws IOException {
    try (Stream<Path> files = Files.list(SEEDS)) {
      Path file =
          files.filter(p -> p.getFileName().toString().startsWith(id + "_")).findFirst().orElseThrow();
      return Arrays.asList(Files.readString(file).split("\\R", -1));
    }
  }

  /**
   * Fixture standing in for the metadata extractor: the first lines up to and including the last
   * occurrence of the title among the first 8 lines, plus byline-like lines (a date or
   * "Author:" line near the top, a "WRITTEN BY:" label and the name under it).
   */
  static Set<Integer> metadata(String id, List<String> lines) {
    String title = lines.get(titleLine(id)).strip();
    int last = 0;
    for (int i = 0; i < Math.min(8, lines.size()); i++) {
      if (lines.get(i).strip().equals(title)) {
        last = i;
      }
    }
    Set<Integer> meta = new TreeSet<>();
    for (int i = 0; i <= last; i++) {
      meta.add(i);
    }
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i).strip();
      boolean nearTop = i < 8 && !l.isEmpty() && l.split("\\s+").length <= 8;
      if (nearTop && BYLINE.matcher(l).matches()) {
        meta.add(i);
      }
      if (l.equalsIgnoreCase("WRITTEN BY:")) {
        meta.add(i);
        meta.add(i + 1);
      }
    }
    return meta;
  }

  private ParagraphSplit split(String id) throws IOException {
    List<String> lines = lines(id);
    return splitter.split(lines, metadata(id, lines));
  }

  private static List<String> texts(ParagraphSplit split) {
    return split.paragraphs().stream().map(Paragraph::text).toList();
  }

  private static Paragraph find(ParagraphSplit split, String start) {
    return split.paragraphs().stream()
        .filter(p -> p.text().startsWith(start))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no paragraph starting with: " + start));
  }

  @Test
  void metadataFixtureMatchesTheBrief() throws IOException {
    assertThat(metadata("000", lines("000"))).containsExactly(0, 4, 18, 19);
    assertThat(metadata("004", lines("004"))).containsExactly(0, 1, 2);
    assertThat(metadata("002", lines("002"))).containsExactly(0, 1, 2, 3);
  }

  static Stream<String> seeds() {
    return Stream.of("000", "001", "002", "003", "004");
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void noFurnitureSurvives(String id) throws IOException {
    ParagraphSplit split = split(id);
    assertThat(split.paragraphs()).isNotEmpty();
    for (String text : texts(split)) {
      assertThat(text)
          .doesNotContainIgnoringCase("syed baqar")
          .doesNotContain("It s a good business")
          .doesNotContain("Comments are moderated")
          .doesNotContain("Comments FAQ")
          .doesNotContainIgnoringCase("What’s your Reaction")
          .doesNotContainIgnoringCase("What's your Reaction")
          .doesNotContain("+1")
          .doesNotContain("In Love")
          .doesNotContain("Leave a Reply")
          .doesNotContain("Your email address")
          .doesNotContain("All rights reserved")
          .doesNotContain("viewpoints expressed")
          .doesNotContain("Scroll To Top")
          .doesNotContain("Julian Assange")
          .doesNotContain("Starlink")
          .doesNotContain("Apple warns")
          .doesNotContain("0:00")
          .doesNotContain("Please select digest")
          .doesNotContain("views expressed by the writer")
          .doesNotContain("Newsletter")
          .doesNotContain("Related Articles")
          .doesNotContain("See Also")
          .doesNotContain("Replying to")
          .doesNotContain("COMMENTS (")
          .doesNotContain("View Comments");
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void paragraphsAreNumberedConsecutivelyAndNoTitleEcho(String id) throws IOException {
    List<String> lines = lines(id);
    ParagraphSplit split = splitter.split(lines, metadata(id, lines));
    String title = lines.get(titleLine(id)).strip();
    for (int n = 0; n < split.paragraphs().size(); n++) {
      Paragraph p = split.paragraphs().get(n);
      assertThat(p.n()).isEqualTo(n);
      assertThat(p.text()).isNotBlank().isEqualTo(p.text().strip()).doesNotContain("\n");
      assertThat(p.text()).isNotEqualTo(title);
    }
    assertThat(split.dropped(DropReason.METADATA)).isPositive();
  }

  @Test
  void seed000DropsCommentsBioAndDisclaimer() throws IOException {
    ParagraphSplit split = split("000");
    assertThat(split.dropped(DropReason.COMMENTS)).isPositive();
    assertThat(split.dropped(DropReason.DISCLAIMER)).isPositive();
    assertThat(split.dropped(DropReason.AUTHOR_BIO)).isPositive();
    assertThat(texts(split)).noneMatch(t -> t.startsWith("The writer is"));
    assertThat(find(split, "The “politically inconvenient” truth").section()).isNull();
  }

  @Test
  void seed001KeepsPullQuoteOnceAndFindsSections() throws IOException {
    ParagraphSplit split = split("001");
    assertThat(texts(split)).filteredOn(t -> t.contains("The rise of ISIS-K poses significant threat")).hasSize(1);
    assertThat(texts(split)).filteredOn(t -> t.contains("Hamid Karzai blamed the US")).hasSize(1);
    assertThat(split.duplicates()).isEqualTo(3);
    assertThat(split.dropped(DropReason.REACTION_WIDGET)).isPositive();
    assertThat(find(split, "Only collective consensus against the common enemy").section())
        .isEqualTo("Final Thoughts");
    assertThat(find(split, "USA and Taliban can prevent").section())
        .isEqualTo("The US and the Taliban Need to Counter Al Qaeda and ISIS-K Together");
    assertThat(find(split, "Attacking on the US seems").section())
        .isEqualTo("ISIS-K is an only Security Threat to the US in Post War-on-Terror Era");
    assertThat(texts(split)).doesNotContain("Final Thoughts");
  }

  @Test
  void seed002KeepsProseAfterSeeAlsoAndFindsQuestionHeadings() throws IOException {
    ParagraphSplit split = split("002");
    assertThat(find(split, "Many fear that the Taliban’s victory will allow Al-Qaeda")).isNotNull();
    assertThat(find(split, "Now that we have understood the ISIS dynamic")).isNotNull();
    assertThat(find(split, "Put simply, ISIS-K wants a caliphate").section())
        .isEqualTo("What Do They Want?");
    assertThat(find(split, "The Islamic State in Iraq and Syria").section()).isEqualTo("Who is ISIS-K?");
    assertThat(find(split, "The Taliban are unlikely to allow").section()).isNull();
    assertThat(texts(split)).noneMatch(t -> t.startsWith("Rohan Kumar is a senior"));
    assertThat(split.dropped(DropReason.RELATED_LIST)).isPositive();
    assertThat(split.dropped(DropReason.REACTION_WIDGET)).isPositive();
    assertThat(split.dropped(DropReason.COMMENTS)).isPositive();
    assertThat(split.dropped(DropReason.COPYRIGHT)).isPositive();
    assertThat(split.dropped(DropReason.DISCLAIMER)).isPositive();
  }

  @Test
  void seed003KeepsStandfirstOnceAndStripsQuotesFromSections() throws IOException {
    ParagraphSplit split = split("003");
    assertThat(texts(split))
        .filteredOn(t -> t.contains("The situation is awkward for both the U.S. and the Taliban"))
        .hasSize(1);
    assertThat(split.paragraphs().get(0).text()).startsWith("The situation is awkward");
    assertThat(split.duplicates()).isEqualTo(1);
    assertThat(find(split, "The Taliban's swift victory").section())
        .isEqualTo("There's Nothing the Americans Can Do");
    assertThat(find(split, "Biden on Thursday vowed").section()).isEqualTo("Routed and Dispersed");
    assertThat(find(split, "The U.S. has a long history").section()).isEqualTo("Pakistan, China");
    assertThat(split.dropped(DropReason.RELATED_LIST)).isGreaterThan(40);
    assertThat(split.dropped(DropReason.NEWSLETTER)).isPositive();
    assertThat(split.dropped(DropReason.NAVIGATION)).isPositive();
    assertThat(split.paragraphs().get(split.paragraphs().size() - 1).text())
        .startsWith("\"There's nothing the Afghan Taliban can easily do");
  }

  @Test
  void seed004DropsBioAndDownloadPromptButKeepsQuotedReport() throws IOException {
    ParagraphSplit split = split("004");
    assertThat(split.dropped(DropReason.DOWNLOAD_PROMPT)).isEqualTo(1);
    assertThat(split.dropped(DropReason.AUTHOR_BIO)).isEqualTo(1);
    assertThat(texts(split)).noneMatch(t -> t.contains("exclusively for the online magazine"));
    assertThat(find(split, "“During the first four months of 2021")).isNotNull();
    assertThat(split.paragraphs().get(split.paragraphs().size() - 1).text())
        .startsWith("It is this transnational jihadi posturing");
  }
}
