package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Articles.paragraph;
import static corpussearch.indexer.extract.Layouts.extract;
import static corpussearch.indexer.extract.MetadataField.AUTHOR;
import static corpussearch.indexer.extract.MetadataField.DATE;
import static corpussearch.indexer.extract.MetadataField.OUTLET;
import static corpussearch.indexer.extract.MetadataField.TITLE;
import static org.assertj.core.api.Assertions.assertThat;

import corpussearch.indexer.containers.TextContainers;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Round 38's text layouts, generated: a wire's caret and end marks ("^Headline<", "^By NAME="), a version's note glued to
 * its label ("UPDATE 1-Adds …"), a priority before "EDS:", a stamp without the agency's code; a byline broken at its
 * joining word; a lead dateline's date in brackets; a text browser's logo named by its alt text before the bar's buttons;
 * "More from" a writer, "… has written" under the story; a shape-only name the text writes in lower case; a column's
 * headline opening with its writer's name; a desk header's "For:", "Run date:"; a whole name in capitals under a
 * standfirst; a capitals headline with a colon over the names alone. With the layouts the rules must leave alone.
 */
class WireFieldMarksSplitBylinesAndColumnTitlesTest {
  private static final String STANDFIRST = "The province's answer to the attacks has been to wait them out, and it is not working";

  private static List<String> story(String... head) {
    return Stream.concat(Stream.of(head), Stream.of("", paragraph("the border"), "", paragraph("the camps"))).toList();
  }

  /** The {@code field} found for the story under {@code head}. */
  private static String found(MetadataField field, String... head) {
    return extract(story(head)).metadata().get(field).value();
  }

  private static String of(MetadataField field, List<String> lines) {
    return extract(lines).metadata().get(field).value();
  }

  /** The {@code field} found for a text browser's dump opening with {@code bar} over a menu and a bylined story. */
  private static String inDump(MetadataField field, String bar, String headline) {
    return of(field, TextContainers.unwrap(story(bar, "", "[1]Home [2]News [3]World [4]Opinion", "", headline, "", "By Jonas Whitfield", "4 February 2025")));
  }

  /** "^Turkey raises alert …<" over "^By SELIN KAYA=": the headline and the writer without the feed's marks. */
  @Property(tries = 40)
  void aWireFieldsCaretAndEndMarksComeOff(@ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll(supplier = Layouts.People.class) String person, @ForAll boolean equalsMark) {
    Extraction found = extract(story("^" + headline + "<", "^By " + person + (equalsMark ? "=" : " <"), "04-18-25 1422GMT"));
    assertThat(found.metadata().get(TITLE).value()).isEqualTo(headline);
    assertThat(found.metadata().get(AUTHOR).value()).isEqualTo(person);
  }

  /** "Ferry revenue < cost as strike drags on, council told", no caret before it: the headline whole. */
  @Property(tries = 30)
  void aHeadlineWithoutTheCaretKeepsItsMarks(@ForAll("townNames") String town, @ForAll boolean less, @ForAll(supplier = Layouts.People.class) String person) {
    String headline = town + " ferry revenue " + (less ? "<" : "=") + " cost as the strike drags on, council told";
    assertThat(found(TITLE, headline, "", "By " + person, "22 March 2025")).isEqualTo(headline);
  }

  /** "UPDATE 1-Adds defence arguments, background" or "URGENT - EDS: Adds quote …" over the headline: the headline is the title. */
  @Property(tries = 40)
  void aVersionsNoteGluedToItsLabelIsNoTitle(@ForAll("versionLabels") String label, @ForAll("advisories") String note,
      @ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll(supplier = Layouts.People.class) String person) {
    assertThat(found(TITLE, label + note, "", headline, "", "By " + person, "22 March 2025")).isEqualTo(headline);
  }

  /** "UPDATE 1-Council votes to keep …": a headline glued to the version's label is still the title, without the label. */
  @Property(tries = 30)
  void aHeadlineGluedToTheVersionsLabelStaysTheTitle(@ForAll("versionLabels") String label,
      @ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll(supplier = Layouts.People.class) String person) {
    Assume.that(label.endsWith("-")); // the wire glues its version's tag to a headline with a bare hyphen
    assertThat(found(TITLE, label + headline, "", "By " + person, "22 March 2025")).isEqualTo(headline);
  }

  /** "04-18-26 1422GMT" at the foot, no agency's code before it: the day the story moved. */
  @Property(tries = 40)
  void aStampWithoutTheAgencysCodeGivesTheDate(@ForAll(supplier = Layouts.Dates.class) LocalDate date, @ForAll @IntRange(min = 0, max = 23) int hour,
      @ForAll boolean spaced, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    String stamp = date.format(DateTimeFormatter.ofPattern("MM-dd-yy", Locale.ROOT)) + String.format(Locale.ROOT, " %02d47", hour) + (spaced ? " GMT" : "UTC");
    assertThat(of(DATE, List.of(headline, "", paragraph("the border"), "", paragraph("the camps"), "", stamp))).isEqualTo(date.toString());
  }

