package corpussearch.indexer.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import corpussearch.indexer.index.ArticleStore;
import corpussearch.indexer.index.IndexSchema;
import corpussearch.indexer.index.IndexableArticle;
import corpussearch.indexer.opensearch.BulkRequests.Action;
import corpussearch.indexer.opensearch.IndexAdmin.StoredArticle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes a build into a new version of the paragraph index on an OpenSearch cluster and, at
 * {@link #commit()}, moves the alias to it in one request, so searches see the old version until
 * the new one is complete. Closing without a commit deletes the new version and leaves the alias
 * where it was.
 *
 * <p>Incremental like the Lucene builder: when the version the alias names was written by the
 * same schema and analysis form into as many shards, the new version starts as its {@code _clone}
 * (segment files linked, nothing analysed again); then only changed and new articles are sent,
 * the paragraphs a changed article no longer has and the articles gone from the corpus deleted.
 * Otherwise, or when {@code full} is asked for, the new version starts empty and every article is
 * sent. A build that changes nothing moves nothing.
 */
public final class OpenSearchArticleWriter implements ArticleStore {

  /** Size of one {@code _bulk} request: large enough to amortise a request, small for a busy node. */
  static final int BULK_BYTES = 5_000_000;

  private final OpenSearchTarget target;
  private final ClusterHttp http;
  private final IndexAdmin admin;
  private final String cluster;
  private final Previous previous;
  private final String next;
  private final BulkLoader loader;
  /** The paragraphs the new version must hold once every action is applied. */
  private final AtomicLong expected;
  private volatile boolean dirty;
  private boolean loaded;
  private boolean committed;

  /**
   * The version the alias names before the build and, when the new version starts as its copy,
   * what it holds; otherwise {@code articles} is empty.
   */
  private record Previous(List<String> aliasTargets, String index, Map<String, StoredArticle> articles) {
    long paragraphs() {
      return articles.values().stream().mapToLong(StoredArticle::paragraphs).sum();
    }
  }

  private OpenSearchArticleWriter(OpenSearchTarget target, ClusterHttp http, IndexAdmin admin, String cluster, Previous previous,
      String next) {
    this.target = target;
    this.http = http;
    this.admin = admin;
    this.cluster = cluster;
    this.previous = previous;
    this.next = next;
    this.loader = new BulkLoader(http, BULK_BYTES, Backoff.DEFAULT);
    this.expected = new AtomicLong(previous.paragraphs());
    this.dirty = previous.articles().isEmpty();
  }

  /**
   * Connects to the cluster and creates the next version of the index: a copy of the version the
   * alias names, or empty.
   *
   * @param full send every article, even those unchanged since the version the alias names
   * @throws OpenSearchException when no node answers or the cluster refuses
   */
  public static OpenSearchArticleWriter open(OpenSearchTarget target, boolean full) throws OpenSearchException {
    ClusterHttp http = new ClusterHttp(target.access(), Backoff.DEFAULT);
    try {
      IndexAdmin admin = new IndexAdmin(http);
      String cluster = admin.cluster();
      List<String> targets = admin.aliasTargets(target.alias());
      String before = targets.isEmpty() ? null : targets.getLast();
      String next = IndexVersions.name(target.alias(), IndexVersions.next(target.alias(), admin.versions(target.alias())));
      boolean copy = before != null && !full && reusable(admin, before, target);
      Previous previous = new Previous(targets, before, copy ? admin.articles(before) : Map.of());
      if (copy) {
        admin.cloneOf(before, next, target.replicas());
      } else {
        create(admin, target, next);
      }
      return new OpenSearchArticleWriter(target, http, admin, cluster, previous, next);
    } catch (OpenSearchException | RuntimeException e) {
      http.close();
      throw e;
    }
  }

  /** Whether a new version can start as a copy of {@code index}: same schema, analysis and shards. */
  private static boolean reusable(IndexAdmin admin, String index, OpenSearchTarget target) throws OpenSearchException {
    JsonNode meta = admin.meta(index);
    return IndexSchema.SCHEMA_VERSION.equals(meta.path(ParagraphMapping.META_SCHEMA).asText())
        && target.analysis().name().equals(meta.path(ParagraphMapping.META_ANALYSIS).asText())
        && ParagraphMapping.MAPPING_VERSION.equals(meta.path(ParagraphMapping.META_MAPPING).asText())
        && admin.shards(index) == target.shards();
  }

  private static void create(IndexAdmin admin, OpenSearchTarget target, String index) throws OpenSearchException {
    try {
      admin.create(index, ParagraphMapping.createIndex(target));
    } catch (OpenSearchException e) {
      if (target.analysis() != AnalysisForm.PLUGIN) {
        throw e;
      }
      throw new OpenSearchException(e.getMessage() + " (--opensearch-analysis plugin needs the corpus-analysis plugin on every node)", e);
    }
  }

  @Override
  public Change write(IndexableArticle article) throws OpenSearchException {
    StoredArticle before = previous.articles().get(article.articleId());
    if (before != null && article.contentHash().equals(before.hash())) {
      return Change.UNCHANGED;
    }
    List<Action> actions = new ArrayList<>();
    ParagraphSources.of(article).forEach(paragraph -> actions.add(BulkRequests.index(next, paragraph)));
    long stale = before == null ? 0 : before.paragraphs();
    // Paragraphs 0..n-1 are overwritten by id; the ones past the new count are deleted.
    for (long n = article.paragraphs().size(); n < stale; n++) {
      actions.add(BulkRequests.delete(next, article.articleId() + ":" + n, article.articleId()));
    }
    loader.add(actions);
    expected.addAndGet(article.paragraphs().size() - stale);
    dirty = true;
    return before == null ? Change.ADDED : Change.CHANGED;
  }

  @Override
  public int deleteAllExcept(Set<String> keep) throws OpenSearchException {
    int removed = 0;
    for (Map.Entry<String, StoredArticle> article : previous.articles().entrySet()) {
      if (!keep.contains(article.getKey())) {
        List<Action> deletes = new ArrayList<>();
        for (long n = 0; n < article.getValue().paragraphs(); n++) {
          deletes.add(BulkRequests.delete(next, article.getKey() + ":" + n, article.getKey()));
        }
        loader.add(deletes);
        expected.addAndGet(-article.getValue().paragraphs());
        removed++;
      }
    }
    dirty |= removed > 0;
    return removed;
  }

  @Override
  public boolean mergeIntoOneSegment() throws OpenSearchException {
    if (!dirty) {
      return false;
    }
    load();
    admin.forceMerge(next);
    return true;
  }

  /**
   * Completes the new version, checks that it holds every paragraph, moves the alias to it and
   * deletes the versions older than the one it replaces.
   */
  @Override
  public boolean commit() throws OpenSearchException {
    if (!dirty) {
      return false;
    }
    load();
    long count = admin.count(next);
    if (count != expected.get()) {
      throw new OpenSearchException(next + " holds " + count + " paragraphs, not the " + expected.get() + " written ("
          + loader.indexed() + " bulk actions acknowledged); the alias " + target.alias() + " stays on "
          + (previous.index() == null ? "nothing" : previous.index()));
    }
    admin.aliases(IndexVersions.swap(target.alias(), previous.aliasTargets(), next));
    committed = true;
    List<String> kept = previous.index() == null ? List.of() : List.of(previous.index());
    admin.delete(IndexVersions.obsolete(target.alias(), admin.versions(target.alias()), next, kept));
    return true;
  }

  /** Sends the last batch and makes the new version searchable. */
  private void load() throws OpenSearchException {
    if (!loaded) {
      loader.flush();
      admin.refresh(next);
      loaded = true;
    }
  }

  @Override
  public String describe() {
    String where = "OpenSearch " + cluster + " at " + http.nodesText() + ", alias " + target.alias();
    return committed ? where + " -> " + next : where + (previous.index() == null ? "" : " on " + previous.index());
  }

  /** Deletes the new version unless it was committed. */
  @Override
  public void close() throws OpenSearchException {
    try {
      if (!committed) {
        admin.delete(List.of(next));
      }
    } finally {
      http.close();
    }
  }
}
