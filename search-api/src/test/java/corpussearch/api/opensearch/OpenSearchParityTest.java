package corpussearch.api.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import corpussearch.analysis.CorpusAnalyzer;
import corpussearch.analysis.Synonyms;
import corpussearch.api.TestCorpora;
import corpussearch.api.highlight.ParagraphHighlighter;
import corpussearch.api.query.QueryPlan;
import corpussearch.api.request.SearchRequest;
import corpussearch.api.search.LenientQueryParser;
import corpussearch.api.search.QueryPlanner;
import corpussearch.api.search.UserQuery;
import corpussearch.api.service.Hit;
import corpussearch.api.service.SearchResult;
import corpussearch.api.service.SearchStack;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded search and its OpenSearch rendering over the same paragraphs, against a real node
 * named in {@value #URL_PROPERTY} (skipped without it): totals, distinct articles, facet counts and
 * the first page of hits, query by query, for the judged queries over the seeds and queries
 * generated from them, under a rotation of filters, groupings and orders. Another corpus folder
 * may be named in {@value #CORPUS_PROPERTY}. Run it with
 * <pre>
 * OPENSEARCH_HTTP_BASE=9260 OPENSEARCH_TRANSPORT_BASE=9360 scripts/opensearch-cluster.sh start --nodes 1
 * mvn -q -B -ntp -o -pl search-api -am test -Dtest=OpenSearchParityTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dcorpussearch.opensearch.url=http://127.0.0.1:9261
 * OPENSEARCH_HTTP_BASE=9260 OPENSEARCH_TRANSPORT_BASE=9360 scripts/opensearch-cluster.sh stop
 * </pre>
 * The figures go to {@value #REPORT} and standard output.
 */
class OpenSearchParityTest {

  static final String URL_PROPERTY = "corpussearch.opensearch.url";
  static final String CORPUS_PROPERTY = "corpussearch.parity.corpus";
  static final String REPORT = "target/opensearch-parity.txt";
  private static final int TOP = 10;

  @TempDir static Path temp;

  private final QueryPlanner planner = new QueryPlanner(CorpusAnalyzer.forQueries(Synonyms.bundled()), CorpusAnalyzer.forQueryWords());
  private final LenientQueryParser parser = new LenientQueryParser();

  /** A row of the report: one request's figures on both sides. */
  private record Compared(SearchRequest request, SearchResult embedded, SearchAnswer openSearch, double overlap, Marks marks) {
    boolean totalsEqual() {
      return embedded.total() == openSearch.total() && embedded.totalArticles() == openSearch.articles();
    }

    boolean facetsEqual() {
      return embedded.facets().equals(openSearch.facets());
    }
  }

  @Test
  void rendersTheEmbeddedSearchesTotalsFacetsAndTopHits() throws Exception {
    Path corpus = Path.of(System.getProperty(CORPUS_PROPERTY, TestCorpora.SEEDS.toString()));
    List<Compared> rows = new ArrayList<>();
    eachRequest(corpus, "index", (stack, openSearch, request) -> {
      SearchResult embedded = stack.search().search(request);
      SearchAnswer answer = openSearch.search(request, plan(request));
      rows.add(new Compared(request, embedded, answer, overlap(embedded, answer, request.groupByArticle()), Marks.of(embedded, answer)));
    });
    String report = report(corpus, rows);
    Files.createDirectories(Path.of(REPORT).getParent());
    Files.writeString(Path.of(REPORT), report, StandardCharsets.UTF_8);
    System.out.println(report);
    assertThat(share(rows, Compared::totalsEqual)).as(report).isGreaterThanOrEqualTo(0.95);
    assertThat(share(rows, Compared::facetsEqual)).as(report).isGreaterThanOrEqualTo(0.95);
  }

  /**
   * The word counts a search asks along with itself, where a version does not know them yet, are
   * the counts a request of their own answers, and asking them changes nothing of the search's
   * answer: the hits, scores, totals and facets of the same body without them.
   */
  @Test
  void wordCountsAskedInsideASearchAreTheCountsAndLeaveItsAnswer() throws Exception {
    AtomicInteger compared = new AtomicInteger();
    eachRequest(TestCorpora.SEEDS, "counting", (stack, openSearch, request) -> {
      ParityIndex.Counting counting = openSearch.countingInside(request, plan(request));
      if (counting != null) {
        assertThat(counting.inside()).as(request.q()).isEqualTo(counting.apart());
        assertThat(counting.answer()).as(request.q()).isEqualTo(counting.alone());
        compared.incrementAndGet();
      }
    });
    assertThat(compared.get()).as("requests whose plan asks for word counts").isGreaterThan(50);
  }

  /** One parity request, asked of the embedded search and of the same paragraphs in OpenSearch. */
  @FunctionalInterface
  private interface RequestCheck {
    void check(SearchStack stack, ParityIndex openSearch, SearchRequest request) throws Exception;
  }

  /**
   * {@code check} on every parity request over {@code corpus}, indexed into {@code folder} of the
   * test's temporary folder and loaded into the node; skipped without a node.
   */
  private void eachRequest(Path corpus, String folder, RequestCheck check) throws Exception {
    String url = System.getProperty(URL_PROPERTY, "");
    assumeTrue(!url.isBlank(), "no OpenSearch: start one (scripts/opensearch-cluster.sh start --nodes 1) and pass -D"
        + URL_PROPERTY + "=http://127.0.0.1:9201");
    Path index = TestCorpora.index(corpus, temp.resolve(folder));
    try (SearchStack stack = SearchStack.open(index, Synonyms.bundled(), Duration.ofHours(1), null, 0);
        DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index));
        OpenSearchNode node = new OpenSearchNode(URI.create(url));
        ParityIndex openSearch = ParityIndex.of(node, reader)) {
      SearchResult browse = stack.search().search(new SearchRequest("", List.of(), List.of(), List.of(), null, null,
          SearchRequest.SortOrder.RELEVANCE, 1, 10, false, true, false));
      Path judged = Path.of(OpenSearchParityTest.class.getResource("/relevance").toURI());
      for (SearchRequest request : ParityQueries.requests(judged, browse.facets(), 19)) {
        check.check(stack, openSearch, request);
      }
    }
  }

  /** The plan the embedded search runs for {@code request}, with the filters typed into its query. */
  private QueryPlan plan(SearchRequest request) {
    UserQuery parsed = parser.parse(request.q());
    SearchRequest filtered = request.plusFilters(parsed.filterValues(UserQuery.Scope.OUTLET), parsed.filterValues(UserQuery.Scope.AUTHOR));
    return planner.plan(parsed).withFilters(filtered.filters());
  }

  /** The share of the first page's paragraphs (articles, when grouped) both sides hold; 1 when both are empty. */
  private static double overlap(SearchResult embedded, SearchAnswer answer, boolean grouped) {
    List<String> ours = embedded.hits().stream().limit(TOP).map(hit -> grouped ? hit.articleId() : hit.id()).toList();
    List<String> theirs = answer.hits().stream().limit(TOP)
        .map(hit -> grouped ? hit.source().path(corpussearch.indexer.index.IndexSchema.ARTICLE_ID).asText() : hit.id()).toList();
    if (ours.isEmpty() && theirs.isEmpty()) {
      return 1;
    }
    Set<String> common = new HashSet<>(ours);
    common.retainAll(theirs);
    return (double) common.size() / Math.max(ours.size(), theirs.size());
  }

  private static double share(List<Compared> rows, java.util.function.Predicate<Compared> test) {
    return rows.isEmpty() ? 0 : (double) rows.stream().filter(test).count() / rows.size();
  }

  private static String report(Path corpus, List<Compared> rows) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "OpenSearch parity over %s: %d requests%n", corpus, rows.size()));
    out.append(String.format(Locale.ROOT, "  totals and articles equal: %.1f%%%n", 100 * share(rows, Compared::totalsEqual)));
    out.append(String.format(Locale.ROOT, "  facet counts equal:        %.1f%%%n", 100 * share(rows, Compared::facetsEqual)));
    out.append(String.format(Locale.ROOT, "  mean top-%d overlap:       %.3f%n", TOP, rows.stream().mapToDouble(Compared::overlap).average().orElse(0)));
    out.append(String.format(Locale.ROOT, "  first page in the same order: %.1f%%%n", 100 * share(rows, row -> sameOrder(row))));
    Marks marks = rows.stream().map(Compared::marks).reduce(new Marks(0, 0, 0, 0, 0), Marks::plus);
    out.append(String.format(Locale.ROOT, "  highlights of paragraphs both return whole (up to %d characters): %d, the same HTML %.1f%%, "
        + "the same once neighbouring marks are joined %.1f%%%n", ParagraphHighlighter.WHOLE_PARAGRAPH_LIMIT, marks.compared(),
        100.0 * marks.same() / Math.max(1, marks.compared()), 100.0 * marks.sameJoined() / Math.max(1, marks.compared())));
    out.append(String.format(Locale.ROOT, "  longer paragraphs: %d, the embedded passage within OpenSearch's whole marked paragraph %.1f%%%n",
        marks.passages(), 100.0 * marks.passagesWithin() / Math.max(1, marks.passages())));
    for (Compared row : rows) {
      if (!row.totalsEqual() || !row.facetsEqual() || row.overlap() < 1) {
        out.append(String.format(Locale.ROOT, "  %-40s total %d/%d articles %d/%d facets %s overlap %.2f%s%n", quoted(row.request()),
            row.embedded().total(), row.openSearch().total(), row.embedded().totalArticles(), row.openSearch().articles(),
            row.facetsEqual() ? "=" : "≠", row.overlap(), row.facetsEqual() ? "" : "\n      embedded   " + row.embedded().facets()
                + "\n      opensearch " + row.openSearch().facets()));
        out.append("      scores embedded   ").append(row.embedded().hits().stream().map(hit -> String.format(Locale.ROOT, "%.3f", hit.score())).toList())
            .append("\n      scores opensearch ").append(row.openSearch().hits().stream().map(hit -> String.format(Locale.ROOT, "%.3f", hit.score())).toList())
            .append('\n');
      }
    }
    return out.toString();
  }

  /**
   * How the highlights of the paragraphs both sides returned compare: where the embedded search
   * marks the whole paragraph, as HTML (entities read back) and with neighbouring marks joined
   * (the embedded highlighter marks a phrase as one span, OpenSearch's word by word); where it
   * marks one passage of a longer paragraph, whether OpenSearch's whole paragraph holds it.
   */
  private record Marks(int compared, int same, int sameJoined, int passages, int passagesWithin) {
    private static final Pattern NEIGHBOURS = Pattern.compile("</mark>([\\s\\-\u2010\u2011]*)<mark>");

    static Marks of(SearchResult embedded, SearchAnswer answer) {
      Map<String, SearchAnswer.Hit> theirs = new HashMap<>();
      answer.hits().forEach(hit -> theirs.put(hit.id(), hit));
      Marks marks = new Marks(0, 0, 0, 0, 0);
      for (Hit hit : embedded.hits()) {
        SearchAnswer.Hit other = theirs.get(hit.id());
        if (hit.highlight() == null || other == null) {
          continue;
        }
        String ours = text(hit.highlight());
        String their = other.highlight() == null ? hit.text() : text(other.highlight());
        if (hit.text().length() <= ParagraphHighlighter.WHOLE_PARAGRAPH_LIMIT) {
          marks = marks.plus(new Marks(1, ours.equals(their) ? 1 : 0, joined(ours).equals(joined(their)) ? 1 : 0, 0, 0));
        } else {
          // the embedded passage, its cuts' ellipses removed, within OpenSearch's whole marked paragraph
          String passage = joined(ours.replace("…", ""));
          marks = marks.plus(new Marks(0, 0, 0, 1, joined(their).contains(passage) ? 1 : 0));
        }
      }
      return marks;
    }

    Marks plus(Marks other) {
      return new Marks(compared + other.compared, same + other.same, sameJoined + other.sameJoined, passages + other.passages,
          passagesWithin + other.passagesWithin);
    }

    private static String text(String html) {
      return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&#x27;", "'")
          .replace("&#x2F;", "/").replace("&amp;", "&");
    }

    /** {@code marked} with marks that only white space or hyphens part joined into one. */
    private static String joined(String marked) {
      return NEIGHBOURS.matcher(marked).replaceAll("$1");
    }
  }

  private static boolean sameOrder(Compared row) {
    Function<Hit, String> id = row.request().groupByArticle() ? Hit::articleId : Hit::id;
    List<String> ours = row.embedded().hits().stream().map(id).toList();
    List<String> theirs = row.openSearch().hits().stream().map(hit -> row.request().groupByArticle()
        ? hit.source().path(corpussearch.indexer.index.IndexSchema.ARTICLE_ID).asText() : hit.id()).toList();
    return ours.equals(theirs);
  }

  private static String quoted(SearchRequest request) {
    String filters = request.filters().labels().isEmpty() && request.filters().days() == null ? "" : " +filters";
    return "\"" + request.q() + "\"" + filters + (request.groupByArticle() ? " grouped" : "")
        + (request.sort() != SearchRequest.SortOrder.RELEVANCE ? " by date" : "");
  }
}