  /** "13-45-26 1422GMT", no such day: no date. */
  @Property(tries = 20)
  void aStampOfNoSuchDayGivesNoDate(@ForAll @IntRange(min = 13, max = 19) int month, @ForAll @IntRange(min = 32, max = 39) int day,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    assertThat(of(DATE, List.of(headline, "", paragraph("the border"), "", paragraph("the camps"), "", month + "-" + day + "-26 1422GMT"))).isNull();
  }

  /** "By A" / "and" / "B", or "By A and" / "B", under the headline: one byline of both writers. */
  @Property(tries = 40)
  void aBylineBrokenAtItsJoiningWordReadsAsOne(@ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll(supplier = Layouts.People.class) String first, @ForAll(supplier = Layouts.People.class) String second, @ForAll boolean joinerAlone) {
    Assume.that(!first.equals(second));
    List<String> byline = joinerAlone ? List.of("By " + first, "and", second) : List.of("By " + first + " and", second);
    String[] head = Stream.concat(Stream.of(headline, ""), Stream.concat(byline.stream(), Stream.of("22 March 2025"))).toArray(String[]::new);
    assertThat(found(AUTHOR, head)).isEqualTo(first + " and " + second);
  }

  /** "By A" / "and" / a sentence of the story: the writer alone. */
  @Property(tries = 30)
  void aJoiningWordOverASentenceLeavesTheWriterAlone(@ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll(supplier = Layouts.People.class) String person) {
    assertThat(found(AUTHOR, headline, "", "By " + person, "and", "the ministry said on Tuesday that talks would resume.")).isEqualTo(person);
  }

