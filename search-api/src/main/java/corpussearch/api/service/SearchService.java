package corpussearch.api.service;

import corpussearch.api.cache.Caches;
import corpussearch.api.facets.FilterValues;
import corpussearch.api.facets.MatchCounter;
import corpussearch.api.highlight.ParagraphHighlighter;
import corpussearch.api.index.IndexView;
import corpussearch.api.index.IndexViews;
import corpussearch.api.index.RequestDeadline;
import corpussearch.api.request.SearchRequest;
import corpussearch.api.query.QueryPlan;
import corpussearch.api.search.LenientQueryParser;
import corpussearch.api.search.QueryCache;
import corpussearch.api.search.QueryPlanner;
import corpussearch.api.search.SearchQueries;
import corpussearch.api.search.SearchQuery;
import corpussearch.api.search.TopTier;
import corpussearch.api.search.TypoExpansions;
import corpussearch.api.search.UserQuery;
import corpussearch.api.suggest.SpellingHints;
import corpussearch.indexer.index.IndexSchema;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.grouping.GroupDocs;
import org.apache.lucene.search.grouping.GroupingSearch;
import org.apache.lucene.search.grouping.TopGroups;
import org.apache.lucene.util.BytesRef;

/**
 * Runs searches over the current index version: lenient parsing, the ranking query, filters as
 * drill-downs, multi-select facet counts ({@link MatchCounter}), optional grouping by article, and
 * highlighting. Knows nothing of HTTP or HTML: the API and the web page both call it,
 * so they can never disagree.
 */
public final class SearchService {

  private final IndexViews views;
  private final LenientQueryParser parser = new LenientQueryParser();
  private final QueryPlanner planner;
  private final ParagraphHighlighter highlighter;
  private final SpellingHints spelling;
  private final Duration timeout;
  private final long resultCacheBytes;
  private final LongAdder timedOut = new LongAdder();

  /**
   * @param views the index versions to search
   * @param planner plans the queries
   * @param highlighter marks matches in paragraph text
   * @param spelling spelling suggestions for queries that find nothing
   * @param timeout the longest a request may run, from parsing to the spelling suggestion, before
   *     what is done is returned, flagged {@code timedOut} (none when null)
   * @param resultCacheBytes about how much memory remembered results of an index version may
   *     take (0: none are remembered)
   */
  public SearchService(IndexViews views, QueryPlanner planner, ParagraphHighlighter highlighter, SpellingHints spelling,
      Duration timeout, long resultCacheBytes) {
    this.views = views;
    this.planner = planner;
    this.highlighter = highlighter;
    this.spelling = spelling;
    this.timeout = timeout;
    this.resultCacheBytes = resultCacheBytes;
  }

  /** The index versions this service searches. */
  public IndexViews views() {
    return views;
  }

  /**
   * Runs {@code request} and returns one page of results; a request already answered on the
   * current index version is answered again from memory (only {@code tookMs} differs).
   */
  public SearchResult search(SearchRequest request) throws IOException {
    long start = System.nanoTime();
    RequestDeadline deadline = RequestDeadline.after(timeout);
    IndexView view = views.acquire();
    try {
      Caches.Loaded<SearchResult> result =
          resultCache(view).get(request, () -> search(context(request, view, deadline, start)));
      if (result.value().timedOut()) {
        timedOut.increment();
      }
      return result.fresh() ? result.value() : result.value().withTookMs(millisSince(start));
    } finally {
      views.release(view);
    }
  }

  /** How many searches so far hit their time limit and answered with partial results. */
  public long timedOutSearches() {
    return timedOut.sum();
  }

  /** What the result cache of {@code view} has done so far. */
  public ResultCache.Stats resultCacheStats(IndexView view) {
    return resultCache(view).stats();
  }

