package corpussearch.indexer.paragraphs;

import static corpussearch.indexer.paragraphs.Articles.P1;
import static corpussearch.indexer.paragraphs.Articles.P2;
import static corpussearch.indexer.paragraphs.Articles.P3;
import static corpussearch.indexer.paragraphs.Articles.split;
import static corpussearch.indexer.paragraphs.Articles.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * A pull quote is a fragment of a story paragraph set out again on its own: whatever its quotes,
 * case, closing stop or left-out words, and wherever it stands, it is dropped, and every word of
 * it stays findable in the paragraph it was cut from. A short paragraph of the story's own that
 * shares only a few words with another, or tells something new, is kept.
 */
class PullQuoteRepeatsTest {
  private static final List<String> STORY = List.of(P1, P2, P3);

  @Property(tries = 200)
  void aFragmentOfAStoryParagraphSetOutOnItsOwnIsDropped(
      @ForAll("fragments") String quote, @ForAll @IntRange(min = 0, max = 3) int at) {
    List<String> blocks = new ArrayList<>(STORY);
    blocks.add(at, quote);

    assertThat(texts(split(blocks.toArray(String[]::new)))).containsExactlyElementsOf(STORY);
  }

  @Property(tries = 120)
  void aShortParagraphSharingACommonPhraseIsKept(
      @ForAll("commonPhrases") String shortParagraph, @ForAll @IntRange(min = 0, max = 3) int at) {
    List<String> blocks = new ArrayList<>(STORY);
    blocks.add(at, shortParagraph);

    assertThat(texts(split(blocks.toArray(String[]::new)))).contains(shortParagraph).containsAll(STORY);
  }

  /** A run of at least six words from one story paragraph, dressed as a pull quote. */
  @Provide
  Arbitrary<String> fragments() {
    Arbitrary<String[]> words = Arbitraries.of(STORY).map(p -> p.replaceAll("[.,]", "").split(" "));
    return words.flatMap(w -> Combinators.combine(
            Arbitraries.integers().between(0, w.length - 6), Arbitraries.integers().between(6, 14),
            Arbitraries.of("“%s”", "\"%s\"", "%s", "%s.", "‘%s…’", "… %s …"), Arbitraries.of(true, false),
            Arbitraries.of(true, false))
        .as((from, length, dress, upper, elided) -> {
          List<String> run = new ArrayList<>(Arrays.asList(w).subList(from, Math.min(w.length, from + length)));
          if (elided && run.size() >= 9) {
            run.subList(3, 5).clear();
            run.add(3, "…");
          }
          String text = String.join(" ", run);
          text = upper ? text.toUpperCase(Locale.ROOT) : Character.toUpperCase(text.charAt(0)) + text.substring(1);
          return String.format(dress, text);
        }));
  }

  /**
   * The story's own short paragraphs: a few words it shares with another paragraph ("the next
   * planting season"), then something new, or a short sentence of five words found in it.
   */
  @Provide
  Arbitrary<String> commonPhrases() {
    Arbitrary<String> shared = Arbitraries.of("before the next planting season", "to pay debts", "the new water-sharing agreement",
        "on Tuesday to debate", "similar promises were made");
    Arbitrary<String> said = Arbitraries.of("Farmers said they would protest %s.", "The minister refused to discuss %s.",
        "Nobody had expected anything %s.", "%s, the mayor added, was a priority.");
    return Combinators.combine(shared, said).as((phrase, sentence) -> {
      String text = String.format(sentence, phrase);
      return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    });
  }
}
