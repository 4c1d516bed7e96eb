package corpussearch.api.metrics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One {@code /metrics} answer parsed: every sample line of the Prometheus text format. */
record Scrape(List<Sample> samples) {

  /** A sample: metric name, labels and value. */
  record Sample(String name, Map<String, String> labels, double value) {}

  private static final Pattern LINE = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})? (\\S+)");
  private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\",?");

  static Scrape parse(String text) {
    return new Scrape(text.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).map(Scrape::sample).toList());
  }

  private static Sample sample(String line) {
    Matcher matcher = LINE.matcher(line);
    if (!matcher.matches()) {
      throw new IllegalArgumentException("not a sample line: " + line);
    }
    Map<String, String> labels = new LinkedHashMap<>();
    if (matcher.group(2) != null) {
      Matcher label = LABEL.matcher(matcher.group(2));
      while (label.find()) {
        labels.put(label.group(1), label.group(2));
      }
    }
    return new Sample(matcher.group(1), labels, Double.parseDouble(matcher.group(3)));
  }

  /** The samples named {@code name}. */
  List<Sample> named(String name) {
    return samples.stream().filter(sample -> sample.name().equals(name)).toList();
  }

  /** The value of the one sample named {@code name} whose labels include {@code labels} (pairs). */
  double value(String name, String... labels) {
    List<Sample> found = named(name).stream().filter(sample -> hasLabels(sample, labels)).toList();
    if (found.size() != 1) {
      throw new AssertionError(found.size() + " samples of " + name + " " + List.of(labels) + " in " + named(name));
    }
    return found.get(0).value();
  }

  private static boolean hasLabels(Sample sample, String... labels) {
    for (int i = 0; i + 1 < labels.length; i += 2) {
      if (!labels[i + 1].equals(sample.labels().get(labels[i]))) {
        return false;
      }
    }
    return true;
  }
}
