package corpussearch.indexer.index;

import java.io.IOException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Walks the articles of an index: for every article id with a live paragraph, one of its live
 * paragraphs. Deleted paragraphs (replaced or removed articles not yet merged away) are skipped.
 */
public final class LiveArticles {

  /** Receives one live paragraph per article. */
  @FunctionalInterface
  public interface Visitor {
    void visit(String articleId, LeafReader leaf, int doc) throws IOException;
  }

  private LiveArticles() {}

  /** Calls {@code visitor} once per article id and segment holding a live paragraph of it. */
  public static void forEach(DirectoryReader reader, Visitor visitor) throws IOException {
    for (LeafReaderContext context : reader.leaves()) {
      LeafReader leaf = context.reader();
      Terms terms = leaf.terms(IndexSchema.ARTICLE_ID);
      if (terms == null) {
        continue;
      }
      Bits live = leaf.getLiveDocs();
      TermsEnum termsEnum = terms.iterator();
      PostingsEnum postings = null;
      for (BytesRef term = termsEnum.next(); term != null; term = termsEnum.next()) {
        postings = termsEnum.postings(postings, PostingsEnum.NONE);
        for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
          if (live == null || live.get(doc)) {
            visitor.visit(term.utf8ToString(), leaf, doc);
            break;
          }
        }
      }
    }
  }
}
