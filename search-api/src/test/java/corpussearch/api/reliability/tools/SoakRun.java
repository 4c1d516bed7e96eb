package corpussearch.api.reliability.tools;

import corpussearch.api.HangGuard;
import corpussearch.api.TestCorpora;
import corpussearch.api.reliability.ServiceProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The soak command ({@code scripts/soak-test.sh}), not a test: starts search-api as its own JVM
 * over an index of the seeds, sends the request mix at a fixed rate for {@code --minutes N} (5),
 * and compares start and end: live heap after a full GC ({@code jcmd GC.run}, then {@code
 * GC.heap_info}), open file descriptors ({@code /proc/<pid>/fd}) and p99 latency of the first and
 * the last minute. Exits 1 when the heap grew by more than 10% (+2 MB of slack), more than 5
 * descriptors stayed open, p99 of the last minute exceeded 1.5× the first, or a request failed.
 *
 * <p>Options: {@code --minutes N} (5), {@code --rate N} requests per second (40), {@code --seeds
 * DIR} (seeds). A 15 s warm-up precedes the first measurement, so JIT compilation is not counted
 * against the first minute.
 */
public final class SoakRun {

  private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");

  private SoakRun() {}

  public static void main(String[] args) throws Exception {
    int minutes = LoadRun.intArg(args, "--minutes", 5);
    int rate = LoadRun.intArg(args, "--rate", 40);
    Path seeds = Path.of(LoadRun.stringArg(args, "--seeds", "seeds"));
    Path work = Files.createTempDirectory("corpus-soak");
    boolean ok;
    try {
      Path index = work.resolve("index");
      LoadRun.require(ServiceProcess.runIndexBuilder(seeds, index).waitFor(Duration.ofSeconds(1)) == 0, "the build failed");
      try (ServiceProcess service = ServiceProcess.startService("--index", index.toString(), "--port", "0")) {
        int port = service.awaitPort(HangGuard.TIMEOUT);
        LoadClient client = new LoadClient(port, LoadClient.queries());
        ExecutorService senders = Executors.newFixedThreadPool(8);
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();

        // warm-up at the same rate, not measured
        long periodMicros = 1_000_000L / rate;
        var warm = ticker.scheduleAtFixedRate(() -> senders.submit(() -> client.sendNext("warmup")), 0, periodMicros, TimeUnit.MICROSECONDS);
        Thread.sleep(15_000);
        warm.cancel(false);
        Thread.sleep(1_000);
        long heapStart = liveHeapKb(service.pid());
        long fdStart = openFiles(service.pid());

        long start = System.nanoTime();
        long end = start + Duration.ofMinutes(minutes).toNanos();
        var soak = ticker.scheduleAtFixedRate(() -> {
          if (System.nanoTime() < end) {
            senders.submit(() -> client.sendNext("soak"));
          }
        }, 0, periodMicros, TimeUnit.MICROSECONDS);
        while (System.nanoTime() < end) {
          Thread.sleep(1_000);
        }
        soak.cancel(false);
        senders.shutdown();
        senders.awaitTermination(60, TimeUnit.SECONDS);
        ticker.shutdown();
        long heapEnd = liveHeapKb(service.pid());
        long fdEnd = openFiles(service.pid());

        List<LoadClient.Sample> all = LoadClient.phase(client.samples, "soak");
        long window = Math.min(TimeUnit.MINUTES.toNanos(1), (end - start) / 3);
        LoadClient.Stats first = LoadClient.stats(all.stream().filter(s -> s.startNanos() - start < window).toList());
        LoadClient.Stats last = LoadClient.stats(all.stream().filter(s -> end - s.startNanos() <= window).toList());
        LoadClient.Stats total = LoadClient.stats(all);
        System.out.printf(Locale.ROOT, "soak test: %d min at %d requests/s, service pid %d on 127.0.0.1:%d%n", minutes, rate, service.pid(), port);
        System.out.printf(Locale.ROOT, "requests sent:     %d (+%d warm-up)%n", all.size(), LoadClient.phase(client.samples, "warmup").size());
        System.out.printf(Locale.ROOT, "failures/non-2xx:  %d%n", client.failures.size());
        client.failures.stream().limit(10).forEach(f -> System.out.println("  " + f));
        System.out.println("whole run:   " + total);
        System.out.printf(Locale.ROOT, "first %.0f s: %s%n", window / 1e9, first);
        System.out.printf(Locale.ROOT, "last %.0f s:  %s%n", window / 1e9, last);
        System.out.println("slowest targets (by p99):");
        LoadClient.slowest(all, 5).forEach(System.out::println);
        double ratio = first.p99() == 0 ? 0 : last.p99() / first.p99();
        System.out.printf(Locale.ROOT, "p99 last / first: %.2f (limit 1.5)%n", ratio);
        System.out.printf(Locale.ROOT, "heap after full GC: start %d KB, end %d KB (%+d KB)%n", heapStart, heapEnd, heapEnd - heapStart);
        System.out.printf(Locale.ROOT, "open file descriptors: start %d, end %d%n", fdStart, fdEnd);
        ok = client.failures.isEmpty() && ratio <= 1.5 && heapEnd <= heapStart * 1.10 + 2048 && fdEnd <= fdStart + 5;
        service.stop();
      }
    } finally {
      TestCorpora.delete(work);
    }
    System.out.println(ok ? "RESULT: PASS" : "RESULT: FAIL");
    System.exit(ok ? 0 : 1);
  }

  /** Heap in use right after a full GC of the process, in KB. */
  static long liveHeapKb(long pid) throws IOException, InterruptedException {
    jcmd(pid, "GC.run");
    String info = jcmd(pid, "GC.heap_info");
    Matcher matcher = HEAP_USED.matcher(info);
    if (!matcher.find()) {
      throw new IOException("cannot read the heap from jcmd GC.heap_info:\n" + info);
    }
    return Long.parseLong(matcher.group(1));
  }

  static long openFiles(long pid) throws IOException {
    try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
      return fds.count();
    }
  }

  private static String jcmd(long pid, String command) throws IOException, InterruptedException {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), command).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes());
    process.waitFor();
    return out;
  }
}
