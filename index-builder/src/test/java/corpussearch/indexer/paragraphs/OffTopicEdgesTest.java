package corpussearch.indexer.paragraphs;

import static corpussearch.indexer.paragraphs.Articles.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * At a story's edges, what shares no subject with the story goes, whatever its words: labels, rows
 * of links and other stories' headlines before or after it, a sentence to the reader before or after it.
 * The story's own closing or opening paragraph stays whatever it is about: a sentence in the third person, a
 * call to the reader on the story's matter, a quotation, the writer's own line, sentences with no
 * stop after the last; and
 * paragraphs that end in a note's mark are sentences still.
 *
 * <p>The words are made up, the story's from the letters a to m and the rest from n to z, so that
 * no list of wordings can pass these properties: only comparing the edges with the story can.
 */
class OffTopicEdgesTest {

  @Property(tries = 200)
  void whatIsAboutSomethingElseAfterTheStoryIsDropped(@ForAll("stories") List<String> story, @ForAll("tails") List<String> tail) {
    List<String> blocks = new ArrayList<>(story);
    blocks.addAll(tail);

    assertThat(texts(split(blocks))).containsExactlyElementsOf(story);
  }

  @Property(tries = 200)
  void whatIsAboutSomethingElseBeforeTheStoryIsDropped(@ForAll("stories") List<String> story, @ForAll("asides") List<String> head) {
    List<String> blocks = new ArrayList<>(head);
    blocks.addAll(story);

    assertThat(texts(split(blocks))).containsExactlyElementsOf(story);
  }

  @Property(tries = 200)
  void aStorysOwnClosingParagraphIsKept(@ForAll("stories") List<String> story, @ForAll("closings") String closing) {
    String last = closing.replace("%S", story.get(1).split(" ")[0].toLowerCase(Locale.ROOT));
    List<String> blocks = new ArrayList<>(story);
    blocks.add(last);

    assertThat(texts(split(blocks))).containsExactlyElementsOf(blocks);
  }

  @Property(tries = 200)
  void aStorysOwnOpeningParagraphIsKept(@ForAll("stories") List<String> story, @ForAll("closings") String opening) {
    List<String> blocks = new ArrayList<>(List.of(opening.replace("%S", story.get(1).split(" ")[0].toLowerCase(Locale.ROOT))));
    blocks.addAll(story);

    assertThat(texts(split(blocks))).containsExactlyElementsOf(blocks);
  }

  @Property(tries = 100)
  void aStoryWhoseParagraphsEndInNoteMarksIsKept(@ForAll("stories") List<String> story, @ForAll("marks") String mark) {
    List<String> marked = new ArrayList<>();
    for (int i = 0; i < story.size(); i++) {
      marked.add(story.get(i) + mark.replace("%N", String.valueOf(i + 1)));
    }

    assertThat(texts(split(marked))).containsExactlyElementsOf(marked);
  }

  @Provide
  Arbitrary<String> marks() {
    return Arbitraries.of("[%N]", "%N", "(%N)", "¹", "*");
  }

  private static ParagraphSplit split(List<String> blocks) {
    return new ParagraphSplitter().split(Articles.blocks(blocks.toArray(String[]::new)), Set.of());
  }

  private static Arbitrary<String> word(char from, char to) {
    return Arbitraries.strings().withCharRange(from, to).ofMinLength(6).ofMaxLength(10);
  }

  /** Four paragraphs of two sentences, their words made up from a to m, with short words between. */
  @Provide
  Arbitrary<List<String>> stories() {
    Arbitrary<List<String>> vocabulary = word('a', 'm').list().ofMinSize(12).ofMaxSize(20).uniqueElements(w -> w.substring(0, 5));
    return vocabulary.flatMap(words -> {
      Arbitrary<String> sentence = Combinators.combine(Arbitraries.of(words).list().ofMinSize(9).ofMaxSize(14),
              Arbitraries.of("the", "of", "and", "in", "on").list().ofSize(4))
          .as((content, small) -> {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < content.size(); i++) {
              out.add(content.get(i));
              if (i % 3 == 1) {
                out.add(small.get(i % small.size()));
              }
            }
            String text = String.join(" ", out) + ".";
            return Character.toUpperCase(text.charAt(0)) + text.substring(1);
          });
      return sentence.list().ofSize(2).uniqueElements().map(s -> String.join(" ", s)).list().ofSize(4).uniqueElements();
    });
  }

  /**
   * After the story: rows of links and labels longer than a button, and sentences to the reader,
   * in words from n to z.
   */
  @Provide
  Arbitrary<List<String>> tails() {
    return Arbitraries.oneOf(aside(9, 14), toReader()).list().ofMinSize(1).ofMaxSize(3);
  }

  /** A sentence to the reader or in the publisher's voice, in words from n to z. */
  private static Arbitrary<String> toReader() {
    return Combinators.combine(Arbitraries.of("You can", "We", "Our", "Vous pouvez", "Wir"), distinctWords(3))
        .as((who, w) -> who + " " + w.get(0) + " " + w.get(1) + " for " + w.get(2) + ".");
  }

  /** Before the story: labels, rows of links, lines in sentence case that end in no stop, sentences to the reader. */
  @Provide
  Arbitrary<List<String>> asides() {
    Arbitrary<String> sentenceCase = distinctWords(3, 12).map(ws -> {
      String line = String.join(" ", ws);
      return Character.toUpperCase(line.charAt(0)) + line.substring(1);
    });
    return Arbitraries.oneOf(aside(2, 12), sentenceCase, toReader()).list().ofMinSize(1).ofMaxSize(2);
  }

  /** A line that is no sentence: capitalised words from n to z, set apart by spaces, bars, dots or commas. */
  private static Arbitrary<String> aside(int minWords, int maxWords) {
    Arbitrary<List<String>> words = distinctWords(minWords, maxWords)
        .map(ws -> ws.stream().map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1)).toList());
    return Combinators.combine(words, Arbitraries.of(" ", " | ", " · ", ", ")).as((ws, gap) -> String.join(gap, ws));
  }

  private static Arbitrary<List<String>> distinctWords(int count) {
    return distinctWords(count, count);
  }

  /** Words from n to z that differ in their first five letters, the part the rule compares. */
  private static Arbitrary<List<String>> distinctWords(int min, int max) {
    return word('n', 'z').list().ofMinSize(min).ofMaxSize(max).uniqueElements(w -> w.substring(0, 5));
  }

  /** How a story may end or begin, in its own words (%S is one of them) or in others. */
  @Provide
  Arbitrary<String> closings() {
    Arbitrary<String> w = word('n', 'z');
    Arbitrary<String> thirdPerson = Combinators.combine(w, w, w).as((a, b, c) -> "The " + a + " will " + b + " after one " + c + ".");
    Arbitrary<String> callOnTheMatter = Combinators.combine(w, w).as((a, b) -> "We should " + a + " the %S before the " + b + ".");
    Arbitrary<String> quoted = Combinators.combine(w, w).as((a, b) -> "“You " + a + " what you " + b + ",” she said.");
    Arbitrary<String> ownLine = Combinators.combine(w, w).as((a, b) -> "I still " + a + " about that " + b + ".");
    Arbitrary<String> unfinished = Combinators.combine(w, w).as((a, b) -> "The " + a + " was closed. Who " + b + " this? Somebody should resign");
    return Arbitraries.oneOf(thirdPerson, callOnTheMatter, quoted, unfinished, ownLine);
  }
}
