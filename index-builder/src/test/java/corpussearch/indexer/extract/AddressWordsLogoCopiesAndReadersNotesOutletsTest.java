package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Articles.paragraph;
import static corpussearch.indexer.extract.Layouts.extract;
import static corpussearch.indexer.extract.MetadataField.OUTLET;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Round 39's outlet names, generated: an address line spelled by the page's words ("sentinel.example" over one "…/The
 * Sentinel"; "ridgelinenews.example" over "Ridgeline"; the kind the page writes after them, "Meridian World Service"),
 * a logo's words as a copy keeps them ("NAME - Back to home"), a Markdown link to a site's root, a copyright notice after
 * another sentence, a newsletter's "Thanks for reading X!", a mail from "Writer from Publication", a writer's bio after a
 * "TAGLINE:" label, a running head naming its publisher before "Policy Brief", and an agency signed in full by its
 * copyright. With the layouts the rules must leave alone.
 */
class AddressWordsLogoCopiesAndReadersNotesOutletsTest {
  private static List<String> story(String... head) {
    return Stream.concat(Stream.of(head), Stream.of("", paragraph("the border"), "", paragraph("the camps"))).toList();
  }

  private static List<String> with(List<String> page, String... tail) {
    return Stream.concat(page.stream(), Stream.of(tail)).toList();
  }

  private static String of(MetadataField field, List<String> lines) {
    return extract(lines).metadata().get(field).value();
  }

  /** "kestrelbayherald.example" for "Kestrel Bay Herald". */
  private static String host(String words) {
    return words.replace(" ", "").toLowerCase(Locale.ROOT) + ".example";
  }

  /** "sentinel.example" over a story whose caption credits "Photograph: NAME/The Sentinel": "The Sentinel". */
  @Property(tries = 40)
  void aOneWordAddressSeenOnceAfterTheNamesTheOutlet(@ForAll("brandWords") String brand, @ForAll(supplier = Layouts.People.class) String person,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> page = story(host(brand), "", headline, "", "By " + person, "22 March 2025", "", "Photograph: Omar Saleh/The " + brand);
    assertThat(of(OUTLET, page)).isEqualTo("The " + brand);
  }

  /** The same address over a story that writes the word once, without "The": no outlet from one bare sighting. */
  @Property(tries = 30)
  void aOneWordAddressSeenOnceAloneNamesNothing(@ForAll("brandWords") String brand, @ForAll(supplier = Layouts.People.class) String person,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> page = story(host(brand), "", headline, "", "By " + person, "22 March 2025", "", "Photograph: Omar Saleh/" + brand);
    assertThat(of(OUTLET, page)).isNull();
  }

  /** "ridgelinenews.example" over a story that writes "Ridgeline" alone: the words and the address's kind, "Ridgeline News". */
  @Property(tries = 40)
  void anAddressEndingInAKindNeedsOnlyTheWordsBeforeIt(@ForAll("brandWords") String brand, @ForAll("kinds") String kind,
      @ForAll(supplier = Layouts.People.class) String person, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> page = story(host(brand + kind), "", headline, "", "By " + person, "22 March 2025", "", "Photograph: Omar Saleh/" + brand);
    assertThat(of(OUTLET, page)).isEqualTo(brand + " " + kind);
  }

  /** "ridgelinezq.example", an address whose tail is no publication's kind, over the same story: no outlet. */
  @Property(tries = 30)
  void anAddressEndingInNoKindNamesNothing(@ForAll("brandWords") String brand, @ForAll(supplier = Layouts.People.class) String person,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> page = story(host(brand + "zq"), "", headline, "", "By " + person, "22 March 2025", "", "Photograph: Omar Saleh/" + brand);
    assertThat(of(OUTLET, page)).isNull();
  }

  /** "meridianworld.example" over a page that signs "Meridian World Service" only: the name with its kind. */
  @Property(tries = 40)
  void theAddressWordsTakeTheKindThePageWritesAfterThem(@ForAll("brandPairs") String words, @ForAll("kinds") String kind,
      @ForAll(supplier = Layouts.People.class) String person, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> page = with(story(host(words), "", headline, "", "By " + person, "22 March 2025"), "", "Reporting by " + person + " for " + words + " " + kind + ".");
    assertThat(of(OUTLET, page)).isEqualTo(words + " " + kind);
  }

  /** The same page that also writes "Meridian World" alone, or "Meridian World Service Group" (a company): the address's words. */
  @Property(tries = 40)
  void theAddressWordsAlsoWrittenAloneOrAsACompanyStayShort(@ForAll("brandPairs") String words, @ForAll("kinds") String kind,
      @ForAll boolean alone, @ForAll(supplier = Layouts.People.class) String person, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    String signed = alone ? "Reporting by " + person + " for " + words + " " + kind + ". Follow " + words + " for updates."
        : "Reporting by " + person + " for " + words + " " + kind + " Group.";
    List<String> page = with(story(host(words), "", headline, "", "By " + person, "22 March 2025"), "", signed);
    assertThat(of(OUTLET, page)).isEqualTo(words);
  }

  /** "The Albion Chronicle - Back to home" (or "NAME homepage", "Go to NAME home page") opening a copy: the outlet. */
  @Property(tries = 40)
  void aLogosWordsAsACopyKeepsThemNameTheOutlet(@ForAll(supplier = Layouts.Outlets.class) String outlet, @ForAll @IntRange(max = 3) int shape,
      @ForAll(supplier = Layouts.People.class) String person, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    String logo = List.of(outlet + " - Back to home", outlet + " homepage", "Go to " + outlet + " home page", outlet + " | Return to the front page").get(shape);
    assertThat(of(OUTLET, story(logo, "", headline, "", "By " + person, "22 March 2025"))).isEqualTo(outlet);
  }

  /** "World News - Back to home" opening a copy: a section's menu, no outlet. */
  @Property(tries = 30)
  void aSectionsBackToHomeNamesNoOutlet(@ForAll("sectionNames") String section, @ForAll(supplier = Layouts.People.class) String person,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    assertThat(of(OUTLET, story(section + " - Back to home", "", headline, "", "By " + person, "22 March 2025"))).isNull();
  }

  /** "[![Kerala Chronicle](…/logo.svg)](https://keralachronicle.example/)" opening a Markdown export: the outlet. */
  @Property(tries = 40)
  void aMarkdownLinkToTheSitesRootNamesTheOutlet(@ForAll(supplier = Layouts.Outlets.class) String outlet, @ForAll boolean logo,
      @ForAll(supplier = Layouts.People.class) String person, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    String root = "https://www." + host(outlet) + "/";
    String link = logo ? "[![" + outlet + "](https://cdn." + host(outlet) + "/logo.svg)](" + root + ")" : "[" + outlet + "](" + root + ")";
    assertThat(of(OUTLET, story(link, "", "# " + headline, "", "By " + person, "22 March 2025"))).isEqualTo(outlet);
  }

  /** A story sentence citing "[Lowmarsh Gazette](https://lowmarshgazette.example/…)", its root or an article, on a page signed "© 2025 NAME": the page's own outlet. */
  @Property(tries = 30)
  void anArticleLinkCitedInTheStoryLeavesThePagesOwnOutlet(@ForAll(supplier = Layouts.Outlets.class) String outlet, @ForAll("citedOutlets") String cited,
      @ForAll(supplier = Layouts.People.class) String person, @ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll boolean root) {
    String link = "https://" + host(cited) + (root ? "/" : "/news/2025/03/figures");
    String citing = "The figures were first reported by [" + cited + "](" + link + ") on Monday, and the ministry did not dispute them.";
    assertThat(of(OUTLET, with(story("# " + headline, "", "By " + person, "22 March 2025"), "", citing, "", "© 2025 " + outlet))).isEqualTo(outlet);
  }

  /** "This article was printed from … . Copyright The Albion Chronicle 2024." under the story: the holder. */
  @Property(tries = 40)
  void aCopyrightNoticeAfterAnotherSentenceNamesItsHolder(@ForAll(supplier = Layouts.Outlets.class) String outlet, @ForAll @IntRange(min = 2015, max = 2026) int year,
      @ForAll @IntRange(max = 2) int mark, @ForAll(supplier = Layouts.People.class) String person, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    String notice = "This article was printed from the archive. " + List.of("Copyright ", "© ", "(c) ").get(mark) + year + " " + outlet + ".";
    assertThat(of(OUTLET, with(story(headline, "", "By " + person, "22 March 2025"), "", notice))).isEqualTo(outlet);
  }

  /** "The ministry said it had acted. The copyright dispute with The Albion Chronicle …" in the story: no outlet from it. */
  @Property(tries = 30)
  void aStorySentenceOnCopyrightNamesNoHolder(@ForAll(supplier = Layouts.Outlets.class) String outlet, @ForAll(supplier = Layouts.People.class) String person,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    String sentence = "The ministry said it had acted. The copyright dispute with " + outlet + " over the photographs was settled last year.";
    assertThat(of(OUTLET, with(story(headline, "", "By " + person, "22 March 2025"), "", sentence))).isNotEqualTo(outlet);
  }

  /** "Thanks for reading The Outback Ledger! Subscribe for free …" or "You're currently a free subscriber to …" under a post: the outlet. */
  @Property(tries = 40)
  void aNewsletterPlatformsNoteToReadersNamesTheOutlet(@ForAll("newsletters") String newsletter, @ForAll boolean thanks,
      @ForAll(supplier = Layouts.People.class) String person, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    String note = thanks ? "Thanks for reading " + newsletter + "! Subscribe for free to receive new posts and support my work."
        : "You're currently a free subscriber to " + newsletter + ". Upgrade to paid for the full experience.";
    assertThat(of(OUTLET, with(story(headline, "", person, "Mar 22, 2025"), "", note))).isEqualTo(newsletter);
  }

  /** "Thanks for reading, and see you next week." under a post: no outlet from the note. */
  @Property(tries = 30)
  void aThanksWithoutANameNamesNothing(@ForAll("farewells") String farewell, @ForAll(supplier = Layouts.People.class) String person,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    assertThat(of(OUTLET, with(story(headline, "", person, "Mar 22, 2025"), "", "Thanks for reading, " + farewell + "."))).isNull();
  }

  /** A mail "From: Tomasz Reyes from The Wallet Trail <…>": the publication is the outlet. */
  @Property(tries = 40)
  void aMailFromWriterFromPublicationNamesThePublication(@ForAll(supplier = Layouts.People.class) String person, @ForAll("newsletters") String newsletter,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    assertThat(of(OUTLET, mail(person + " from " + newsletter, "posts", headline))).isEqualTo(newsletter);
  }

  /** A mail "From: The Wallet Trail <thewallettrail@…>", no writer before "from": the publication, as before. */
  @Property(tries = 30)
  void aMailFromThePublicationAloneStillNamesIt(@ForAll("newsletters") String newsletter, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    assertThat(of(OUTLET, mail(newsletter, host(newsletter).replace(".example", ""), headline))).isEqualTo(newsletter);
  }

  private static List<String> mail(String sender, String mailbox, String headline) {
    return List.of("From: " + sender + " <" + mailbox + "@substack.example>", "Date: Thu, Feb 5, 2026 at 6:02 PM", "Subject: " + headline, "",
        headline, "", paragraph("the border"), "", paragraph("the camps"));
  }

  /** "TAGLINE: Miriam Krause is a reporter for The Harbour Times." (or "… is a former judge and writes a weekly column … for …") under the story: the outlet. */
  @Property(tries = 40)
  void aWritersBioAfterAFieldLabelNamesTheOutlet(@ForAll(supplier = Layouts.People.class) String person, @ForAll(supplier = Layouts.Outlets.class) String outlet,
      @ForAll("labels") String label, @ForAll boolean column, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    String bio = label + ": " + person + (column ? " is a former judge and writes a weekly column on the courts for " : " is a reporter for ") + outlet + ".";
    assertThat(of(OUTLET, with(story(headline, "", "By " + person), "", bio))).isEqualTo(outlet);
  }

  /** "Miriam Krause is a reporter for The Harbour Times." with no label: the outlet, as before. */
  @Property(tries = 30)
  void aWritersBioWithoutALabelStillNamesTheOutlet(@ForAll(supplier = Layouts.People.class) String person, @ForAll(supplier = Layouts.Outlets.class) String outlet,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    assertThat(of(OUTLET, with(story(headline, "", "By " + person), "", person + " is a reporter for " + outlet + "."))).isEqualTo(outlet);
  }

  /** "HKSI Policy Brief     No. 27          Page 3" heading every page: the publisher, without the document's kind. */
  @Property(tries = 40)
  void aRunningHeadNamesItsPublisherBeforeTheDocumentsKind(@ForAll("publishers") String publisher, @ForAll("documentKinds") String kind,
      @ForAll @IntRange(min = 2, max = 60) int number, @ForAll @IntRange(min = 2, max = 3) int pages) {
    assertThat(of(OUTLET, paged(publisher + " " + kind + "     No. " + number + "          Page %d", pages))).isEqualTo(publisher);
  }

  /** "HKSI Bulletin          Page 3" heading every page, no document's kind: the name whole. */
  @Property(tries = 30)
  void aRunningHeadWithoutADocumentsKindStaysWhole(@ForAll("publishers") String publisher, @ForAll("seriesNames") String series,
      @ForAll @IntRange(min = 2, max = 3) int pages) {
    assertThat(of(OUTLET, paged(publisher + " " + series + "          Page %d", pages))).isEqualTo(publisher + " " + series);
  }

  /** A report under its headline and signature, with {@code head} (its page's number put in) over each of {@code pages} pages. */
  private static List<String> paged(String head, int pages) {
    List<String> lines = new ArrayList<>(List.of("Why the armed group is winning the war for the roads", "", "Hélène Dabiré, Senior Fellow", "14 October 2026", ""));
    for (int page = 1; page <= pages; page++) {
      lines.addAll(List.of(head.formatted(page), "", paragraph("the roads, page " + page), ""));
    }
    return lines;
  }

  /** "MOSCOW, 8 March (NordStar) –" under a masthead and over "(c) NordStar News Agency, 2025": the agency in full. */
  @Property(tries = 40)
  void anAgencySignedInFullByItsCopyrightKeepsItsOrganisationWords(@ForAll("brandWords") String brand, @ForAll("agencyWords") String words,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> lines = List.of((brand + " " + words).toUpperCase(Locale.ROOT), "", headline, "", "MOSCOW, 8 March 2025 (" + brand + ") - " + paragraph("the talks"),
        "", paragraph("the border"), "", "(c) " + brand + " " + words + ", 2025");
    assertThat(of(OUTLET, lines)).isEqualTo(brand + " " + words);
  }

  /** The same masthead and dateline over "(c) NordStar, 2025": the name the agency signs with. */
  @Property(tries = 30)
  void anAgencySignedShortKeepsTheShortName(@ForAll("brandWords") String brand, @ForAll("agencyWords") String words,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> lines = List.of((brand + " " + words).toUpperCase(Locale.ROOT), "", headline, "", "MOSCOW, 8 March 2025 (" + brand + ") - " + paragraph("the talks"),
        "", paragraph("the border"), "", "(c) " + brand + ", 2025");
    assertThat(of(OUTLET, lines)).isEqualToIgnoringCase(brand);
  }

  @Provide
  Arbitrary<String> brandWords() {
    return Arbitraries.of("Sentinel", "Lodestar", "Bellwether", "Ridgeline", "Tamarack", "Kestrel", "Ostblick", "Harrier");
  }

  @Provide
  Arbitrary<String> kinds() {
    return Arbitraries.of("News", "Times", "Post", "Herald", "Ledger", "Service", "Radio", "Network");
  }

  @Provide
  Arbitrary<String> brandPairs() {
    return Combinators.combine(Arbitraries.of("Meridian", "Kestrel", "Tamarack", "Harrier"), Arbitraries.of("World", "Valley", "Coast", "Delta"))
        .as((first, second) -> first + " " + second);
  }

  @Provide
  Arbitrary<String> sectionNames() {
    return Arbitraries.of("World News", "Business", "Opinion", "Sport", "Politics");
  }

  @Provide
  Arbitrary<String> citedOutlets() {
    return Arbitraries.of("Lowmarsh Gazette", "Tideline Monitor", "Copper Coast Echo", "Harrier Daily");
  }

  @Provide
  Arbitrary<String> newsletters() {
    return Combinators.combine(Arbitraries.of("The ", ""), Arbitraries.of("Outback", "Wallet", "Harbour", "Tideline", "Copper"),
        Arbitraries.of("Ledger", "Trail", "Dispatch", "Letter", "Notes")).as((the, first, second) -> the + first + " " + second);
  }

  @Provide
  Arbitrary<String> farewells() {
    return Arbitraries.of("and see you next week", "as always", "and stay safe out there", "friends");
  }

  @Provide
  Arbitrary<String> labels() {
    return Arbitraries.of("TAGLINE", "BIO", "AUTHOR", "ABOUT");
  }

  @Provide
  Arbitrary<String> publishers() {
    return Arbitraries.of("HKSI", "LIMS", "PPI", "CBSR", "IRSA", "Meridian Institute", "Sahel Forum");
  }

  @Provide
  Arbitrary<String> seriesNames() {
    return Arbitraries.of("Bulletin", "Quarterly", "Review", "Monitor");
  }

  @Provide
  Arbitrary<String> documentKinds() {
    return Arbitraries.of("Policy Brief", "Working Paper", "Issue Brief", "Research Note", "Discussion Paper");
  }

  @Provide
  Arbitrary<String> agencyWords() {
    return Arbitraries.of("News Agency", "Press Agency", "News Service", "Wire Service");
  }
}
