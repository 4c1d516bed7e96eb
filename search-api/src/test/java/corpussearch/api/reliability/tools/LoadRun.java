package corpussearch.api.reliability.tools;

import corpussearch.api.HangGuard;
import corpussearch.api.TestCorpora;
import corpussearch.api.reliability.ServiceProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The bounded load command ({@code scripts/load-test.sh}), not a test: indexes a copy of the seeds,
 * starts search-api as its own JVM on 127.0.0.1, sends a realistic mix of requests on a fixed
 * number of threads (a fixed count before and after, and continuously while index-builder rebuilds
 * the index twice with a changed corpus), and reports requests, failures and p50/p99 per phase.
 * Exits 1 when a request failed, p99 during the rebuilds exceeded 3× p99 before, or the results did
 * not switch to the new content.
 *
 * <p>Options: {@code --threads N} (4), {@code --requests N} per steady phase (3000), {@code
 * --max-minutes N} (5, the time cap), {@code --seeds DIR} (seeds).
 */
public final class LoadRun {

  private LoadRun() {}

  public static void main(String[] args) throws Exception {
    int threads = intArg(args, "--threads", 4);
    int requests = intArg(args, "--requests", 3000);
    long deadline = System.nanoTime() + Duration.ofMinutes(intArg(args, "--max-minutes", 5)).toNanos();
    Path seeds = Path.of(stringArg(args, "--seeds", "seeds"));

    Path work = Files.createTempDirectory("corpus-load");
    Path corpus = Files.createDirectories(work.resolve("corpus"));
    Path index = work.resolve("index");
    try (Stream<Path> files = Files.list(seeds)) {
      for (Path file : files.toList()) {
        Files.copy(file, corpus.resolve(file.getFileName()));
      }
    }
    require(ServiceProcess.runIndexBuilder(corpus, index).waitFor(Duration.ofSeconds(1)) == 0, "the first build failed");
    List<String> report = new ArrayList<>();
    boolean ok = true;
    try (ServiceProcess service = ServiceProcess.startService("--index", index.toString(), "--port", "0")) {
      int port = service.awaitPort(HangGuard.TIMEOUT);
      LoadClient client = new LoadClient(port, LoadClient.queries());
      ExecutorService pool = Executors.newFixedThreadPool(threads);

      runFixed(pool, client, threads, 500, "warmup", deadline);
      runFixed(pool, client, threads, requests, "before", deadline);

      AtomicBoolean rebuilding = new AtomicBoolean(true);
      List<java.util.concurrent.Future<?>> during = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        during.add(pool.submit(() -> {
          while (rebuilding.get() && System.nanoTime() < deadline) {
            client.sendNext("during");
          }
        }));
      }
      long rebuildStart = System.nanoTime();
      Files.writeString(corpus.resolve("load-extra-1.jsonl"), article("x1", "Quokka report", "A quokkaquest expedition reached Kabul airport."));
      ServiceProcess first = ServiceProcess.runIndexBuilder(corpus, index);
      report.add("rebuild 1 (one article added): index-builder exit " + first.waitFor(Duration.ofSeconds(1)));
      double switch1 = awaitTotal(client, "quokkaquest", 1);
      report.add(String.format(Locale.ROOT, "  new content served %.2f s after the build finished", switch1));
      Files.writeString(corpus.resolve("load-extra-1.jsonl"), article("x1", "Quokka report", "A numbatnote expedition reached Kabul airport."));
      Files.writeString(corpus.resolve("load-extra-2.jsonl"), article("x2", "Wombat report", "A wombatwhirl convoy left Kandahar for Kabul."));
      ServiceProcess second = ServiceProcess.runIndexBuilder(corpus, index);
      report.add("rebuild 2 (one article changed, one added): index-builder exit " + second.waitFor(Duration.ofSeconds(1)));
      double switch2 = awaitTotal(client, "numbatnote", 1);
      double gone = awaitTotal(client, "quokkaquest", 0);
      double added = awaitTotal(client, "wombatwhirl", 1);
      switch2 = switch2 < 0 || gone < 0 || added < 0 ? -1 : Math.max(switch2, Math.max(gone, added));
      report.add(String.format(Locale.ROOT, "  new content served %.2f s after the build finished", switch2));
      rebuilding.set(false);
      for (var future : during) {
        future.get();
      }
      double rebuildSeconds = (System.nanoTime() - rebuildStart) / 1e9;

      runFixed(pool, client, threads, requests, "after", deadline);
      pool.shutdown();

      LoadClient.Stats before = LoadClient.stats(LoadClient.phase(client.samples, "before"));
      LoadClient.Stats rebuild = LoadClient.stats(LoadClient.phase(client.samples, "during"));
      LoadClient.Stats after = LoadClient.stats(LoadClient.phase(client.samples, "after"));
      int sent = client.samples.size();
      System.out.printf(Locale.ROOT, "load test: %d threads, %d targets in the mix, service pid %d on 127.0.0.1:%d%n", threads, LoadClient.queries().size(), service.pid(), port);
      System.out.printf(Locale.ROOT, "requests sent:   %d (warm-up %d)%n", sent, LoadClient.phase(client.samples, "warmup").size());
      System.out.printf(Locale.ROOT, "failures/non-2xx: %d%n", client.failures.size());
      client.failures.stream().limit(10).forEach(f -> System.out.println("  " + f));
      System.out.println("before:  " + before);
      System.out.printf(Locale.ROOT, "during:  %s  (%.1f s of two rebuilds)%n", rebuild, rebuildSeconds);
      System.out.println("after:   " + after);
      report.forEach(System.out::println);
      System.out.println("slowest targets during the rebuilds (by p99):");
      LoadClient.slowest(LoadClient.phase(client.samples, "during"), 5).forEach(System.out::println);
      System.out.println("slowest targets before (by p99):");
      LoadClient.slowest(LoadClient.phase(client.samples, "before"), 5).forEach(System.out::println);
      double ratio = before.p99() == 0 ? 0 : rebuild.p99() / before.p99();
      System.out.printf(Locale.ROOT, "p99 during / p99 before: %.2f (limit 3)%n", ratio);
      ok = client.failures.isEmpty() && ratio <= 3.0 && first.waitFor(Duration.ofSeconds(1)) == 0 && second.waitFor(Duration.ofSeconds(1)) == 0
          && switch1 >= 0 && switch2 >= 0 && System.nanoTime() < deadline;
      if (System.nanoTime() >= deadline) {
        System.out.println("the time cap was reached");
      }
      service.stop();
    } finally {
      TestCorpora.delete(work);
    }
    System.out.println(ok ? "RESULT: PASS" : "RESULT: FAIL");
    System.exit(ok ? 0 : 1);
  }

  private static void runFixed(ExecutorService pool, LoadClient client, int threads, int count, String phase, long deadline) throws Exception {
    AtomicInteger left = new AtomicInteger(count);
    List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      futures.add(pool.submit(() -> {
        while (left.getAndDecrement() > 0 && System.nanoTime() < deadline) {
          client.sendNext(phase);
        }
      }));
    }
    for (var future : futures) {
      future.get();
    }
  }

  /** Seconds until {@code q} has {@code total} hits, or -1 after 30 s. */
  private static double awaitTotal(LoadClient client, String q, int total) throws Exception {
    long start = System.nanoTime();
    while (System.nanoTime() - start < TimeUnit.SECONDS.toNanos(30)) {
      String body = client.get("/api/search?q=" + q);
      if (body.contains("\"total\":" + total + ",")) {
        return (System.nanoTime() - start) / 1e9;
      }
      Thread.sleep(20);
    }
    System.out.println("results did not switch: q=" + q + " never had total " + total);
    return -1;
  }

  private static String article(String id, String title, String text) {
    return "{\"id\":\"" + id + "\",\"title\":\"" + title + "\",\"outlet\":\"Load Test\",\"date\":\"2024-05-01\",\"text\":\"" + text + "\"}\n";
  }

  static int intArg(String[] args, String name, int fallback) {
    String value = stringArg(args, name, null);
    return value == null ? fallback : Integer.parseInt(value);
  }

  static String stringArg(String[] args, String name, String fallback) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return fallback;
  }

  static void require(boolean condition, String message) {
    if (!condition) {
      System.err.println(message);
      System.exit(1);
    }
  }
}
