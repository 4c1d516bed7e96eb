package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Articles.paragraph;
import static corpussearch.indexer.extract.Layouts.extract;
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
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Round 36's text layouts, generated: a text browser's link home naming the outlet; a name in capitals beside a
 * job in ordinary case under a centred kicker and a headline wrapped over two lines; a headline broken after a German
 * or French preposition; a magazine's issue note and an aggregator's source line over the headline; a ministry's
 * letterhead under its government over a numbered release; a masthead of tab columns and a saved-at field; a name
 * alone over a reading time and a credited caption; a wire's initials joined of a news word; dates with an
 * apostrophe's year; a writing hand before names; a blog's pager at the end.
 */
class HomeLinksLetterheadsAndWrappedLinesTest {

  private static final DateTimeFormatter SPELLED = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  /** "[2]Northern Dispatch home" on top, listed as "2. https://northerndispatch.example/" under "References": the outlet. */
  @Property(tries = 40)
  void aHomeLinkTheHostSpellsNamesTheOutlet(@ForAll("siteNames") String name, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    String host = name.replace(" ", "").toLowerCase(Locale.ROOT) + ".example";

    assertThat(extract(dump(name, host, headline)).metadata().get(OUTLET).value()).isEqualTo(name);
  }

  /** The same link pointing to a host that does not spell its words ("Northern Dispatch" on "newsportal.example") names no outlet. */
  @Property(tries = 20)
  void aHomeLinkTheHostDoesNotSpellNamesNoOutlet(@ForAll("siteNames") String name, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    assertThat(extract(dump(name, "newsportal.example", headline)).metadata().get(OUTLET).value()).isNotEqualTo(name);
  }

  /** A lynx dump: the home link, a menu, the headline, a byline and the story, then the numbered references. */
  private static List<String> dump(String name, String host, String headline) {
    return List.of("   [1]Skip to content [2]" + name + " home", "", "   [3]News [4]World [5]Investigations [6]Opinion [7]Sport", "",
        "   " + headline, "", "   By Jonas Whitfield", "   Tuesday 4 February 2025 07.00 GMT", "", "   " + paragraph("the border"), "",
        "   " + paragraph("the network"), "", "References", "", "   1. https://" + host + "/#main", "   2. https://" + host + "/",
        "   3. https://" + host + "/news", "   5. https://" + host + "/investigations");
  }

  /** "INVESTIGATION" over "From Khatlon to the … border: how one …" / "moved men west" / "RUTH CALLANDER / Security Correspondent". */
  @Property(tries = 40)
  void aNameInCapitalsBesideARoleIsTheBylineUnderAWrappedHeadline(@ForAll("capitalNames") String name, @ForAll("roles") String role,
      @ForAll("regions") String from, @ForAll("regions") String to) {
    Assume.that(!from.equals(to));
    String first = "From " + from + " to the " + to + " border: how one recruitment network";
    List<String> lines = List.of("   [1]News [2]World [3]Investigations [4]Opinion [5]Sport", "", "                                INVESTIGATION",
        "   " + first, "   moved men west", "", "   " + name + " / " + role, "   Tuesday 4 February 2025 07.00 GMT", "",
        "   " + paragraph("the route"), "", "   " + paragraph("the smugglers"));

    var metadata = extract(lines).metadata();
    assertThat(metadata.get(TITLE).value()).isEqualTo(first + " moved men west");
    assertThat(metadata.get(AUTHOR).value()).isEqualToIgnoringCase(name);
  }

  /** "IS-K-Prozess in Hamburg: Angeklagter schildert Reise über Iran nach" / "Afghanistan": one headline. */
  @Property(tries = 40)
  void aHeadlineBrokenAfterAForeignPrepositionIsJoined(@ForAll("brokenHeadlines") String first, @ForAll("countries") String country) {
    List<String> lines = List.of("   Abendblatt Nord | [Abo] [Anmelden]", "", "   Startseite > Hamburg > Justiz", "", "   Terrorprozess",
        "   " + first, "   " + country, "", "   Von Jonas Petersen", "   05.03.2025, 17:38 Uhr", "", "   " + paragraph("der Prozess"), "",
        "   " + paragraph("die Reise"));

    assertThat(extract(lines).metadata().get(TITLE).value()).isEqualTo(first + " " + country);
  }

