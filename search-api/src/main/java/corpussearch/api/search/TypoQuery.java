package corpussearch.api.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.BlendedTermQuery;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;

/**
 * The words of the index within a few edits of a query word, found once per search over the
 * whole index and searched as one blended term.
 *
 * <p>Lucene's {@code FuzzyQuery} builds its Levenshtein automaton again for every segment it
 * searches, and a build over 9 letters with 2 edits costs milliseconds; an index written by
 * several threads has several segments, so that cost was the largest part of a search. This query
 * builds the automaton once, walks the index's merged term dictionary, keeps the closest {@code
 * maxExpansions} words (fewest edits first, then the most frequent) and rewrites itself to a
 * {@link BlendedTermQuery} over them, which the highlighter then sees as plain terms.
 */
final class TypoQuery extends Query {

  private record Candidate(BytesRef term, float similarity, int docFreq) {}

  private final Term term;
  private final int maxEdits;
  private final int prefixLength;
  private final int maxExpansions;
  // The same typo appears twice in a ranking query (its tier and its score); expand it once.
  private IndexReader expandedFor;
  private Query expansion;

  TypoQuery(Term term, int maxEdits, int prefixLength, int maxExpansions) {
    this.term = term;
    this.maxEdits = maxEdits;
    this.prefixLength = prefixLength;
    this.maxExpansions = maxExpansions;
  }

  @Override
  public synchronized Query rewrite(IndexSearcher searcher) throws IOException {
    if (expandedFor != searcher.getIndexReader()) {
      expansion = expand(searcher.getIndexReader());
      expandedFor = searcher.getIndexReader();
    }
    return expansion;
  }

  private Query expand(IndexReader reader) throws IOException {
    Terms terms = MultiTerms.getTerms(reader, term.field());
    if (terms == null) {
      return new MatchNoDocsQuery("no field " + term.field());
    }
    List<Candidate> candidates = new ArrayList<>();
    FuzzyTermsEnum close = new FuzzyTermsEnum(terms, term, maxEdits, prefixLength, true);
    for (BytesRef found = close.next(); found != null; found = close.next()) {
      candidates.add(new Candidate(BytesRef.deepCopyOf(found), close.getBoost(), close.docFreq()));
    }
    if (candidates.isEmpty()) {
      return new MatchNoDocsQuery("no word within " + maxEdits + " edits of " + term.text());
    }
    candidates.sort(Comparator.comparingDouble(Candidate::similarity).reversed()
        .thenComparing(Comparator.comparingInt(Candidate::docFreq).reversed()));
    BlendedTermQuery.Builder blended = new BlendedTermQuery.Builder();
    for (Candidate candidate : candidates.subList(0, Math.min(maxExpansions, candidates.size()))) {
      blended.add(new Term(term.field(), candidate.term()), candidate.similarity());
    }
    return blended.build();
  }

  @Override
  public void visit(QueryVisitor visitor) {
    if (visitor.acceptField(term.field())) {
      visitor.visitLeaf(this);
    }
  }

  @Override
  public String toString(String field) {
    return (term.field().equals(field) ? "" : term.field() + ":") + term.text() + "~" + maxEdits;
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other)
        && term.equals(((TypoQuery) other).term)
        && maxEdits == ((TypoQuery) other).maxEdits
        && prefixLength == ((TypoQuery) other).prefixLength
        && maxExpansions == ((TypoQuery) other).maxExpansions;
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), term, maxEdits, prefixLength, maxExpansions);
  }
}
