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
 * A newsletter platform's button to its app and a paywall's label over the text, neither of them a
 * section of the story; a link to a file given with its format and size; a "read also" headline after
 * a bar, as French dailies set it. A story's sentence about a file or an app stays.
 */
class AppButtonsFileLinksAndReadAlsoTest {

  @Property(tries = 30)
  void anAppButtonOrAPaywallLabelAboveTheTextHeadsNoSection(@ForAll("buttons") String button) {
    ParagraphSplit result = split(button, P1, P2, P3);

    assertThat(texts(result)).containsExactly(P1, P2, P3);
    assertThat(result.paragraphs()).allMatch(paragraph -> paragraph.section() == null);
  }

  @Provide
  Arbitrary<String> buttons() {
    return Arbitraries.of("READ IN APP", "Open in app", "Article réservé aux abonnés", "Subscribers only", "Members-only article");
  }

  @Property(tries = 40)
  void aLinkToAFileWithItsFormatAndSizeIsDropped(@ForAll("files") String file, @ForAll("sizes") String size) {
    String link = "Annex: " + file + " (" + size + ")";

    assertThat(texts(split(P1, P2, link, P3))).containsExactly(P1, P2, P3);
  }

  @Provide
  Arbitrary<String> files() {
    return Arbitraries.of("List of designated individuals and entities", "Full text of the resolution", "Annual report 2024");
  }

  @Provide
  Arbitrary<String> sizes() {
    return Combinators.combine(Arbitraries.of("PDF", "DOCX", "XLSX"), Arbitraries.of("214 KB", "1.2 MB", "88 kB"))
        .as((format, size) -> format + ", " + size);
  }

  @Property(tries = 20)
  void aSentenceAboutAFilesSizeIsKept(@ForAll("sizes") String size) {
    String story = "The ministry published the list as a file (" + size + ") on its website on Tuesday, officials said.";

    assertThat(texts(split(P1, story, P2))).containsExactly(P1, story, P2);
  }

  @Property(tries = 30)
  void aReadAlsoHeadlineAfterABarIsDropped(@ForAll("readAlso") String label) {
    String line = label + " | Iran : qui est la branche Khorasan de l'État islamique ?";

    assertThat(texts(split(P1, P2, line, P3))).containsExactly(P1, P2, P3);
  }

  @Provide
  Arbitrary<String> readAlso() {
    return Arbitraries.of("Lire aussi", "Lesen Sie auch", "Read also", "Leia também");
  }
}
