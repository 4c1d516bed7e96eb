package corpussearch.indexer.paragraphs;

import static corpussearch.indexer.paragraphs.Articles.P1;
import static corpussearch.indexer.paragraphs.Articles.P2;
import static corpussearch.indexer.paragraphs.Articles.P3;
import static corpussearch.indexer.paragraphs.Articles.split;
import static corpussearch.indexer.paragraphs.Articles.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Notes under the text, keyed to markers in it, are dropped whatever their label (or none), their
 * numbering style, their length and their layout (one block, or a block each); a story's own
 * numbered list, with no markers in the text before it, is kept, and so are notes whose markers
 * the text does not carry.
 */
class EndnotesTest {
  private static final List<String> STORY = List.of(P1, P2, P3, P1.replace("provincial", "district"), P2.replace("engineers", "surveyors"));

  @Property(tries = 200)
  void notesKeyedToMarkersInTheTextAreDropped(@ForAll("notes") List<String> notes, @ForAll("markers") String marker,
      @ForAll("numbers") String number, @ForAll("labels") String label, @ForAll boolean blockEach) {
    List<String> story = marked(notes.size(), marker);
    List<String> blocks = new ArrayList<>(story);
    blocks.addAll(notesSection(notes, number, label, blockEach));

    assertThat(texts(split(blocks.toArray(String[]::new)))).containsExactlyElementsOf(story);
  }

  @Property(tries = 120)
  void aNumberedListWithoutMarkersInTheTextIsKept(@ForAll("notes") List<String> items, @ForAll("numbers") String number,
      @ForAll("listLabels") String label, @ForAll @IntRange(min = 0, max = 1) int markedBefore) {
    List<String> blocks = new ArrayList<>(marked(markedBefore, "bracket"));
    blocks.addAll(notesSection(items, number, label, false));

    String kept = String.join(" ", texts(split(blocks.toArray(String[]::new))));
    assertThat(kept).contains(items);
  }

  /** The story's paragraphs, the first {@code count} of them closing with their marker. */
  private static List<String> marked(int count, String marker) {
    List<String> story = new ArrayList<>();
    for (int p = 0; p < STORY.size(); p++) {
      String n = Integer.toString(p + 1);
      String mark = switch (marker) {
        case "bracket" -> "[" + n + "]";
        case "superscript" -> String.valueOf("¹²³⁴⁵".charAt(p));
        default -> n;
      };
      story.add(p < count ? STORY.get(p) + mark : STORY.get(p));
    }
    return story;
  }

  private static List<String> notesSection(List<String> notes, String number, String label, boolean blockEach) {
    List<String> entries = new ArrayList<>();
    for (int n = 0; n < notes.size(); n++) {
      entries.add(String.format(number, n + 1) + " " + notes.get(n));
    }
    List<String> blocks = new ArrayList<>();
    if (blockEach) {
      if (!label.isEmpty()) {
        blocks.add(label);
      }
      blocks.addAll(entries);
    } else {
      blocks.add((label.isEmpty() ? "" : label + "\n") + String.join("\n", entries));
    }
    return blocks;
  }

  @Provide
  Arbitrary<List<String>> notes() {
    Arbitrary<String> source = Arbitraries.of("the ministry's annual report for 2023", "interviews conducted by the authors in Dapaong",
        "the cooperative's ledgers, shared on condition that members are not named", "the survey published by the Centre in March");
    Arbitrary<String> note = Arbitraries.of("On the figures, see %s.", "This account draws on %s, which the authors read in full.",
        "Figures are taken from %s and were checked against court records where these were available to the researchers.")
        .flatMap(shape -> source.map(s -> String.format(shape, s)));
    return note.list().ofMinSize(2).ofMaxSize(5);
  }

  @Provide
  Arbitrary<String> markers() {
    return Arbitraries.of("bracket", "superscript", "glued");
  }

  @Provide
  Arbitrary<String> numbers() {
    return Arbitraries.of("%d.", "[%d]", "%d", "%d)");
  }

