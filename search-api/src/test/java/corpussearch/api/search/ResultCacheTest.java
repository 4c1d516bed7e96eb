package corpussearch.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import corpussearch.api.HangGuard;
import corpussearch.api.TestCorpora;
import corpussearch.api.search.SearchRequest.SortOrder;
import corpussearch.indexer.analysis.Synonyms;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Repeated searches are answered from memory, per index version, within the memory bound. */
class ResultCacheTest {

  private static final long MEGABYTE = 1 << 20;

  @TempDir Path temp;

  @Test
  void aRepeatedRequestGetsTheSameResultWithoutSearchingAgain() throws IOException {
    try (SearchStack stack = open(MEGABYTE)) {
      SearchResult first = stack.search().search(request("dam floods", List.of()));
      SearchResult again = stack.search().search(request("dam floods", List.of()));

      assertThat(again.hits()).isEqualTo(first.hits());
      assertThat(again.total()).isEqualTo(first.total()).isPositive();
      assertThat(again.facets()).isEqualTo(first.facets());
      assertThat(stats(stack)).isEqualTo(new ResultCache.Stats(1, 1, 1));
    }
  }

  @Test
  void anotherFilterOrPageIsAnotherResult() throws IOException {
    try (SearchStack stack = open(MEGABYTE)) {
      SearchResult all = stack.search().search(request("dam", List.of()));
      SearchResult filtered = stack.search().search(request("dam", List.of("Gotham Gazette")));

      assertThat(filtered.total()).isLessThan(all.total());
      assertThat(filtered.hits()).allSatisfy(hit -> assertThat(hit.outlet()).isEqualTo("Gotham Gazette"));
      assertThat(stats(stack)).isEqualTo(new ResultCache.Stats(2, 0, 2));
    }
  }

  @Test
  void aZeroBoundKeepsNothing() throws IOException {
    try (SearchStack stack = open(0)) {
      stack.search().search(request("dam", List.of()));
      stack.search().search(request("dam", List.of()));

      assertThat(stats(stack)).isEqualTo(new ResultCache.Stats(0, 0, 2));
    }
  }

  @Test
  void theLeastRecentlyUsedResultLeavesFirstWhenTheBoundIsReached() throws IOException {
    try (SearchStack stack = open(MEGABYTE)) {
      SearchRequest dam = request("dam", List.of());
      SearchRequest river = request("river", List.of());
      SearchRequest report = request("report", List.of());
      SearchResult damResult = stack.search().search(dam);
      SearchResult riverResult = stack.search().search(river);
      SearchResult reportResult = stack.search().search(report);
      ResultCache cache = new ResultCache(ResultCache.sizeOf(damResult) + ResultCache.sizeOf(riverResult) + ResultCache.sizeOf(reportResult) - 1);
      cache.put(dam, damResult);
      cache.put(river, riverResult);
      cache.get(dam);
      cache.put(report, reportResult);

      assertThat(cache.get(river)).isNull();
      assertThat(cache.get(dam)).isEqualTo(damResult);
      assertThat(cache.get(report)).isEqualTo(reportResult);
    }
  }

  @Test
  void aNewIndexVersionIsSearchedAfresh() throws IOException {
    Path corpus = TestCorpora.writeFixture(temp.resolve("corpus"));
    Path index = TestCorpora.index(corpus, temp.resolve("index"));
    try (SearchStack stack = SearchStack.open(index, Synonyms.bundled(), Duration.ofHours(1), HangGuard.TIMEOUT, MEGABYTE)) {
      assertThat(stack.search().search(request("zebra", List.of())).total()).isZero();

      Files.writeString(corpus.resolve("extra.jsonl"), "{\"id\":\"z1\",\"title\":\"Zoo\",\"text\":\"A zebra escaped from the zoo.\"}\n");
      TestCorpora.index(corpus, index);
      stack.views().maybeRefreshBlocking();

      assertThat(stack.search().search(request("zebra", List.of())).total()).isEqualTo(1);
    }
  }

  private SearchStack open(long cacheBytes) throws IOException {
    Path index = TestCorpora.index(TestCorpora.writeFixture(temp.resolve("corpus")), temp.resolve("index"));
    return SearchStack.open(index, Synonyms.bundled(), Duration.ofHours(1), HangGuard.TIMEOUT, cacheBytes);
  }

  private static ResultCache.Stats stats(SearchStack stack) throws IOException {
    IndexView view = stack.views().acquire();
    try {
      return stack.search().resultCacheStats(view);
    } finally {
      stack.views().release(view);
    }
  }

  private static SearchRequest request(String q, List<String> outlets) {
    return new SearchRequest(q, outlets, List.of(), List.of(), null, null, SortOrder.RELEVANCE, 1, 10, false, true, true);
  }
}
