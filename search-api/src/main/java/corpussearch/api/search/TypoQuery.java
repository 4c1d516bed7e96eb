package corpussearch.api.search;

import corpussearch.indexer.index.IndexSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.QueryTimeout;
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
 * <p>It walks the index's merged term dictionary once, rather than each segment's as Lucene's
 * {@code FuzzyQuery} does, so every segment searches the same words; keeps the closest {@code
 * maxExpansions} of them (fewest edits first, then the most frequent, where {@code FuzzyQuery}
 * keeps the first in term order among equally close words; when there is none and the paragraph
 * text does not hold the word as typed either, the stems of the words one edit from the typed one,
 * {@link StemmedTypos}); stops at the request's deadline; and
 * remembers the words per index version ({@link TypoExpansions}), since a typo's expansion is the
 * dearest part of planning a query. It rewrites itself to a {@link BlendedTermQuery} over them,
 * which the highlighter then sees as plain terms.
 */
final class TypoQuery extends Query {

  private record Found(BytesRef term, float similarity, int docFreq) {}

  /** Words found between two looks at the deadline: a look costs a clock read. */
  private static final int CHECK_EVERY = 64;

  private final Term term;
  private final int maxEdits;
  private final int prefixLength;
  private final int maxExpansions;
  private final TypoExpansions remembered;
  private final StemmedTypos stemmed;
  // The same typo appears twice in a ranking query (its tier and its score); expand it once.
  private IndexReader expandedFor;
  private Query expansion;

  /** @param stemmed where to look when no word of the index is within {@code maxEdits} of the term */
  TypoQuery(Term term, int maxEdits, int prefixLength, int maxExpansions, TypoExpansions remembered, StemmedTypos stemmed) {
    this.term = term;
    this.stemmed = stemmed;
    this.maxEdits = maxEdits;
    this.prefixLength = prefixLength;
    this.maxExpansions = maxExpansions;
    this.remembered = remembered;
  }

  @Override
  public synchronized Query rewrite(IndexSearcher searcher) throws IOException {
    if (expandedFor != searcher.getIndexReader()) {
      expansion = expand(searcher.getIndexReader(), searcher.getTimeout());
      expandedFor = searcher.getIndexReader();
    }
    return expansion;
  }

  /**
   * The closest words as one blended term. Once {@code deadline} has passed, the walk stops with
   * the words found so far (none before it starts), which are then not remembered.
   */
  private Query expand(IndexReader reader, QueryTimeout deadline) throws IOException {
    List<TypoExpansions.Candidate> candidates = remembered.candidates(term, maxEdits, () -> closest(reader, deadline));
    if (candidates.isEmpty()) {
      return new MatchNoDocsQuery("no word within " + maxEdits + " edits of " + term.text());
    }
    BlendedTermQuery.Builder blended = new BlendedTermQuery.Builder();
    candidates.forEach(candidate -> blended.add(candidate.term(), candidate.similarity()));
    return blended.build();
  }

  /** The closest {@code maxExpansions} words of the index: fewest edits first, then most frequent. */
  private TypoExpansions.Closest closest(IndexReader reader, QueryTimeout deadline) throws IOException {
    Terms terms = MultiTerms.getTerms(reader, term.field());
    if (terms == null) {
      return new TypoExpansions.Closest(List.of(), true);
    }
    if (expired(deadline)) {
      return new TypoExpansions.Closest(List.of(), false);
    }
    List<Found> found = new ArrayList<>();
    boolean complete = true;
    FuzzyTermsEnum close = new FuzzyTermsEnum(terms, term, maxEdits, prefixLength, true);
    for (BytesRef word = close.next(); word != null; word = close.next()) {
      found.add(new Found(BytesRef.deepCopyOf(word), close.getBoost(), close.docFreq()));
      if (found.size() % CHECK_EVERY == 0 && expired(deadline)) {
        complete = false;
        break;
      }
    }
    if (found.isEmpty() && complete && !inText(reader)) {
      return new TypoExpansions.Closest(stemmed.of(reader, term, prefixLength, maxExpansions), true);
    }
    found.sort(Comparator.comparingDouble(Found::similarity).reversed()
        .thenComparing(Comparator.comparingInt(Found::docFreq).reversed()));
    return new TypoExpansions.Closest(found.stream().limit(maxExpansions)
        .map(word -> new TypoExpansions.Candidate(new Term(term.field(), word.term()), word.similarity()))
        .toList(), complete);
  }

  /**
   * Whether the paragraph text holds the word as typed: then it is no typo, and a heading without
   * it needs no search of its one-edit stems (the fallback is for words that match nothing).
   */
  private boolean inText(IndexReader reader) throws IOException {
    return reader.docFreq(new Term(IndexSchema.TEXT, term.text())) > 0;
  }

  private static boolean expired(QueryTimeout deadline) {
    return deadline != null && deadline.shouldExit();
  }

  /** The most words this query expands to. */
  int maxExpansions() {
    return maxExpansions;
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
