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
 * it stays findable in the paragraph it was cut from. So is one that joins the halves of a quotation
 * the story cut with its attribution, or that ends with an attribution of its own (", says the
 * columnist"). A short paragraph of the story's own that shares only a few words with another, or
 * leaves out words that are not an attribution, or tells something new, is kept.
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

  @Property(tries = 120)
  void aQuotationJoinedAcrossItsAttributionIsDropped(
      @ForAll("quotations") String[] halves, @ForAll("speakers") String speaker, @ForAll @IntRange(min = 0, max = 3) int at) {
    String quoted = "“" + halves[0] + ",” " + speaker + ", “" + halves[1] + ".”";
    List<String> story = List.of(P1, P2 + " " + quoted, P3);
    List<String> blocks = new ArrayList<>(story);
    blocks.add(at, "“" + capitalised(halves[0]) + ", " + halves[1] + ".”");

    assertThat(texts(split(blocks.toArray(String[]::new)))).containsExactlyElementsOf(story);
  }

  @Property(tries = 120)
  void aFragmentWithItsOwnAttributionIsDropped(
      @ForAll("fragments") String quote, @ForAll("ownAttributions") String attribution, @ForAll @IntRange(min = 0, max = 3) int at) {
    List<String> blocks = new ArrayList<>(STORY);
    blocks.add(at, "\"" + quote.replaceAll("[“”\"‘’.]", "") + attribution + "\"");

    assertThat(texts(split(blocks.toArray(String[]::new)))).containsExactlyElementsOf(STORY);
  }

  @Property(tries = 80)
  void aShortParagraphLeavingOutWordsThatAreNoAttributionIsKept(@ForAll("retold") String retold, @ForAll @IntRange(min = 0, max = 3) int at) {
    List<String> blocks = new ArrayList<>(STORY);
    blocks.add(at, retold);

    assertThat(texts(split(blocks.toArray(String[]::new)))).contains(retold).containsAll(STORY);
  }

  /** The two halves of a story quotation, each of a few words. */
  @Provide
  Arbitrary<String[]> quotations() {
    return Arbitraries.of(
        new String[] {"we have waited two seasons for water", "and we will not wait a third"},
        new String[] {"the gates were never opened", "even when the river was high"},
        new String[] {"nobody asked the farmers", "so the farmers will ask the court"},
        new String[] {"our children leave for the city", "because there is nothing to harvest here"});
  }

  /** Who said it, as a story cuts a quotation with it. */
  @Provide
  Arbitrary<String> speakers() {
    return Arbitraries.of("Goni said", "said Amina Goni", "she said", "said the chairman of the union", "the mayor told reporters",
        "Okafor added");
  }

  /** A pull quote's own attribution after a comma. */
  @Provide
  Arbitrary<String> ownAttributions() {
    return Arbitraries.of(", says the columnist", ", says the writer", ", writes Aisha Bello", ", Goni said", ", argues the author");
  }

  /**
   * A short paragraph of the story's own retelling another with words left out that are not an
   * attribution: news in its own right, for a search.
   */
  @Provide
  Arbitrary<String> retold() {
    return Arbitraries.of(
        "Officials promised engineers would inspect the canal gates.",
        "The provincial council met to debate the new water-sharing agreement.",
        "Local growers said they would wait for the inspection.",
        "Farmers say the agreement has left their fields dry.");
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
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
