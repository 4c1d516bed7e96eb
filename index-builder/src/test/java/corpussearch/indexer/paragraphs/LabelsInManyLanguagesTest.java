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
import net.jqwik.api.constraints.IntRange;

/**
 * Labels a page prints in its own language, or in two: "read also" over a linked headline, an update
 * stamp over a date, and a picture's owner credit at the end of its caption. Each in many
 * languages and shapes, with prose of the same words that must be kept.
 */
class LabelsInManyLanguagesTest {

  @Property(tries = 80)
  void aReadAlsoLabelWithItsHeadlineIsDroppedInAnyLanguageOrTwo(@ForAll("readAlso") String label, @ForAll("headlines") String headline) {
    assertThat(texts(split(P1, label + " " + headline, P2))).containsExactly(P1, P2);
  }

  @Property(tries = 40)
  void aReadAlsoLabelAloneTitlesTheHeadlineUnderIt(@ForAll("readAlso") String label, @ForAll("headlines") String headline) {
    String alone = label.endsWith(":") ? label : label + ":";
    assertThat(texts(split(P1, alone, headline, P2))).containsExactly(P1, P2);
  }

  @Property(tries = 60)
  void aLabelledDateStampIsDropped(@ForAll("stamps") String stamp) {
    ParagraphSplit result = split(P1, stamp, P2);

    assertThat(texts(result)).containsExactly(P1, P2);
    assertThat(result.dropped(DropReason.METADATA)).isEqualTo(1);
  }

  @Property(tries = 40)
  void aCaptionEndingInItsOwnersCreditIsDropped(@ForAll("captions") String caption, @ForAll("owners") String owner) {
    assertThat(texts(split(P1, caption + " " + owner, P2))).containsExactly(P1, P2);
  }

  @Property(tries = 40)
  void aReadingTimeUnderItsLabelIsDroppedInAnyLanguage(@ForAll("readingTimes") String label, @ForAll @IntRange(min = 1, max = 40) int minutes,
      @ForAll("minuteWords") String unit) {
    assertThat(texts(split(P1, label + minutes + unit, P2))).containsExactly(P1, P2);
  }

  @Provide
  Arbitrary<String> readingTimes() {
    return Arbitraries.of("Temps de lecture : ", "Lesezeit: ", "Tiempo de lectura: ", "Tempo di lettura: ", "Leestijd: ", "Reading time: ",
        "Время чтения: ");
  }

  @Provide
  Arbitrary<String> minuteWords() {
    return Arbitraries.of(" min.", " min", " minutes", " Min.", "");
  }

  @Property(tries = 20)
  void proseWithTheSameWordsIsKept(@ForAll("prose") String prose) {
    assertThat(texts(split(P1, prose, P2))).containsExactly(P1, prose, P2);
  }

  @Provide
  Arbitrary<String> readAlso() {
    Arbitrary<String> foreign = Arbitraries.of("BERI TUDI", "Lexo edhe", "Mwina mungakonde", "Pročitajte još", "Lesen Sie auch",
        "Lire aussi", "Lee también", "Leia também", "Baca juga", "Soma pia", "Czytaj także", "Leggi anche", "Mehr zum Thema",
        "Sur le même sujet", "Noticias relacionadas", "Notícias relacionadas", "Ähnliche Artikel");
    Arbitrary<String> english = Arbitraries.of("READ ALSO:", "Read also:", "You may also like:", "See also:", "Related:");
    return Arbitraries.oneOf(
        foreign.map(f -> f + ":"),
        Combinators.combine(foreign, english).as((f, e) -> f + " / " + e));
  }

  @Provide
  Arbitrary<String> headlines() {
    return Arbitraries.of("Laško spa hotels reopen riverside terraces", "Kamuzu Central Hospital gets new oxygen plant",
        "Prizren bazaar traders split over car ban", "New ferry timetable for the island routes");
  }

  @Provide
  Arbitrary<String> stamps() {
    return Arbitraries.of("Actualizado: 17 oct. 2024 - 09:05 a. m.", "Updated: 17 October 2024, 09:05 CET",
        "Aktualisiert am 17.10.2024 um 09:05 Uhr", "Mis à jour le 17 octobre 2024 à 09h05", "Last updated 3:42 PM, October 17, 2024",
        "Atualizado em 17/10/2024 09:05", "Posodobljeno: četrtek, 17. 10. 2024, 09:05", "Published: Thu 17 Oct 2024 09:05 GMT");
  }

  @Provide
  Arbitrary<String> captions() {
    return Arbitraries.of("A light rail train passes the Kaohsiung Music Center.", "Firefighters close a flood gate before midnight.",
        "Vendors at the fish market on Wednesday.");
  }

  @Provide
  Arbitrary<String> owners() {
    return Arbitraries.of("FHP file photo", "AP Photo", "Reuters photo", "Herald file picture", "(AFP Photo)", "CNA photo");
  }

  @Provide
  Arbitrary<String> prose() {
    return Arbitraries.of(
        "Updated figures published on Thursday show 40 homes were flooded in 2024, the agency said.",
        "Readers should also read the small print before they sign, the consumer office warned.",
        "The court was shown a file photo of the harbour taken by the coast guard in 2019.",
        "Police released a photo. Officers asked anyone who recognised the man to call them.",
        "The timetable was updated on 17 October 2024 after complaints from commuters.");
  }
}
