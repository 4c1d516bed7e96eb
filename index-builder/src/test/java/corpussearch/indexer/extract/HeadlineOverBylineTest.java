package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Articles.paragraph;
import static corpussearch.indexer.extract.Layouts.extract;
import static corpussearch.indexer.extract.MetadataField.TITLE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The story's headline is the line set over its byline whose words recur in the lead ({@link
 * HeadlineOverByline}): it wins over an e-mail subject the page never prints and over a first line
 * the story does not echo (an offer, a reading, a service's masthead, a text browser's
 * breadcrumb); a headline over its standfirst keeps its place, and so does the page's headline over a live blog's entries.
 */
class HeadlineOverBylineTest {

  @Property(tries = 60)
  void aNewsletterStorysHeadlineWinsOverASubjectThePageNeverPrints(@ForAll("subjects") String subject,
      @ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll("bylines") List<String> byline) {
    List<String> lines = new ArrayList<>(List.of("From: The Kestrel Herald <news@kestrelherald.example>",
        "Date: Mon, 13 Jan 2025 16:05:12 -0800", "Subject: " + subject, "", "THE KESTREL HERALD", "AFTERNOON UPDATE", "",
        "TODAY'S BIG STORY", "", headline));
    lines.addAll(byline);
    lines.addAll(List.of("", lead(headline), "", paragraph("the timetable")));

    assertThat(extract(lines).metadata().get(TITLE).value()).isEqualTo(headline);
  }

  @Property(tries = 60)
  void aFirstLineTheStoryDoesNotEchoGivesWayToTheHeadlineOverTheByline(@ForAll("unechoed") String first,
      @ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll("bylines") List<String> byline) {
    List<String> lines = new ArrayList<>(List.of(first, "", "Schools", "", headline, ""));
    lines.addAll(byline);
    lines.addAll(List.of("", lead(headline), "", paragraph("the timetable")));

    assertThat(extract(lines).metadata().get(TITLE).value()).isEqualTo(headline);
  }

  @Property(tries = 40)
  void aHeadlineOverItsStandfirstKeepsItsPlace(@ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll("bylines") List<String> byline) {
    List<String> lines = new ArrayList<>(List.of("LOCAL NEWS", headline,
        "The plan drawn up by the regional office could slip into the new year after objections"));
    lines.addAll(byline);
    lines.addAll(List.of("", paragraph("the plan drawn up by the regional office"), "", paragraph("the timetable")));

    assertThat(extract(lines).metadata().get(TITLE).value()).isEqualTo(headline);
  }

  @Property(tries = 40)
  void anEntryLowerDownOverItsTimeNeverDisplacesTheHeadline(@ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll(supplier = Layouts.People.class) String person) {
    List<String> lines = new ArrayList<>(List.of("LIVE", headline, "", "Live reporting by " + person, "", paragraph("the storm")));
    for (String entry : List.of("Roof blown off school sports hall", "Trains cancelled on the coast line", "Power restored to the harbour")) {
      lines.addAll(List.of("", "16:30", entry, paragraph(entry.toLowerCase(Locale.ROOT)), "", "5 January 2023"));
    }

    assertThat(extract(lines).metadata().get(TITLE).value()).isEqualTo(headline);
  }

  @Property(tries = 60)
  void aCaptionUnderTheBylineOfAPageCopiedWithoutBlankLinesNeverDisplacesTheHeadline(
      @ForAll("menus") List<String> menu, @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll(supplier = Layouts.People.class) String person, @ForAll("captions") String caption) {
    List<String> lines = new ArrayList<>(List.of("Skip to main content", "The Kestrel Herald"));
    lines.addAll(menu);
    lines.addAll(List.of(headline, "By " + person, "March 6, 2025 4:12 PM GMT", "", caption, "", lead(headline), "", paragraph("the timetable")));

    assertThat(extract(lines).metadata().get(TITLE).value()).isEqualTo(headline);
  }

  @Property(tries = 40)
  void aSloganOverASectionLabelNeverDisplacesTheHeadline(@ForAll("slogans") String slogan,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> lines = List.of("KESTREL HERALD", slogan, "Home   Local   Regional   Business   Sports   Contact", "",
        "PARTNER CONTENT", "", headline, "", "Posted 3 days ago in Local News", "", lead(headline), "", paragraph("the timetable"));

    assertThat(extract(lines).metadata().get(TITLE).value()).isEqualTo(headline);
  }

  /** A lead that repeats the headline's words, as a story's first paragraph does. */
  private static String lead(String headline) {
    return paragraph(headline.toLowerCase(Locale.ROOT));
  }

  @Provide
  Arbitrary<String> subjects() {
    return Arbitraries.of("🚌 Drivers get paid for the gap; plus, a bridge update", "Who was asked? (Not them)",
        "☕ Your Monday briefing: three things to know", "The one where the quarry wins");
  }

  @Provide
  Arbitrary<String> unechoed() {
    Arbitrary<String> offer = Arbitraries.of("$4.99", "$2.50", "£3").map(price -> "Subscribe to the e-Edition: " + price + "/month, cancel anytime");
    Arbitrary<String> reading = Combinators.combine(Arbitraries.of("Boone", "Tarbert", "Ely"), Arbitraries.integers().between(20, 90))
        .as((town, degrees) -> "Weather: " + town + " " + degrees + "°F, light snow. Road conditions »");
    Arbitrary<String> masthead = Arbitraries.of("GRANITE CAPITOL NEWS SERVICE -- MEMBER WIRE", "PRAIRIE STATEHOUSE BUREAU -- CLIENT FEED");
    Arbitrary<String> breadcrumb = Arbitraries.integers().between(1, 60)
        .map(n -> "[" + n + "]Home > [" + (n + 1) + "]News > [" + (n + 2) + "]Local News");
    return Arbitraries.oneOf(offer, reading, masthead, breadcrumb);
  }

  @Provide
  Arbitrary<List<String>> menus() {
    return Arbitraries.of("World", "Business", "Markets", "Legal", "Sport", "Culture", "Middle East", "Local News", "Opinion")
        .list().uniqueElements().ofMinSize(4).ofMaxSize(8);
  }

  /** A photo's caption with its credit: a sentence about the scene, never the headline. */
  @Provide
  Arbitrary<String> captions() {
    Arbitrary<String> scene = Arbitraries.of("Police officers stand guard outside the courthouse", "Soldiers wait at a checkpoint",
        "Residents queue for water", "Ferry passengers leave the pier");
    Arbitrary<String> town = Arbitraries.of("Gaziantep", "Tarbert", "Ely", "Boone");
    Arbitrary<String> credit = Arbitraries.of(" (AA Photo)", " Kestrel Herald/Cem Ozturk Purchase Licensing Rights", " (File photo)");
    return Combinators.combine(Arbitraries.of("", "Item 1 of 2 "), scene, town, credit)
        .as((item, what, where, by) -> item + what + " in " + where + ", February 10, 2025." + by);
  }

  @Provide
  Arbitrary<String> slogans() {
    return Arbitraries.of("Local news, every day", "Support independent journalism. Donate today", "Your county, your news");
  }

  @Provide
  Arbitrary<List<String>> bylines() {
    return Layouts.people().flatMap(person -> Arbitraries.of(List.of("By " + person), List.of(person + ", Education Reporter"),
        List.of(person, "Chief Reporter"), List.of("By " + person, "March 6, 2025")));
  }
}
