package corpussearch.indexer.html;

import static corpussearch.indexer.html.HtmlMetadataTest.page;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The article's own prose where it looks like the furniture the page rules drop: a paragraph
 * opening "About 200 people", an "About the study" section with the story going on under it,
 * "Together with …" in a sentence, a section heading classed as a subtitle below the first
 * paragraph, an interview's question in bold, a story set wholly in small type, a date in the
 * article's own header.
 */
class LookAlikeProseTest {

  private static final List<String> PARAGRAPHS = List.of(
      "The council voted on Tuesday night to keep the harbour ferry running through the winter, reversing a plan to suspend it from November.",
      "Councillors said the service carried more than forty thousand passengers last year, most of them commuters and pupils from the islands.",
      "The operator will receive an extra subsidy of two hundred thousand pounds, paid from the transport reserve rather than from council tax.",
      "A review of the timetable will begin in the spring, and islanders will be asked which sailings matter most to them before any change.",
      "The ferry's two boats are due for refits next year, and the council said it would look for a third vessel to cover the repair periods.");

  @Property(tries = 20)
  void proseThatOpensLikeFurnitureStaysInTheText(@ForAll("lookAlikes") String lookAlike, @ForAll("positions") int position) {
    List<String> text = new ArrayList<>(PARAGRAPHS);
    text.add(position, lookAlike);
    String body = "<article><h1>Harbour ferry saved as council finds winter subsidy</h1><div class=\"entry-content\">"
        + String.join("", text.stream().map(p -> "<p>" + p + "</p>").toList()) + "</div></article>";

    assertThat(page("", body).paragraphs()).containsExactlyElementsOf(text);
  }

  @Provide
  Arbitrary<String> lookAlikes() {
    return Arbitraries.of(
        "About 200 people gathered at the pier on Saturday to call for the service to be kept, and many brought their children.",
        "Together with the islands' community council, the operator has promised to publish punctuality figures every month.",
        "About a third of the passengers are pupils, who cross to the secondary school on the mainland every weekday morning.",
        "The decision was welcomed by the ferry users' group, which said it would keep pressing for a Sunday evening sailing.");
  }

  @Provide
  Arbitrary<Integer> positions() {
    return Arbitraries.integers().between(1, PARAGRAPHS.size());
  }

  @Test
  void anAboutSectionWithTheStoryGoingOnUnderItIsPartOfTheArticle() {
    String body = "<article><h1>Harbour ferry saved as council finds winter subsidy</h1><div class=\"entry-content\"><p>" + PARAGRAPHS.get(0)
        + "</p><h2>About the review</h2>" + String.join("", PARAGRAPHS.subList(1, 5).stream().map(p -> "<p>" + p + "</p>").toList())
        + "<p>Officials said the review would also look at fares for families travelling together at weekends.</p></div></article>";

    assertThat(page("", body).paragraphs()).contains("About the review").containsAll(PARAGRAPHS);
  }

  @Test
  void anInterviewsQuestionInBoldStaysWithItsAnswer() {
    String question = "What happens to the winter timetable now?";
    String body = "<article><h1>Harbour ferry saved as council finds winter subsidy</h1><div class=\"entry-content\"><p>" + PARAGRAPHS.get(0)
        + "</p><p><i>" + PARAGRAPHS.get(1) + "</i></p><p><b>" + question + "</b></p><p>" + PARAGRAPHS.get(2) + "</p><p>" + PARAGRAPHS.get(3)
        + "</p></div></article>";

    assertThat(page("", body).paragraphs()).contains(question, PARAGRAPHS.get(2), PARAGRAPHS.get(3));
  }

  @Test
  void aSubtitleClassedHeadingBelowTheFirstParagraphHeadsASection() {
    String body = "<article><h1>Harbour ferry saved</h1><div class=\"entry-content\"><p>" + PARAGRAPHS.get(0)
        + "</p><h2 class=\"subtitle\">What happens next</h2><p>" + PARAGRAPHS.get(3) + "</p></div></article>";

    assertThat(page("", body).paragraphs()).containsExactly(PARAGRAPHS.get(0), "What happens next", PARAGRAPHS.get(3));
  }

  @Test
  void aStorySetWhollyInSmallTypeIsKeptAndOnlySmallerPrintGoes() {
    String body = "<table><tr><td><font size=\"1\"><b>Harbour ferry saved as council finds winter subsidy</b></font><br>"
        + String.join("", PARAGRAPHS.stream().map(p -> "<p><font size=\"1\">" + p + "</font></p>").toList())
        + "</td></tr></table>";

    assertThat(page("", body).paragraphs()).containsAll(PARAGRAPHS);
  }

  @Test
  void aDateInTheArticlesOwnHeaderIsItsDate() {
    String body = "<article><div class=\"header\"><h1>Harbour ferry saved as council finds winter subsidy</h1>"
        + "<span class=\"date\">4 March 2024</span></div><div class=\"entry-content\">"
        + String.join("", PARAGRAPHS.stream().map(p -> "<p>" + p + "</p>").toList()) + "</div></article>";

    assertThat(page("", body).metadata().date().value()).isEqualTo("2024-03-04");
  }
}