  /** What a story heads its own numbered list with, or nothing. */
  @Provide
  Arbitrary<String> listLabels() {
    return Arbitraries.of("", "What the council promised", "Their demands");
  }

  @Provide
  Arbitrary<String> labels() {
    return Arbitraries.of("", "Notes", "Endnotes", "NOTES", "References and notes", "Sources");
  }
  /**
   * A print page converted to text loses the notes' superscript markers; its running head shows it is print, and its notes,
   * their numbers bare, are dropped wherever the conversion set them, one note or several.
   */
  @Property(tries = 120)
  void bareNotesOnAPrintedPageAreDroppedWithoutMarkers(@ForAll("notes") List<String> notes, @ForAll @IntRange(min = 1, max = 5) int count,
      @ForAll @IntRange(min = 0, max = 3) int at) {
    List<String> story = new ArrayList<>(STORY.subList(0, 4));
    List<String> blocks = printedPage(story);
    blocks.addAll(at + 3, notesSection(notes.subList(0, Math.min(count, notes.size())), "%d", "", false));

    List<String> kept = texts(split(blocks.toArray(String[]::new)));

    assertThat(kept).containsSubsequence(story);
    assertThat(String.join(" ", kept)).doesNotContain(notes.get(0));
  }

  /**
   * A brief numbers its sections ("3. Recommendations"): a numbered heading after a page's bare notes,
   * with the number after the last note's, is the document's next section, not its next note.
   */
  @Property(tries = 60)
  void bareNotesBeforeTheNextNumberedSectionAreDropped(@ForAll("notes") List<String> notes, @ForAll @IntRange(min = 1, max = 4) int count,
      @ForAll("sectionHeadings") String heading) {
    List<String> shown = notes.subList(0, Math.min(count, notes.size()));
    List<String> blocks = printedPage(new ArrayList<>(STORY.subList(0, 3)));
    blocks.addAll(notesSection(shown, "%d", "", false));
    blocks.addAll(List.of((shown.size() + 1) + ". " + heading, STORY.get(3)));

    ParagraphSplit split = split(blocks.toArray(String[]::new));
    String kept = String.join(" ", texts(split)) + " " + split.paragraphs().get(split.paragraphs().size() - 1).section();

    assertThat(kept).doesNotContain(shown.get(0)).contains(heading, STORY.get(3));
  }

  @Provide
  Arbitrary<String> sectionHeadings() {
    return Arbitraries.of("Recommendations", "What donors can do", "Conclusion");
  }

  /** On a print page, a list a sentence introduces, a list that goes on below, or a paragraph opening with a date is the story's. */
  @Property(tries = 60)
  void aPrintedPagesOwnListsAndDatesAreKept(@ForAll("notes") List<String> items, @ForAll("printedStoryShapes") String shape) {
    List<String> blocks = printedPage(new ArrayList<>(STORY.subList(0, 4)));
    List<String> entries = notesSection(items, "%d", "", true);
    switch (shape) {
      case "introduced" -> blocks.addAll(4, List.of("The council made three promises:", String.join("\n", entries)));
      case "interrupted" -> {
        blocks.add(4, entries.get(0));
        blocks.add(entries.get(1));
      }
      default -> blocks.add(4, "1 January was the first day of the new levy, and traders said they had not been told of it.");
    }

    String kept = String.join(" ", texts(split(blocks.toArray(String[]::new))));
    assertThat(kept).contains(shape.equals("date") ? "1 January was" : items.get(0));
  }

  @Provide
  Arbitrary<String> printedStoryShapes() {
    return Arbitraries.of("introduced", "interrupted", "date");
  }

  /** A print document's page as text: letterhead, title, the story with a running head at a page break among its paragraphs. */
  private static List<String> printedPage(List<String> story) {
    List<String> blocks = new ArrayList<>(List.of("CENTRE FOR BORDER STUDIES\nPOLICY BRIEF No. 47", "Beyond the canal gates"));
    blocks.addAll(story);
    blocks.add(blocks.size() - 1, "Beyond the canal gates | Centre for Border Studies 2 of 6");
    return blocks;
  }
}
