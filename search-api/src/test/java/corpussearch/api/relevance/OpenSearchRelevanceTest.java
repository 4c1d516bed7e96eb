package corpussearch.api.relevance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import corpussearch.analysis.Synonyms;
import corpussearch.api.cluster.OpenSearchBackend;
import corpussearch.api.config.ApiConfig;
import corpussearch.indexer.opensearch.AnalysisForm;
import corpussearch.indexer.opensearch.OpenSearchTarget;
import corpussearch.indexer.pipeline.BuildOptions;
import corpussearch.indexer.pipeline.IndexBuild;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The relevance suite on both backends: every judged set of the seeds (and of the SOTU corpus
 * when {@code -Dcorpussearch.sotu.corpus} names it) ranked by corpus-search on its embedded index
 * and with {@code --backend opensearch} over the same corpus built by index-builder {@code
 * --target opensearch}; MRR@10 must agree within {@value #MRR_TOLERANCE} on every set (issue
 * #19's target). Skipped without {@code -Dcorpussearch.opensearch.url}; writes {@code
 * target/relevance-opensearch.txt}.
 */
class OpenSearchRelevanceTest {

  static final double MRR_TOLERANCE = 0.01;
  static final Path REPORT = Path.of("target", "relevance-opensearch.txt");

  @TempDir Path temp;

  @Test
  void mrrAgreesOnEveryJudgedSet() throws Exception {
    String url = System.getProperty("corpussearch.opensearch.url", "");
    assumeTrue(!url.isBlank(), "no OpenSearch: pass -Dcorpussearch.opensearch.url=http://127.0.0.1:9261");
    List<String> lines = new ArrayList<>();
    List<String> misses = new ArrayList<>();
    compare(URI.create(url), Path.of("..", "seeds"), List.of("shipped-queries.tsv", "own-queries.tsv", "blind-seeds.tsv",
        "blind2-seeds.tsv", "blind3-seeds.tsv"), lines, misses);
    String sotu = System.getProperty(SotuRelevanceTest.CORPUS_PROPERTY, "");
    if (!sotu.isBlank() && Files.isDirectory(Path.of(sotu))) {
      compare(URI.create(url), Path.of(sotu), List.of("blind-sotu.tsv", "blind2-sotu.tsv", "blind3-sotu.tsv"), lines, misses);
    }
    Files.createDirectories(REPORT.getParent());
    Files.write(REPORT, lines, StandardCharsets.UTF_8);
    lines.forEach(System.out::println);
    assertThat(misses).as("sets whose MRR@10 differs by more than %s", MRR_TOLERANCE).isEmpty();
  }

  private void compare(URI url, Path corpus, List<String> sets, List<String> lines, List<String> misses) throws Exception {
    String alias = "corpus-relevance-" + UUID.randomUUID().toString().substring(0, 8);
    Path index = Files.createTempDirectory(temp, "lucene");
    RelevanceEvaluation.buildIndex(corpus, index);
    OpenSearchTarget target = new OpenSearchTarget(List.of(url), alias, 1, 0, AnalysisForm.BUILT_IN);
    new IndexBuild(new BuildOptions(corpus, temp.resolve("unused"), false, 32_000_000, 1, false, false, target),
        new PrintStream(OutputStream.nullOutputStream())).run();
    ApiConfig.OpenSearch where = new ApiConfig.OpenSearch(List.of(url), alias, null, null, null);
    try (Ranker embedded = CorpusSearchRanker.open(index);
        Ranker cluster = CorpusSearchRanker.over("corpus-search on OpenSearch",
            OpenSearchBackend.open(where, Synonyms.bundled(), CorpusSearchRanker.TIME_LIMIT, Duration.ofMillis(500), 0))) {
      for (String set : sets) {
        List<JudgedQuery> queries = JudgedQuery.load(Path.of(getClass().getResource("/relevance/" + set).toURI()));
        RelevanceMetrics ours = RelevanceEvaluation.run(embedded, queries);
        RelevanceMetrics theirs = RelevanceEvaluation.run(cluster, queries);
        double delta = theirs.mrr() - ours.mrr();
        lines.add(String.format(Locale.ROOT, "%-22s %3d queries  MRR@10 embedded %.4f  OpenSearch %.4f  difference %+.4f", set,
            queries.size(), ours.mrr(), theirs.mrr(), delta));
        if (Math.abs(delta) > MRR_TOLERANCE) {
          misses.add(set);
        }
      }
    } finally {
      delete(url, alias);
    }
  }

  private static void delete(URI url, String alias) throws IOException, InterruptedException {
    try (HttpClient client = HttpClient.newHttpClient()) {
      client.send(HttpRequest.newBuilder(url.resolve("/" + alias + "-v*")).DELETE().build(), HttpResponse.BodyHandlers.discarding());
    }
  }
}
