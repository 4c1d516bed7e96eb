package corpussearch.indexer.html;

import static corpussearch.indexer.html.BylinesAbroadTest.PARAGRAPHS;
import static corpussearch.indexer.html.HtmlMetadataTest.page;
import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Bylines that label their writer in the page's language ("Par A", "Nga A", "Door: A", "Staff
 * writer A") in whatever element or class the site uses, and credit lines that name a reporter
 * and an editor: the label is no part of the name, the editor is no author. Each with the name or
 * prose it must leave alone.
 */
class BylineLabelsAbroadTest {

  @Property(tries = 60)
  void anotherLanguagesByIsNoPartOfTheName(@ForAll("names") String name, @ForAll("labels") String label, @ForAll("classes") String css) {
    HtmlPage page = page("", "<main><h1>Footbridges to be rebuilt before the tourist season</h1><div class=\"" + css + "\">" + label + " " + name
        + "</div><div class=\"date\">17/10/2024</div>" + PARAGRAPHS + "</main>");

    assertThat(page.metadata().author().value()).isEqualTo(name);
  }

  /**
   * A meta line under the headline, "Label: A · date", whose label is "author" in a language the
   * page is written for (Turkmen "Awtor", Kurdish "نووسەر"); and an old page's header paragraph,
   * a place or date over "[From our reporter A]". Beside a meta author named nowhere on the page
   * or only as the photographer, the visible writer is the author.
   */
  @Property(tries = 40)
  void aLabelledMetaLineOrABracketedReporterNamesTheWriter(@ForAll("names") String name, @ForAll("metaLines") String line,
      @ForAll("names") String metaAuthor) {
    HtmlPage page = page("<meta name=\"author\" content=\"" + metaAuthor + "\">", "<main><h1>Footbridges to be rebuilt before the tourist season</h1>"
        + line.formatted(name) + PARAGRAPHS + "<figure><figcaption>The old footbridge. Photo: " + metaAuthor + "</figcaption></figure></main>");

    assertThat(page.metadata().author().value()).isEqualTo(name);
  }

  @Provide
  Arbitrary<String> metaLines() {
    return Arbitraries.of("<p class=\"meta\"><span>Awtor: %s</span> · <span>23.10.2024</span></p>",
        "<p class=\"meta\">نووسەر: %s · 03-11-2024 · 9:15 AM</p>", "<p class=\"tracked\">per <strong>%s</strong></p>",
        "<p><font size=\"2\">18/10/04</font><br><font size=\"2\">[From our reporter %s]</font></p>");
  }

  @Property(tries = 30)
  void aSurnameThatLooksLikeALabelStays(@ForAll("particleNames") String name) {
    HtmlPage page = page("", "<main><h1>Footbridges to be rebuilt before the tourist season</h1><p class=\"byline\">" + name + "</p>"
        + PARAGRAPHS + "</main>");

    assertThat(page.metadata().author().value()).isEqualTo(name);
  }

  @Property(tries = 40)
  void theReporterOfAReportingAndEditingCreditIsTheAuthor(@ForAll("names") String reporter, @ForAll("names") String editor,
      @ForAll("credits") String credit) {
    HtmlPage page = page("", "<main><h1>Footbridges to be rebuilt before the tourist season</h1><div class=\"date\">17/10/2024</div>"
        + PARAGRAPHS + "<p class=\"credits\">" + credit.formatted(reporter, editor) + "</p></main>");

    assertThat(page.metadata().author().value()).isEqualTo(reporter);
  }

  @Property(tries = 20)
  void proseAboutReportingIsNoByline(@ForAll("names") String name) {
    HtmlPage page = page("", "<main><h1>Footbridges to be rebuilt before the tourist season</h1>" + PARAGRAPHS
        + "<p>Costs first reported by " + name + " last year, edited out of the council's budget, are back.</p></main>");

    assertThat(page.metadata().author().value()).isNull();
  }

