package corpussearch.indexer.paragraphs;

import static corpussearch.indexer.paragraphs.Articles.P1;
import static corpussearch.indexer.paragraphs.Articles.P2;
import static corpussearch.indexer.paragraphs.Articles.split;
import static corpussearch.indexer.paragraphs.Articles.texts;
import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A read-later export's highlight with the reader's note under it: the note goes, a story's own "Note:" stays. */
class ReaderNotesTest {

  @Property(tries = 40)
  void aNoteUnderAHighlightIsDropped(@ForAll("labels") String label, @ForAll("notes") String note) {
    String highlight = "> " + P1.substring(0, 60);

    assertThat(texts(split(P1, P2, highlight + "\n  " + label + " " + note))).noneMatch(text -> text.contains(note));
  }

  @Property(tries = 20)
  void aStorysOwnNoteIsKept(@ForAll("labels") String label) {
    String own = label + " figures for the second quarter are provisional and may be revised by the bureau.";

    assertThat(texts(split(P1, P2 + "\n" + own))).anyMatch(text -> text.contains(own));
  }

  @Provide
  Arbitrary<String> labels() {
    return Arbitraries.of("Note:", "My note:", "Comment:", "Annotation:");
  }

  @Provide
  Arbitrary<String> notes() {
    return Arbitraries.of("use in chapter 3, compare with Blue Bay figures", "check whether fines were ever collected at Blue Bay",
        "ask the ministry for the 2019 survey");
  }
}
