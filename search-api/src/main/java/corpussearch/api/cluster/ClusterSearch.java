package corpussearch.api.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.benmanes.caffeine.cache.Cache;
import corpussearch.analysis.CorpusAnalyzer;
import corpussearch.api.cache.Caches;
import corpussearch.api.facets.FilterValues;
import corpussearch.api.index.RequestDeadline;
import corpussearch.api.opensearch.SearchAnswer;
import corpussearch.api.opensearch.SearchDsl;
import corpussearch.api.opensearch.Vocabulary;
import corpussearch.api.query.QueryPlan;
import corpussearch.api.request.SearchRequest;
import corpussearch.api.search.LenientQueryParser;
import corpussearch.api.search.QueryPlanner;
import corpussearch.api.search.UserQuery;
import corpussearch.api.service.BackendUnavailableException;
import corpussearch.api.service.Hit;
import corpussearch.api.service.SearchResult;
import corpussearch.api.suggest.SpellingHints;
import corpussearch.indexer.index.IndexSchema;
import corpussearch.indexer.opensearch.ClusterHttp;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;

/**
 * One search on the cluster, as {@code SearchService} runs it on the embedded index: {@code q}
 * parsed and planned by the same parser and planner, filter values resolved against the index's
 * own, the plan rendered by {@link SearchDsl} (after the word counts it asks for, remembered per
 * index version), and OpenSearch's answer read back into a {@link SearchResult}: long paragraphs
 * cut to their passage around the first mark, a spelling suggestion when nothing matched.
 */
final class ClusterSearch {

  private static final int MAX_CORRECTIONS = 4_096;
  /** The smallest clause budget a long query is planned again within, before the refusal stands. */
  private static final int MIN_CLAUSES = 100;
  private static final Pattern CLAUSE_LIMIT = Pattern.compile("\"too_many(_nested)?_clauses\"");
  /** How OpenSearch refuses a whole search when every shard ran out of time. */
  private static final Pattern NO_SHARD_IN_TIME = Pattern.compile("\"type\":\"search_phase_execution_exception\".*\"time_exceeded_exception\"");

  /**
   * The cluster refused a query for holding more clauses than its limit: its rendering of a long
   * query nests deeper than the embedded search's, which the planner's budget counts for.
   */
  private static final class TooManyClauses extends BackendUnavailableException {
    private static final long serialVersionUID = 1L;

    TooManyClauses(String reason) {
      super("OpenSearch refused a query with too many clauses: " + abbreviated(reason), null);
    }
  }

  /** Every shard of a search reached its {@code timeout} before it found anything. */
  private static final class NoShardInTime extends BackendUnavailableException {
    private static final long serialVersionUID = 1L;

    NoShardInTime(String reason) {
      super("OpenSearch: no shard answered in time: " + abbreviated(reason), null);
    }
  }

  private final Cluster cluster;
  private final AliasWatch alias;
  private final LenientQueryParser parser = new LenientQueryParser();
  private final QueryPlanner planner;
  private final Duration timeout;
  private final int exactArticles;
  private final LongAdder timedOut = new LongAdder();
  private final Analyzer indexAnalyzer = CorpusAnalyzer.forIndexing();
  /** Corrections by index and word, as the embedded search's spelling cache. */
  private final Cache<String, String> corrections = Caches.ofSize(MAX_CORRECTIONS);

  /**
   * @param timeout the time limit of one search, from parsing to the spelling suggestion
   * @param exactArticles up to how many distinct articles a search counts them exactly
   */
  ClusterSearch(Cluster cluster, AliasWatch alias, QueryPlanner planner, Duration timeout, int exactArticles) {
    this.cluster = cluster;
    this.alias = alias;
    this.planner = planner;
    this.timeout = timeout;
    this.exactArticles = exactArticles;
  }

  /** Searches so far that reached their time limit on the cluster and answered partial results. */
  long timedOutSearches() {
    return timedOut.sum();
  }

  /** What the spelling corrections cache has done so far. */
  Caches.Figures spellingFigures() {
    return Caches.Figures.of(corrections);
  }

  /** One page of results; a request already answered on the index version served is answered from memory. */
  SearchResult search(SearchRequest asked) throws IOException {
    long start = System.nanoTime();
    IndexVersion version = alias.current();
    Caches.Loaded<SearchResult> result = version.results().get(asked, () -> run(version, asked, start));
    if (result.value().timedOut()) {
      timedOut.increment();
    }
    return result.fresh() ? result.value() : result.value().withTookMs(millisSince(start));
  }

