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
 * The controls a copied page carries under its byline: a button acting on the piece it sits on, one
 * verb and its object alone on the line ("Gift this article", "Save this story"). Sentences and
 * headings that speak of an article or a story, with a subject or more words, stay.
 */
class CopiedPageControlsTest {

  @Property(tries = 60)
  void aButtonActingOnThePieceIsDropped(@ForAll("buttons") String button) {
    ParagraphSplit result = split(P1, button, P2);

    assertThat(texts(result)).containsExactly(P1, P2);
    assertThat(result.dropped(DropReason.NAVIGATION)).isEqualTo(1);
  }

  @Property(tries = 40)
  void sentencesAboutAnArticleOrAStoryStay(@ForAll("prose") String prose) {
    assertThat(texts(split(P1, prose, P2))).containsExactly(P1, prose, P2);
  }

  @Provide
  Arbitrary<String> buttons() {
    Arbitrary<String> verb = Arbitraries.of("Gift", "Save", "Share", "Print", "Report", "Cite", "Bookmark", "Translate", "Follow",
        "Listen to", "Comment on", "gift", "SAVE");
    Arbitrary<String> object = Arbitraries.of("article", "story", "post", "page", "ARTICLE");
    return Combinators.combine(verb, object).as((v, o) -> v + " this " + o);
  }

  @Provide
  Arbitrary<String> prose() {
    return Arbitraries.of(
        "Readers who gift this article to a friend will not be charged, the paper said in a statement on Monday.",
        "I wrote this story after three weeks in the camp.",
        "We stand by this article.",
        "Officials refused to comment on this story when contacted by telephone on Tuesday.",
        "Why this story matters for the farmers of the valley",
        "Save this story for later, she told her students, because the ministry may take it down.");
  }
}
