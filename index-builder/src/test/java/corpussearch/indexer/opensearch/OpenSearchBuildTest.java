package corpussearch.indexer.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import corpussearch.indexer.index.IndexSchema;
import corpussearch.indexer.pipeline.BuildOptions;
import corpussearch.indexer.pipeline.IndexBuild;
import corpussearch.indexer.report.BuildReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds into a real OpenSearch cluster, named in the system property {@value #URL_PROPERTY};
 * without it (every ordinary test run) the test is skipped. Run it with
 * <pre>
 * OPENSEARCH_HTTP_BASE=9250 OPENSEARCH_TRANSPORT_BASE=9350 scripts/opensearch-cluster.sh start --nodes 1
 * mvn -q -B -ntp -pl index-builder -am test -Dtest=OpenSearchBuildTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dcorpussearch.opensearch.url=http://127.0.0.1:9251
 * scripts/opensearch-cluster.sh stop
 * </pre>
 * Every index, template and pipeline it makes has a random name and is deleted afterwards.
 */
class OpenSearchBuildTest {

  static final String URL_PROPERTY = "corpussearch.opensearch.url";
  static final Path SEEDS = Path.of("..", "seeds");
  static final int SHARDS = 3;

  @TempDir Path tmp;
  URI url;
  String alias;
  TestCluster cluster;

  @BeforeEach
  void cluster() {
    String property = System.getProperty(URL_PROPERTY, "");
    assumeTrue(!property.isBlank(), "no OpenSearch: start one (OPENSEARCH_HTTP_BASE=9250 scripts/opensearch-cluster.sh start --nodes 1)"
        + " and pass -D" + URL_PROPERTY + "=http://127.0.0.1:9251");
    url = URI.create(property);
    alias = "corpus-test-" + UUID.randomUUID().toString().substring(0, 8);
    cluster = new TestCluster(url);
  }

  @AfterEach
  void cleanUp() throws IOException, InterruptedException {
    if (cluster != null) {
      cluster.sendQuietly("DELETE", "/_index_template/" + alias);
      cluster.sendQuietly("DELETE", "/_ingest/pipeline/" + alias);
      cluster.sendQuietly("DELETE", "/" + alias + "-v*");
      cluster.close();
    }
  }

  /**
   * The seeds built into OpenSearch hold the paragraphs of the Lucene build, field by field; a
   * word finds the same paragraphs in both; an article's paragraphs share one shard.
   */
  @Test
  void holdsWhatTheLuceneIndexHolds() throws IOException, InterruptedException {
    BuildReport report = build(SEEDS, false);
    assertThat(report.committed()).isTrue();
    assertThat(aliasTargets()).containsExactly(alias + "-v1");
    assertHoldsTheLuceneBuildOf(SEEDS);
    Map<String, Set<Integer>> shards = shardsByArticle();
    assertThat(shards).hasSize(5).allSatisfy((article, held) -> assertThat(held).as(article).hasSize(1));
    for (var entry : shards.entrySet()) {
      JsonNode routed = cluster.send("GET", "/" + alias + "/_search_shards?routing=" + entry.getKey(), null);
      assertThat(routed.path("shards").get(0).get(0).path("shard").asInt()).isEqualTo(entry.getValue().iterator().next());
    }
  }

  /** The alias's paragraphs are those a Lucene build of {@code corpus} holds, and a word finds the same ones. */
  private void assertHoldsTheLuceneBuildOf(Path corpus) throws IOException, InterruptedException {
    Path lucene = Files.createTempDirectory(tmp, "lucene");
    new IndexBuild(new BuildOptions(corpus, lucene, false, 32_000_000), quiet()).run();
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(lucene))) {
      assertThat(cluster.send("GET", "/" + alias + "/_count", null).path("count").asInt()).isEqualTo(reader.numDocs());
      assertThat(openSearchParagraphs()).isEqualTo(luceneParagraphs(reader));
      for (String term : sampleTerms(reader, 40)) {
        assertThat(openSearchIds(term)).as("paragraphs with the term '%s'", term).isEqualTo(luceneIds(reader, term));
      }
    }
  }

  /**
   * A changed article and a removed one move the alias to v2, a copy of v1 with only those
   * changes; v1 is kept until the next build, which deletes it; a build the cluster refuses
   * midway leaves the alias where it was and no index of its own behind.
   */
  @Test
  void movesTheAliasOnlyWhenABuildSucceeds() throws IOException, InterruptedException {
    Path corpus = copyOfSeeds();
    build(corpus, false);
    List<Path> articles = articles(corpus);
    Path changed = articles.getFirst();
    String text = Files.readString(changed);
    // The article loses its last paragraphs and gains a new one: overwritten, deleted and added paragraphs.
    Files.writeString(changed, text.substring(0, text.length() * 2 / 3) + "\n\nA paragraph added later about hydroelectric turbines.\n");
    Files.delete(articles.getLast());
    BuildReport second = build(corpus, false);
    assertThat(second.totals().changed()).isEqualTo(1);
    assertThat(second.totals().unchanged()).isEqualTo(3);
    assertThat(second.removed()).isEqualTo(1);
    assertThat(aliasTargets()).containsExactly(alias + "-v2");
    assertThat(indices()).containsExactly(alias + "-v1", alias + "-v2");
    assertHoldsTheLuceneBuildOf(corpus);

    assertThat(build(corpus, false).committed()).as("a build that changes nothing").isFalse();
    assertThat(build(corpus, true).committed()).isTrue();
    assertThat(aliasTargets()).containsExactly(alias + "-v3");
    assertThat(indices()).containsExactly(alias + "-v2", alias + "-v3");

    refuseOneArticle(changed.getFileName().toString().replace(".txt", ""));
    assertThatThrownBy(() -> build(corpus, true)).isInstanceOf(OpenSearchException.class)
        .hasMessageContaining("refused paragraph").hasMessageContaining("no paragraph of this article");
    assertThat(aliasTargets()).containsExactly(alias + "-v3");
    assertThat(indices()).containsExactly(alias + "-v2", alias + "-v3");
    assertHoldsTheLuceneBuildOf(corpus);
  }

  /**
   * Makes the cluster refuse the paragraphs of one article in every new version of the index: a
   * default ingest pipeline that fails on them, the way a cluster's own rules refuse documents.
   */
  private void refuseOneArticle(String articleId) throws IOException, InterruptedException {
    cluster.send("PUT", "/_ingest/pipeline/" + alias, """
        {"processors": [{"fail": {"if": "ctx.articleId == '%s'", "message": "no paragraph of this article"}}]}
        """.formatted(articleId));
    cluster.send("PUT", "/_index_template/" + alias, """
        {"index_patterns": ["%s-v*"], "template": {"settings": {"index.default_pipeline": "%s"}}}
        """.formatted(alias, alias));
  }

  private BuildReport build(Path corpus, boolean full) throws IOException {
    OpenSearchTarget target = new OpenSearchTarget(List.of(url), alias, SHARDS, 0, AnalysisForm.BUILT_IN);
    return new IndexBuild(new BuildOptions(corpus, tmp.resolve("unused"), full, 32_000_000, 2, false, false, target), quiet()).run();
  }

  private static PrintStream quiet() {
    return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
  }

  private Path copyOfSeeds() throws IOException {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    try (Stream<Path> files = Files.list(SEEDS)) {
      for (Path file : files.toList()) {
        Files.copy(file, corpus.resolve(file.getFileName()));
      }
    }
    return corpus;
  }

  private static List<Path> articles(Path corpus) throws IOException {
    try (Stream<Path> files = Files.list(corpus)) {
      return files.filter(file -> file.toString().endsWith(".txt")).sorted().toList();
    }
  }

  private List<String> aliasTargets() throws IOException, InterruptedException {
    List<String> targets = new ArrayList<>();
    cluster.send("GET", "/_alias/" + alias, null).fieldNames().forEachRemaining(targets::add);
    return targets;
  }

  private List<String> indices() throws IOException, InterruptedException {
    List<String> names = new ArrayList<>();
    cluster.send("GET", "/_cat/indices/" + alias + "-v*?format=json&h=index&s=index", null)
        .forEach(row -> names.add(row.path("index").asText()));
    return names;
  }

  /** Every stored value of every paragraph, by paragraph id, as the Lucene index holds them. */
  private static Map<String, Map<String, String>> luceneParagraphs(DirectoryReader reader) throws IOException {
    Map<String, Map<String, String>> paragraphs = new TreeMap<>();
    IndexSearcher searcher = new IndexSearcher(reader);
    for (ScoreDoc hit : searcher.search(new MatchAllDocsQuery(), reader.numDocs()).scoreDocs) {
      Document doc = searcher.storedFields().document(hit.doc);
      Map<String, String> values = new TreeMap<>();
      for (IndexableField field : doc.getFields()) {
        values.put(field.name(), field.numericValue() != null ? field.numericValue().toString() : field.stringValue());
      }
      paragraphs.put(values.get(IndexSchema.ID), values);
    }
    return paragraphs;
  }

  /** The same from the documents' sources, leaving out the values Lucene does not store. */
  private Map<String, Map<String, String>> openSearchParagraphs() throws IOException, InterruptedException {
    Map<String, Map<String, String>> paragraphs = new TreeMap<>();
    JsonNode hits = cluster.send("POST", "/" + alias + "/_search", "{\"size\": 10000}").path("hits").path("hits");
    for (JsonNode hit : hits) {
      Map<String, String> values = new TreeMap<>();
      hit.path("_source").fields().forEachRemaining(field -> values.put(field.getKey(), field.getValue().asText()));
      values.keySet().removeAll(Set.of(IndexSchema.DATE_DAY, ParagraphMapping.YEAR));
      assertThat(hit.path("_routing").asText()).isEqualTo(values.get(IndexSchema.ARTICLE_ID));
      paragraphs.put(hit.path("_id").asText(), values);
    }
    return paragraphs;
  }

  /** Every {@code step}-th term of the text field, so the sample spans the alphabet. */
  private static List<String> sampleTerms(DirectoryReader reader, int count) throws IOException {
    List<String> all = new ArrayList<>();
    TermsEnum terms = MultiTerms.getTerms(reader, IndexSchema.TEXT).iterator();
    for (BytesRef term = terms.next(); term != null; term = terms.next()) {
      all.add(term.utf8ToString());
    }
    List<String> sample = new ArrayList<>();
    for (int i = 0; i < all.size(); i += Math.max(1, all.size() / count)) {
      sample.add(all.get(i));
    }
    return sample;
  }

  private static Set<String> luceneIds(DirectoryReader reader, String term) throws IOException {
    IndexSearcher searcher = new IndexSearcher(reader);
    Set<String> ids = new TreeSet<>();
    for (ScoreDoc hit : searcher.search(new TermQuery(new Term(IndexSchema.TEXT, term)), 10_000).scoreDocs) {
      ids.add(searcher.storedFields().document(hit.doc).get(IndexSchema.ID));
    }
    return ids;
  }

  /** The ids of the paragraphs a {@code term} query on the text finds. */
  private Set<String> openSearchIds(String term) throws IOException, InterruptedException {
    String query = "{\"size\": 10000, \"_source\": false, \"query\": {\"term\": {\"text\": " + quote(term) + "}}}";
    Set<String> ids = new TreeSet<>();
    cluster.send("POST", "/" + alias + "/_search", query).path("hits").path("hits").forEach(hit -> ids.add(hit.path("_id").asText()));
    return ids;
  }

  private static String quote(String text) {
    return new com.fasterxml.jackson.databind.node.TextNode(text).toString();
  }

  /** The shards holding each article's paragraphs, found by searching each shard alone. */
  private Map<String, Set<Integer>> shardsByArticle() throws IOException, InterruptedException {
    Map<String, Set<Integer>> shards = new HashMap<>();
    for (int shard = 0; shard < SHARDS; shard++) {
      String path = String.format(Locale.ROOT, "/%s/_search?preference=_shards:%d", alias, shard);
      JsonNode hits = cluster.send("POST", path, "{\"size\": 10000, \"_source\": [\"articleId\"]}").path("hits").path("hits");
      for (JsonNode hit : hits) {
        shards.computeIfAbsent(hit.path("_source").path("articleId").asText(), article -> new TreeSet<>()).add(shard);
      }
    }
    return shards;
  }
}
