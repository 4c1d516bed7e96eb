package corpussearch.api.relevance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import corpussearch.api.relevance.RelevanceEvaluation.QuerySetResult;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OpenSearch baseline against a real cluster, named in the system property {@value
 * #URL_PROPERTY}; without it (every ordinary test run) the test is skipped. Run it with
 * <pre>
 * scripts/opensearch-cluster.sh start --nodes 1
 * mvn -q -B -ntp -pl search-api -am test -Dtest=OpenSearchBaselineTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dcorpussearch.opensearch.url=http://127.0.0.1:9201
 * scripts/opensearch-cluster.sh stop
 * </pre>
 */
class OpenSearchBaselineTest {

  static final String URL_PROPERTY = "corpussearch.opensearch.url";

  @TempDir static Path indexDir;

  /**
   * OpenSearch's {@code english} analyzer is Lucene's EnglishAnalyzer, its {@code match} query an
   * OR of the analysed words, its similarity BM25 with Lucene's defaults, and one shard sees every
   * paragraph: over the same paragraphs in the same order it must rank every query as the Lucene
   * english baseline does, so the column measures what it says. The index it used is gone after.
   */
  @Test
  void ranksAsLucenesEnglishAnalyzerAndLeavesNoIndexBehind() throws IOException, URISyntaxException, InterruptedException {
    String url = System.getProperty(URL_PROPERTY, "");
    assumeTrue(!url.isBlank(), "no OpenSearch: start one (scripts/opensearch-cluster.sh start --nodes 1) and pass -D"
        + URL_PROPERTY + "=http://127.0.0.1:9201");
    URI cluster = URI.create(url);
    String indicesBefore = indices(cluster);
    RelevanceEvaluation.buildIndex(RelevanceSuiteTest.CORPUS, indexDir);
    List<QuerySetResult> sets;
    try (RelevanceEvaluation evaluation = RelevanceEvaluation.open(indexDir, Optional.of(cluster))) {
      assertThat(evaluation.openSearchCluster()).hasValueSatisfying(name -> assertThat(name).startsWith("OpenSearch 3."));
      assertThat(evaluation.baselines()).extracting(Ranker::name).containsExactly("standard", "english", "opensearch");
      sets = List.of(evaluation.evaluate("shipped-queries.tsv", JudgedQuery.load(resource("shipped-queries.tsv"))),
          evaluation.evaluate("own-queries.tsv", JudgedQuery.load(resource("own-queries.tsv"))));
    }
    for (QuerySetResult set : sets) {
      RelevanceMetrics english = set.baselines().get(1);
      RelevanceMetrics openSearch = set.baselines().get(2);
      assertThat(set.notRun()).isEmpty();
      assertThat(openSearch.outcomes()).extracting(RelevanceMetrics.Outcome::rank)
          .as("OpenSearch's rank of the first relevant paragraph, query by query, on %s\n%s", set.name(), RelevanceTables.table(set))
          .containsExactlyElementsOf(english.outcomes().stream().map(RelevanceMetrics.Outcome::rank).toList());
      assertThat(openSearch.outcomes()).extracting(RelevanceMetrics.Outcome::topHit)
          .containsExactlyElementsOf(english.outcomes().stream().map(RelevanceMetrics.Outcome::topHit).toList());
    }
    assertThat(indices(cluster)).as("the cluster's indices after the run").isEqualTo(indicesBefore);
  }

  private static String indices(URI cluster) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(cluster.resolve("/_cat/indices?h=index&s=index")).build();
    try (HttpClient client = HttpClient.newHttpClient()) {
      return client.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(OpenSearchBaselineTest.class.getResource("/relevance/" + name).toURI());
  }
}
