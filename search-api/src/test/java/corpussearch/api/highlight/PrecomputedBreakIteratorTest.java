package corpussearch.api.highlight;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link PrecomputedBreakIterator} answers every question with the boundaries the JDK's sentence
 * iterator stops at when it walks the text forwards.
 */
class PrecomputedBreakIteratorTest {

  @Property(tries = 300)
  void answersWithTheBoundariesOfTheJdkSentenceIterator(@ForAll("texts") String text) {
    List<Integer> boundaries = forwardBoundaries(text);
    BreakIterator ours = new PrecomputedBreakIterator(BreakIterator.getSentenceInstance(Locale.ROOT));
    ours.setText(text);
    assertThat(ours.current()).isZero();
    for (int offset = 0; offset <= text.length(); offset++) {
      int following = following(boundaries, offset);
      int preceding = preceding(boundaries, offset);
      assertThat(ours.following(offset)).as("following(%d)", offset).isEqualTo(following);
      assertThat(ours.current()).as("current after following(%d)", offset).isEqualTo(following == BreakIterator.DONE ? text.length() : following);
      assertThat(ours.preceding(offset)).as("preceding(%d)", offset).isEqualTo(preceding);
      assertThat(ours.current()).as("current after preceding(%d)", offset).isEqualTo(preceding == BreakIterator.DONE ? 0 : preceding);
      assertThat(ours.isBoundary(offset)).as("isBoundary(%d)", offset).isEqualTo(boundaries.contains(offset));
    }
    List<Integer> walked = new ArrayList<>();
    for (int b = ours.first(); b != BreakIterator.DONE; b = ours.next()) {
      walked.add(b);
    }
    assertThat(walked).isEqualTo(boundaries);
    List<Integer> backwards = new ArrayList<>();
    for (int b = ours.last(); b != BreakIterator.DONE; b = ours.previous()) {
      backwards.add(0, b);
    }
    assertThat(backwards).isEqualTo(boundaries);
  }

  @Example
  void beforeAnyTextItIsOverEmptyText() {
    BreakIterator jdk = BreakIterator.getSentenceInstance(Locale.ROOT);
    BreakIterator ours = new PrecomputedBreakIterator(BreakIterator.getSentenceInstance(Locale.ROOT));
    assertThat(ours.current()).isEqualTo(jdk.current()).isZero();
    assertThat(ours.next()).isEqualTo(jdk.next()).isEqualTo(BreakIterator.DONE);
    assertThat(ours.getText().getEndIndex()).isZero();
  }

  @Example
  void aCopyKeepsItsOwnBoundaries() {
    PrecomputedBreakIterator one = new PrecomputedBreakIterator(BreakIterator.getSentenceInstance(Locale.ROOT));
    one.setText("One. Two. Three.");
    PrecomputedBreakIterator copy = one.clone();
    copy.setText("Four five six seven eight nine ten eleven twelve.");
    assertThat(one.following(0)).isEqualTo(5);
    assertThat(copy.following(0)).isEqualTo(49);
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> word = Arbitraries.of("The", "U.S.", "army", "said", "Mr.", "Smith", "left", "3.5", "km", "\"Yes.\"", "why?", "no!", "", "…");
    Arbitrary<String> sentence = word.list().ofMinSize(1).ofMaxSize(12).map(words -> String.join(" ", words))
        .flatMap(body -> Arbitraries.of(".", "?", "!", "", ". ", ".\n").map(end -> body + end));
    return sentence.list().ofMaxSize(8).map(sentences -> String.join(" ", sentences));
  }

  private static List<Integer> forwardBoundaries(String text) {
    BreakIterator jdk = BreakIterator.getSentenceInstance(Locale.ROOT);
    jdk.setText(text);
    List<Integer> boundaries = new ArrayList<>();
    for (int b = jdk.first(); b != BreakIterator.DONE; b = jdk.next()) {
      boundaries.add(b);
    }
    return boundaries;
  }

  private static int following(List<Integer> boundaries, int offset) {
    return boundaries.stream().filter(b -> b > offset).findFirst().orElse(BreakIterator.DONE);
  }

  private static int preceding(List<Integer> boundaries, int offset) {
    return boundaries.stream().filter(b -> b < offset).reduce((a, b) -> b).orElse(BreakIterator.DONE);
  }
}
