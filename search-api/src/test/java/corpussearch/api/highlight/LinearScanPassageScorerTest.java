package corpussearch.api.highlight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/** {@link LinearScanPassageScorer} gives every passage Lucene's own score, to the last bit. */
class LinearScanPassageScorerTest {

  record Match(String term, int freqInDoc) {}

  record Sample(int start, int length, int contentLength, List<Match> matches) {}

  @Property(tries = 500)
  void scoresAsLucenesPassageScorer(@ForAll("passages") Sample sample) {
    Passage passage = new Passage();
    passage.setStartOffset(sample.start());
    passage.setEndOffset(sample.start() + sample.length());
    int offset = sample.start();
    for (Match match : sample.matches()) {
      passage.addMatch(offset, offset + 1, new BytesRef(match.term()), match.freqInDoc());
      offset = Math.min(offset + 1, sample.start() + sample.length() - 1);
    }
    float lucene = new PassageScorer().score(passage, sample.contentLength());
    assertThat(new LinearScanPassageScorer().score(passage, sample.contentLength())).isEqualTo(lucene);
  }

  @Provide
  Arbitrary<Sample> passages() {
    Arbitrary<Match> match = Combinators.combine(Arbitraries.of("kabul", "airport", "attack", "isis", "k", "khorasan"), Arbitraries.integers().between(1, 9))
        .as(Match::new);
    return Combinators.combine(
            Arbitraries.integers().between(0, 2_000),
            Arbitraries.integers().between(2, 600),
            Arbitraries.integers().between(0, 5_000),
            match.list().ofMaxSize(12))
        .as((start, length, extra, matches) -> new Sample(start, length, start + length + extra, matches));
  }
}
