package corpussearch.api.reliability.fuzz;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.engine.SourceOfRandomness;

/**
 * A bounded run of generated requests, sent one at a time, with what came back counted per route
 * and status and every broken rule of {@link Verdict} kept with the request that broke it.
 */
public final class FuzzCampaign {

  private final Map<String, Map<Integer, Integer>> counts = new TreeMap<>();
  private final List<String> broken = new ArrayList<>();
  private int hangs;
  private int serverErrors;

  /** Sends {@code count} requests of {@code requests}, drawn with {@code seed}, through {@code client}. */
  public static FuzzCampaign run(Requests requests, FuzzClient client, int count, long seed, PrintStream progress) {
    FuzzCampaign campaign = new FuzzCampaign();
    // jqwik generates only inside its own context, which sampleStream() provides; its random
    // source is the thread's, which SourceOfRandomness seeds (the one engine class used here)
    SourceOfRandomness.create(String.valueOf(seed));
    Iterator<FuzzRequest> generated = requests.any().sampleStream().iterator();
    for (int i = 1; i <= count; i++) {
      campaign.send(client, generated.next());
      if (i % 500 == 0) {
        progress.printf("fuzz: %d of %d requests sent%n", i, count);
      }
    }
    return campaign;
  }

  private void send(FuzzClient client, FuzzRequest request) {
    FuzzClient.Answer answer;
    try {
      answer = client.send(request);
    } catch (UncheckedIOException e) {
      count(request.route(), -1);
      broken.add("no connection (" + e.getCause() + ")\n    GET " + request.target());
      return;
    }
    count(request.route(), answer.hung() ? 0 : answer.status());
    hangs += answer.hung() ? 1 : 0;
    serverErrors += answer.status() >= 500 ? 1 : 0;
    for (String rule : Verdict.broken(request, answer)) {
      broken.add(Verdict.abbreviate(rule.replaceAll("\\s+", " ")) + "\n    GET " + request.target());
    }
  }

  private void count(String route, int status) {
    counts.computeIfAbsent(route, r -> new TreeMap<>()).merge(status, 1, Integer::sum);
  }

  /** Whether every request was answered sensibly. */
  public boolean passed() {
    return broken.isEmpty();
  }

  /** Counts per route and status (0: no answer, -1: no connection), hangs, and every broken rule. */
  public void report(PrintStream out) {
    out.printf("%-28s %6s %7s%n", "route", "status", "count");
    counts.forEach((route, statuses) -> statuses.forEach((status, n) -> out.printf("%-28s %6s %7d%n", route, label(status), n)));
    out.printf("hangs (no answer within the one-minute guard): %d%n", hangs);
    out.printf("5xx: %d%n", serverErrors);
    out.printf("broken rules: %d%n", broken.size());
    broken.forEach(b -> out.println("  " + b));
  }

  private static String label(int status) {
    return switch (status) {
      case 0 -> "hang";
      case -1 -> "conn";
      default -> String.valueOf(status);
    };
  }
}