  /**
   * A bio card after the text presents one of the writers who sign it ("Correspondance
   * particulière : A and B"): the signature, not the card, is the byline; a meta author that is
   * the outlet names nobody. A signature naming only the card's writer, or none, leaves the card's.
   */
  @Property(tries = 60)
  void aBioCardOfOneWriterIsNotTheWholeSignature(@ForAll("names") String first, @ForAll("names") String second,
      @ForAll("signatureLabels") String label, @ForAll boolean outletAsMetaAuthor, @ForAll boolean signedByBoth, @ForAll boolean signed) {
    Assume.that(!first.equals(second));
    String signature = signedByBoth ? first + " and " + second : first;
    HtmlPage page = page(outletAsMetaAuthor ? "<meta name=\"author\" content=\"Kestrel Valley Times\">" : "",
        "<header><p class=\"site-title\">Kestrel Valley Times</p></header><article><h1>Footbridges to be rebuilt before the tourist season</h1>"
            + "<div class=\"entry-content\">" + PARAGRAPHS + (signed ? "<p class=\"signature\"><em>" + label + " " + signature + "</em></p>" : "")
            + "</div><div class=\"author-bio\"><h4>About the author</h4><p>" + first + " is a senior reporter who has covered transport for a"
            + " decade.</p></div></article>");

    assertThat(page.metadata().author().value()).isEqualTo(signed && signedByBoth ? first + " and " + second : first);
  }

  /**
   * A labelled signature still signs the text when the body keeps a prompt or the publisher's
   * imprint after it ("Got a tip? …"), whether the page sets the signature in the text or as a note
   * below it, and when the only machine author is a profile's address, which names nobody; beside a
   * bio card of one writer it names them all.
   */
  @Property(tries = 60)
  void aSignatureFollowedByAPromptStillSigns(@ForAll("names") String first, @ForAll("names") String second,
      @ForAll("signatureLabels") String label, @ForAll boolean profileAsAuthor, @ForAll boolean asNote, @ForAll boolean imprint) {
    Assume.that(!first.equals(second));
    String signature = asNote ? "<p class=\"signature\"><em>" + label + " " + first + " and " + second + "</em></p>"
        : "<p>" + label + " " + first + " and " + second + "</p>";
    String after = imprint ? "<p>Kestrel Valley Times Ltd, P.O. Box 70311, Kestrel Valley. Registered with the Media Register, no. 1721.</p>"
        : "<p>Got a tip? Reply to this email or write to tips@kvt.example. We read everything.</p>";
    HtmlPage page = page(profileAsAuthor ? "<meta property=\"article:author\" content=\"https://www.facebook.com/KestrelValleyTimes\">" : "",
        "<header><p class=\"site-title\">Kestrel Valley Times</p></header><article><h1>Footbridges to be rebuilt before the tourist season</h1>"
            + "<div class=\"entry-content\">" + PARAGRAPHS + signature + after + "</div><div class=\"author-bio\"><h4>About the author</h4><p>"
            + first + " is a senior reporter who has covered transport for a decade.</p></div></article>");

    assertThat(page.metadata().author().value()).isEqualTo(first + " and " + second);
  }

  @Provide
  Arbitrary<String> signatureLabels() {
    return Arbitraries.of("Correspondance particulière :", "Texto:", "Reportage:", "Our correspondent:", "Testo:", "Tekst:", "Text:");
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.of("Hery Rakotomalala", "Arben Hoxha", "Jan Croes", "Kenji Higa", "Agustina Ferreyra", "Siti Rahmawati", "Nguyễn Thị Lan");
  }

  @Provide
  Arbitrary<String> labels() {
    return Arbitraries.of("Par", "Por", "Von", "Door", "Door:", "Av", "Af", "Nga", "Oleh", "Bởi", "Przez", "di", "Staff writer", "Staff reporter",
        "Autor:", "Texte :", "Rédigé par", "Escrito por", "De notre correspondant :", "per");
  }

  @Provide
  Arbitrary<String> classes() {
    return Arbitraries.of("byline", "article-byline", "auteur", "autor", "post-author", "signature-auteur");
  }

  @Provide
  Arbitrary<String> particleNames() {
    return Arbitraries.of("Von Trapp", "Di Maio", "Da Silva", "Oleh Bondarenko", "Par Lindqvist", "Per Lindqvist");
  }

  @Provide
  Arbitrary<String> credits() {
    return Arbitraries.of("Reporting: %s. Editing: %s.", "Reported by: %s | Edited by: %s", "Reported by %s; edited by %s",
        "Reporting by %s, editing by %s");
  }
}
