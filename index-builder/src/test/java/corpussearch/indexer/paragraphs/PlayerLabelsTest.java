package corpussearch.indexer.paragraphs;

import static corpussearch.indexer.paragraphs.Articles.P1;
import static corpussearch.indexer.paragraphs.Articles.P2;
import static corpussearch.indexer.paragraphs.Articles.P3;
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
 * An audio player's label over a story, its verb, what it plays, its running time and its link, in four
 * languages. Sentences about playing or listening stay.
 */
class PlayerLabelsTest {

  @Property(tries = 100)
  void anAudioPlayersLabelIsDropped(@ForAll("playerLabels") String label) {
    assertThat(texts(split(P1, label, P2))).containsExactly(P1, P2);
  }

  @Property(tries = 30)
  void storySentencesWithTheSameWordsAreKept(@ForAll("storySentences") String sentence) {
    assertThat(texts(split(P1, sentence, P2, P3))).containsExactly(P1, sentence, P2, P3);
  }

  @Provide
  Arbitrary<String> playerLabels() {
    Arbitrary<String> verb = Arbitraries.of("Listen to this article", "Listen to the story", "Listen", "Play audio", "Écouter cet article",
        "Écouter l'article", "Escuchar este artículo", "Escuchar", "Ouvir esta notícia", "Ouvir o artigo", "🎧 Listen to this article");
    Arbitrary<String> time = Arbitraries.of(" · 6:12 min", " 4 min", " (3:42)", " - 12 minutes", " | 5:03", " 2:10");
    Arbitrary<String> tail = Arbitraries.of("", " Learn more", " · Learn more", " En savoir plus", " Saiba mais");
    return Combinators.combine(verb, time, tail).as((v, t, l) -> v + t + l);
  }

  @Provide
  Arbitrary<String> storySentences() {
    return Arbitraries.of(
        "Play resumed after 20 minutes when the rain stopped, and the home side scored twice before the break.",
        "Listen to the people of Gao, she said, and you will hear more anger than fear.");
  }
}
