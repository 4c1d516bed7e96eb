package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Articles.paragraph;
import static corpussearch.indexer.extract.Layouts.extract;
import static corpussearch.indexer.extract.Layouts.paragraphs;
import static corpussearch.indexer.extract.MetadataField.AUTHOR;
import static corpussearch.indexer.extract.MetadataField.DATE;
import static corpussearch.indexer.extract.MetadataField.OUTLET;
import static corpussearch.indexer.extract.MetadataField.TITLE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Key–value blocks of exports: front matter, feed items, mail headers, generated. */
class FieldBlocksTest {

  @Property(tries = 60)
  void frontMatterStatesTitleAuthorsAndThePublishedNotTheModifiedDate(
      @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll(supplier = Layouts.People.class) String first,
      @ForAll(supplier = Layouts.People.class) String second,
      @ForAll("dates") LocalDate published,
      @ForAll boolean inlineList,
      @ForAll boolean quoted) {
    List<String> lines = new ArrayList<>(List.of("---", "title: " + (quoted ? "\"" + headline + "\"" : headline),
        "slug: some-slug", "date: " + published, "lastmod: " + published.plusDays(40)));
    if (inlineList) {
      lines.add("authors: [" + first + ", " + second + "]");
    } else {
      lines.addAll(List.of("authors:", "  - " + first, "  - " + second));
    }
    lines.addAll(List.of("draft: false", "---", "", "# " + headline, "", paragraph("the wells"), "",
        paragraph("the pumps")));
    Extraction result = extract(lines);

    assertThat(result.metadata().get(TITLE)).isEqualTo(FieldValue.of(headline, RuleNames.FIELD_BLOCK));
    assertThat(result.metadata().get(DATE).value()).isEqualTo(published.toString());
    assertThat(result.metadata().get(AUTHOR).value()).contains(first).contains(second);
    assertThat(paragraphs(lines)).containsExactly(paragraph("the wells"), paragraph("the pumps"));
  }

  @Property(tries = 60)
  void aFeedItemDumpGivesItsFieldsAndItsFooterTheOutlet(
      @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll(supplier = Layouts.People.class) String author,
      @ForAll(supplier = Layouts.Outlets.class) String outlet,
      @ForAll("dates") LocalDate published,
      @ForAll("banners") String banner,
      @ForAll boolean footer) {
    String pubDate = published.atTime(18, 30).atOffset(java.time.ZoneOffset.UTC)
        .format(DateTimeFormatter.RFC_1123_DATE_TIME);
    List<String> lines = List.of(banner.formatted("FEED: " + outlet + " - Local (https://example.org/feed/)"),
        "fetched: 2030-01-01T00:00:00Z   items: 1", "", banner.formatted("ITEM"), "title: " + headline,
        "link: https://example.org/a/1", "pubDate: " + pubDate, "dc:creator: " + author, "category: Local", "",
        "content:encoded:", paragraph("the river"), "", paragraph("the birds"), "",
        footer ? "The post " + headline + " appeared first on " + outlet + "." : "", "", "slash:comments: 4",
        banner.formatted("END ITEM"));
    Extraction result = extract(lines);

    assertThat(result.metadata().get(TITLE).value()).isEqualTo(headline);
    assertThat(result.metadata().get(AUTHOR).value()).isEqualTo(author);
    assertThat(result.metadata().get(DATE).value()).isEqualTo(published.toString());
    assertThat(result.metadata().get(OUTLET).value()).isEqualTo(outlet);
    assertThat(paragraphs(lines)).containsExactly(paragraph("the river"), paragraph("the birds"));
  }

  @Property(tries = 60)
  void aForwardedNewsletterIsReadFromItsInnermostHeaders(
      @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll(supplier = Layouts.People.class) String forwarder,
      @ForAll(supplier = Layouts.Outlets.class) String newsletter,
      @ForAll("dates") LocalDate sent) {
    DateTimeFormatter mail = DateTimeFormatter.ofPattern("EEE, d MMM yyyy 'at' HH:mm", Locale.ENGLISH);
    List<String> lines = List.of("---------- Forwarded message ---------",
        "From: " + forwarder + " <someone@example.org>", "Date: " + sent.plusDays(3).atStartOfDay().format(mail),
        "Subject: Fwd: " + newsletter + " — " + headline, "To: Team <team@example.org>", "",
        "---------- Forwarded message ---------", "From: " + newsletter + " <brief@example.org>",
        "Date: " + sent.atStartOfDay().format(mail),
        "Subject: " + newsletter + " — " + headline, "To: <someone@example.org>", "", headline, "",
        paragraph("the rates"), "", paragraph("the trade"));
    Extraction result = extract(lines);

    assertThat(result.metadata().get(TITLE).value()).isEqualTo(headline);
    assertThat(result.metadata().get(DATE).value()).isEqualTo(sent.toString());
    assertThat(result.metadata().get(OUTLET).value()).isEqualTo(newsletter);
    assertThat(paragraphs(lines)).containsExactly(paragraph("the rates"), paragraph("the trade"));
  }

  @Property(tries = 30)
  void aHeadlineWithAKickerIsNoField(@ForAll("kickers") String kicker,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> lines = List.of(kicker + ": " + headline, "", paragraph("the harbour"));

    assertThat(extract(lines).metadata().get(TITLE).value()).isEqualTo(kicker + ": " + headline);
  }

  @Property(tries = 40)
  void anEventsDateBlockInsideTheStoryIsFurnitureButNotTheArticlesDate(
      @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll("dates") LocalDate published,
      @ForAll("dates") LocalDate event) {
    String dateline = published.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
    List<String> lines = List.of(headline, "", "Published " + dateline, "", paragraph("the hall"), "",
        paragraph("the meeting"), "", paragraph("the vote"), "", "Date: " + event, "Venue: Town Hall", "",
        paragraph("the council"));
    Extraction result = extract(lines);

    assertThat(result.metadata().get(DATE).value()).isEqualTo(published.toString());
    assertThat(paragraphs(lines)).doesNotContain("Venue: Town Hall");
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return Layouts.dates();
  }

  @Provide
  Arbitrary<String> banners() {
    return Arbitraries.of("=== %s ===", "--- %s ---", "~~~ %s ~~~");
  }

  @Provide
  Arbitrary<String> kickers() {
    return Arbitraries.of("Analysis", "Explainer", "Watch", "Opinion");
  }
}