  /** "From our March 2025 issue" and "Source: Continental Press Agency · via NewsSift" over the headline are labels, no title. */
  @Property(tries = 40)
  void anIssueNoteOrASourceLineOverTheHeadlineIsNoTitle(@ForAll("labels") String label, @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll(supplier = Layouts.People.class) String person) {
    List<String> lines = List.of("The Meridian Review", "", label, "", headline, "", "By " + person, "22 March 2025", "", paragraph("the mine"), "",
        paragraph("the workers"));

    assertThat(extract(lines).metadata().get(TITLE).value()).isEqualTo(headline);
  }

  /** "GOVERNMENT OF PAKISTAN" / "MINISTRY OF INTERIOR" / "(Press Wing)" / address, then "PRESS RELEASE   No. PR-117/2025". */
  @Property(tries = 40)
  void aMinistryUnderItsGovernmentIssuesTheRelease(@ForAll("governments") String government, @ForAll("ministries") String ministry,
      @ForAll @IntRange(min = 1, max = 999) int number, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> lines = letterhead(government, "MINISTRY OF " + ministry.toUpperCase(Locale.ROOT), number, headline);

    var metadata = extract(lines).metadata();
    assertThat(metadata.get(OUTLET).value()).isEqualToIgnoringCase("Ministry of " + ministry);
    assertThat(metadata.get(TITLE).value()).isEqualTo(headline);
  }

  /** A letterhead whose first line is no government ("LOWLANDS INSTITUTE FOR SECURITY STUDIES") keeps it as the issuer. */
  @Property(tries = 20)
  void aLetterheadWithoutAGovernmentKeepsItsFirstLine(@ForAll("institutes") String institute, @ForAll("ministries") String ministry,
      @ForAll @IntRange(min = 1, max = 999) int number) {
    String centre = "CENTRE FOR " + ministry.toUpperCase(Locale.ROOT);
    List<String> lines = letterhead(institute, centre, number, "Institute calls for review of detention rules");

    assertThat(extract(lines).metadata().get(OUTLET).value()).isEqualToIgnoringCase(institute);
  }

  private static List<String> letterhead(String first, String second, int number, String headline) {
    String reference = String.format("No. PR-%03d/2025", number);
    return List.of(first, second, "(Press Wing)", "R Block, Pak Secretariat, Islamabad", "",
        "PRESS RELEASE                                   " + reference, "                                    Islamabad, 27th February, 2025",
        "", "FOR IMMEDIATE RELEASE", "", "", headline, "",
        "ISLAMABAD: " + paragraph("the procedures"), "", "2. " + paragraph("the meeting"));
  }

  /** "KARTLI WEEKLY REVIEW⇥Issue 412⇥30 January 2025" on top: the outlet and the date. */
  @Property(tries = 40)
  void aMastheadOfTabColumnsGivesTheOutletAndTheDate(@ForAll("siteNames") String name, @ForAll @IntRange(min = 2, max = 999) int issue,
      @ForAll(supplier = Layouts.Dates.class) LocalDate date, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    String masthead = name.toUpperCase(Locale.ROOT) + " WEEKLY\tIssue " + issue + "\t" + date.format(SPELLED);
    List<String> lines = List.of(masthead, "Tbilisi's independent English-language weekly", "", "SOCIETY", "", headline, "", "By Nino Beridze", "",
        paragraph("the gorge"), "", paragraph("the trial"));

    var metadata = extract(lines).metadata();
    assertThat(metadata.get(OUTLET).value()).isEqualToIgnoringCase(name + " Weekly");
    assertThat(metadata.get(DATE).value()).isEqualTo(date.toString());
  }

  /** "Saved:    2024-10-14 21:02" on top of a story dated under its byline: a field's label, no outlet beside a date. */
  @Property(tries = 20)
  void aSavedFieldGivesNoDate(@ForAll(supplier = Layouts.Dates.class) LocalDate saved, @ForAll(supplier = Layouts.Dates.class) LocalDate date,
      @ForAll(supplier = Layouts.People.class) String person, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    Assume.that(!saved.equals(date));
    List<String> lines = List.of("Saved:    " + saved + " 21:02", "", headline, "", "By " + person, date.format(SPELLED), "", paragraph("the valley"),
        "", paragraph("the trial"));

    var metadata = extract(lines).metadata();
    assertThat(metadata.get(DATE).value()).isEqualTo(date.toString());
    assertThat(metadata.get(OUTLET).value()).isNotEqualTo("Saved");
  }

