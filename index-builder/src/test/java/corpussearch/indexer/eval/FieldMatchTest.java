package corpussearch.indexer.eval;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A phrase of the gold is found in an article's text as whole words, leniently as to case, spacing
 * and quote styles: a furniture phrase that is only a piece of a longer story word ("Subscribe" in
 * "subscribers") is not counted as kept.
 */
class FieldMatchTest {

  @Property(tries = 200)
  void aPhraseStandingAsWholeWordsIsFound(@ForAll("phrases") String phrase, @ForAll("edges") String before, @ForAll("edges") String after) {
    String text = "The council met on Tuesday" + before + phrase.toUpperCase() + after + "and the vote was close.";

    assertThat(FieldMatch.contains(text, phrase)).as(text).isTrue();
  }

  @Property(tries = 200)
  void aPhraseInsideLongerWordsIsNotFound(@ForAll("phrases") String phrase, @ForAll("glued") String prefix, @ForAll("glued") String suffix) {
    String text = "(" + prefix + phrase + suffix + ")";

    assertThat(FieldMatch.contains(text, phrase)).as(text).isEqualTo(prefix.isEmpty() && suffix.isEmpty());
  }

  @Property(tries = 50)
  void aLaterWholeWordOccurrenceIsFoundAfterAGluedOne(@ForAll("phrases") String phrase) {
    String text = "The " + phrase + "rs list grew; " + phrase + " now.";

    assertThat(FieldMatch.contains(text, phrase)).as(text).isTrue();
  }

  @Property(tries = 50)
  void aPhraseEndingInPunctuationMayBeFollowedByAnything(@ForAll("phrases") String phrase) {
    assertThat(FieldMatch.contains("See " + phrase + ":x", phrase + ":")).isTrue();
  }

  @Provide
  Arbitrary<String> phrases() {
    Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(9);
    return word.list().ofMinSize(1).ofMaxSize(4).map(words -> String.join(" ", words));
  }

  @Provide
  Arbitrary<String> edges() {
    return Arbitraries.of(" ", "  ", " \"", " (", ", ", " — ", "\n");
  }

  @Provide
  Arbitrary<String> glued() {
    return Arbitraries.of("", "", "s", "ers", "un", "x9", "é");
  }
}
