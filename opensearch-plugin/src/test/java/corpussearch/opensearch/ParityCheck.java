package corpussearch.opensearch;

import corpussearch.analysis.CorpusAnalyzer;
import corpussearch.analysis.Synonyms;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.lucene.analysis.Analyzer;

/**
 * CorpusAnalyzer against OpenSearch's {@code _analyze}, in both forms: the plugin's analyzers and
 * the built-in filters' ({@link BuiltInAnalysis}, in an index of their own with the prefix {@code
 * builtin_}). Every text is analysed for indexing ({@code corpus}) and for queries ({@code
 * corpus_search}); a text is identical when term, position, position length and offsets of every
 * token are. Run by scripts/opensearch-parity.sh:
 *
 * <pre>ParityCheck --url URL [--corpus DIR]... [--random N] [--seed S]</pre>
 *
 * Prints the counts per form and analyzer and the first differences; exits 1 on any difference.
 */
public final class ParityCheck {

  private static final String BUILTIN_INDEX = "corpus-parity-builtin";
  private static final String BUILTIN_PREFIX = "builtin_";
  private static final int TEXTS_IN_FLIGHT = 3;
  private static final int DIFFERENCES_SHOWN = 10;

  /** One analyzer in one form: OpenSearch's name for it, and ours. */
  private record Pairing(String form, String index, String name, Analyzer ours) {}

  private ParityCheck() {}

  public static void main(String[] args) throws Exception {
    String url = null;
    List<String> texts = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    int randomCount = 3000;
    long seed = 19;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--url" -> url = args[i + 1];
        case "--corpus" -> {
          List<String> paragraphs = ParityTexts.paragraphs(Path.of(args[i + 1]));
          texts.addAll(paragraphs);
          sources.add(String.format("%,d paragraphs of %s", paragraphs.size(), args[i + 1]));
        }
        case "--random" -> randomCount = Integer.parseInt(args[i + 1]);
        case "--seed" -> seed = Long.parseLong(args[i + 1]);
        default -> usage();
      }
    }
    if (url == null || args.length % 2 != 0) {
      usage();
    }
    texts.addAll(ParityTexts.random(randomCount, seed));
    sources.add(String.format("%,d random texts (seed %d)", randomCount, seed));
    System.out.printf("parity: %,d texts (%s) against %s%n", texts.size(), String.join(", ", sources), url);
    System.exit(run(new AnalyzeClient(url), texts) ? 0 : 1);
  }

  private static void usage() {
    System.err.println("usage: ParityCheck --url URL [--corpus DIR]... [--random N] [--seed S]");
    System.exit(2);
  }

  private static boolean run(AnalyzeClient client, List<String> texts) throws Exception {
    client.recreateIndex(BUILTIN_INDEX, Json.write(BuiltInAnalysis.ordered("settings", BuiltInAnalysis.ordered(
        "number_of_shards", 1, "number_of_replicas", 0, "analysis", BuiltInAnalysis.analysis(BUILTIN_PREFIX)))));
    Analyzer indexing = CorpusAnalyzer.forIndexing();
    Analyzer queries = CorpusAnalyzer.forQueries(Synonyms.bundled());
    List<Pairing> pairings = List.of(
        new Pairing("plugin", null, "corpus", indexing), new Pairing("plugin", null, "corpus_search", queries),
        new Pairing("builtin", BUILTIN_INDEX, BUILTIN_PREFIX + "corpus", indexing),
        new Pairing("builtin", BUILTIN_INDEX, BUILTIN_PREFIX + "corpus_search", queries));
    ParityTally tally = new ParityTally(pairings.size(), DIFFERENCES_SHOWN);
    for (int from = 0; from < texts.size(); from += TEXTS_IN_FLIGHT) {
      List<CompletableFuture<Void>> batch = new ArrayList<>();
      for (String text : texts.subList(from, Math.min(texts.size(), from + TEXTS_IN_FLIGHT))) {
        for (int p = 0; p < pairings.size(); p++) {
          Pairing pairing = pairings.get(p);
          int which = p;
          List<ParityToken> expected = ParityToken.of(pairing.ours(), text);
          batch.add(client.analyze(pairing.index(), pairing.name(), text)
              .thenAccept(actual -> tally.add(which, pairing.form() + " " + pairing.name(), text, expected, actual)));
        }
      }
      CompletableFuture.allOf(batch.toArray(CompletableFuture[]::new)).join();
    }
    for (int p = 0; p < pairings.size(); p++) {
      System.out.printf("%-8s %-24s identical %,7d   different %,d%n", pairings.get(p).form(), pairings.get(p).name(),
          tally.identical(p), tally.different(p));
    }
    tally.printDifferences(System.out);
    return tally.allIdentical();
  }
}