  /** "Elin Sjöberg" alone under the headline, over "5–6 minutes" and "… Photo: Nordic Evening Post / Karl Ek": the writer. */
  @Property(tries = 40)
  void aNameAloneOverAReadingTimeAndACreditedCaptionIsTheWriter(@ForAll(supplier = Layouts.People.class) String person,
      @ForAll @IntRange(min = 2, max = 12) int minutes, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> lines = List.of("nordiceveningpost.example", "", headline, "", person, "", minutes + "–" + (minutes + 1) + " minutes", "",
        "The district court, where the verdict was delivered on Wednesday. Photo: Nordic Evening Post / Karl Ek", "", paragraph("the court"), "",
        paragraph("the transfers"));

    assertThat(extract(lines).metadata().get(AUTHOR).value()).isEqualTo(person);
  }

  /** "THE HAGUE, April 8 (CNW) -" in the dateline and "Copyright Continental Newswire 2025" at the foot. */
  @Property(tries = 40)
  void aWiresInitialsOfAJoinedNewsWordNameTheOutlet(@ForAll("wireNames") String wire, @ForAll(supplier = Layouts.People.class) String person) {
    List<String> lines = List.of("DUTCH PROSECUTORS CHARGE MAN WITH RECRUITING FROM ASYLUM CENTRE", "", "By " + person, "",
        "THE HAGUE, April 8 (" + initials(wire) + ") - " + paragraph("the charges"), "", paragraph("the centre"), "",
        "(Reporting by " + person + "; Editing by Giles Ferrant)", "Copyright " + wire + " 2025. Not for redistribution without permission.");

    assertThat(extract(lines).metadata().get(OUTLET).value()).isEqualTo(wire);
  }

  /** "CNW" are the initials of "Continental Newswire", "CN" too, "CW" not. */
  @Property(tries = 40)
  void aJoinedNewsWordGivesTwoInitials(@ForAll("wireNames") String wire) {
    String first = wire.substring(0, 1);
    String joined = wire.substring(wire.indexOf(' ') + 1);

    assertThat(OutletInitials.isInitialsOf(initials(wire), wire)).isTrue();
    assertThat(OutletInitials.isInitialsOf(first + joined.charAt(0), wire)).isTrue();
    assertThat(OutletInitials.isInitialsOf(first + joined.substring(4, 5).toUpperCase(Locale.ROOT), wire)).isFalse();
  }

  /** "Continental Newswire" as "CNW": the place's initial, the news word's and its second word's. */
  private static String initials(String wire) {
    String joined = wire.substring(wire.indexOf(' ') + 1);
    return wire.charAt(0) + "N" + joined.substring(4, 5).toUpperCase(Locale.ROOT);
  }

  /** "13 Dec '24", "Dec 13 ’24": the day, the month and the year after an apostrophe. */
  @Property(tries = 60)
  void aDateWithAnApostrophesYearIsRead(@ForAll("shortYearDates") LocalDate date, @ForAll boolean curly,
      @ForAll boolean dayFirst) {
    String month = date.format(DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH));
    String year = (curly ? "’" : "'") + date.format(DateTimeFormatter.ofPattern("yy"));
    String written = dayFirst ? date.getDayOfMonth() + " " + month + " " + year : month + " " + date.getDayOfMonth() + " " + year;

