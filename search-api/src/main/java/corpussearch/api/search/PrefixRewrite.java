package corpussearch.api.search;

import java.io.IOException;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;

/**
 * A prefix expanded to its {@code size} most frequent words (Lucene's blended top-terms rewrite),
 * while the request's deadline (the searcher's {@link QueryTimeout}) has not passed; after it, to
 * nothing. A query of many prefixes expands each in turn on each field, and they share the
 * request's time rather than each taking its own.
 */
final class PrefixRewrite extends MultiTermQuery.RewriteMethod {

  private final MultiTermQuery.TopTermsBlendedFreqScoringRewrite topTerms;

  PrefixRewrite(int size) {
    this.topTerms = new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(size);
  }

  /** The most words a prefix expands to. */
  int size() {
    return topTerms.getSize();
  }

  @Override
  public Query rewrite(IndexSearcher searcher, MultiTermQuery query) throws IOException {
    QueryTimeout deadline = searcher.getTimeout();
    if (deadline != null && deadline.shouldExit()) {
      return new MatchNoDocsQuery("the time limit passed before " + query + " was expanded");
    }
    return topTerms.rewrite(searcher, query);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PrefixRewrite prefix && prefix.topTerms.equals(topTerms);
  }

  @Override
  public int hashCode() {
    return topTerms.hashCode();
  }
}
