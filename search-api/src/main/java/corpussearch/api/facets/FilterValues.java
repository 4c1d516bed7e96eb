package corpussearch.api.facets;

import corpussearch.api.index.IndexView;
import corpussearch.api.request.SearchRequest;
import corpussearch.indexer.index.IndexSchema;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.search.spell.JaroWinklerDistance;

/**
 * The outlet and author values of one index version, looked up the forgiving way. A requested
 * value selects every known value that {@linkplain #normalise normalises} alike ("saudi press",
 * "Express Tribune" and "the  express-tribune" find "Saudi Press" and "The Express Tribune");
 * failing that, every known value holding it as whole words ("korybko" finds "Andrew Korybko");
 * a value that selects none is reported with the known values nearest to it.
 */
public final class FilterValues {

  /** Most known values offered for an unknown one. */
  public static final int MAX_HINTS = 3;
  /** Least Jaro-Winkler similarity (0..1, over normalised forms) for a known value to be offered. */
  static final float MIN_SIMILARITY = 0.6f;

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final JaroWinklerDistance SIMILARITY = new JaroWinklerDistance();

  /**
   * A known value with its normalised form and that of each run of its words.
   *
   * @param value the value as indexed
   * @param form its normalised form
   * @param runs the normalised form of every run of consecutive words, the whole value included
   */
  private record Known(String value, String form, List<String> runs) {

    static Known of(String value) {
      List<String> words = words(value);
      List<String> runs = new ArrayList<>();
      for (int from = 0; from < words.size(); from++) {
        for (int to = from + 1; to <= words.size(); to++) {
          runs.add(String.join("", words.subList(from, to)));
        }
      }
      return new Known(value, String.join("", words), runs);
    }

    /** The best similarity of {@code form} to one of the runs: "korybko" is near "Andrew Korybko". */
    float similarity(String form) {
      return (float) runs.stream().mapToDouble(run -> SIMILARITY.getDistance(form, run)).max().orElse(0);
    }
  }

  /** Per filterable dimension, its known values. */
  private final Map<String, List<Known>> known;

  private FilterValues(Map<String, List<Known>> known) {
    this.known = known;
  }

  /** The values of {@code view}, read on first use and kept while the version is served. */
  public static FilterValues of(IndexView view) {
    // read first: one attachment cannot be computed inside another's computation
    ArticleRuns runs = ArticleRuns.of(view);
    return view.attachment(FilterValues.class, ignored -> read(runs));
  }

  /**
   * The values of an index read elsewhere (an OpenSearch cluster's): per dimension ({@code
   * IndexSchema.FACET_OUTLET}, {@code FACET_AUTHOR}), its known values.
   */
  public static FilterValues of(Map<String, List<String>> values) {
    Map<String, List<Known>> known = Map.of(IndexSchema.FACET_OUTLET, new ArrayList<>(), IndexSchema.FACET_AUTHOR, new ArrayList<>());
    known.forEach((dim, into) -> values.getOrDefault(dim, List.of()).forEach(value -> into.add(Known.of(value))));
    return new FilterValues(known);
  }

  private static FilterValues read(ArticleRuns runs) {
    Map<String, List<Known>> known = Map.of(IndexSchema.FACET_OUTLET, new ArrayList<>(), IndexSchema.FACET_AUTHOR, new ArrayList<>());
    for (int ord = 0; ord < runs.ordCount(); ord++) {
      int dim = runs.dimensionOf(ord);
      List<Known> values = dim < 0 ? null : known.get(ArticleRuns.DIMENSIONS.get(dim));
      String value = runs.value(ord);
      if (values != null && value != null) {
        values.add(Known.of(value));
      }
    }
    return new FilterValues(known);
  }

  /**
   * The form two values share when a person would call them the same: lower case, no accents, no
   * leading "The", and no spaces or punctuation ("The Express-Tribune" and "express tribune" both
   * give "expresstribune").
   */
  public static String normalise(String value) {
    return String.join("", words(value));
  }

  /** The words of {@code value} as {@link #normalise} compares them. */
  private static List<String> words(String value) {
    String folded = MARKS.matcher(Normalizer.normalize(value, Normalizer.Form.NFKD)).replaceAll("");
    String spaced = SEPARATORS.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    List<String> words = spaced.isEmpty() ? List.of() : List.of(spaced.split(" "));
    return !words.isEmpty() && words.get(0).equals("the") ? words.subList(1, words.size()) : words;
  }

  /**
   * A filtered request and what it could not resolve.
   *
   * @param request the request with each outlet and author value replaced by the known values it
   *     stands for (a value standing for none is kept, and so matches nothing)
   * @param hints the values that stand for no known value, with the nearest known ones
   */
  public record Resolved(SearchRequest request, List<FilterHint> hints) {}

  /** {@code request} with its outlet and author values resolved against the known values. */
  public Resolved resolve(SearchRequest request) {
    List<FilterHint> hints = new ArrayList<>();
    List<String> outlets = resolve(IndexSchema.FACET_OUTLET, request.outlets(), hints);
    List<String> authors = resolve(IndexSchema.FACET_AUTHOR, request.authors(), hints);
    return new Resolved(request.withFilters(outlets, authors), hints);
  }

  private List<String> resolve(String dim, List<String> requested, List<FilterHint> hints) {
    List<Known> values = known.get(dim);
    Set<String> resolved = new LinkedHashSet<>();
    for (String value : requested) {
      String form = value == null ? "" : normalise(value);
      List<String> matches = matches(values, form);
      resolved.addAll(matches.isEmpty() ? Collections.singletonList(value) : matches);
      if (matches.isEmpty() && value != null) {
        hints.add(new FilterHint(dim, value, nearest(values, form)));
      }
    }
    return new ArrayList<>(resolved);
  }

  /** The values normalising to {@code form}, or else those holding it as whole words. */
  private static List<String> matches(List<Known> values, String form) {
    if (form.isEmpty()) {
      return List.of();
    }
    List<String> same = values.stream().filter(known -> known.form().equals(form)).map(Known::value).toList();
    return same.isEmpty() ? values.stream().filter(known -> known.runs().contains(form)).map(Known::value).toList() : same;
  }

  private static List<String> nearest(List<Known> values, String form) {
    record Scored(String value, float similarity) {}
    return values.stream()
        .map(known -> new Scored(known.value(), form.isEmpty() ? 0f : known.similarity(form)))
        .filter(scored -> scored.similarity() >= MIN_SIMILARITY)
        .sorted(Comparator.comparing(Scored::similarity).reversed().thenComparing(Scored::value))
        .limit(MAX_HINTS).map(Scored::value).toList();
  }
}
