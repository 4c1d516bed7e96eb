package corpussearch.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The documentation names files by their path in the repository, never by where one machine keeps
 * its checkout or scratch files (a work or temporary folder, a home folder): a reader's
 * machine has none of them. bench/run.sh --quick checks the report it renders the same way.
 */
class DocumentationPathsTest {

  /** The repository (surefire runs in search-api/). */
  private static final Path REPO = Path.of("..");

  /** An absolute path under a folder that belongs to one machine; bench/target/work/ is fine. */
  private static final Pattern MACHINE_PATH =
      Pattern.compile("(?<![\\w.~/-])/(?:work|tmp|root|home|Users)/[^\\s`'\")]*");

  @Test
  void noDocNamesAPathOfOneMachine() throws IOException {
    List<Path> docs = docs();
    assertThat(docs).as("the docs found").contains(REPO.resolve("README.md"), REPO.resolve("docs/benchmarks.md"));
    List<String> found = new ArrayList<>();
    for (Path doc : docs) {
      List<String> lines = Files.readAllLines(doc, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        Matcher m = MACHINE_PATH.matcher(lines.get(i));
        while (m.find()) {
          found.add(REPO.relativize(doc) + ":" + (i + 1) + ": " + m.group());
        }
      }
    }
    assertThat(found).as("machine paths in the docs (name them from the repository instead)").isEmpty();
  }

  @Property
  void aPathUnderAMachineFolderIsFound(@ForAll("machineFolders") String folder, @ForAll("relativePaths") String rest,
      @ForAll("openers") String opener) {
    String path = "/" + folder + "/" + rest;
    Matcher m = MACHINE_PATH.matcher("see " + opener + path + " for details");
    assertThat(m.find()).isTrue();
    assertThat(m.group()).isEqualTo(path);
  }

  @Property
  void aPathInsideTheRepositoryIsNot(@ForAll("machineFolders") String folder, @ForAll("relativePaths") String rest,
      @ForAll("relativePaths") String parent, @ForAll("openers") String opener) {
    String text = "see " + opener + parent + "/" + folder + "/" + rest + " or " + opener + "~/" + folder + "/" + rest;
    assertThat(MACHINE_PATH.matcher(text).find()).as(text).isFalse();
  }

  @Provide
  Arbitrary<String> machineFolders() {
    return Arbitraries.of("work", "tmp", "root", "home", "Users");
  }

  @Provide
  Arbitrary<String> relativePaths() {
    Arbitrary<String> segment = Arbitraries.strings().withChars("abcxyz019_.-").ofMinLength(1).ofMaxLength(8)
        .filter(s -> !s.startsWith(".") && !s.startsWith("-"));
    return segment.list().ofMinSize(1).ofMaxSize(4).map(parts -> String.join("/", parts));
  }

  @Provide
  Arbitrary<String> openers() {
    return Arbitraries.of("", "`", "(", "\"", "'");
  }

  /** README.md and every Markdown file under docs/ and bench/ (scratch folders aside). */
  private static List<Path> docs() throws IOException {
    List<Path> docs = new ArrayList<>(List.of(REPO.resolve("README.md")));
    for (String folder : List.of("docs", "bench")) {
      try (Stream<Path> files = Files.walk(REPO.resolve(folder))) {
        files.filter(p -> p.toString().endsWith(".md") && !p.toString().contains("/target/")).forEach(docs::add);
      }
    }
    return docs;
  }
}
