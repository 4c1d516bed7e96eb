package corpussearch.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A media-monitoring clipping's field block above the story, its labels in the service's language
 * and its values aligned ("Publication date:  18-Oct-2024", "Fecha:  18-oct-2024", "Quelle:  …"):
 * the date, author and paper are read off it. A hyphenated date in prose is no date line.
 */
class ClippingFieldsTest {

  private static final String BODY =
      "A tuna cannery will hire about 300 more workers next year when a second processing line opens, the company and"
          + " the provincial government announced on Wednesday at a ceremony at the site.";

  @Property(tries = 80)
  void aClippingsFieldsGiveItsDateAuthorAndPaper(
      @ForAll("labels") List<String> labels, @ForAll(supplier = Layouts.Dates.class) LocalDate date, @ForAll("dateShapes") String shape,
      @ForAll(supplier = Layouts.People.class) String author, @ForAll(supplier = Layouts.Outlets.class) String paper,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> lines = List.of("MEDIA WATCH – DAILY CLIPPINGS", "Client: Ministry of Fisheries", "-".repeat(60),
        pad(labels.get(0)) + paper + " (print)", pad(labels.get(1)) + date.format(DateTimeFormatter.ofPattern(shape, Locale.ENGLISH)),
        pad("Page:") + "3", pad(labels.get(2)) + author, pad("Tone:") + "Positive", "-".repeat(60), "", headline, "", BODY);

    Extraction extraction = Layouts.extract(lines);

    assertThat(extraction.metadata().date().value()).isEqualTo(date.toString());
    assertThat(extraction.metadata().author().value()).isEqualTo(author);
  }

  @Property(tries = 40)
  void aHyphenatedDateInsideASentenceIsNoDateLine(@ForAll(supplier = Layouts.Dates.class) LocalDate date) {
    String sentence = "The contract signed on " + date.format(DateTimeFormatter.ofPattern("dd-MMM-yyyy", Locale.ENGLISH))
        + " runs for three years and covers every berth of the new terminal.";

    assertThat(DateParser.parseDateLine(sentence)).isEmpty();
    assertThat(DateParser.find(sentence)).map(DateParser.DateMatch::date).contains(date);
  }

  private static String pad(String label) {
    return label + " ".repeat(Math.max(1, 19 - label.length()));
  }

  @Provide
  Arbitrary<List<String>> labels() {
    return Combinators.combine(
            Arbitraries.of("Source:", "Publication:", "Fuente:", "Quelle:", "Sumber:"),
            Arbitraries.of("Publication date:", "Date:", "Fecha:", "Datum:", "Published:"),
            Arbitraries.of("Author:", "Autor:", "Auteur:", "Penulis:"))
        .as(List::of);
  }

  @Provide
  Arbitrary<String> dateShapes() {
    return Arbitraries.of("dd-MMM-yyyy", "d MMMM yyyy", "dd-MMMM-yyyy", "yyyy-MM-dd");
  }
}
