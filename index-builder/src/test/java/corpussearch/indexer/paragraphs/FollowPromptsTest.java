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
 * The outlet asking to be followed on social media or its channels, after a lead-in if any, in four
 * languages. Sentences telling who follows what, or where to go, stay.
 */
class FollowPromptsTest {

  @Property(tries = 150)
  void aPromptToFollowTheOutletIsDropped(@ForAll("followPrompts") String prompt) {
    assertThat(texts(split(P1, P2, P3, prompt))).containsExactly(P1, P2, P3);
  }

  @Property(tries = 30)
  void storySentencesWithTheSameWordsAreKept(@ForAll("storySentences") String sentence) {
    assertThat(texts(split(P1, sentence, P2, P3))).containsExactly(P1, sentence, P2, P3);
  }

  @Provide
  Arbitrary<String> followPrompts() {
    Arbitrary<String> lead = Arbitraries.of("", "For more news, ", "For the latest updates, ", "Stay connected: ", "To stay informed, ");
    Arbitrary<String> english = Combinators.combine(lead,
            Arbitraries.of("follow us", "follow ANN", "like The Herald", "join us", "find us", "follow The Mindanao Sentinel"),
            Arbitraries.of(" on our official social media pages.", " on Facebook, X and Instagram.", " on Telegram", " on WhatsApp",
                " on our social media accounts", " on social media."))
        .as((l, v, w) -> l.isEmpty() ? v.substring(0, 1).toUpperCase() + v.substring(1) + w : l + v + w);
    Arbitrary<String> abroad = Arbitraries.of("Suivez-nous sur nos réseaux sociaux.", "Suivez-nous sur Facebook et X",
        "Retrouvez-nous sur Facebook", "Pour plus d'informations, suivez-nous sur nos pages officielles.",
        "Síguenos en nuestras redes sociales.", "Síguenos en Facebook", "Siga-nos no Instagram", "Siga-nos nas redes sociais.",
        "Acompanhe-nos no YouTube");
    return Arbitraries.oneOf(english, abroad);
  }

  @Provide
  Arbitrary<String> storySentences() {
    return Arbitraries.of(
        "Residents follow the news on Facebook and WhatsApp because the local radio station closed in 2023.",
        "To find the camp, follow the river road for two hours and turn left at the old customs post.",
        "Police urged residents to follow official social media pages for updates on the curfew in the town.");
  }
}
