package corpussearch.indexer.paragraphs;

import static corpussearch.indexer.paragraphs.Articles.P1;
import static corpussearch.indexer.paragraphs.Articles.P2;
import static corpussearch.indexer.paragraphs.Articles.split;
import static corpussearch.indexer.paragraphs.Articles.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Boxes that think tanks and news channels set among the paragraphs: a "keep reading" list carrying
 * its screen-reader text, a teaser card for another page ending in its button, a summary of key
 * findings in bullets, a report's numbered notes, and a disclaimer that the views are the authors' alone, however long.
 * Story text with the same words is kept.
 */
class SummariesCardsAndScreenReaderListsTest {

  private static final List<String> HEADLINES = List.of("Mali's army says it retook border town from armed group",
      "Why the Sahel's wars keep spreading south", "Burkina Faso expels two foreign aid workers", "Inside the camp where 90,000 wait for rain");

  @Property(tries = 60)
  void aKeepReadingListWithItsScreenReaderTextIsDropped(@ForAll("listLabels") String label, @ForAll boolean announced) {
    List<String> lines = new ArrayList<>(List.of(label));
    if (announced) {
      lines.add("list of " + HEADLINES.size() + " items");
    }
    for (int i = 0; i < HEADLINES.size(); i++) {
      if (announced) {
        lines.add("list " + (i + 1) + " of " + HEADLINES.size());
      }
      lines.add(HEADLINES.get(i));
    }
    if (announced) {
      lines.add("end of list");
    }

    assertThat(texts(split(P1, String.join("\n", lines), P2))).containsExactly(P1, P2);
  }

  @Provide
  Arbitrary<String> listLabels() {
    return Arbitraries.of("Keep reading", "KEEP READING", "Keep reading:", "Related stories", "Most read");
  }

  @Property(tries = 60)
  void aTeaserCardEndingInItsButtonIsDropped(@ForAll("cardTitles") String title, @ForAll("blurbs") String blurb, @ForAll("buttons") String button) {
    assertThat(texts(split(P1, title + "\n" + blurb + "\n" + button, P2))).containsExactly(P1, P2);
  }

  @Property(tries = 30)
  void aStoryParagraphEndingOnAButtonIsKept(@ForAll("buttons") String button) {
    assertThat(texts(split(P1 + "\n" + button, P2))).anyMatch(text -> text.startsWith(P1)).contains(P2);
  }

  @Provide
  Arbitrary<String> cardTitles() {
    return Arbitraries.of("Africa Security Program", "Climate and Energy", "The Sahel Project", "Podcast", "Our Work on Migration");
  }

  @Provide
  Arbitrary<String> blurbs() {
    return Arbitraries.of("The Africa Security Program provides data-driven analysis of armed conflict, governance and security cooperation.",
        "Our researchers track how the energy transition reshapes trade and security.",
        "A weekly conversation with the people who study the region. New episodes every Thursday.");
  }

  @Provide
  Arbitrary<String> buttons() {
    return Arbitraries.of("Learn More", "Learn more", "Find out more", "Find out more ›", "Discover more", "LEARN MORE");
  }

  @Property(tries = 60)
  void aSummaryOfKeyFindingsInBulletsIsDropped(@ForAll("summaryLabels") String label, @ForAll("bullets") String bullet, @ForAll boolean wrapped) {
    String first = wrapped ? bullet + " Local dialogues with the armed group already exist in northern\n  Benin and Togo."
        : bullet + " Local dialogues with the armed group already exist in northern Benin and Togo.";
    String box = String.join("\n", label, first, bullet + " Purely military responses have slowed attacks but not the spread of influence.",
        bullet + " A legal framework for local dialogue would reduce risks for intermediaries.");

    assertThat(texts(split(P1, box, P2))).containsExactly(P1, P2);
  }

  /** Under the same label, a paragraph of findings told in sentences is the report's own text. */
  @Property(tries = 20)
  void findingsToldInSentencesAreKept(@ForAll("summaryLabels") String label) {
    String finding = "The survey found that local dialogues with the armed group already exist in northern Benin and Togo, and that"
        + " most were started by traditional chiefs rather than by officials.";

    assertThat(texts(split(P1, label + "\n" + finding, P2))).anyMatch(text -> text.contains(finding));
  }

  @Property(tries = 60)
  void aReportsNumberedNotesUnderTheirLabelAreDropped(@ForAll("notesLabels") String label, @ForAll("noteNumbers") String number,
      @ForAll boolean wrapped) {
    String second = wrapped ? "Interviews conducted by the authors in Natitingou, Tanguiéta and\n  Dapaong, October and November 2024."
        : "Interviews conducted by the authors in Natitingou, October 2024.";
    String notes = String.join("\n", label, number.formatted(1) + " Sahel Conflict Observatory, Annual Incident Dataset 2024, January 2025.",
        number.formatted(2) + " " + second, number.formatted(3) + " See, for example, the amended penal codes of Benin (2023) and Togo (2024).");

    assertThat(texts(split(P1, P2, notes))).containsExactly(P1, P2);
  }

  /** Under the same label, a paragraph told in sentences is the text's own. */
  @Property(tries = 20)
  void aParagraphUnderANotesLabelIsKept(@ForAll("notesLabels") String label) {
    String note = "Officials said 3 of the 12 border posts had been abandoned since January, and that the rest were manned only by day.";

    assertThat(texts(split(P1, label + "\n" + note, P2))).anyMatch(text -> text.contains(note));
  }

  @Provide
  Arbitrary<String> notesLabels() {
    return Arbitraries.of("Notes", "NOTES", "Endnotes", "Footnotes", "References", "Sources:");
  }

  @Provide
  Arbitrary<String> noteNumbers() {
    return Arbitraries.of("%d", "%d.", "[%d]");
  }

  @Provide
  Arbitrary<String> summaryLabels() {
    return Arbitraries.of("Key findings", "Key points", "Key takeaways:", "Main findings").flatMap(label -> Arbitraries.of(label,
        label.toUpperCase(Locale.ROOT)));
  }

  @Provide
  Arbitrary<String> bullets() {
    return Arbitraries.of("*", "•", "-", "▪");
  }

  @Property(tries = 40)
  void aDisclaimerThatTheViewsAreTheAuthorsAloneIsDropped(@ForAll("whose") String whose, @ForAll("verbs") String verb) {
    String disclaimer = "All views, positions, and conclusions expressed in this " + whose + " " + verb + " solely those of the author(s).";

    assertThat(texts(split(P1, disclaimer, P2))).containsExactly(P1, P2);
  }

  @Provide
  Arbitrary<String> whose() {
    return Arbitraries.of("publication", "commentary", "brief", "paper");
  }

  @Provide
  Arbitrary<String> verbs() {
    return Arbitraries.of("are", "should be understood to be", "are to be taken as", "remain");
  }

  @Property(tries = 20)
  void aStoryAboutViewsIsKept(@ForAll("viewsProse") String prose) {
    assertThat(texts(split(P1, prose, P2))).containsExactly(P1, prose, P2);
  }

  @Provide
  Arbitrary<String> viewsProse() {
    return Arbitraries.of("Her views on the ceasefire, expressed in a long interview last year, are now shared by most of the cabinet.",
        "The views expressed at the meeting were mixed, and several farmers said they would wait for the next council vote.");
  }
}
