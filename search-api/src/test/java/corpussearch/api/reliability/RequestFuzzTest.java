package corpussearch.api.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import corpussearch.api.TestCorpora;
import corpussearch.api.TestServer;
import corpussearch.api.config.ApiConfig;
import corpussearch.api.reliability.fuzz.FuzzClient;
import corpussearch.api.reliability.fuzz.FuzzRequest;
import corpussearch.api.reliability.fuzz.Requests;
import corpussearch.api.reliability.fuzz.SeedInFailure;
import corpussearch.api.reliability.fuzz.Verdict;
import corpussearch.api.reliability.fuzz.Vocabulary;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Generated requests against a real server over the seeds (see {@link Requests} and
 * {@link corpussearch.api.reliability.fuzz.QueryGrammar}): whatever is asked, the answer arrives,
 * is never a 5xx, and a 4xx from the API is a problem document. A failure prints the seed to
 * replay it ({@code @Property(seed = "...")}) and the request shrunk to its simplest form;
 * {@code scripts/fuzz.sh} runs the same generators for longer.
 */
class RequestFuzzTest {

  private static Path temp;
  private static TestServer service;
  private static FuzzClient client;
  private static Requests requests;

  @BeforeContainer
  static void start() throws IOException {
    temp = Files.createTempDirectory("request-fuzz");
    // the service's own defaults, its 1 s search time limit included: what users meet
    service = new TestServer(ApiConfig.defaults(TestCorpora.seedsIndex(temp)).withPort(0));
    client = new FuzzClient(URI.create(service.base()));
    requests = Requests.forService(Vocabulary.of(TestCorpora.SEEDS), client);
  }

  @AfterContainer
  static void stop() throws IOException {
    service.close();
    TestCorpora.delete(temp);
  }

  /**
   * 200 requests: seconds on a quiet machine, under a minute on a busy one (a pasted passage can
   * take a second there). {@code scripts/fuzz.sh} sends thousands.
   */
  @Property(tries = 200)
  @AddLifecycleHook(SeedInFailure.class)
  void everyRequestIsAnsweredSensibly(@ForAll("requests") FuzzRequest request) {
    assertThat(Verdict.broken(request, client.send(request))).as("%s", request).isEmpty();
  }

  @Provide
  Arbitrary<FuzzRequest> requests() {
    return requests.any();
  }
}
