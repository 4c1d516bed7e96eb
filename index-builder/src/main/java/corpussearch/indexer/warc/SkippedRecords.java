package corpussearch.indexer.warc;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Counts the records of a web archive that are not articles, by kind, for the build report. */
final class SkippedRecords {

  private final Map<String, Integer> counts = new TreeMap<>();

  void add(String kind) {
    counts.merge(kind, 1, Integer::sum);
  }

  /** "skipped records that are not articles: 2 request, 1 revisit, 1 status 404", or none. */
  Optional<String> summary() {
    if (counts.isEmpty()) {
      return Optional.empty();
    }
    String list = counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
    return Optional.of("skipped records that are not articles: " + list);
  }
}
