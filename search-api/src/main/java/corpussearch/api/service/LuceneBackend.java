package corpussearch.api.service;

import corpussearch.api.cache.Caches;
import corpussearch.api.facets.FacetOverview;
import corpussearch.api.facets.FacetValue;
import corpussearch.api.index.IndexView;
import corpussearch.api.index.IndexViews;
import corpussearch.api.request.SearchRequest;
import corpussearch.api.suggest.Completions;
import corpussearch.indexer.index.IndexSchema;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.store.AlreadyClosedException;

/** The embedded backend: the Lucene index folder of {@link SearchStack}, searched in this process. */
public final class LuceneBackend implements SearchBackend {

  private final Path folder;
  private final SearchStack stack;
  private final IndexViews views;
  private final FacetOverview overview;

  /**
   * @param folder the index folder (for messages)
   * @param stack the search layer over it
   * @param timeout the longest one request may run
   */
  public LuceneBackend(Path folder, SearchStack stack, Duration timeout) {
    this.folder = folder;
    this.stack = stack;
    this.views = stack.views();
    this.overview = new FacetOverview(views, timeout);
  }

  @Override
  public SearchResult search(SearchRequest request) throws IOException {
    return stack.search().search(request);
  }

  @Override
  public Optional<ArticleResult> article(String articleId, String q) throws IOException {
    return stack.articles().article(articleId, q);
  }

  @Override
  public List<String> suggest(String prefix, int size) throws IOException {
    return read(view -> Completions.of(view).complete(prefix, size));
  }

  @Override
  public Map<String, List<FacetValue>> facets() throws IOException {
    return overview.all();
  }

  @Override
  public Map<String, Object> health() throws IOException {
    return read(view -> {
      Optional<String> staleness = views.staleness();
      Map<String, Object> index = new LinkedHashMap<>();
      index.put("version", view.version());
      index.put("stale", staleness.isPresent());
      staleness.ifPresent(error -> index.put("error", error));
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("status", staleness.isPresent() ? "stale" : "ok");
      body.put("backend", "lucene");
      body.put("index", index);
      body.put("articles", view.articleCount());
      body.put("paragraphs", view.paragraphCount());
      body.put("indexVersion", view.version());
      body.put("committedAt", view.reader().getIndexCommit().getUserData().get(IndexSchema.COMMIT_TIME));
      body.put("openedAt", view.openedAt().toString());
      body.put("resultCache", stack.search().resultCacheStats(view));
      body.put("caches", stack.search().cacheFigures(view));
      return body;
    });
  }

  @Override
  public IndexFigures figures() {
    return orElse(view -> new IndexFigures(view.version(), view.paragraphCount(), view.articleCount(),
        views.staleness().isPresent(), true), IndexFigures.DOWN);
  }

  @Override
  public Map<String, Caches.Figures> cacheFigures() {
    return orElse(stack.search()::cacheFigures, Map.of());
  }

  @Override
  public long timedOutSearches() {
    return stack.search().timedOutSearches();
  }

  @Override
  public String description() throws IOException {
    return read(view -> folder.toAbsolutePath() + " (" + view.paragraphCount() + " paragraphs, index version " + view.version() + ")");
  }

  @Override
  public void close() throws IOException {
    stack.close();
  }

  /** What {@code reading} says of the version served now. */
  private <T> T read(Reading<T> reading) throws IOException {
    IndexView view = views.acquire();
    try {
      return reading.of(view);
    } finally {
      views.release(view);
    }
  }

  /** What {@code reading} says of the version served now, or {@code unreadable}. */
  private <T> T orElse(Reading<? extends T> reading, T unreadable) {
    try {
      return read(reading::of);
    } catch (IOException | AlreadyClosedException e) {
      return unreadable;
    }
  }

  /** Something read from one index version. */
  @FunctionalInterface
  private interface Reading<T> {
    T of(IndexView view) throws IOException;
  }
}