    assertThat(DateParser.parseDateLine(written).map(DateParser.DateLine::date)).as(written).contains(date);
  }

  /** "✍️ Tessa Moore and Jamal Greer" under a newsletter's headline and its standfirst: the writers. */
  @Property(tries = 40)
  void aWritingHandBeforeNamesIsAByline(@ForAll(supplier = Layouts.People.class) String first, @ForAll(supplier = Layouts.People.class) String second,
      @ForAll("hands") String hand, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    Assume.that(!first.equals(second));
    List<String> lines = List.of("The Bluegrass Brief", "", headline, "The council's vote came after a packed meeting on Tuesday night.", "",
        hand + " " + first + " and " + second, "", paragraph("the ferry"), "", paragraph("the timetable"));

    assertThat(extract(lines).metadata().get(AUTHOR).value()).isEqualTo(first + " and " + second);
  }

  /** "Older Post" / "Newer Post" / "Home" under a blog's last paragraph: the pager, no writer. */
  @Property(tries = 30)
  void aBlogsPagerIsNoWriter(@ForAll("pagers") String pager, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> lines = List.of("Garden Gate Notes", "", headline, "", "Saturday, 5 April 2025", "", paragraph("the garden"), "",
        paragraph("the frost"), "", pager, "", "Home", "", "Subscribe to: Post Comments (Atom)");

    assertThat(extract(lines).metadata().get(AUTHOR).value()).isNotEqualTo(pager);
  }

  @Provide
  Arbitrary<String> siteNames() {
    Arbitrary<String> place = Arbitraries.of("Northern", "Kestrel", "Lowmarsh", "Pamir", "Riverton", "Kartli", "Fenland");
    Arbitrary<String> middle = Arbitraries.of("", "Evening ", "Valley ", "Coast ");
    Arbitrary<String> kind = Arbitraries.of("Dispatch", "Ledger", "Courier", "Sentinel", "Review", "Gazette");
    return Combinators.combine(place, middle, kind).as((p, m, k) -> p + " " + m + k);
  }

  @Provide
  Arbitrary<String> capitalNames() {
    return Layouts.people().filter(name -> !name.contains("'")).map(name -> name.toUpperCase(Locale.ROOT));
  }

  @Provide
  Arbitrary<String> roles() {
    return Arbitraries.of("Security Correspondent", "Home Affairs Editor", "Chief Reporter", "Europe correspondent", "Crime Reporter");
  }

  @Provide
  Arbitrary<String> regions() {
    return Arbitraries.of("Khatlon", "Sughd", "Fergana", "Osh", "Austrian", "Hungarian", "Serbian");
  }

  @Provide
  Arbitrary<String> brokenHeadlines() {
    Arbitrary<String> german = Combinators.combine(Arbitraries.of("Angeklagter schildert Reise über Iran", "Ermittler verfolgen Spur des Geldes"),
        Arbitraries.of("nach", "gegen", "aus", "bei")).as((h, p) -> "IS-K-Prozess in Hamburg: " + h + " " + p);
    Arbitrary<String> french = Arbitraries.of("pour", "sur", "dans", "avec", "vers")
        .map(p -> "Procès à Paris : un accusé raconte son périple " + p);
    return Arbitraries.oneOf(german, french);
  }

  @Provide
  Arbitrary<String> countries() {
    return Arbitraries.of("Afghanistan", "Tadschikistan", "Iran", "Turkmenistan", "Pakistan");
  }

  @Provide
  Arbitrary<String> labels() {
    Arbitrary<String> issue = Combinators.combine(Arbitraries.of("March", "May/June", "Autumn", "December"),
        Arbitraries.integers().between(2015, 2025)).as((month, year) -> "From our " + month + " " + year + " issue");
    Arbitrary<String> source = Combinators.combine(Layouts.agencies(), Arbitraries.of("NewsSift", "Feedly Daily", "NewsNow"))
        .as((agency, aggregator) -> "Source: " + agency + " · via " + aggregator);
    return Arbitraries.oneOf(issue, source);
  }

  @Provide
  Arbitrary<String> governments() {
    return Arbitraries.of("GOVERNMENT OF PAKISTAN", "GOVERNMENT OF THE PUNJAB", "REPUBLIC OF KENYA", "STATE OF ERITREA", "KINGDOM OF BAHRAIN");
  }

  @Provide
  Arbitrary<String> ministries() {
    return Arbitraries.of("Interior", "Foreign Affairs", "Information", "Defence", "Health");
  }

  @Provide
  Arbitrary<String> institutes() {
    return Arbitraries.of("LOWLANDS INSTITUTE FOR SECURITY STUDIES", "NORDIC POLICY INSTITUTE", "CASPIAN POLICY FORUM");
  }

  @Provide
  Arbitrary<String> wireNames() {
    return Combinators.combine(Arbitraries.of("Continental", "Baltic", "Meridian", "Sahel", "Andes", "Pacific"),
        Arbitraries.of("Newswire", "Newsweek", "Newsroom", "Newsline")).as((place, word) -> place + " " + word);
  }

  @Provide
  Arbitrary<LocalDate> shortYearDates() {
    return Arbitraries.integers().between(0, 365 * 60).map(days -> LocalDate.of(1960, 1, 1).plusDays(days));
  }

  @Provide
  Arbitrary<String> hands() {
    return Arbitraries.of("✍️", "✍", "🖊️", "🖋");
  }

  @Provide
  Arbitrary<String> pagers() {
    return Arbitraries.of("Older Post", "Newer Post", "Older Posts", "Newer Posts", "Previous Post");
  }
}
