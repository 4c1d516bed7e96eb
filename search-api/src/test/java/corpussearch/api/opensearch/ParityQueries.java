package corpussearch.api.opensearch;

import corpussearch.api.SeedWords;
import corpussearch.api.facets.FacetValue;
import corpussearch.api.relevance.JudgedQuery;
import corpussearch.api.request.SearchRequest;
import corpussearch.api.request.SearchRequest.SortOrder;
import corpussearch.indexer.index.IndexSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The requests the parity test runs: the queries of every judged set (seeds and SOTU), and queries
 * generated from the seeds' words with a fixed seed (single words, typos, quoted runs of words,
 * prefixes, exclusions, {@code OR}), plus the aliases and joined words that exercise every kind
 * of match. Each runs under one of a rotation of filters, groupings and orders, with filter values
 * taken from the index's own facets.
 */
final class ParityQueries {

  /** Queries typed as people type them that exercise aliases, joined words, exclusions and phrases. */
  private static final List<String> HARD_CASES = List.of("ISIS-K", "IS-K", "isis k", "U.S.", "US troops", "al-Qaeda", "alqaeda",
      "\"al qaeda\"", "\"alqaeda\"", "Kandahar -Taliban", "Taliban -Kabul -airport", "Afgh*", "Pakistan OR India", "\"Kabul airport\"",
      "\"withdrawal of troops\"", "over-the-horizon", "Afgan", "Talibn government", "the", "how many fighters");
  private static final int GENERATED = 160;

  private ParityQueries() {}

  /** The requests, over an index whose facet values are {@code facets}. */
  static List<SearchRequest> requests(Path judgedSets, Map<String, List<FacetValue>> facets, long seed) throws IOException {
    Random random = new Random(seed);
    Set<String> queries = new LinkedHashSet<>(HARD_CASES);
    try (Stream<Path> files = Files.list(judgedSets)) {
      for (Path file : files.filter(path -> path.toString().endsWith(".tsv")).sorted().toList()) {
        JudgedQuery.load(file).forEach(judged -> queries.add(judged.query()));
      }
    }
    while (queries.size() < HARD_CASES.size() + GENERATED) {
      queries.add(generated(random));
    }
    List<SearchRequest> requests = new ArrayList<>();
    int i = 0;
    for (String q : queries) {
      requests.add(variant(q, i++, facets, random));
    }
    return requests;
  }

  private static String generated(Random random) {
    List<String> words = SeedWords.IN_SEEDS;
    String word = words.get(random.nextInt(words.size()));
    String other = words.get(random.nextInt(words.size()));
    return switch (random.nextInt(7)) {
      case 0 -> word;
      case 1 -> word + " " + other;
      case 2 -> typo(word, random);
      case 3 -> "\"" + word + " " + other + "\"";
      case 4 -> word.substring(0, Math.min(word.length(), 4)) + "*";
      case 5 -> word + " -" + other;
      default -> word + " OR " + typo(other, random);
    };
  }

  /** {@code word} with one letter changed (or as it is when too short for a typo). */
  private static String typo(String word, Random random) {
    if (word.length() < 5) {
      return word;
    }
    int at = 1 + random.nextInt(word.length() - 1);
    char replacement = (char) ('a' + random.nextInt(26));
    return word.substring(0, at) + replacement + word.substring(at + 1);
  }

  /** {@code q} under the {@code i}th of a rotation of filters, groupings and orders. */
  private static SearchRequest variant(String q, int i, Map<String, List<FacetValue>> facets, Random random) {
    List<String> none = List.of();
    LocalDate from = null;
    LocalDate to = null;
    String year = pick(facets.get(IndexSchema.FACET_YEAR), random);
    if ((i % 8 == 4 || i % 8 == 7) && year != null) {
      from = LocalDate.of(Integer.parseInt(year), 1, 1);
      to = LocalDate.of(Integer.parseInt(year), 12, 31);
    }
    List<String> outlets = i % 8 == 1 || i % 8 == 7 ? values(facets.get(IndexSchema.FACET_OUTLET), 1, random) : none;
    List<String> authors = i % 8 == 2 ? values(facets.get(IndexSchema.FACET_AUTHOR), 2, random) : none;
    List<String> sites = i % 8 == 3 ? values(facets.get(IndexSchema.FACET_SITE), 1, random) : none;
    SortOrder sort = i % 8 == 6 ? SortOrder.DATE : SortOrder.RELEVANCE;
    return new SearchRequest(q, outlets, authors, sites, from, to, sort, 1, 10, i % 8 == 5, true, i % 8 == 0);
  }

  private static List<String> values(List<FacetValue> values, int n, Random random) {
    List<String> picked = new ArrayList<>();
    for (int k = 0; k < n && !values.isEmpty(); k++) {
      picked.add(values.get(random.nextInt(values.size())).value());
    }
    return picked.stream().distinct().toList();
  }

  private static String pick(List<FacetValue> values, Random random) {
    List<FacetValue> known = values.stream().filter(value -> value.value() != null).toList();
    return known.isEmpty() ? null : known.get(random.nextInt(known.size())).value();
  }
}
