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

  private record Found(BytesRef term, float similarity, int docFreq) {}

  private final Term term;
  private final int maxEdits;
  private final int prefixLength;
  private final int maxExpansions;
  private final TypoExpansions remembered;
  // The same typo appears twice in a ranking query (its tier and its score); expand it once.
  private IndexReader expandedFor;
  private Query expansion;

  TypoQuery(Term term, int maxEdits, int prefixLength, int maxExpansions, TypoExpansions remembered) {
    this.term = term;
    this.maxEdits = maxEdits;
    this.prefixLength = prefixLength;
    this.maxExpansions = maxExpansions;
    this.remembered = remembered;
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
    List<TypoExpansions.Candidate> candidates = remembered.get(term, maxEdits, () -> closest(reader));
    if (candidates.isEmpty()) {
      return new MatchNoDocsQuery("no word within " + maxEdits + " edits of " + term.text());
    }
    BlendedTermQuery.Builder blended = new BlendedTermQuery.Builder();
    candidates.forEach(candidate -> blended.add(candidate.term(), candidate.similarity()));
    return blended.build();
  }

  /** The closest {@code maxExpansions} words of the index: fewest edits first, then most frequent. */
  private List<TypoExpansions.Candidate> closest(IndexReader reader) throws IOException {
    Terms terms = MultiTerms.getTerms(reader, term.field());
    if (terms == null) {
      return List.of();
    }
    List<Found> found = new ArrayList<>();
    FuzzyTermsEnum close = new FuzzyTermsEnum(terms, term, maxEdits, prefixLength, true);
    for (BytesRef word = close.next(); word != null; word = close.next()) {
      found.add(new Found(BytesRef.deepCopyOf(word), close.getBoost(), close.docFreq()));
    }
    found.sort(Comparator.comparingDouble(Found::similarity).reversed()
        .thenComparing(Comparator.comparingInt(Found::docFreq).reversed()));
    return found.stream().limit(maxExpansions)
        .map(word -> new TypoExpansions.Candidate(new Term(term.field(), word.term()), word.similarity()))
        .toList();
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
        && maxExpansions == ((TypoQuery) other).maxExpansions
        && remembered == ((TypoQuery) other).remembered;
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), term, maxEdits, prefixLength, maxExpansions);
  }
}
