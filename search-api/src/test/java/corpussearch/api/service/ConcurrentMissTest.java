package corpussearch.api.service;

import static org.assertj.core.api.Assertions.assertThat;

import corpussearch.api.HangGuard;
import corpussearch.api.TestCorpora;
import corpussearch.api.index.IndexView;
import corpussearch.api.request.SearchRequest.SortOrder;
import corpussearch.api.request.SearchRequest;
import corpussearch.analysis.Synonyms;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** Requests that ask at the same time for the same missing result cause one search, not one each. */
class ConcurrentMissTest {

  private static Path temp;
  private static SearchStack stack;

  @BeforeContainer
  static void open() throws IOException {
    temp = Files.createTempDirectory("concurrent-miss");
    Path index = TestCorpora.index(TestCorpora.writeFixture(temp.resolve("corpus")), temp.resolve("index"));
    stack = SearchStack.open(index, Synonyms.bundled(), Duration.ofHours(1), HangGuard.TIMEOUT, 1 << 20);
  }

  @AfterContainer
  static void close() throws IOException {
    stack.close();
    TestCorpora.delete(temp);
  }

  @Property(tries = 10)
  void threadsAskingForTheSameMissingResultLoadItOnce(@ForAll @IntRange(min = 2, max = 8) int threads)
      throws Exception {
    SearchRequest request = request("dam floods");
    SearchResult searched = stack.search().search(request);
    ResultCache cache = new ResultCache(1 << 20);
    AtomicInteger loads = new AtomicInteger();
    CountDownLatch allAsking = new CountDownLatch(threads);
    // the load waits until every thread has asked, so without one load per key each would load
    List<SearchResult> answers = inParallel(threads, () -> {
      allAsking.countDown();
      return cache.get(request, () -> {
        loads.incrementAndGet();
        await(allAsking);
        return searched;
      }).value();
    });

    assertThat(loads).hasValue(1);
    assertThat(answers).hasSize(threads).allSatisfy(answer -> assertThat(answer).isEqualTo(searched));
  }

  @Property(tries = 5)
  void concurrentSearchesForTheSameRequestSearchOnce(@ForAll @IntRange(min = 2, max = 8) int threads,
      @ForAll("words") String q) throws Exception {
    SearchRequest request = request(q);
    long missesBefore = stats().misses();
    List<SearchResult> answers = inParallel(threads, () -> stack.search().search(request));

    assertThat(stats().misses() - missesBefore).isLessThanOrEqualTo(1);
    assertThat(answers).extracting(SearchResult::hits).containsOnly(answers.get(0).hits());
  }

  @Provide
  Arbitrary<String> words() {
    return Arbitraries.of("dam", "river", "report", "floods", "dam floods", "gazette");
  }

  private static ResultCache.Stats stats() throws IOException {
    IndexView view = stack.views().acquire();
    try {
      return stack.search().resultCacheStats(view);
    } finally {
      stack.views().release(view);
    }
  }

  private static <T> List<T> inParallel(int threads, Callable<T> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        futures.add(pool.submit(task));
      }
      List<T> answers = new ArrayList<>();
      for (Future<T> future : futures) {
        answers.add(future.get(HangGuard.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS));
      }
      return answers;
    } finally {
      pool.shutdownNow();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(HangGuard.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static SearchRequest request(String q) {
    return new SearchRequest(q, List.of(), List.of(), List.of(), null, null, SortOrder.RELEVANCE, 1, 10, false, true, true);
  }
}
