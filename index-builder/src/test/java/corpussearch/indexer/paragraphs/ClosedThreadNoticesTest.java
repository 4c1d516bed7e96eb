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
 * The page's notice that its comments are shut, in the wordings and languages (English, French, Spanish,
 * Portuguese) sites give it, with its reason before it or the page after it. Story sentences about comments stay.
 */
class ClosedThreadNoticesTest {

  @Property(tries = 150)
  void aNoticeThatTheCommentsAreShutIsDropped(@ForAll("threadShut") String notice) {
    ParagraphSplit result = split(P1, P2, notice);

    assertThat(texts(result)).containsExactly(P1, P2);
  }

  @Property(tries = 30)
  void storySentencesWithTheSameWordsAreKept(@ForAll("storySentences") String sentence) {
    assertThat(texts(split(P1, sentence, P2, P3))).containsExactly(P1, sentence, P2, P3);
  }

  @Provide
  Arbitrary<String> threadShut() {
    Arbitrary<String> reason = Arbitraries.of("", "Because this matter is before the courts, ", "For legal reasons, ",
        "Due to the volume of abusive posts, ", "As this case is before the courts, ");
    Arbitrary<String> english = Combinators.combine(
            Arbitraries.of("Comments", "Commenting", "The comment section", "comments"),
            Arbitraries.of(" are", " have been", " has been", " is", ""),
            Arbitraries.of("", " now", " temporarily"),
            Arbitraries.of(" closed", " disabled", " turned off", " suspended", " not available"),
            Arbitraries.of("", " on this article", " for this story", " on this post"),
            Arbitraries.of(".", "", "!"))
        .as((s, v, a, st, sc, e) -> s + v + a + st + sc + e);
    Arbitrary<String> withReason = Combinators.combine(reason, english)
        .as((r, e) -> r.isEmpty() ? e : r + e.substring(0, 1).toLowerCase() + e.substring(1));
    Arbitrary<String> french = notice(Arbitraries.of("Les commentaires sont fermés", "Les commentaires sont désactivés",
            "Les commentaires ont été fermés", "Commentaires fermés", "Les commentaires sont clos", "Les commentaires sont suspendus"),
        " pour cet article", " sur cet article", " pour ce billet");
    Arbitrary<String> spanish = notice(Arbitraries.of("Los comentarios están cerrados", "Comentarios cerrados",
            "Los comentarios han sido desactivados", "Los comentarios están desactivados"),
        " para esta noticia", " en este artículo", " para este artículo");
    Arbitrary<String> portuguese = notice(Arbitraries.of("Os comentários estão fechados", "Comentários encerrados",
            "Os comentários foram desativados", "Os comentários estão desativados"),
        " neste artigo", " para esta matéria", " nesta notícia");
    return Arbitraries.oneOf(withReason, french, spanish, portuguese);
  }

  /** A notice in one language: its words, this page named or not, a stop or none. */
  private static Arbitrary<String> notice(Arbitrary<String> words, String... thisPage) {
    Arbitrary<String> page = Arbitraries.of(thisPage).injectNull(0.3).map(p -> p == null ? "" : p);
    return Combinators.combine(words, page, Arbitraries.of(".", "")).as((w, p, e) -> w + p + e);
  }

  @Provide
  Arbitrary<String> storySentences() {
    return Arbitraries.of(
        "Comments from residents were closed to the press after the meeting, the mayor's office said on Monday.",
        "The comment period on the mining permit is closed, and the agency will publish its decision in March.",
        "Les commentaires du ministre sont fermés à toute discussion, a estimé un député de l'opposition lundi.");
  }
}
