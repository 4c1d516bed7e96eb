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
 * A French, Spanish, Portuguese or German page's comment section and newsletter prompt, as its copy keeps
 * them: the thread's title and its closing notice, the reader sent to react elsewhere, the
 * invitation to get the news by e-mail. Story sentences with the same words are kept.
 */
class CommentsAndPromptsAbroadTest {

  @Property(tries = 60)
  void aCommentNoticeOrTitleIsDropped(@ForAll("commentLines") String line) {
    ParagraphSplit result = split(P1, line, P2);

    assertThat(texts(result)).containsExactly(P1, P2);
    assertThat(result.dropped(DropReason.COMMENTS)).isEqualTo(1);
  }

  @Property(tries = 60)
  void aNewsletterInvitationIsDropped(@ForAll("prompts") String prompt) {
    ParagraphSplit result = split(P1, prompt, P2);

    assertThat(texts(result)).containsExactly(P1, P2);
    assertThat(result.dropped(DropReason.NEWSLETTER)).isEqualTo(1);
  }

  @Property(tries = 30)
  void storySentencesWithTheSameWordsAreKept(@ForAll("prose") String prose) {
    assertThat(texts(split(P1, prose, P2))).containsExactly(P1, prose, P2);
  }

  @Provide
  Arbitrary<String> commentLines() {
    Arbitrary<String> closed = Arbitraries.of("Les commentaires sont fermés.", "Les commentaires sont clos.", "Les commentaires sont désactivés",
        "Los comentarios están cerrados.", "Os comentários estão fechados.", "Os comentários foram encerrados.",
        "Die Kommentarfunktion ist für diesen Artikel geschlossen.", "Kommentare sind derzeit deaktiviert.");
    Arbitrary<String> titles = Arbitraries.of("Commentaires", "3 commentaires", "Commentaires (12)", "Laisser un commentaire", "Deja un comentario",
        "Deixe um comentário", "Comentários (0)", "Kommentare (12)", "3 Kommentare", "Kommentar schreiben");
    Arbitrary<String> react = Combinators.combine(Arbitraries.of("Réagissez à cet article", "Réagissez à cet article sur nos pages Facebook et WhatsApp"),
        Arbitraries.of(".", "", " !")).as((r, end) -> r + end);
    return Arbitraries.oneOf(closed, titles, react);
  }

  @Provide
  Arbitrary<String> prompts() {
    return Arbitraries.of(
        "Recevez chaque matin l'essentiel de l'actualité malienne dans votre boîte mail.",
        "Inscrivez-vous à notre newsletter",
        "Abonnez-vous à la lettre d'information du soir",
        "Recevez nos alertes par courriel",
        "Suscríbete a nuestro boletín diario",
        "Recibe las noticias del día en tu correo",
        "Inscreva-se na nossa newsletter",
        "Receba as principais notícias na sua caixa de entrada");
  }

  @Provide
  Arbitrary<String> prose() {
    return Arbitraries.of(
        "Les commentaires du ministre sont fermés à toute discussion, a estimé un député de l'opposition lundi.",
        "Le groupe armé a envoyé un courriel aux rédactions pour revendiquer l'attaque de la gare routière.",
        "Les habitants ont réagi à cet article de loi par une pétition signée par plus de 2 000 personnes.",
        "Los comentarios del gobernador fueron cerrados por la comisión, que pidió un informe completo antes del lunes.",
        "Os comentários dos comerciantes foram ouvidos pela câmara municipal, que prometeu rever a taxa até março.",
        "Die Kommentare des Ministers wurden im Landtag scharf kritisiert, sagte ein Sprecher der Opposition am Dienstag.",
        "Ceux qui refusent voient leur véhicule incendié ou leurs biens saisis, et reçoivent des menaces par courriel.");
  }
}
