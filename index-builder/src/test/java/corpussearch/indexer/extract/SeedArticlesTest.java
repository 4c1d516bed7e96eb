package corpussearch.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The five shipped seed articles, read from the project's {@code seeds/} folder. */
class SeedArticlesTest {

  /** Surefire runs in the index-builder module directory; the seeds sit beside it. */
  private static final Path SEEDS = Path.of("..", "seeds");

  private static final String UNKNOWN = null;

  static Stream<Arguments> seeds() {
    return Stream.of(
        Arguments.of(
            "000_13b5d66cfb0b5b62.txt",
            "Why are US-trained Afghans now joining IS-K?",
            "Andrew Korybko",
            "The Express Tribune",
            "2021-11-03",
            List.of(
                "The Wall Street Journal reported that US-trained Afghans",
                "As it stands, the US’ regional image",
                "The “politically inconvenient” truth")),
        Arguments.of(
            "001_65378552d818f571.txt",
            "Emergence of ISIS-K in Afghanistan: The Only National Security Threat to the USA",
            UNKNOWN,
            UNKNOWN,
            UNKNOWN,
            List.of(
                "The ISIS-Khorasan (ISIS-K) rose to prominence",
                "Top Pentagon officials, including General Mark Milley",
                "The former President of Afghanistan Hamid Karzai blamed",
                "Shahab Al Muhajir, who is an ISIS-K’s leader")),
        Arguments.of(
            "002_1dbf526cc40aa5d1.txt",
            "Anatomy of Emerging Threat: The Implications of ISIS-K Drawing First Blood Against"
                + " Americans in Afghanistan",
            "Rohan Kumar",
            "American Kahani",
            UNKNOWN,
            List.of(
                "Thursday’s bombing of Kabul’s airport",
                "With this in mind, the U.S. must not focus")),
        Arguments.of(
            "003_ba03e6fc634dcc76.txt",
            "Once Enemies, US And Taliban Find Common Ground Against ISIS",
            UNKNOWN,
            "Saudi Press",
            "2024-04-25",
            List.of(
                "The situation is awkward for both the U.S. and the Taliban",
                "\"The situation is tough for the Taliban",
                "ISIS-K sees Afghanistan as a \"big opportunity space\"")),
        Arguments.of(
            "004_4de709283b17f614.txt",
            "IS-K Threat to Afghanistan and the Region",
            "Salman Rafi Sheikh",
            "New Eastern Outlook",
            "2021-11-08",
            List.of("Ever since coming into power", "It is this transnational jihadi posturing")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void extractsTheExpectedMetadata(
      String file,
      String title,
      String author,
      String outlet,
      String date,
      List<String> bodyParagraphs)
      throws IOException {
    ArticleMetadata metadata = extract(file).metadata();

    assertThat(metadata.title().value()).isEqualTo(title);
    assertThat(metadata.author().value()).isEqualTo(author);
    assertThat(metadata.outlet().value()).isEqualTo(outlet);
    assertThat(metadata.date().value()).isEqualTo(date);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void metadataLinesHoldEveryTitleLineAndNoBodyParagraph(
      String file,
      String title,
      String author,
      String outlet,
      String date,
      List<String> bodyParagraphs)
      throws IOException {
    List<String> lines = lines(file);
    Set<Integer> metadataLines = extract(file).metadataLines();
    int titleLines = 0;
    int bodyLines = 0;

    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.equals(title)) {
        assertThat(metadataLines).as("title line %d", i).contains(i);
        titleLines++;
      }
      if (bodyParagraphs.stream().anyMatch(line::startsWith)) {
        assertThat(metadataLines).as("body line %d", i).doesNotContain(i);
        bodyLines++;
      }
    }
    assertThat(titleLines).as("title lines found").isPositive();
    assertThat(bodyLines).as("body paragraphs found").isGreaterThanOrEqualTo(bodyParagraphs.size());
  }

  /**
   * The furniture of each seed, line by line (0-based): 000 title, byline, "WRITTEN BY:" and name,
   * disclaimer; 001 title only; 002 "Now Reading", title twice, bio, copyright, disclaimer; 003
   * masthead, tagline, page date, title twice; 004 dated author label, title, sign-off.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "000_13b5d66cfb0b5b62.txt; 0,4,18,19,23",
        "001_65378552d818f571.txt; 0",
        "002_1dbf526cc40aa5d1.txt; 0,1,3,41,52,54",
        "003_ba03e6fc634dcc76.txt; 0,2,3,5,7",
        "004_4de709283b17f614.txt; 0,2,31"
      })
  void metadataLinesAreExactlyThePageFurniture(String file, String expected) throws IOException {
    Set<Integer> expectedLines =
        Stream.of(expected.split(",")).map(Integer::valueOf).collect(Collectors.toSet());

    assertThat(extract(file).metadataLines()).isEqualTo(expectedLines);
  }

  private static Extraction extract(String file) throws IOException {
    return new MetadataExtractor().extract(lines(file));
  }

  private static List<String> lines(String file) throws IOException {
    return List.of(Files.readString(SEEDS.resolve(file)).split("\\R", -1));
  }
}
