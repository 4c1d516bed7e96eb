package corpussearch.indexer.paragraphs;

import static corpussearch.indexer.paragraphs.Articles.P1;
import static corpussearch.indexer.paragraphs.Articles.P2;
import static corpussearch.indexer.paragraphs.Articles.P3;
import static corpussearch.indexer.paragraphs.Articles.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * After the story, what the publication says of itself goes, whatever the outlet is called and
 * whatever it says: the outlet as the subject of a sentence in the present, the page or its
 * translation as the subject, a platform's residue; before the story, a note about the page. A
 * story's own closing paragraph is kept: the outlet reporting, asking or understanding something
 * of the story's matter, a quotation, a short sentence, a version of events.
 */
class StoryEdgesTest {
  private static final List<String> STORY = List.of(P1, P2, P3);

  @Property(tries = 200)
  void whatThePublicationSaysOfItselfAfterTheStoryIsDropped(@ForAll("outlets") String outlet,
      @ForAll("notices") List<String> notices) {
    List<String> blocks = new ArrayList<>(STORY);
    notices.forEach(notice -> blocks.add(notice.replace("%O", outlet)));

    assertThat(texts(split(outlet, blocks))).containsExactlyElementsOf(STORY);
  }

  @Property(tries = 100)
  void aNoteAboutThePageBeforeTheStoryIsDropped(@ForAll("outlets") String outlet, @ForAll("pageNotes") String note) {
    List<String> blocks = new ArrayList<>(List.of(note));
    blocks.addAll(STORY);

    assertThat(texts(split(outlet, blocks))).containsExactlyElementsOf(STORY);
  }

  @Property(tries = 200)
  void aStorysClosingParagraphIsKept(@ForAll("outlets") String outlet, @ForAll("closings") String closing) {
    String last = closing.replace("%O", outlet);
    List<String> blocks = new ArrayList<>(STORY);
    blocks.add(last);

    assertThat(texts(split(outlet, blocks))).containsExactly(P1, P2, P3, last);
  }

  private static ParagraphSplit split(String outlet, List<String> blocks) {
    return new ParagraphSplitter().split(Articles.blocks(blocks.toArray(String[]::new)), Set.of(), outlet);
  }

  /** One to three capitalised made-up words, maybe after "The". */
  @Provide
  Arbitrary<String> outlets() {
    Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(4).ofMaxLength(9)
        .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1));
    return Combinators.combine(word.list().ofMinSize(1).ofMaxSize(3), Arbitraries.of("", "The "))
        .as((words, the) -> the + String.join(" ", words));
  }

  /** The outlet or the page speaking of itself, and a platform's residue; %O is the outlet. */
  @Provide
  Arbitrary<List<String>> notices() {
    Arbitrary<String> lang = Arbitraries.of("Russian", "Arabic", "Uzbek", "French");
    Arbitrary<String> outletSays = Arbitraries.of(
        "%O aggregates news from more than forty regional newspapers.",
        "%O is not responsible for the content of partner publications.",
        "Source: Daily Mirrorland. Republished with permission. %O is not responsible for the content of external sites.",
        "%O does not endorse the opinions of its contributors.",
        "%O republishes reports from member stations under licence.",
        "%O is an independent digital publication founded in 2019.");
    Arbitrary<String> pageSays = lang.flatMap(l -> Arbitraries.of(
        "In case of discrepancies, the " + l + " version prevails.",
        "Translation note: This is an English translation of a report first published in " + l + ".",
        "Translation of the ministry's statement from " + l + " was provided by the ministry.",
        "This article has been machine-translated from " + l + "."));
    Arbitrary<String> residue = Arbitraries.of("Like this:\nLike Loading...", "Loading…", "Blog at WordPress.com.", "Share this:");
    return Arbitraries.oneOf(outletSays, pageSays, residue).list().ofMinSize(1).ofMaxSize(3);
  }

  @Provide
  Arbitrary<String> pageNotes() {
    return Arbitraries.of("Russian", "Kazakh", "Spanish").flatMap(l -> Arbitraries.of(
        "This page has been translated from " + l + " into English. Show original",
        "This page has been translated from " + l + " into English. Show original Always translate " + l,
        "This article was automatically translated from " + l + "."));
  }

  /** How stories end, naming their outlet or not; %O is the outlet. */
  @Provide
  Arbitrary<String> closings() {
    return Arbitraries.of(
        "%O reported on Monday that the canal gates would be inspected in March.",
        "%O has asked the provincial council for comment.",
        "%O understands the council will debate the water-sharing agreement again in spring.",
        "%O is publishing the engineers' full inspection report on Friday.",
        "“We will keep asking,” the growers' association told %O.",
        "%O could not independently verify the farmers' figures.",
        "Police are investigating.",
        "The story is far from over.",
        "This version of events was disputed by the provincial council.",
        "This site will become a reservoir, according to the district plan.",
        "The talks resume on Thursday.",
        "A translation of the agreement will be published by the council next month.");
  }
}
