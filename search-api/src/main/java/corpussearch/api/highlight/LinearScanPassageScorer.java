package corpussearch.api.highlight;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's {@link PassageScorer} formula (BM25 over the passage, then the position norm), with the
 * passage's distinct terms found by a scan of the few it holds. Lucene's own {@code score} builds a
 * {@code BytesRefHash} for every passage it considers, and that hash's first block is 32 KB of
 * fresh memory: on a small index, a tenth of a search went into clearing it.
 *
 * <p>Terms are summed in the order of their first match, as Lucene sums them, so the scores are
 * the same to the last bit.
 */
final class LinearScanPassageScorer extends PassageScorer {

  @Override
  public float score(Passage passage, int contentLength) {
    int matches = passage.getNumMatches();
    BytesRef[] terms = passage.getMatchTerms();
    int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
    int[] firstMatch = new int[matches];
    int[] freqsInPassage = new int[matches];
    int distinct = 0;
    for (int i = 0; i < matches; i++) {
      int seen = indexOf(terms, firstMatch, distinct, terms[i]);
      if (seen < 0) {
        seen = distinct++;
        firstMatch[seen] = i;
      }
      freqsInPassage[seen]++;
    }
    double score = 0d;
    for (int t = 0; t < distinct; t++) {
      score += tf(freqsInPassage[t], passage.getLength()) * weight(contentLength, freqsInDoc[firstMatch[t]]);
    }
    score *= norm(passage.getStartOffset());
    return (float) score;
  }

  private static int indexOf(BytesRef[] terms, int[] firstMatch, int distinct, BytesRef term) {
    for (int t = 0; t < distinct; t++) {
      if (terms[firstMatch[t]].bytesEquals(term)) {
        return t;
      }
    }
    return -1;
  }
}
