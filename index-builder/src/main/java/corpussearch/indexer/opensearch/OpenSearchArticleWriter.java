package corpussearch.indexer.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import corpussearch.indexer.index.ArticleStore;
import corpussearch.indexer.index.IndexSchema;
import corpussearch.indexer.index.IndexableArticle;
import corpussearch.indexer.opensearch.BulkRequests.Action;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a build into a new version of the paragraph index on an OpenSearch cluster and, at
 * {@link #commit()}, moves the alias to it in one request, so searches see the old version until
 * the new one is complete. Closing without a commit deletes the new version and leaves the alias
 * where it was.
 *
 * <p>Incremental like the Lucene builder: an article whose content hash equals the one in the
 * version the alias names is not analysed again but copied across with {@code _reindex} (its
 * routing kept). When that version was written by another schema or analysis form, or {@code
 * full} is asked for, every article is sent. A build that changes nothing writes no version.
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
  private final Set<String> unchanged = ConcurrentHashMap.newKeySet();
  private volatile boolean dirty;
  private long copied;
  private boolean loaded;
  private boolean committed;

  /** The version the alias names before the build, and what it holds. */
  private record Previous(List<String> aliasTargets, String index, Map<String, String> hashes) {}

  private OpenSearchArticleWriter(OpenSearchTarget target, ClusterHttp http, String cluster, Previous previous, String next) {
    this.target = target;
    this.http = http;
    this.admin = new IndexAdmin(http);
    this.cluster = cluster;
    this.previous = previous;
    this.next = next;
    this.loader = new BulkLoader(http, BULK_BYTES, Backoff.DEFAULT);
    this.dirty = previous.hashes().isEmpty();
  }

  /**
   * Connects to the cluster and creates the next version of the index, empty.
   *
   * @param full send every article, even those unchanged since the version the alias names
   * @throws OpenSearchException when no node answers or the cluster refuses
   */
  public static OpenSearchArticleWriter open(OpenSearchTarget target, boolean full) throws OpenSearchException {
    ClusterHttp http = new ClusterHttp(target.nodes(), Backoff.DEFAULT);
    try {
      IndexAdmin admin = new IndexAdmin(http);
      String cluster = admin.cluster();
      Previous previous = previous(admin, target, full);
      String next = IndexVersions.name(target.alias(), IndexVersions.next(target.alias(), admin.versions(target.alias())));
      create(admin, target, next);
      return new OpenSearchArticleWriter(target, http, cluster, previous, next);
    } catch (OpenSearchException | RuntimeException e) {
      http.close();
      throw e;
    }
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

  private static Previous previous(IndexAdmin admin, OpenSearchTarget target, boolean full) throws OpenSearchException {
    List<String> targets = admin.aliasTargets(target.alias());
    String index = targets.isEmpty() ? null : targets.getLast();
    if (index == null || full || !compatible(admin.meta(index), target.analysis())) {
      return new Previous(targets, index, Map.of());
    }
    return new Previous(targets, index, admin.hashes(index));
  }

  /** Whether an index's paragraphs can be copied into a new version as they are. */
  private static boolean compatible(JsonNode meta, AnalysisForm analysis) {
    return IndexSchema.SCHEMA_VERSION.equals(meta.path(ParagraphMapping.META_SCHEMA).asText())
        && analysis.name().equals(meta.path(ParagraphMapping.META_ANALYSIS).asText());
  }

  @Override
  public Change write(IndexableArticle article) throws OpenSearchException {
    String before = previous.hashes().get(article.articleId());
    if (article.contentHash().equals(before)) {
      unchanged.add(article.articleId());
      return Change.UNCHANGED;
    }
    List<Action> actions = ParagraphSources.of(article).stream().map(paragraph -> BulkRequests.index(next, paragraph)).toList();
    loader.add(actions);
    dirty = true;
    return before == null ? Change.ADDED : Change.CHANGED;
  }

  @Override
  public int deleteAllExcept(Set<String> keep) {
    // The new version starts empty: an article not written or copied into it is gone with the old one.
    int removed = (int) previous.hashes().keySet().stream().filter(articleId -> !keep.contains(articleId)).count();
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
    long expected = loader.indexed() + copied;
    long count = admin.count(next);
    if (count != expected) {
      throw new OpenSearchException(next + " holds " + count + " paragraphs, not the " + expected + " written; the alias "
          + target.alias() + " stays on " + (previous.index() == null ? "nothing" : previous.index()));
    }
    admin.aliases(IndexVersions.swap(target.alias(), previous.aliasTargets(), next));
    committed = true;
    List<String> kept = previous.index() == null ? List.of() : List.of(previous.index());
    admin.delete(IndexVersions.obsolete(target.alias(), admin.versions(target.alias()), next, kept));
    return true;
  }

  /** Sends the last batch, copies the unchanged articles and makes the new version searchable. */
  private void load() throws OpenSearchException {
    if (loaded) {
      return;
    }
    loader.flush();
    if (!unchanged.isEmpty()) {
      copied = admin.copy(previous.index(), next, unchanged.stream().sorted().toList());
    }
    admin.refresh(next);
    loaded = true;
  }

  @Override
  public String describe() {
    String where = "OpenSearch " + cluster + " at " + http.nodesText() + ", alias " + target.alias();
    return committed ? where + " -> " + next : where + (previous.index() == null ? "" : " on " + previous.index());
  }

  /** The version this build writes ({@code alias-vN}). */
  public String index() {
    return next;
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