  /** "VANCOUVER, B.C. (May 12, 2026) – The …": the date in brackets after the place. */
  @Property(tries = 40)
  void aLeadDatelinesDateInBracketsGivesTheDate(@ForAll("provincialPlaces") String place, @ForAll(supplier = Layouts.Dates.class) LocalDate date,
      @ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll @IntRange(max = 2) int dash) {
    String lead = place + " (" + date.format(DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH)) + ")" + " " + "–—-".charAt(dash) + " " + paragraph("the border");
    assertThat(of(DATE, List.of(headline, "", lead, "", paragraph("the camps")))).isEqualTo(date.toString());
  }

  /** "VANCOUVER, B.C. (Reuters) – The …": an agency in the brackets, no date. */
  @Property(tries = 30)
  void aLeadDatelinesAgencyInBracketsGivesNoDate(@ForAll("provincialPlaces") String place, @ForAll @IntRange(max = 2) int dash,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    String lead = place + " (Reuters) " + "–—-".charAt(dash) + " " + paragraph("the border");
    assertThat(of(DATE, List.of(headline, "", lead, "", paragraph("the camps")))).isNull();
  }

  /** "[Rheinland-Kurier]  Jetzt abonnieren  Anmelden" opening a w3m dump: the site's name. */
  @Property(tries = 40)
  void aLogosAltTextBeforeTheBarsButtonsNamesTheSite(@ForAll("siteNames") String site, @ForAll("buttons") List<String> buttons,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    assertThat(inDump(OUTLET, "[" + site + "]  " + String.join("  ", buttons), headline)).isEqualTo(site);
  }

  /** "[image]  Anmelden  Suche" opening a dump: a picture's or a field's placeholder names no site. */
  @Property(tries = 20)
  void aGenericPlaceholderBeforeTheBarNamesNoSite(@ForAll("placeholders") String placeholder, @ForAll("buttons") List<String> buttons,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    assertThat(inDump(OUTLET, "[" + placeholder + "]  " + String.join("  ", buttons), headline)).isNotEqualToIgnoringCase(placeholder);
  }

  /** A name alone under the headline, and "More from" it, or "The best of" it and "Doe has written about …", under the story: the writer. */
  @Property(tries = 40)
  void aMoreFromLinkOrAWrittenAboutNoteKeepsTheWriter(@ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll(supplier = Layouts.People.class) String person, @ForAll boolean moreFrom, @ForAll @IntRange(max = 2) int verb) {
    String surname = person.substring(person.indexOf(' ') + 1);
    String bio = Character.toUpperCase(surname.charAt(0)) + surname.substring(1) + List.of(" has written", " has reported", " has covered").get(verb) + " on the region.";
    Stream<String> tail = moreFrom ? Stream.of("More from " + person) : Stream.of("The best of " + person, "", bio);
    assertThat(of(AUTHOR, Stream.concat(Stream.of(headline, "", person, "", paragraph("the border"), "", paragraph("the camps"), ""), tail).toList())).isEqualTo(person);
  }

  /** "Port Hope" alone under the headline, and the story's families "had come from Port Hope": a place, no writer. */
  @Property(tries = 30)
  void aShapeOnlyNameTheStoryWritesAsAPlaceIsNoWriter(@ForAll("townNames") String town, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    String sentence = "Many of the families had come from " + town + " after the floods, the charity said on Tuesday, and more were expected.";
    assertThat(of(AUTHOR, List.of(headline, "", town, "", paragraph("the border"), "", sentence, "", paragraph("the camps")))).isNull();
  }

  /** "Travel Advice · September 14, 2026" over a story that "updated its travel advice": a topic, no writer. */
  @Property(tries = 40)
  void aShapeOnlyNameTheTextWritesInLowerCaseIsNoWriter(@ForAll("topics") String topic, @ForAll(supplier = Layouts.Dates.class) LocalDate date,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    String sentence = "The ministry said on Tuesday that it had updated its " + topic.toLowerCase(Locale.ROOT) + " for travellers to the region.";
    assertThat(found(AUTHOR, headline, "", topic + " · " + date.format(DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH)), "", sentence)).isNull();
  }

  /** "Priya Okafor · September 14, 2026" over a story that never writes her name in lower case: the writer. */
  @Property(tries = 40)
  void aPersonsNameOverTheDateStaysTheWriter(@ForAll(supplier = Layouts.People.class) String person, @ForAll(supplier = Layouts.Dates.class) LocalDate date,
      @ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll("topics") String topic) {
    String dated = person + " · " + date.format(DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH));
    assertThat(found(AUTHOR, headline, "", dated, "", "The ministry said that it had updated its " + topic.toLowerCase(Locale.ROOT) + ".")).isEqualTo(person);
  }

  /** "Graham Ashworth: We cannot let …" bylined to Graham Ashworth: the headline without his name. */
  @Property(tries = 40)
  void aColumnsHeadlineLosesItsWritersName(@ForAll(supplier = Layouts.People.class) String person, @ForAll("opinions") String opinion,
      @ForAll @IntRange(max = 2) int dash, @ForAll boolean colon) {
    assertThat(found(TITLE, person + (colon ? ": " : " " + "–—-".charAt(dash) + " ") + opinion, "", "By " + person, "22 March 2025")).isEqualTo(opinion);
  }

  /** "Priya Okafor: We cannot let …" bylined to someone else: the headline whole. */
  @Property(tries = 30)
  void aHeadlineOpeningWithAnotherNameStaysWhole(@ForAll(supplier = Layouts.People.class) String named, @ForAll(supplier = Layouts.People.class) String writer,
      @ForAll("opinions") String opinion) {
    Assume.that(!named.equals(writer));
    assertThat(found(TITLE, named + ": " + opinion, "", "By " + writer, "22 March 2025")).isEqualTo(named + ": " + opinion);
  }

  /** A desk header, "Slug:", "For: Tuesday 22 April 2025" or "Run date: …", over the headline: the date. */
  @Property(tries = 40)
  void aDeskHeadersForOrRunDateGivesTheDate(@ForAll @IntRange(max = 3) int label, @ForAll(supplier = Layouts.Dates.class) LocalDate date,
      @ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll(supplier = Layouts.People.class) String person) {
    String day = List.of("For:", "Run date:", "Edition:", "RUN DATE:").get(label) + " " + date.format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH));
    assertThat(found(DATE, "Slug: border-camps", day, "Words: 560", "", "HEADLINE: " + headline, "BYLINE: By " + person))
        .isEqualTo(date.toString());
  }

  /** "For: Travel Advice" in the same header: no date. */
  @Property(tries = 20)
  void aDeskHeadersForWithoutADateGivesNone(@ForAll("topics") String desk, @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll(supplier = Layouts.People.class) String person) {
    assertThat(found(DATE, "Slug: border-camps", "For: " + desk, "Words: 560", "", "HEADLINE: " + headline, "BYLINE: By " + person)).isNull();
  }

  /** Headline, a standfirst, "KHALID MEHMOOD KHATTAK", the body and "The writer is …" under it: the writer (in capitals as the page gives it). */
  @Property(tries = 40)
  void aWholeNameInCapitalsUnderAStandfirstIsTheByline(@ForAll(supplier = Layouts.People.class) String person, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> page = Stream.concat(story(headline, "", STANDFIRST, "", person.toUpperCase(Locale.ROOT)).stream(),
        Stream.of("", "The writer is a former superintendent of the province's prison service.")).toList();
    assertThat(of(AUTHOR, page)).isEqualToIgnoringCase(person);
  }

  /** The same with "FOREIGN AFFAIRS", "SPECIAL REPORT" or "NORTH WAZIRISTAN" and no writer's note: a section or a place, no writer. */
  @Property(tries = 30)
  void aSectionInCapitalsUnderAStandfirstIsNoByline(@ForAll("sections") String section, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    assertThat(found(AUTHOR, headline, "", STANDFIRST, "", section)).isNull();
  }

  /** "KHYBER: THE PROVINCE THAT STILL WAITS …" over "Dr Sameena Afridi and Kamran Yusufzai" alone: the capitals line is the title. */
  @Property(tries = 40)
  void aCapitalsHeadlineWithAColonOverNamesAloneIsTheTitle(@ForAll("capitalsHeadlines") String headline,
      @ForAll(supplier = Layouts.People.class) String first, @ForAll(supplier = Layouts.People.class) String second) {
    Assume.that(!first.equals(second));
    assertThat(found(TITLE, headline, "", "Dr " + first + " and " + second)).isEqualToIgnoringCase(headline);
  }

  /** "BREAKING: PORT HOPE" or "EXCLUSIVE | PORT HOPE" over a real headline: the headline under the flag stays the title. */
  @Property(tries = 30)
  void aCapitalsFlagOverAHeadlineLeavesTheHeadline(@ForAll("townNames") String town, @ForAll boolean barred,
      @ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll(supplier = Layouts.People.class) String person) {
    assertThat(found(TITLE, (barred ? "EXCLUSIVE | " : "BREAKING: ") + town.toUpperCase(Locale.ROOT), "", headline, "", "By " + person, "22 March 2025")).isEqualTo(headline);
  }

  @Provide
  Arbitrary<String> versionLabels() {
    return Arbitraries.of("UPDATE 1-", "UPDATE 2-", "REFILE-", "CORRECTED-", "UPDATE 3 - ", "URGENT - EDS: ", "BULLETIN - Eds: ", "FLASH: EDITORS: ");
  }

  @Provide
  Arbitrary<String> advisories() {
    return Combinators.combine(Arbitraries.of("Adds", "Updates", "Recasts", "Corrects"), Arbitraries.of("defence arguments, background",
        "quote from minister in paragraph 4", "typo in headline", "casualty figures")).as((verb, what) -> verb + " " + what);
  }

  @Provide
  Arbitrary<String> provincialPlaces() {
    return Arbitraries.of("VANCOUVER, B.C.", "HALIFAX, N.S.", "Kelowna, British Columbia", "PORTLAND, Maine", "Cairns, Queensland");
  }

  @Provide
  Arbitrary<String> siteNames() {
    return Arbitraries.of("Rheinland-Kurier", "Le Courrier Alpin", "Diario del Sur", "Gazzetta di Lecco", "Jornal do Vale");
  }

  @Provide
  Arbitrary<List<String>> buttons() {
    return Arbitraries.of("Jetzt abonnieren", "Anmelden", "Suche", "Se connecter", "Rechercher", "Suscríbete", "Iniciar sesión", "Accedi", "Minha conta")
        .list().ofMinSize(1).ofMaxSize(3).uniqueElements();
  }

  @Provide
  Arbitrary<String> placeholders() {
    return Arbitraries.of("IMG", "image", "Search", "Menu", "photo");
  }

  @Provide
  Arbitrary<String> townNames() {
    return Arbitraries.of("Port Hope", "Glen Rock", "Mount Pleasant", "Grand Forks", "Castle Douglas");
  }

  @Provide
  Arbitrary<String> topics() {
    return Arbitraries.of("Travel Advice", "Border Crossings", "Road Closures", "Weather Warnings", "Security Alerts");
  }

  @Provide
  Arbitrary<String> opinions() {
    return Arbitraries.of("We cannot let the bombers decide how we live", "The ferry is worth every penny", "Why the border talks will fail again");
  }

  @Provide
  Arbitrary<String> sections() {
    return Arbitraries.of("WORLD NEWS", "BUSINESS NEWS", "OPINION AND ANALYSIS", "SPECIAL REPORT", "GUEST COLUMN", "NORTH WAZIRISTAN",
        "FOREIGN AFFAIRS", "CLIMATE CHANGE", "PORT HOPE", "GLEN ROCK");
  }

  @Provide
  Arbitrary<String> capitalsHeadlines() {
    return Combinators.combine(Arbitraries.of("KHYBER", "WAZIRISTAN", "THE SAHEL", "KABUL"), Arbitraries.of("THE PROVINCE THAT STILL WAITS FOR A PEACE NOBODY"
        + " PROMISED", "WHAT THE CEASEFIRE TALKS MISSED ABOUT THE TRIBES")).as((place, what) -> place + ": " + what);
  }
}
