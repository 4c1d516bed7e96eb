package corpussearch.indexer.paragraphs;

import static corpussearch.indexer.paragraphs.Articles.P1;
import static corpussearch.indexer.paragraphs.Articles.P2;
import static corpussearch.indexer.paragraphs.Articles.split;
import static corpussearch.indexer.paragraphs.Articles.texts;
import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Captions in the shapes round 32's pages print them: a text browser's "[IMG]" caption wrapped at
 * any word, its credit on the next line; a caption labelled "Header image:" or "Featured photo:";
 * an archive picture's "— File photo" after the caption. Prose about a picture stays.
 */
class PictureMarkersAndLabelsTest {

  @Property(tries = 40)
  void aBrowsersPictureCaptionWrappedOverLinesIsDroppedWhole(@ForAll("captions") String caption,
      @ForAll("photographers") String photographer) {
    int cut = photographer.indexOf(' ');
    String wrapped = "[IMG] " + caption + " " + photographer.substring(0, cut) + "\n" + photographer.substring(cut + 1) + " for Frontier Affairs";

    assertThat(texts(split(P1, wrapped, P2))).containsExactly(P1, P2);
  }

  @Property(tries = 40)
  void aCaptionUnderAQualifiedLabelOrWithAFilePhotoCreditIsDropped(@ForAll("labelled") String caption) {
    assertThat(texts(split(P1, caption, P2))).containsExactly(P1, P2);
  }

  @Property(tries = 20)
  void proseAboutAPictureStays(@ForAll("prose") String prose) {
    assertThat(texts(split(P1, prose, P2))).containsExactly(P1, prose, P2);
  }

  @Provide
  Arbitrary<String> captions() {
    return Arbitraries.of("Lorries wait to cross the Friendship Bridge into Afghanistan.", "Border guards patrol the river bank at dusk.",
        "A freight train leaves Termez for the Afghan border.");
  }

  @Provide
  Arbitrary<String> photographers() {
    return Arbitraries.of("Kamol Ergashev", "Dilnoza Rahimova", "Pierre Lamy");
  }

  @Provide
  Arbitrary<String> labelled() {
    Arbitrary<String> label = Arbitraries.of("Header image: ", "Featured photo: ", "Top picture: ", "Main image: ", "");
    Arbitrary<String> credit = Arbitraries.of(" — File photo", " - Archive picture", " – File image");
    return Combinators.combine(label, captions(), credit).as((l, c, f) -> l + c + f);
  }

  @Provide
  Arbitrary<String> prose() {
    return Arbitraries.of("The header image of the campaign was chosen by the committee, which met twice in March.",
        "A file photo of the minister was shown on state television on Monday evening, viewers said.");
  }
}
