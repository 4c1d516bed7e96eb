package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Articles.paragraph;
import static corpussearch.indexer.extract.Layouts.extract;
import static corpussearch.indexer.extract.MetadataField.AUTHOR;
import static corpussearch.indexer.extract.MetadataField.OUTLET;
import static corpussearch.indexer.extract.MetadataField.TITLE;
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
 * A browser's reader view copied as text: the site's domain, the headline, the byline, a reading
 * time, then the page's own byline again (the name over its job and the date). The name printed
 * twice is the byline, never the title nor the outlet; the headline is the title.
 */
class ReaderViewBylineTest {

  @Property(tries = 80)
  void aNamePrintedTwiceIsTheBylineAndTheHeadlineIsTheTitle(
      @ForAll("domains") String domain,
      @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll(supplier = Layouts.People.class) String author,
      @ForAll("readingTimes") String readingTime,
      @ForAll(supplier = Layouts.Outlets.class) String outlet,
      @ForAll(supplier = Layouts.Dates.class) LocalDate date) {
    List<String> lines = List.of(domain, "", headline, "", author, "", readingTime, "", author, "Regional correspondent, " + outlet,
        date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)), "", lead(headline), "", paragraph("the harbour"));
    ArticleMetadata metadata = extract(lines).metadata();

    assertThat(metadata.get(TITLE).value()).isEqualTo(headline);
    assertThat(metadata.get(AUTHOR).value()).isEqualTo(author);
    assertThat(metadata.get(OUTLET).value()).isNotEqualTo(author);
  }

  /** A story's first paragraph tells what its headline says. */
  private static String lead(String headline) {
    return "Officials said on Tuesday that the news was plain: " + headline.toLowerCase(Locale.ROOT)
        + ", and residents who had followed the matter for months said they expected as much.";
  }

  @Provide
  Arbitrary<String> domains() {
    return Arbitraries.of("wbn.example", "www.kestrelbay.example", "news.fenland.example");
  }

  @Provide
  Arbitrary<String> readingTimes() {
    return Arbitraries.of("5–6 minutes", "4 minutes", "3-4 minutes");
  }
}
