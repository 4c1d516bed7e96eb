package corpussearch.indexer.paragraphs;

import static corpussearch.indexer.paragraphs.Articles.P1;
import static corpussearch.indexer.paragraphs.Articles.P2;
import static corpussearch.indexer.paragraphs.Articles.P3;
import static corpussearch.indexer.paragraphs.Articles.split;
import static corpussearch.indexer.paragraphs.Articles.texts;
import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * What a converted brief, a magazine and a paper set under or beside the text: a footnote opened by
 * its number in superscript, a note on when and where the piece appeared (in English, German,
 * French or Spanish), a call for readers' letters, and a picture's archive credit after a dash.
 */
class FootnotesLettersAndPrintNotesTest {

  @Property(tries = 40)
  void aSuperscriptFootnoteIsDroppedAndItsParagraphKeepsItsSection(@ForAll @IntRange(min = 1, max = 9) int n, @ForAll boolean indented) {
    String mark = Character.toString("⁰¹²³⁴⁵⁶⁷⁸⁹".charAt(n));
    String note = (indented ? "       " : "") + mark + " The seed list and the archiving protocol are described in the annex,\n"
        + (indented ? "         " : "") + "available on request from the authors.";
    String marked = P2.substring(0, P2.length() - 1) + "." + mark;

    ParagraphSplit result = split(P1, "Recommendations", marked, note, P3);

    assertThat(texts(result)).containsExactly(P1, marked, P3);
    assertThat(result.paragraphs().get(1).section()).isEqualTo("Recommendations");
  }

  @Example
  void aLineOpenedByASuperscriptWithNoMarkerAboveIsKept() {
    String line = "² Two workers said the canal gates had not been opened since the spring, whatever the council says.";

    assertThat(texts(split(P1, P2, line, P3))).contains(line);
  }

  @Property(tries = 40)
  void aNoteOnWhenOrWhereThePieceAppearedIsDropped(@ForAll("printNotes") String note) {
    assertThat(texts(split(P1, P2, P3, note))).containsExactly(P1, P2, P3);
  }

  @Provide
  Arbitrary<String> printNotes() {
    return Arbitraries.of("CERS policy briefs are peer-reviewed. This brief was published on 9 February 2024.",
        "This report was published on 3 March 2025.", "This paper is published online on 12 May 2024 as part of the series.",
        "Dieser Artikel erscheint auch in der Mai-Ausgabe von Ostblick. Jetzt Probeabo sichern.",
        "Der Beitrag erschien zuerst im Ostblick-Magazin.", "Cet article est paru dans l'édition du 4 mai.",
        "Este artículo fue publicado en la edición impresa del 4 de mayo.");
  }

  @Property(tries = 20)
  void aCallForLettersIsDropped(@ForAll("letterCalls") String call) {
    assertThat(texts(split(P1, P2, P3, call))).containsExactly(P1, P2, P3);
  }

  @Provide
  Arbitrary<String> letterCalls() {
    return Arbitraries.of("Do you have an opinion on the issues raised in this article? If you would like to submit a response of up to 300 "
            + "words by email to be considered for publication in our letters section, please email letters@meridian.example",
        "If you would like to send us a letter for publication, write to letters@ledger.example.",
        "Readers may submit a reply of up to 200 words to the editor at the address below.");
  }

  @Property(tries = 30)
  void aCaptionCreditedToAnArchiveAfterADashIsDropped(@ForAll("archiveCredits") String credit) {
    String caption = "A file photo of security personnel at a checkpoint in Peshawar. — " + credit;

    assertThat(texts(split(P1, caption, P2, P3))).containsExactly(P1, P2, P3);
  }

  @Provide
  Arbitrary<String> archiveCredits() {
    return Arbitraries.of("Online/File", "AFP/File", "Reuters/File", "APP/File Photo", "Online/FILE");
  }

  @Property(tries = 20)
  void aStorysLastParagraphClosedByTheAgencysNameIsKept(@ForAll("agencies") String agency) {
    String last = "The ministry said the new checkpoints would open before the end of the month. — " + agency;

    assertThat(texts(split(P1, P2, last))).containsExactly(P1, P2, last);
  }

  @Provide
  Arbitrary<String> agencies() {
    return Arbitraries.of("AFP", "Reuters", "APP", "Online");
  }
}
