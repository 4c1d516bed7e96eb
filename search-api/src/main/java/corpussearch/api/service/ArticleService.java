package corpussearch.api.service;

import corpussearch.api.highlight.ParagraphHighlighter;
import corpussearch.api.index.IndexView;
import corpussearch.api.index.IndexViews;
import corpussearch.api.index.RequestDeadline;
import corpussearch.api.search.SearchQuery;
import corpussearch.api.service.ArticleResult.ArticleParagraph;
import corpussearch.indexer.index.IndexSchema;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * "View in context": an article's paragraphs in order, with the query's matches marked and the
 * matching paragraphs flagged, so a paragraph hit can be read where it stands.
 */
public final class ArticleService {

  /** Most paragraphs returned for one article. */
  static final int MAX_PARAGRAPHS = 10_000;

  private final IndexViews views;
  private final SearchService search;
  private final ParagraphHighlighter highlighter;
  private final Duration timeout;

  public ArticleService(IndexViews views, SearchService search, ParagraphHighlighter highlighter, Duration timeout) {
    this.views = views;
    this.search = search;
    this.highlighter = highlighter;
    this.timeout = timeout;
  }

  /** The article, or empty when no article has that id. */
  public Optional<ArticleResult> article(String articleId, String q) throws IOException {
    String query = q == null ? "" : q.strip();
    IndexView view = views.acquire();
    try {
      IndexSearcher searcher = view.searcher(RequestDeadline.after(timeout));
      Query byId = new TermQuery(new Term(IndexSchema.ARTICLE_ID, articleId));
      TopDocs docs = searcher.search(byId, MAX_PARAGRAPHS, new Sort(new SortedNumericSortField(IndexSchema.N, SortField.Type.INT)));
      if (docs.scoreDocs.length == 0) {
        return Optional.empty();
      }
      // rewritten once (see SearchService): the highlighter then sees the expanded terms
      SearchQuery relevance = search.planned(query, view, searcher).query();
      Set<Integer> matchedDocs = query.isEmpty() ? Set.of() : matching(searcher, byId, relevance.matching());
      return Optional.of(assemble(searcher, docs.scoreDocs, relevance, matchedDocs, query));
    } finally {
      views.release(view);
    }
  }

  private ArticleResult assemble(IndexSearcher searcher, ScoreDoc[] docs, SearchQuery relevance, Set<Integer> matchedDocs, String query) throws IOException {
    int[] ids = new int[docs.length];
    Document[] stored = new Document[docs.length];
    String[] texts = new String[docs.length];
    for (int i = 0; i < docs.length; i++) {
      ids[i] = docs[i].doc;
      stored[i] = searcher.storedFields().document(ids[i]);
      texts[i] = stored[i].get(IndexSchema.TEXT);
    }
    String[] highlights = query.isEmpty() || relevance.highlight() instanceof MatchAllDocsQuery
        ? escapedTexts(texts)
        : highlighter.highlight(searcher, relevance.highlight(), ids, texts, false);
    List<ArticleParagraph> paragraphs = new ArrayList<>();
    List<Integer> matched = new ArrayList<>();
    for (int i = 0; i < docs.length; i++) {
      int n = stored[i].getField(IndexSchema.N).numericValue().intValue();
      boolean hit = matchedDocs.contains(ids[i]);
      if (hit) {
        matched.add(n);
      }
      paragraphs.add(new ArticleParagraph(n, stored[i].get(IndexSchema.SECTION), texts[i], highlights[i], hit));
    }
    Document first = stored[0];
    return new ArticleResult(first.get(IndexSchema.ARTICLE_ID), first.get(IndexSchema.TITLE), first.get(IndexSchema.AUTHOR),
        first.get(IndexSchema.OUTLET), first.get(IndexSchema.DATE), first.get(IndexSchema.SOURCE_FILE),
        first.get(IndexSchema.URL), query, matched, paragraphs);
  }

  private static Set<Integer> matching(IndexSearcher searcher, Query byId, Query relevance) throws IOException {
    Query both = new BooleanQuery.Builder().add(byId, Occur.FILTER).add(relevance, Occur.MUST).build();
    Set<Integer> docs = new HashSet<>();
    for (ScoreDoc doc : searcher.search(both, MAX_PARAGRAPHS).scoreDocs) {
      docs.add(doc.doc);
    }
    return docs;
  }

  private static String[] escapedTexts(String[] texts) {
    String[] html = new String[texts.length];
    for (int i = 0; i < texts.length; i++) {
      html[i] = ParagraphHighlighter.escape(texts[i]);
    }
    return html;
  }
}
