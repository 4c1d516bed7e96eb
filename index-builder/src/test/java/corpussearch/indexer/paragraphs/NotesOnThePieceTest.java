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
 * Notes on the piece rather than the story: a brief's or a journal's note on how to cite it, under
 * its label ("Suggested citation: Sow, A. and Dubreuil, P. (2024) …", "How to cite this article:
 * …", "Cite as: …"), a note its editor, translator or reviewer set into it in brackets ("[Comment DP1: …]", "[Translator's
 * note: …]"), and where it appeared, alone on its line ("Published in Borderlands Notebook"). A story that speaks of citing or quotes a reference without the label, and a
 * writer's own insertion in a quote ("[the minister]"), stay.
 */
class NotesOnThePieceTest {

  @Property(tries = 60)
  void aCitationNoteUnderItsLabelIsDropped(@ForAll("notes") String note) {
    // between two paragraphs of the story, where no rule of the page's edges reaches it; a label in capitals
    // ("SUGGESTED CITATION:") is a capital label's as well, so the line is dropped either way
    ParagraphSplit result = split(P1, note, P2);

    assertThat(texts(result)).containsExactly(P1, P2);
  }

  @Property(tries = 40)
  void sentencesAboutCitingStay(@ForAll("prose") String prose) {
    assertThat(texts(split(P1, prose, P2))).containsExactly(P1, prose, P2);
  }

  @Property(tries = 60)
  void aNoteSetInByTheEditorOrTranslatorIsDropped(@ForAll("setInNotes") String note) {
    ParagraphSplit result = split(P1, note, P2);

    assertThat(texts(result)).containsExactly(P1, P2);
    assertThat(result.dropped(DropReason.PRODUCTION_NOTE)).isEqualTo(1);
  }

  @Property(tries = 40)
  void whereThePieceAppearedAloneOnItsLineIsDropped(@ForAll("appearedIn") String line) {
    ParagraphSplit result = split(P1, line, P2);

    assertThat(texts(result)).containsExactly(P1, P2);
  }

  @Provide
  Arbitrary<String> appearedIn() {
    Arbitrary<String> label = Arbitraries.of("Published in", "Originally published in", "First published in", "published in");
    Arbitrary<String> name = Arbitraries.of("Borderlands Notebook", "The Harbour Times", "Sahel Field Notes", "Dispatches", "The Kestrel Review.");
    return Combinators.combine(label, name).as((l, n) -> l + " " + n);
  }

  @Provide
  Arbitrary<String> setInNotes() {
    Arbitrary<String> role = Arbitraries.of("Translator's note", "Editor's note", "Editors' note", "TRANSLATOR'S NOTE", "Translator’s note",
        "Editor's Note");
    Arbitrary<String> text = Arbitraries.of("Château and Sosso-Koïra are neighbourhoods on the eastern side of Gao.",
        "The names of the two witnesses have been changed for their safety.",
        "This interview was conducted in Tamasheq and Fulfulde.", "A mud-brick granary.");
    Arbitrary<String> reviewerComment = Combinators.combine(Arbitraries.of("Comment DP1", "Comment JS12", "Kommentar AB3", "Note"), text)
        .as((label, t) -> "[" + label + ": " + t + "]");
    return Arbitraries.oneOf(Combinators.combine(role, Arbitraries.of(": ", " — ", ":"), text).as((r, sep, t) -> "[" + r + sep + t + "]"),
        reviewerComment);
  }

  @Provide
  Arbitrary<String> notes() {
    Arbitrary<String> label = Arbitraries.of("Suggested citation", "Recommended citation", "How to cite", "How to cite this article",
        "How to cite this policy brief", "Cite as", "Please cite as", "Cite this paper as", "SUGGESTED CITATION");
    Arbitrary<String> authors = Arbitraries.of("Sow, A. and Dubreuil, P.", "Marsh, E., Kaplan, Y.", "Ruiz, Ana", "Centre for Border Security Studies");
    Arbitrary<String> title = Arbitraries.of("\"Recruitment, ransom and gold\", Policy Brief No. 31, Sahel Policy Institute.",
        "Beyond Decapitation. Policy Brief 47. London: CBSS.", "'Water and war in the Khabur valley', Working Paper 12.");
    return Combinators.combine(label, Arbitraries.of(": ", ":  ", " : "), authors, Arbitraries.integers().between(1990, 2030), title)
        .as((l, colon, a, year, t) -> l + colon + a + " (" + year + ") " + t);
  }

  @Provide
  Arbitrary<String> prose() {
    return Arbitraries.of(
        "The court cited as evidence a report by Sow and Dubreuil (2024) on ransom payments in the Sirba valley.",
        "How to cite the sources of the figures was a matter of debate among the researchers, the institute said.",
        "Suggested citations from the ministry's guidance were ignored by most of the district courts.",
        "Officials cite as their reason the lack of funding for the border posts.",
        "The suggested citation in the report, she said, named the wrong authors.",
        "\"He [the minister] told us the road would be finished by March [2024],\" the trader said.",
        "[The minister: a farmer's son who never forgot the drought] was how the paper described him in 2019, and the phrase stuck.",
        "The editor's note that ran with the original story was removed after the governor complained, the paper said.",
        "[The minister] said the road would reopen, according to the transcript.",
        "Published in Nature last year, the study found that the aquifer had fallen by a third since 2010.",
        "The findings were published in The Lancet on Tuesday.",
        "Published in 2019, the report was ignored by the ministry.");
  }

  /** Who translated the piece, from which original, alone on its line. */
  @Property(tries = 40)
  void aTranslationNoteIsDropped(@ForAll("translationNotes") String note) {
    assertThat(texts(split(P1, note, P2))).containsExactly(P1, P2);
  }

  @Provide
  Arbitrary<String> translationNotes() {
    Arbitrary<String> from = Arbitraries.of("", " from Portuguese", " from the Portuguese original", " from the French version", " from the Swahili text");
    Arbitrary<String> by = Arbitraries.of(" by ALN's English desk.", " by Sam O'Neill", " by the Foreign Desk.", " by: Ana Ruiz");
    return Combinators.combine(Arbitraries.of("Translated", "Translation"), from, by).as((t, f, b) -> t + f + b);
  }
}
