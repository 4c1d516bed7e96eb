package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Articles.paragraph;
import static corpussearch.indexer.extract.Layouts.extract;
import static corpussearch.indexer.extract.MetadataField.DATE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A commentary that gives its date only in a note under the text, about the piece itself ("This
 * commentary was first published on 11 April 2024 as part of …", "This article was published
 * online on June 3, 2025."), is dated by the note; a story's
 * sentence about another work first published on some day dates nothing.
 */
class FirstPublishedNotesTest {

  @Property(tries = 60)
  void aNoteUnderTheTextAboutThePieceDatesIt(@ForAll(supplier = Layouts.Dates.class) LocalDate date, @ForAll("pieces") String piece,
      @ForAll("shapes") String shape, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    String note = "This " + piece + " was " + shape + " " + written(date) + " as part of the Forum's series on security.";

    assertThat(extract(page(headline, note)).metadata().get(DATE).value()).isEqualTo(date.toString());
  }

  @Property(tries = 40)
  void aSentenceAboutAnotherWorkDatesNothing(@ForAll(supplier = Layouts.Dates.class) LocalDate date, @ForAll("shapes") String shape,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    String sentence = "The report, " + shape + " " + written(date) + ", found that the ferry had lost money for a decade.";

    assertThat(extract(page(headline, sentence)).metadata().get(DATE).isKnown()).isFalse();
  }

  @Property(tries = 40)
  void aNoteThatThePieceWentOnlineOnADayDatesItAndIsNoParagraph(@ForAll(supplier = Layouts.Dates.class) LocalDate date,
      @ForAll("onlinePieces") String piece, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    String note = "This " + piece + " was published online " + written(date) + ". A version appears in the Summer "
        + date.getYear() + " print issue of the Forum Quarterly under the headline \"The cheap caliphate\".";
    List<String> page = page(headline, note);

    assertThat(extract(page).metadata().get(DATE).value()).isEqualTo(date.toString());
    assertThat(Layouts.paragraphs(page)).noneMatch(text -> text.contains("print issue"));
  }

  @Provide
  Arbitrary<String> onlinePieces() {
    return Arbitraries.of("article", "story", "column", "essay", "commentary");
  }

  private static List<String> page(String headline, String closing) {
    return List.of("forum.example", headline, "Jane Doe, John Roe", "", paragraph("the ferry"), "", paragraph("the timetable"), "",
        paragraph("the harbour"), "", closing, "", "About the authors", "Jane Doe is a senior fellow at the Forum.");
  }

  private static String written(LocalDate date) {
    return "on " + date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
  }

  @Provide
  Arbitrary<String> pieces() {
    return Arbitraries.of("commentary", "article", "analysis", "opinion piece", "essay");
  }

  @Provide
  Arbitrary<String> shapes() {
    return Arbitraries.of("first published", "originally published", "first appeared");
  }
}
