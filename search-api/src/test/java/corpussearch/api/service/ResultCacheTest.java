package corpussearch.api.service;

import static org.assertj.core.api.Assertions.assertThat;

import corpussearch.api.HangGuard;
import corpussearch.api.TestCorpora;
import corpussearch.api.cache.Caches;
import corpussearch.api.index.IndexView;
import corpussearch.api.request.SearchRequest.SortOrder;
import corpussearch.api.request.SearchRequest;
import corpussearch.analysis.Synonyms;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
  void resultsLeaveWhenTheBoundIsReachedAndEveryAnswerIsStillItsOwnResult() throws IOException {
    try (SearchStack stack = open(MEGABYTE)) {
      Map<SearchRequest, SearchResult> searched = new LinkedHashMap<>();
      for (String q : List.of("dam", "river", "report")) {
        searched.put(request(q, List.of()), stack.search().search(request(q, List.of())));
      }
      long allButOneByte = searched.values().stream().mapToLong(ResultCache::sizeOf).sum() - 1;
      ResultCache cache = new ResultCache(allButOneByte);
      for (Map.Entry<SearchRequest, SearchResult> entry : searched.entrySet()) {
        cache.get(entry.getKey(), entry::getValue);
      }

      assertThat(cache.figures().evictions()).isEqualTo(1);
      assertThat(cache.figures().size()).isEqualTo(2);
      for (Map.Entry<SearchRequest, SearchResult> entry : searched.entrySet()) {
        assertThat(cache.get(entry.getKey(), entry::getValue).value()).isEqualTo(entry.getValue());
      }
    }
  }

  @Test
  void aResultThatTimedOutIsNeverRemembered() throws IOException {
    try (SearchStack stack = open(MEGABYTE)) {
      SearchRequest dam = request("dam", List.of());
      SearchResult complete = stack.search().search(dam);
      SearchResult partial = new SearchResult(complete.query(), complete.total(), complete.totalRelation(),
          complete.totalArticles(), complete.totalArticlesRelation(), complete.page(), complete.size(), complete.tookMs(), true, complete.hits(),
          complete.facets(), complete.suggestion(), complete.filterHints());
      ResultCache cache = new ResultCache(MEGABYTE);

      assertThat(cache.get(dam, () -> partial).value()).isEqualTo(partial);
      assertThat(cache.get(dam, () -> complete).fresh()).isTrue();
      assertThat(cache.get(dam, () -> partial).value()).isEqualTo(complete);
      assertThat(cache.figures()).isEqualTo(new Caches.Figures(1, 2, 0, 1));
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
