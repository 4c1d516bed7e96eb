package corpussearch.api.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.benmanes.caffeine.cache.Cache;
import corpussearch.api.HangGuard;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One load per missing key, and a load that takes long holds up no other key. */
class CachesTest {

  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final CountDownLatch release = new CountDownLatch(1);

  @AfterEach
  void stop() {
    release.countDown();
    threads.shutdownNow();
  }

  @Test
  void aLoadThatHasNotFinishedHoldsUpNoOtherKey() throws Exception {
    Cache<String, String> cache = Caches.ofSize(1_000);
    CountDownLatch started = new CountDownLatch(1);
    Future<String> slow = threads.submit(() -> Caches.get(cache, "slow", () -> {
      started.countDown();
      awaitRelease();
      return "slow value";
    }, value -> true).value());
    started.await(HangGuard.TIMEOUT.toSeconds(), TimeUnit.SECONDS);

    List<Future<String>> others = new ArrayList<>();
    for (int i = 0; i < 256; i++) {
      String key = "key " + i;
      others.add(threads.submit(() -> Caches.get(cache, key, () -> key + " value", value -> true).value()));
    }
    for (int i = 0; i < others.size(); i++) {
      assertThat(within(others.get(i))).isEqualTo("key " + i + " value");
    }
    assertThat(slow).isNotDone();
    release.countDown();
    assertThat(within(slow)).isEqualTo("slow value");
  }

  @Test
  void callersOfTheSameMissingKeyLoadItOnce() throws Exception {
    Cache<String, String> cache = Caches.ofSize(10);
    AtomicInteger loads = new AtomicInteger();
    List<Future<Caches.Loaded<String>>> callers = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      callers.add(threads.submit(() -> Caches.get(cache, "key", () -> {
        loads.incrementAndGet();
        awaitRelease();
        return "value";
      }, value -> true)));
    }
    release.countDown();

    List<Caches.Loaded<String>> answers = new ArrayList<>();
    for (Future<Caches.Loaded<String>> caller : callers) {
      answers.add(within(caller));
    }
    assertThat(loads).hasValue(1);
    assertThat(answers).extracting(Caches.Loaded::value).containsOnly("value");
    assertThat(answers).filteredOn(Caches.Loaded::fresh).hasSize(1);
  }

  @Test
  void aValueThatIsNotCompleteGoesOnlyToItsOwnCaller() throws Exception {
    Cache<String, String> cache = Caches.ofSize(10);
    CountDownLatch started = new CountDownLatch(1);
    Future<String> first = threads.submit(() -> Caches.get(cache, "key", () -> {
      started.countDown();
      awaitRelease();
      return "partial";
    }, value -> !value.equals("partial")).value());
    started.await(HangGuard.TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    Future<String> second = threads.submit(() -> Caches.get(cache, "key", () -> "whole", value -> true).value());
    release.countDown();

    assertThat(within(first)).isEqualTo("partial");
    assertThat(within(second)).isEqualTo("whole");
    assertThat(cache.getIfPresent("key")).isEqualTo("whole");
  }

  @Test
  void aFailedLoadFailsItsCallerAndLeavesTheOthersToLoad() throws Exception {
    Cache<String, String> cache = Caches.ofSize(10);
    CountDownLatch started = new CountDownLatch(1);
    Future<String> failing = threads.submit(() -> Caches.get(cache, "key", () -> {
      started.countDown();
      awaitRelease();
      throw new IOException("index gone");
    }, value -> true).value());
    started.await(HangGuard.TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    Future<String> other = threads.submit(() -> Caches.get(cache, "key", () -> "value", value -> true).value());
    release.countDown();

    assertThatThrownBy(() -> within(failing)).hasCauseInstanceOf(IOException.class);
    assertThat(within(other)).isEqualTo("value");
  }

  private void awaitRelease() throws IOException {
    try {
      if (!release.await(HangGuard.TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        throw new IOException("never released");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  private static <T> T within(Future<T> future) throws Exception {
    return future.get(HangGuard.TIMEOUT.toSeconds(), TimeUnit.SECONDS);
  }
}
