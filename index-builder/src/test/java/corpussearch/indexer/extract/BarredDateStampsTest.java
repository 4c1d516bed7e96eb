package corpussearch.indexer.extract;

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
 * A stamp line of two dates split by a bar with or without spaces round it, as a copied page joins
 * them ("Updated March 5, 2026 at 7:02 a.m. EST|Published March 4, 2026 at 6:15 p.m. EST"): the
 * published date is the article's, whichever comes first. A sentence with a bar in it stays prose.
 */
class BarredDateStampsTest {

  @Property(tries = 200)
  void theBarredPublishedStampDatesTheArticle(
      @ForAll(supplier = Layouts.Dates.class) LocalDate published,
      @ForAll("laterDays") int later,
      @ForAll("stamps") String shape,
      @ForAll("bars") String bar,
      @ForAll boolean updateFirst,
      @ForAll(supplier = Layouts.People.class) String author) {
    String updatedStamp = "Updated " + stamp(published.plusDays(later), shape);
    String publishedStamp = "Published " + stamp(published, shape);
    String line = updateFirst ? updatedStamp + bar + publishedStamp : publishedStamp + bar + updatedStamp;
    List<String> page = List.of("Ferry operator drops winter timetable after fuel costs double", "",
        "By " + author, line, "", Articles.paragraph("the ferry"), "", Articles.paragraph("the timetable"));

    assertThat(DateParser.parseDateLine(line).map(DateParser.DateLine::date)).as(line).contains(published);
    assertThat(Layouts.extract(page).metadata().get(DATE).value()).as(line).isEqualTo(published.toString());
  }

  @Property(tries = 100)
  void aSentenceWithABarIsNoDateLine(@ForAll(supplier = Layouts.Dates.class) LocalDate date, @ForAll("bars") String bar) {
    String day = date.format(DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH));
    String sentence = "Tolls rose on " + day + bar + "drivers said the queues doubled by noon";

    assertThat(DateParser.parseDateLine(sentence)).as(sentence).isEmpty();
  }

  private static String stamp(LocalDate date, String shape) {
    return date.atTime(7, 2).format(DateTimeFormatter.ofPattern(shape, Locale.ENGLISH));
  }

  @Provide
  Arbitrary<Integer> laterDays() {
    return Arbitraries.integers().between(1, 3);
  }

  @Provide
  Arbitrary<String> stamps() {
    return Arbitraries.of("MMMM d, yyyy 'at' h:mm 'a.m. EST'", "MMM. d, yyyy h:mm 'p.m. ET'", "d MMMM yyyy HH:mm 'GMT'",
        "MMMM d, yyyy", "EEEE, d MMMM yyyy");
  }

  @Provide
  Arbitrary<String> bars() {
    return Arbitraries.of("|", " |", "| ", " | ");
  }
}
