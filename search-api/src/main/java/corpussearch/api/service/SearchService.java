package corpussearch.api.service;

import corpussearch.api.cache.Caches;
import corpussearch.api.facets.FilterValues;
import corpussearch.api.filter.Filters;
import corpussearch.api.facets.MatchCounter;
import corpussearch.api.highlight.ParagraphHighlighter;
import corpussearch.api.index.IndexView;
import corpussearch.api.index.IndexViews;
import corpussearch.api.index.RequestDeadline;
import corpussearch.api.request.SearchRequest;
import corpussearch.api.search.LenientQueryParser;
import corpussearch.api.search.QueryCache;
import corpussearch.api.search.QueryFactory;
import corpussearch.api.search.SearchQuery;
import corpussearch.api.search.TopTier;
import corpussearch.api.search.TypoExpansions;
import corpussearch.api.search.UserQuery;
import corpussearch.api.suggest.SpellingHints;
import corpussearch.api.request.SearchRequest.SortOrder;
import corpussearch.indexer.index.IndexSchema;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
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
  private final QueryFactory queries;
  private final ParagraphHighlighter highlighter;
  private final SpellingHints spelling;
  private final Duration timeout;
  private final long resultCacheBytes;

  /**
   * @param views the index versions to search
   * @param queries builds the ranking query
   * @param highlighter marks matches in paragraph text
   * @param spelling spelling suggestions for queries that find nothing
   * @param timeout the longest a request may run, from parsing to the spelling suggestion, before
   *     what is done is returned, flagged {@code timedOut} (none when null)
   * @param resultCacheBytes about how much memory remembered results of an index version may
   *     take (0: none are remembered)
   */
  public SearchService(IndexViews views, QueryFactory queries, ParagraphHighlighter highlighter, SpellingHints spelling,
      Duration timeout, long resultCacheBytes) {
    this.views = views;
    this.queries = queries;
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
      Caches.Loaded<SearchResult> result = resultCache(view).get(request, () -> search(request, view, deadline, start));
      return result.fresh() ? result.value() : result.value().withTookMs(millisSince(start));
    } finally {
      views.release(view);
    }
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

  private SearchResult search(SearchRequest asked, IndexView view, RequestDeadline deadline, long start) throws IOException {
    // typed and given filters resolved to the version's values once, so ranking and counting agree
    UserQuery typed = parser.parse(asked.q());
    FilterValues.Resolved filters = FilterValues.of(view).resolve(
        asked.plusFilters(typed.filterValues(UserQuery.Scope.OUTLET), typed.filterValues(UserQuery.Scope.AUTHOR)));
    SearchRequest request = filters.request();
    IndexSearcher searcher = view.searcher(deadline);
    // Rewritten once, here: a typo or prefix concept expands to its terms once per request
    // instead of again in the facet search, the grouping and the highlighter (which otherwise
    // rebuilds a Levenshtein automaton, ~10 ms for two edits, for every highlighted hit).
    SearchQuery relevance = rewrittenQuery(request.q(), view, searcher);
    Filters filtered = request.filters();
    DrillDownQuery query = filtered.drillDown(relevance.ranking());
    Sort sort = sortFor(request);
    // Two passes: counting visits every match without scores (totals, articles, facets), so
    // ranking need only find the top hits and may skip paragraphs that cannot reach them.
    MatchCounter.Counts counted = MatchCounter.count(searcher, view, relevance.matching(), filtered, request.facets());
    long total = counted.paragraphs();
    List<Hit> hits = request.groupByArticle()
        ? groupedHits(searcher, query, relevance, sort, request)
        : pageHits(searcher, relevance, rankedHits(searcher, relevance, query, filtered, sort, request), request);
    String suggestion = total == 0 && !request.q().isBlank() ? spelling.suggest(view.reader(), request.q(), deadline) : null;
    return new SearchResult(request.q(), total, "eq", counted.articles(), request.page(), request.size(),
        millisSince(start), deadline.cutShort(), hits, counted.facets(), suggestion, filters.hints());
  }

  /**
   * The queries for {@code q} over {@code view}, rewritten against it (everything for an empty
   * query); remembered per version, so a repeated query is not analysed and expanded again, unless
   * the searcher's deadline cut the expansion short.
   */
  SearchQuery rewrittenQuery(String q, IndexView view, IndexSearcher searcher) throws IOException {
    return QueryCache.of(view).get(q, () -> {
      UserQuery parsed = parser.parse(q);
      SearchQuery query = parsed.isEmpty() ? SearchQuery.matchAll() : queries.build(parsed, TypoExpansions.of(view));
      SearchQuery rewritten = query.rewrite(searcher);
      return new QueryCache.Rewritten(rewritten, RequestDeadline.cutShort(searcher));
    });
  }

  /**
   * The hits up to the requested page: from the top tier alone when it holds them all (in
   * relevance order only; {@link TopTier}), else from the whole ranking query.
   */
  private static TopDocs rankedHits(IndexSearcher searcher, SearchQuery relevance, Query query, Filters filters, Sort sort,
      SearchRequest request)
      throws IOException {
    int depth = depth(searcher, request.page() * request.size());
    if (sort == null && relevance.topTier() != null) {
      TopDocs top = relevance.topTier().topHits(searcher, filters.drillDown(relevance.topTier().ranking()), depth);
      if (top != null) {
        return top;
      }
    }
    return topHits(searcher, query, sort, depth);
  }

  private static int depth(IndexSearcher searcher, int depth) {
    return Math.max(1, Math.min(depth, searcher.getIndexReader().maxDoc()));
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

  /** Null for relevance order; an empty query sorts by date, newest first. */
  private static Sort sortFor(SearchRequest request) {
    SortOrder order = request.sort();
    if (order == SortOrder.RELEVANCE && !request.q().isBlank()) {
      return null;
    }
    boolean newestFirst = order != SortOrder.DATE_ASC;
    SortField date = new SortedNumericSortField(IndexSchema.DATE_DAY, SortField.Type.LONG, newestFirst);
    date.setMissingValue(newestFirst ? Long.MIN_VALUE : Long.MAX_VALUE);
    SortField paragraph = new SortedNumericSortField(IndexSchema.N, SortField.Type.INT);
    return new Sort(date, SortField.FIELD_SCORE, new SortField(IndexSchema.ARTICLE_ID, SortField.Type.STRING), paragraph);
  }

  private List<Hit> pageHits(IndexSearcher searcher, SearchQuery relevance, TopDocs top, SearchRequest request) throws IOException {
    int from = (request.page() - 1) * request.size();
    ScoreDoc[] docs = top.scoreDocs;
    if (from >= docs.length) {
      return List.of();
    }
    ScoreDoc[] page = java.util.Arrays.copyOfRange(docs, from, Math.min(docs.length, from + request.size()));
    Integer[] noCounts = new Integer[page.length];
    return hits(searcher, relevance, page, noCounts, request.highlight());
  }

  private List<Hit> groupedHits(IndexSearcher searcher, Query query, SearchQuery relevance, Sort sort, SearchRequest request) throws IOException {
    GroupingSearch grouping = new GroupingSearch(IndexSchema.ARTICLE_ID);
    Sort order = sort == null ? Sort.RELEVANCE : sort;
    grouping.setGroupSort(order);
    grouping.setSortWithinGroup(order);
    grouping.setGroupDocsLimit(1);
    int offset = (request.page() - 1) * request.size();
    TopGroups<BytesRef> groups = grouping.search(searcher, query, offset, request.size());
    List<ScoreDoc> heads = new ArrayList<>();
    List<Integer> counts = new ArrayList<>();
    for (GroupDocs<BytesRef> group : groups.groups) {
      if (group.scoreDocs().length > 0) {
        heads.add(group.scoreDocs()[0]);
        counts.add((int) group.totalHits().value());
      }
    }
    return hits(searcher, relevance, heads.toArray(ScoreDoc[]::new), counts.toArray(Integer[]::new), request.highlight());
  }

  private List<Hit> hits(IndexSearcher searcher, SearchQuery relevance, ScoreDoc[] docs, Integer[] matches, boolean highlight)
      throws IOException {
    int[] ids = new int[docs.length];
    Document[] stored = new Document[docs.length];
    String[] texts = new String[docs.length];
    StoredFields fields = searcher.storedFields();
    for (int i = 0; i < docs.length; i++) {
      ids[i] = docs[i].doc;
      stored[i] = fields.document(docs[i].doc);
      texts[i] = stored[i].get(IndexSchema.TEXT);
    }
    String[] highlights = highlight
        ? highlighter.highlight(searcher, relevance.highlight(), ids, texts, true)
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
