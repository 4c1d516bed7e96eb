package corpussearch.api.reliability.tools;

import corpussearch.api.HangGuard;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/** Sends GETs to a local service and records latencies and failures, by phase. */
final class LoadClient {

  /** One request's outcome. */
  record Sample(String phase, String target, long startNanos, long nanos, int status) {}

  private final HttpClient http;
  private final String base;
  private final List<String> targets;
  private final AtomicLong next = new AtomicLong();
  final ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
  final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();

  LoadClient(int port, List<String> targets) {
    this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(HangGuard.TIMEOUT).build();
    this.base = "http://127.0.0.1:" + port;
    this.targets = targets;
  }

  /** The request targets of resources/reliability/queries.txt. */
  static List<String> queries() throws IOException {
    try (InputStream in = LoadClient.class.getResourceAsStream("/reliability/queries.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }
  }

  /** Sends the next target of the mix and records it under {@code phase}. */
  void sendNext(String phase) {
    String target = targets.get((int) (next.getAndIncrement() % targets.size()));
    long start = System.nanoTime();
    int status;
    try {
      HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(base + target)).timeout(HangGuard.TIMEOUT).build(),
          HttpResponse.BodyHandlers.ofByteArray());
      status = response.statusCode();
      if (status / 100 != 2) {
        failures.add(status + " " + target + " " + new String(response.body(), StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      status = -1;
      failures.add(e + " " + target);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    samples.add(new Sample(phase, target, start, System.nanoTime() - start, status));
  }

  /** Plain GET returning the body (for checks), or throws. */
  String get(String target) throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + target)).timeout(HangGuard.TIMEOUT).build(),
        HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException(response.statusCode() + " for " + target);
    }
    return response.body();
  }

  /** Latency figures of the samples that match {@code phase} (all when null). */
  static Stats stats(List<Sample> samples) {
    long[] ms = samples.stream().mapToLong(Sample::nanos).sorted().toArray();
    return new Stats(ms.length, percentile(ms, 0.50), percentile(ms, 0.99), ms.length == 0 ? 0 : ms[ms.length - 1] / 1e6);
  }

  static List<Sample> phase(Iterable<Sample> all, String phase) {
    List<Sample> out = new ArrayList<>();
    all.forEach(s -> {
      if (s.phase().equals(phase)) {
        out.add(s);
      }
    });
    return out;
  }

  private static double percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int index = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
  }

  /** Count and latency percentiles in milliseconds. */
  record Stats(int count, double p50, double p99, double max) {
    @Override
    public String toString() {
      return String.format("%6d requests  p50 %7.2f ms  p99 %7.2f ms  max %7.2f ms", count, p50, p99, max);
    }
  }

  /** The slowest targets of {@code samples} by p99, one line each. */
  static List<String> slowest(List<Sample> samples, int limit) {
    java.util.Map<String, List<Sample>> byTarget = new java.util.TreeMap<>();
    samples.forEach(s -> byTarget.computeIfAbsent(s.target(), k -> new ArrayList<>()).add(s));
    return byTarget.entrySet().stream()
        .map(e -> java.util.Map.entry(e.getKey(), stats(e.getValue())))
        .sorted((a, b) -> Double.compare(b.getValue().p99(), a.getValue().p99()))
        .limit(limit)
        .map(e -> "  " + e.getValue() + "  " + e.getKey())
        .toList();
  }

  static String join(String... parts) {
    return String.join(" ", Arrays.asList(parts));
  }
}