  private SearchResult run(IndexVersion version, SearchRequest asked, long start) throws IOException {
    UserQuery parsed = parser.parse(asked.q());
    FilterValues.Resolved resolved = version.filterValues(this::filterValues).resolve(
        asked.plusFilters(parsed.filterValues(UserQuery.Scope.OUTLET), parsed.filterValues(UserQuery.Scope.AUTHOR)));
    SearchRequest request = resolved.request();
    QueryPlan plan = plan(version, asked.q(), parsed).withFilters(request.filters());
    SearchAnswer answer;
    for (int clauses = QueryPlanner.CLAUSES / 2; ; clauses /= 2) {
      try {
        answer = SearchAnswer.read(answer(version, request, plan, start), exactArticles);
        break;
      } catch (TooManyClauses e) {
        if (clauses < MIN_CLAUSES) {
          throw e;
        }
        plan = planner.plan(parsed, clauses).withFilters(request.filters());
      } catch (NoShardInTime e) {
        answer = SearchAnswer.nothingInTime(request.facets());
        break;
      }
    }
    PhraseWords phrases = PhraseWords.of(plan, indexAnalyzer);
    List<Hit> hits = answer.hits().stream().map(hit -> ClusterHits.hit(hit, request.highlight(), phrases)).toList();
    String suggestion = answer.total() == 0 && !request.q().isBlank() && !answer.timedOut()
        ? SpellingHints.suggest(request.q(), (term, surface) -> correction(version, term), RequestDeadline.after(timeout))
        : null;
    return new SearchResult(request.q(), answer.total(), SearchAnswer.EXACT, answer.articles(), answer.articlesRelation(), request.page(),
        request.size(), millisSince(start), answer.timedOut(), hits, answer.facets(), suggestion, resolved.hints());
  }

  /** The plan of {@code q} ({@code parsed}) without filters, remembered per version. */
  private QueryPlan plan(IndexVersion version, String q, UserQuery parsed) throws IOException {
    return Caches.get(version.plans(), q, () -> planner.plan(parsed), plan -> true).value();
  }

  /** The plan of {@code q} without filters: for the article view. */
  QueryPlan plan(IndexVersion version, String q) throws IOException {
    return plan(version, q, parser.parse(q));
  }

  /** The body of {@code request} searching {@code plan}, with the word counts it needs: for the article view. */
  ObjectNode body(IndexVersion version, QueryPlan plan, SearchRequest request) throws IOException {
    return SearchDsl.body(request, plan, counts(version, plan), exactArticles);
  }

  /**
   * {@code body} with what is left of the time limit of the search begun at {@code start} (at
   * least a millisecond): a shard that reaches it stops and answers what it found, {@code timed_out}.
   */
  private ObjectNode limited(ObjectNode body, long start) {
    long left = timeout.toMillis() - Math.round(millisSince(start));
    return body.put("timeout", Math.max(1, left) + "ms");
  }

  /** Two marks that {@code plan}'s phrases make one span. */
  PhraseWords phraseWords(QueryPlan plan) {
    return PhraseWords.of(plan, indexAnalyzer);
  }

  /**
   * OpenSearch's answer to the search {@code request} of {@code plan}, in one request where it can
   * be: the word counts the plan depends on that {@code version} does not know yet are counted by
   * the search itself, whose body is rendered on a guess of them ({@link Vocabulary#guessed}); only
   * when the true counts render another body is that body searched too. Each search has what is
   * left of the time limit of the search begun at {@code start}.
   */
  private JsonNode answer(IndexVersion version, SearchRequest request, QueryPlan plan, long start) throws IOException {
    Map<Vocabulary.Probe, Long> known = new HashMap<>();
    List<Vocabulary.Probe> unknown = remembered(version, plan, known);
    if (unknown.isEmpty()) {
      return search(version, SearchDsl.PARAMETERS, limited(SearchDsl.body(request, plan, known, exactArticles), start));
    }
    ObjectNode guess = SearchDsl.body(request, plan, Vocabulary.guessed(known, unknown), exactArticles);
    ObjectNode counting = guess.deepCopy();
    Vocabulary.addCounting(counting, unknown);
    JsonNode response = search(version, SearchDsl.PARAMETERS, limited(counting, start));
    version.probes().putAll(Vocabulary.counted(unknown, response));
    ObjectNode right = SearchDsl.body(request, plan, counts(version, plan), exactArticles);
    return right.equals(guess) ? response : search(version, SearchDsl.PARAMETERS, limited(right, start));
  }

