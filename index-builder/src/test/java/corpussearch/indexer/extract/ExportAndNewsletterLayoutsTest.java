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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Layouts of the ninth blind set's kind, generated: a morning newsletter e-mail (its subject a digest of
 * the headlines, its Date the morning after the story, a pointer to the web copy, its
 * masthead under the headers, a "A and B | date · time" byline) and a read-later app's export (its
 * "Title:" field aligned in columns and shortened, the fuller headline below). The prose tests keep
 * what uses the same words in a sentence.
 */
class ExportAndNewsletterLayoutsTest {

  @Property(tries = 60)
  void aNewsletterMailGivesTheLeadStoryNotItsSubjectOrSendDate(
      @ForAll(supplier = Layouts.Outlets.class) String outlet, @ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll("others") List<String> others,
      @ForAll("twoPeople") List<String> people, @ForAll("dates") LocalDate date,
      @ForAll("webCopy") String webCopy, @ForAll("editions") String edition) {
    LocalDate sent = date.plusDays(1);
    List<String> lines = new ArrayList<>(List.of(
        "From: " + outlet + " <morning@news.example>", "To: reader@mail.example",
        "Subject: " + String.join(" | ", shortened(headline), others.get(0), others.get(1)),
        "Date: " + sent.format(DateTimeFormatter.ofPattern("EEE, d MMM yyyy 06:00:03 -0400", Locale.ENGLISH)), "",
        webCopy, "", outlet.toUpperCase(Locale.ROOT) + " — " + edition, "", "TODAY'S LEAD", "", headline,
        people.get(0) + " and " + people.get(1) + " | " + date.format(DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH)) + " · 9:47 PM",
        "", paragraph("the haul road"), "", paragraph("the council")));

    Extraction result = extract(lines);
    assertThat(result.metadata().get(TITLE).value()).isEqualTo(headline);
    assertThat(result.metadata().get(AUTHOR).value()).isEqualTo(AuthorLineRules.joined(people));
    assertThat(result.metadata().get(DATE).value()).isEqualTo(date.toString());
    assertThat(result.metadata().get(OUTLET).value()).isEqualTo(outlet);
    assertThat(paragraphs(lines)).containsExactly(paragraph("the haul road"), paragraph("the council"));
  }

  @Property(tries = 30)
  void aMailWithNoOtherDateIsDatedWhenItWasSent(
      @ForAll(supplier = Layouts.Outlets.class) String outlet, @ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll("dates") LocalDate sent) {
    List<String> lines = List.of("From: " + outlet + " <desk@news.example>", "Subject: " + headline,
        "Date: " + sent.format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)), "", paragraph("the vote"));

    assertThat(extract(lines).metadata().get(DATE).value()).isEqualTo(sent.toString());
    assertThat(extract(lines).metadata().get(TITLE).value()).isEqualTo(headline);
  }

  @Property(tries = 60)
  void aReadLaterExportGivesTheFullerHeadlineWithoutTheFieldLabel(
      @ForAll("apps") String app, @ForAll(supplier = Layouts.Outlets.class) String outlet, @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll(supplier = Layouts.People.class) String author, @ForAll("dates") LocalDate date, @ForAll("gaps") String gap) {
    List<String> lines = List.of(app.toUpperCase(Locale.ROOT) + " — article export", "==========================",
        "Title:" + gap + shortened(headline) + " | " + outlet,
        "Source:" + gap + "https://www.news.example/2024/story",
        "Saved:" + gap + date.plusDays(3) + " 21:02", "Reading:" + gap + "5 min", "--------------------------", "",
        headline, "", author, date.format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)), "",
        paragraph("the reef survey"), "", paragraph("the mooring buoys"));

    Extraction result = extract(lines);
    assertThat(result.metadata().get(TITLE).value()).isEqualTo(headline);
    assertThat(result.metadata().get(DATE).value()).isEqualTo(date.toString());
    assertThat(paragraphs(lines)).containsExactly(paragraph("the reef survey"), paragraph("the mooring buoys"));
  }

  @Property(tries = 30)
  void prosePipesAndBrowserWordsAreKept(@ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll("webCopy") String webCopy) {
    String pointer = "Readers who said they could not " + webCopy.toLowerCase(Locale.ROOT).replace("?", ",")
        + " told the editor that the layout | the fonts | the images had all failed on older phones.";
    List<String> lines = List.of(headline, "", paragraph("the council"), "", pointer, "", paragraph("the budget"));

    assertThat(extract(lines).metadata().get(TITLE).value()).isEqualTo(headline);
    assertThat(paragraphs(lines)).containsExactly(paragraph("the council"), pointer, paragraph("the budget"));
  }

  @Property(tries = 30)
  void aSubjectOfOneHeadlineWithAKickerStaysTheTitle(@ForAll(supplier = Layouts.Outlets.class) String outlet, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    String subject = "Analysis | " + headline;
    List<String> lines = List.of("From: Jane Roe <jane@mail.example>", "Subject: " + subject, "Date: 3 Mar 2024", "",
        paragraph("the vote"));

    assertThat(extract(lines).metadata().get(TITLE).value()).isEqualTo(subject);
  }

  /** The headline as an app stores it: its first two words dropped. */
  private static String shortened(String headline) {
    List<String> words = Arrays.asList(headline.split(" "));
    return String.join(" ", words.subList(2, words.size()));
  }




  @Provide
  Arbitrary<List<String>> twoPeople() {
    return Layouts.people().list().ofSize(2).uniqueElements();
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return Layouts.dates();
  }

  @Provide
  Arbitrary<List<String>> others() {
    return Arbitraries.of("Budget hearings begin", "Cup final tickets", "Water outage in Kitty", "Schools reopen Monday")
        .list().ofSize(2).uniqueElements();
  }

  @Provide
  Arbitrary<String> webCopy() {
    return Arbitraries.of("Trouble reading this e-mail? Open it in your browser.", "Having trouble viewing this email? View it online.",
        "Can't see images? View this email in your browser.", "Not displaying correctly? Read it online.");
  }

  @Provide
  Arbitrary<String> editions() {
    return Arbitraries.of("MORNING EDITION", "Weekend Briefing", "Daily Digest");
  }

  @Provide
  Arbitrary<String> apps() {
    return Arbitraries.of("Shelfmark", "Readwise", "Keeper", "Pocketbook");
  }

  @Provide
  Arbitrary<String> gaps() {
    return Arbitraries.of(" ", "    ", "\t");
  }
}
