package corpussearch.api.highlight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** A paragraph OpenSearch marked, read back and cut to its passage as the page shows it. */
class MarkedParagraphTest {

  @Property(tries = 200)
  void theTextReadBackIsTheParagraphAndThePassageHoldsTheFirstMark(@ForAll("sentences") List<String> sentences,
      @ForAll @IntRange(min = 0, max = 1_000) int at) {
    String text = String.join(" ", sentences);
    int start = text.indexOf(' ', Math.min(at, text.length() - 1)) + 1;
    int end = text.indexOf(' ', start);
    if (start == 0 || end < 0) {
      return;
    }
    String html = ParagraphHighlighter.escape(text.substring(0, start)) + "<mark>" + ParagraphHighlighter.escape(text.substring(start, end))
        + "</mark>" + ParagraphHighlighter.escape(text.substring(end));
    MarkedParagraph marked = MarkedParagraph.parse(html);
    assertThat(marked.text()).isEqualTo(text);
    assertThat(marked.marks()).singleElement().satisfies(mark -> assertThat(mark).containsExactly(start, end));
    String passage = marked.html(true);
    assertThat(passage).contains("<mark>" + ParagraphHighlighter.escape(text.substring(start, end)) + "</mark>");
    if (text.length() > ParagraphHighlighter.WHOLE_PARAGRAPH_LIMIT) {
      String shown = MarkedParagraph.parse(passage.replace(MarkPassageFormatter.ELLIPSIS, "")).text();
      assertThat(text).contains(shown);
      assertThat(shown.length()).isLessThan(text.length());
      boolean cutBefore = passage.startsWith(MarkPassageFormatter.ELLIPSIS);
      assertThat(!cutBefore || sentences.stream().anyMatch(sentence -> shown.startsWith(sentence)))
          .as("a passage cut before starts at a sentence: %s", shown).isTrue();
    } else {
      assertThat(passage).isEqualTo(html);
    }
  }

  @Provide
  Arbitrary<List<String>> sentences() {
    Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(9);
    Arbitrary<String> sentence = word.list().ofMinSize(3).ofMaxSize(25).map(words -> {
      String joined = String.join(" ", words);
      return Character.toUpperCase(joined.charAt(0)) + joined.substring(1) + ". ";
    }).map(String::strip);
    return sentence.list().ofMinSize(1).ofMaxSize(20);
  }
}