  /** The index's answers to the renderer's questions about words ({@link Vocabulary}), remembered per version. */
  private Map<Vocabulary.Probe, Long> counts(IndexVersion version, QueryPlan plan) throws IOException {
    Map<Vocabulary.Probe, Long> counts = new HashMap<>();
    for (List<Vocabulary.Probe> unknown = remembered(version, plan, counts); !unknown.isEmpty();
        unknown = remembered(version, plan, counts)) {
      Map<Vocabulary.Probe, Long> answered = Vocabulary.counts(unknown, search(version, "", Vocabulary.request(unknown)));
      counts.putAll(answered);
      version.probes().putAll(answered);
    }
    return counts;
  }

  /**
   * Adds to {@code counts} what {@code version} remembers of {@code plan}'s questions, round by
   * round, and returns the questions of the first round it cannot answer (none: all answered).
   * A plan whose questions were all answered once is answered at once: walking its words again
   * was a seventh of the service's own work per search.
   */
  private static List<Vocabulary.Probe> remembered(IndexVersion version, QueryPlan plan, Map<Vocabulary.Probe, Long> counts) {
    Map<Vocabulary.Probe, Long> complete = version.planCounts().getIfPresent(plan);
    if (complete != null) {
      counts.putAll(complete);
      return List.of();
    }
    for (List<Vocabulary.Probe> probes = Vocabulary.next(plan, counts); !probes.isEmpty(); probes = Vocabulary.next(plan, counts)) {
      List<Vocabulary.Probe> unknown = probes.stream().filter(probe -> {
        Long known = version.probes().getIfPresent(probe);
        if (known != null) {
          counts.put(probe, known);
        }
        return known == null;
      }).toList();
      if (!unknown.isEmpty()) {
        return unknown;
      }
    }
    version.planCounts().put(plan, Map.copyOf(counts));
    return List.of();
  }

  /**
   * {@code body} searched on {@code version}; when that index is gone (a rebuild moved the alias
   * and deleted it), on the index the alias names now.
   */
  JsonNode search(IndexVersion version, String parameters, ObjectNode body) throws IOException {
    String path = OpenSearchTerms.path(version.name()) + (parameters.isEmpty() ? "" : "?" + parameters);
    ClusterHttp.Response response = cluster.call("POST", path, body);
    if (response.status() == 404) {
      IndexVersion now = alias.check();
      if (!now.name().equals(version.name())) {
        return search(now, parameters, body);
      }
    }
    if (response.status() >= 300 && CLAUSE_LIMIT.matcher(response.body()).find()) {
      throw new TooManyClauses(response.body());
    }
    if (response.status() >= 500 && NO_SHARD_IN_TIME.matcher(response.body()).find()) {
      throw new NoShardInTime(response.body());
    }
    if (response.status() >= 300) {
      throw new BackendUnavailableException("OpenSearch (" + cluster.nodes() + ") refused a search: HTTP "
          + response.status() + " " + abbreviated(response.body()), null);
    }
    return Cluster.JSON.readTree(response.content());
  }

  /**
   * The closest indexed word to an unknown {@code term}, or {@code ""}: OpenSearch's term
   * suggester, which is Lucene's direct spell checker, as the embedded search asks it; remembered.
   */
  private String correction(IndexVersion version, String term) throws IOException {
    return Caches.get(corrections, version.name() + " " + term, () -> closest(version, term), correction -> true).value();
  }

  private String closest(IndexVersion version, String term) throws IOException {
    ObjectNode body = Cluster.JSON.createObjectNode().put("size", 0);
    body.putObject("suggest").putObject("word").put("text", term).putObject("term").put("field", IndexSchema.TEXT)
        .put("analyzer", OpenSearchTerms.ANALYZER).put("suggest_mode", "missing").put("size", 1);
    JsonNode options = search(version, "", body).path("suggest").path("word").path(0).path("options");
    return options.isEmpty() ? "" : options.path(0).path("text").asText("");
  }

  /** The outlet and author values of {@code index}. */
  private FilterValues filterValues(String index) throws IOException {
    return FilterValues.of(OpenSearchTerms.keywords(cluster, index,
        Map.of(IndexSchema.FACET_OUTLET, IndexSchema.OUTLET, IndexSchema.FACET_AUTHOR, IndexSchema.AUTHOR)));
  }

  private static String abbreviated(String text) {
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }

  private static double millisSince(long start) {
    return Math.round((System.nanoTime() - start) / 1e4) / 100.0;
  }
}