  /** What each cache has done so far: those of {@code view} and the spelling corrections. */
  public Map<String, Caches.Figures> cacheFigures(IndexView view) {
    Map<String, Caches.Figures> figures = new LinkedHashMap<>();
    figures.put("result", resultCache(view).figures());
    figures.put("query", QueryCache.of(view).figures());
    figures.put("typo", TypoExpansions.of(view).figures());
    figures.put("spelling", spelling.figures());
    return figures;
  }

  private ResultCache resultCache(IndexView view) {
    return view.attachment(ResultCache.class, ignored -> new ResultCache(resultCacheBytes));
  }

  private static double millisSince(long start) {
    return Math.round((System.nanoTime() - start) / 1e4) / 100.0;
  }

  /**
   * The context of a request on {@code view}: {@code q} parsed once, the filters typed into it and
   * given beside it resolved to the version's values once (so ranking and counting agree), and
   * its plan and queries.
   */
  private SearchContext context(SearchRequest asked, IndexView view, RequestDeadline deadline, long start) throws IOException {
    UserQuery parsed = parser.parse(asked.q());
    FilterValues.Resolved resolved = FilterValues.of(view).resolve(
        asked.plusFilters(parsed.filterValues(UserQuery.Scope.OUTLET), parsed.filterValues(UserQuery.Scope.AUTHOR)));
    SearchRequest request = resolved.request();
    IndexSearcher searcher = view.searcher(deadline);
    QueryCache.Rewritten planned = planned(request.q(), parsed, view, searcher);
    return new SearchContext(request, planned.plan().withFilters(request.filters()), planned.query(), view, searcher,
        deadline, start, resolved.hints());
  }

  private SearchResult search(SearchContext search) throws IOException {
    SearchRequest request = search.request();
    // Two passes: counting visits every match without scores (totals, articles, facets), so
    // ranking need only find the top hits and may skip paragraphs that cannot reach them.
    MatchCounter.Counts counted =
        MatchCounter.count(search.searcher(), search.view(), search.queries().matching(), search.filters(), request.facets());
    long total = counted.paragraphs();
    List<Hit> hits = request.groupByArticle() ? groupedHits(search) : pageHits(search, rankedHits(search));
    String suggestion = total == 0 && !request.q().isBlank()
        ? spelling.suggest(search.view().reader(), request.q(), search.deadline())
        : null;
    return new SearchResult(request.q(), total, "eq", counted.articles(), "eq", request.page(), request.size(),
        millisSince(search.started()), search.deadline().cutShort(), hits, counted.facets(), suggestion, search.hints());
  }

  /**
   * The plan of {@code q} ({@code parsed}) and its queries, rewritten against {@code view}
   * (everything for an empty query); remembered per version, so a repeated query is not analysed
   * and expanded again, unless the searcher's deadline cut the expansion short. Rewritten once,
   * here: a typo or prefix concept expands to its terms once per request instead of again in the
   * facet search, the grouping and the highlighter (which otherwise rebuilds a Levenshtein
   * automaton, ~10 ms for two edits, for every highlighted hit).
   */
  QueryCache.Rewritten planned(String q, UserQuery parsed, IndexView view, IndexSearcher searcher) throws IOException {
    return QueryCache.of(view).get(q, () -> {
      QueryPlan plan = planner.plan(parsed);
      SearchQuery rewritten = SearchQueries.of(plan, TypoExpansions.of(view)).rewrite(searcher);
      return new QueryCache.Rewritten(plan, rewritten, RequestDeadline.cutShort(searcher));
    });
  }

  /** The plan and queries of {@code q} over {@code view}, as {@link #planned} remembers them. */
  QueryCache.Rewritten planned(String q, IndexView view, IndexSearcher searcher) throws IOException {
    return planned(q, parser.parse(q), view, searcher);
  }

