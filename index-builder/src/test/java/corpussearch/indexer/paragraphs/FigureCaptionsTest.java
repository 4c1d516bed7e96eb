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
 * A figure's, map's, chart's or table's caption, opened by its label and number, in four languages.
 * Sentences about a map or a figure stay.
 */
class FigureCaptionsTest {

  @Property(tries = 100)
  void aFiguresCaptionIsDropped(@ForAll("figureCaptions") String caption) {
    ParagraphSplit result = split(P1, caption, P2);

    assertThat(texts(result)).containsExactly(P1, P2);
    assertThat(result.dropped(DropReason.CAPTION)).isEqualTo(1);
  }

  @Property(tries = 60)
  void aCaptionOrCreditLabelledAbroadIsDropped(@ForAll("captionsAbroad") String caption) {
    ParagraphSplit result = split(P1, caption, P2);

    assertThat(texts(result)).containsExactly(P1, P2);
    assertThat(result.dropped(DropReason.CAPTION)).isEqualTo(1);
  }

  @Property(tries = 30)
  void storySentencesWithTheSameWordsAreKept(@ForAll("storySentences") String sentence) {
    assertThat(texts(split(P1, sentence, P2, P3))).containsExactly(P1, sentence, P2, P3);
  }

  @Provide
  Arbitrary<String> figureCaptions() {
    Arbitrary<String> label = Arbitraries.of("Figure", "Fig.", "Chart", "Map", "Table", "Graphic", "Carte", "Graphique", "Tableau",
        "Gráfico", "Mapa", "Tabla", "Tabela", "Figura");
    Arbitrary<String> number = Arbitraries.of(" 1:", " 2.", " 3 —", " 12:", ":", " —", " 4 –", " 2 :");
    Arbitrary<String> text = Arbitraries.of("Reported attacks on markets, Menaka region, 2024. Source: author's dataset.",
        "Displacement by district, January to June 2025", "Incidents per month since 2019 (ACLED data)",
        "Les attaques recensées dans la région de Tillabéri en 2024.", "Ataques registrados por provincia, 2024");
    Arbitrary<String> source = Arbitraries.of("Source: author's dataset.", "Sources: ACLED; UNHCR", "Data source: national statistics office",
        "Fuente: Naciones Unidas", "Fonte: INE, 2024.", "Source : ministère de la Santé");
    return Arbitraries.oneOf(Combinators.combine(label, number, text).as((l, n, t) -> l + n + " " + t), source);
  }

  /** A French, Spanish or Portuguese caption with its label first, or a credit after the caption. */
  @Provide
  Arbitrary<String> captionsAbroad() {
    Arbitrary<String> caption = Arbitraries.of("Des habitants devant le marché incendié de Gao, lundi.",
        "Desplazados en un campamento cerca de Ménaka.", "Moradores de Mocímboa da Praia regressam às suas casas.");
    Arbitrary<String> labelled = Combinators.combine(Arbitraries.of("Foto: ", "Légende : ", "Leyenda: ", "Legenda: ", "Pie de foto: "), caption)
        .as((l, c) -> l + c);
    Arbitrary<String> credited = Combinators.combine(caption, Arbitraries.of(" Foto: EFE", " Crédit photo : Issouf Sanogo/AFP",
            " (Foto: Lusa)", " (Photo : AFP)", " Foto: João Silva/Lusa"))
        .as((c, r) -> c + r);
    return Arbitraries.oneOf(labelled, credited);
  }

  @Provide
  Arbitrary<String> storySentences() {
    return Arbitraries.of(
        "Map 3 shows the roads the group taxes, which run from Ansongo to the Niger border.",
        "La légende du football malien est morte lundi à Bamako, a annoncé sa famille dans un communiqué.",
        "Le photographe a perdu son appareil dans l'attaque du convoi, selon ses collègues de l'agence.",
        "Source: a senior official who attended the meeting said the deal was off, though the ministry denied it.",
        "Figure skating returned to the national games this year after a decade without a rink in the capital.");
  }
}
