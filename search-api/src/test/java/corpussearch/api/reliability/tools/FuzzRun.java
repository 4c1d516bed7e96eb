package corpussearch.api.reliability.tools;

import corpussearch.api.HangGuard;
import corpussearch.api.TestCorpora;
import corpussearch.api.reliability.ServiceProcess;
import corpussearch.api.reliability.fuzz.FuzzCampaign;
import corpussearch.api.reliability.fuzz.FuzzClient;
import corpussearch.api.reliability.fuzz.Requests;
import corpussearch.api.reliability.fuzz.Vocabulary;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fuzz command ({@code scripts/fuzz.sh}), not a test: the generators of {@code
 * RequestFuzzTest} for longer. Sends generated requests one at a time to a service on this
 * machine: the one at {@code --url}, or else search-api started as its own JVM on 127.0.0.1 over
 * an index of the seeds built in a temp folder (stopped and deleted afterwards). Prints counts per
 * route and status, hangs, and each 5xx or other broken rule with its request; exits 1 when there
 * was any.
 *
 * <p>Options: {@code --requests N} (2000), {@code --url URL} (a loopback address only), {@code
 * --seed S} (random; printed, to replay a run), {@code --seeds DIR} (seeds: the words to type).
 */
public final class FuzzRun {

  private static final Pattern EXCEPTION = Pattern.compile("^([\\w.$]+(?:Exception|Error|Clauses))\\b", Pattern.MULTILINE);

  private FuzzRun() {}

  public static void main(String[] args) throws Exception {
    int count = LoadRun.intArg(args, "--requests", 2000);
    String seedArg = LoadRun.stringArg(args, "--seed", null);
    long seed = seedArg == null ? new Random().nextLong() : Long.parseLong(seedArg);
    String url = LoadRun.stringArg(args, "--url", null);
    Path seeds = Path.of(LoadRun.stringArg(args, "--seeds", "seeds"));
    Vocabulary vocabulary = Vocabulary.of(seeds);
    if (url != null) {
      LoadRun.require(InetAddress.getByName(URI.create(url).getHost()).isLoopbackAddress(), url + " is not a loopback address");
      System.exit(campaign(URI.create(url), vocabulary, count, seed) ? 0 : 1);
    }
    Path work = Files.createTempDirectory("corpus-fuzz");
    boolean passed;
    try {
      Path index = work.resolve("index");
      LoadRun.require(ServiceProcess.runIndexBuilder(seeds, index).waitFor(HangGuard.TIMEOUT) == 0, "indexing the seeds failed");
      try (ServiceProcess service = ServiceProcess.startService("--index", index.toString(), "--port", "0")) {
        int port = service.awaitPort(HangGuard.TIMEOUT);
        passed = campaign(URI.create("http://127.0.0.1:" + port), vocabulary, count, seed);
        printExceptions(service.output());
        service.stop();
      }
    } finally {
      TestCorpora.delete(work);
    }
    System.exit(passed ? 0 : 1);
  }

  private static boolean campaign(URI base, Vocabulary vocabulary, int count, long seed) {
    System.out.printf("fuzz: %d requests to %s, seed %d (replay: --seed %d)%n", count, base, seed, seed);
    FuzzClient client = new FuzzClient(base);
    FuzzCampaign campaign = FuzzCampaign.run(Requests.forService(vocabulary, client), client, count, seed, System.out);
    campaign.report(System.out);
    return campaign.passed();
  }

  /** The exceptions the service logged, by class (their stack traces are in its log). */
  private static void printExceptions(String log) {
    Map<String, Integer> counts = new TreeMap<>();
    Matcher matcher = EXCEPTION.matcher(log);
    while (matcher.find()) {
      counts.merge(matcher.group(1), 1, Integer::sum);
    }
    System.out.println("exceptions the service logged: " + (counts.isEmpty() ? "none" : counts));
  }
}
