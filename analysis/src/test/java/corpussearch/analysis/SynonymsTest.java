package corpussearch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bundled alias list, group by group: a query for any variant of a group finds a paragraph
 * that uses any other variant, through the query-time {@link CorpusAnalyzer#forQueries} chain
 * over an index written with {@link CorpusAnalyzer#forIndexing()}.
 */
class SynonymsTest {

  private static Analyzer queryAnalyzer;

  @BeforeAll
  static void loadBundledList() {
    SynonymMap map = Synonyms.bundled();
    assertThat(map.fst).as("bundled synonym map").isNotNull();
    queryAnalyzer = CorpusAnalyzer.forQueries(map);
  }

  /** One alias group per non-comment line of the bundled synonyms.txt. */
  static Stream<Arguments> aliasGroups() {
    List<Arguments> groups = new ArrayList<>();
    List<String> lines = bundledLines();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      List<String> variants = Arrays.stream(line.split(",")).map(String::strip).filter(v -> !v.isEmpty()).toList();
      groups.add(Arguments.argumentSet("line " + (i + 1) + ": " + variants.get(0), i + 1, variants));
    }
    return groups.stream();
  }

  @Test
  void everyLineOfTheFileIsAGroupOfAtLeastTwoVariants() {
    List<Arguments> groups = aliasGroups().toList();
    assertThat(groups).as("alias groups read from the file").hasSizeGreaterThanOrEqualTo(30);
    for (Arguments group : groups) {
      assertThat((List<?>) group.get()[1]).as("line %s", group.get()[0]).hasSizeGreaterThanOrEqualTo(2);
    }
  }

  @ParameterizedTest
  @MethodSource("aliasGroups")
  void eachVariantFindsEveryOtherVariant(int line, List<String> variants) throws IOException {
    try (Directory directory = indexOf(variants);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      List<String> misses = new ArrayList<>();
      for (String query : variants) {
        List<String> found = search(searcher, query);
        for (String other : variants) {
          if (!found.contains(other)) {
            misses.add("\"" + query + "\" does not find \"" + other + "\"");
          }
        }
      }
      assertThat(misses).as("synonyms.txt line %d", line).isEmpty();
    }
  }

  @Test
  void lowerCasePronounUsDoesNotFindTheUnitedStatesButTheAcronymDoes() throws IOException {
    try (Directory directory = indexOf(List.of("United States", "they told us"));
        DirectoryReader reader = DirectoryReader.open(directory)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      assertThat(search(searcher, "us")).containsExactly("they told us");
      assertThat(search(searcher, "US")).containsExactly("United States");
      assertThat(search(searcher, "U.S.")).containsExactly("United States");
    }
  }

  @Test
  void theKhorasanBranchAndItsParentGroupStayApart() throws IOException {
    try (Directory directory = indexOf(List.of("IS-K", "ISIS", "Islamic State of Iraq and Syria"));
        DirectoryReader reader = DirectoryReader.open(directory)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      assertThat(search(searcher, "ISIS-K")).containsExactly("IS-K");
      assertThat(search(searcher, "Daesh")).containsExactlyInAnyOrder("ISIS", "Islamic State of Iraq and Syria");
    }
  }

  @Test
  void multiWordAliasesMatchAsPhrasesNotAsLooseWords() throws IOException {
    // "Islamic State in Khorasan" must not be satisfied by the words scattered in a paragraph.
    try (Directory directory = indexOf(List.of("IS-K", "the state of Khorasan and Islamic law"));
        DirectoryReader reader = DirectoryReader.open(directory)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      assertThat(search(searcher, "ISKP")).containsExactly("IS-K");
    }
  }

  @Test
  void aliasListCanBeLoadedFromAFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("aliases.txt");
    Files.writeString(file, "# test\nMoscow, Kremlin\n");
    Analyzer analyzer = CorpusAnalyzer.forQueries(Synonyms.fromFile(file));
    try (Directory directory = indexOf(List.of("Kremlin", "Beijing"));
        DirectoryReader reader = DirectoryReader.open(directory)) {
      assertThat(search(new IndexSearcher(reader), analyzer, "Moscow")).containsExactly("Kremlin");
    }
  }

  private static List<String> search(IndexSearcher searcher, String text) throws IOException {
    return search(searcher, queryAnalyzer, text);
  }

  private static List<String> search(IndexSearcher searcher, Analyzer analyzer, String text) throws IOException {
    QueryBuilder builder = new QueryBuilder(analyzer);
    builder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
    Query query = builder.createBooleanQuery("text", text, BooleanClause.Occur.MUST);
    assertThat(query).as("query for \"%s\"", text).isNotNull();
    List<String> found = new ArrayList<>();
    for (ScoreDoc hit : searcher.search(query, 100).scoreDocs) {
      found.add(searcher.storedFields().document(hit.doc).get("variant"));
    }
    return found;
  }

  /** An in-memory index with one document per text, field "text", indexed with the indexing chain. */
  private static Directory indexOf(List<String> texts) throws IOException {
    Directory directory = new ByteBuffersDirectory();
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(CorpusAnalyzer.forIndexing()))) {
      for (String text : texts) {
        Document doc = new Document();
        doc.add(new StringField("variant", text, Field.Store.YES));
        doc.add(new TextField("text", text, Field.Store.NO));
        writer.addDocument(doc);
      }
    }
    return directory;
  }

  private static List<String> bundledLines() {
    try (InputStream in = Synonyms.class.getResourceAsStream(Synonyms.BUNDLED)) {
      assertThat(in).as("bundled %s", Synonyms.BUNDLED).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