  /**
   * The hits up to the requested page: from the top tier alone when it holds them all (in
   * relevance order only; {@link TopTier}), else from the whole ranking query.
   */
  private static TopDocs rankedHits(SearchContext search) throws IOException {
    IndexSearcher searcher = search.searcher();
    int depth = Math.max(1, Math.min(search.request().page() * search.request().size(), searcher.getIndexReader().maxDoc()));
    Sort sort = search.sort();
    TopTier topTier = search.queries().topTier();
    if (sort == null && topTier != null) {
      TopDocs top = topTier.topHits(searcher, search.filters().drillDown(topTier.ranking()), depth);
      if (top != null) {
        return top;
      }
    }
    return topHits(searcher, search.ranking(), sort, depth);
  }

  /**
   * The first {@code n} hits in {@code sort} order (relevance when null). The collector needs
   * no exact total, which lets Lucene skip blocks of paragraphs that cannot enter the top hits.
   */
  private static TopDocs topHits(IndexSearcher searcher, Query query, Sort sort, int n) throws IOException {
    if (sort == null) {
      return searcher.search(query, new TopScoreDocCollectorManager(n, null, n));
    }
    TopFieldDocs top = searcher.search(query, new TopFieldCollectorManager(sort, n, null, n));
    TopFieldCollector.populateScores(top.scoreDocs, searcher, query);
    return top;
  }

  private List<Hit> pageHits(SearchContext search, TopDocs top) throws IOException {
    SearchRequest request = search.request();
    int from = (request.page() - 1) * request.size();
    ScoreDoc[] docs = top.scoreDocs;
    if (from >= docs.length) {
      return List.of();
    }
    ScoreDoc[] page = Arrays.copyOfRange(docs, from, Math.min(docs.length, from + request.size()));
    return hits(search, page, new Integer[page.length]);
  }

  private List<Hit> groupedHits(SearchContext search) throws IOException {
    SearchRequest request = search.request();
    GroupingSearch grouping = new GroupingSearch(IndexSchema.ARTICLE_ID);
    Sort order = search.sort() == null ? Sort.RELEVANCE : search.sort();
    grouping.setGroupSort(order);
    grouping.setSortWithinGroup(order);
    grouping.setGroupDocsLimit(1);
    int offset = (request.page() - 1) * request.size();
    TopGroups<BytesRef> groups = grouping.search(search.searcher(), search.ranking(), offset, request.size());
    List<ScoreDoc> heads = new ArrayList<>();
    List<Integer> counts = new ArrayList<>();
    for (GroupDocs<BytesRef> group : groups.groups) {
      if (group.scoreDocs().length > 0) {
        heads.add(group.scoreDocs()[0]);
        counts.add((int) group.totalHits().value());
      }
    }
    return hits(search, heads.toArray(ScoreDoc[]::new), counts.toArray(Integer[]::new));
  }

  private List<Hit> hits(SearchContext search, ScoreDoc[] docs, Integer[] matches) throws IOException {
    IndexSearcher searcher = search.searcher();
    int[] ids = new int[docs.length];
    Document[] stored = new Document[docs.length];
    String[] texts = new String[docs.length];
    StoredFields fields = searcher.storedFields();
    for (int i = 0; i < docs.length; i++) {
      ids[i] = docs[i].doc;
      stored[i] = fields.document(docs[i].doc);
      texts[i] = stored[i].get(IndexSchema.TEXT);
    }
    String[] highlights = search.request().highlight()
        ? highlighter.highlight(searcher, search.queries().highlight(), ids, texts, true)
        : new String[docs.length];
    List<Hit> hits = new ArrayList<>(docs.length);
    for (int i = 0; i < docs.length; i++) {
      Document doc = stored[i];
      float score = Float.isNaN(docs[i].score) ? 0f : docs[i].score;
      hits.add(new Hit(doc.get(IndexSchema.ID), doc.get(IndexSchema.ARTICLE_ID),
          doc.getField(IndexSchema.N).numericValue().intValue(), score, doc.get(IndexSchema.TITLE),
          doc.get(IndexSchema.AUTHOR), doc.get(IndexSchema.OUTLET), doc.get(IndexSchema.DATE),
          doc.get(IndexSchema.URL), doc.get(IndexSchema.SECTION), texts[i], highlights[i], matches[i]));
    }
    return hits;
  }
}
