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
 * A wire's or a press office's release note at the top ("RELEASE: For publication Monday, March
 * 3, 2025, and after", "Embargoed until 00:01 Tuesday 5 March 2024") dates the story: it is the
 * day it may first appear, not the day it was filed. A sentence that opens with "Release" is no note.
 */
class ReleaseNotesTest {

  private static final DateTimeFormatter FILED = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

  @Property(tries = 80)
  void theReleaseDateBeatsTheFiledDate(
      @ForAll(supplier = Layouts.Dates.class) LocalDate filed, @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll(supplier = Layouts.People.class) String person, @ForAll("releaseNotes") String note, @ForAll("spellings") String spelling) {
    LocalDate released = filed.plusDays(1);
    String releaseDate = released.format(DateTimeFormatter.ofPattern(spelling, Locale.ENGLISH));
    List<String> lines = List.of("CAPITOL NEWS SERVICE -- MEMBER WIRE", "Filed: " + FILED.format(filed) + " 16:40 ET", note.formatted(releaseDate),
        "Slug: BUDGET-SHORTFALL", "", headline, "", "By " + person, "", paragraph("the budget"), "", paragraph("the committee"));

    assertThat(extract(lines).metadata().get(DATE).value()).isEqualTo(released.toString());
  }

  @Property(tries = 60)
  void aSentenceOpeningWithReleaseIsNoNote(
      @ForAll(supplier = Layouts.Dates.class) LocalDate published, @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll(supplier = Layouts.People.class) String person) {
    String day = published.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
    LocalDate other = published.minusDays(3);
    List<String> lines = List.of(headline, "", "By " + person, day, "",
        "Release of the report on " + other.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)) + " " + paragraph("the report"), "",
        paragraph("the committee"));

    assertThat(extract(lines).metadata().get(DATE).value()).isEqualTo(published.toString());
  }

  @Provide
  Arbitrary<String> releaseNotes() {
    return Arbitraries.of("RELEASE: For publication %s, and after. Online: 6 a.m. ET.", "For release %s", "Embargoed until 00:01 %s",
        "EMBARGO: %s 06:00", "Hold for release: %s", "For publication %s");
  }

  @Provide
  Arbitrary<String> spellings() {
    return Arbitraries.of("EEEE, MMM. d, yyyy", "EEEE d MMMM yyyy", "MMMM d, yyyy", "d MMM yyyy");
  }
}
