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
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Round 32's layouts, generated: a kicker in capitals over the headline under the page's own
 * masthead; a column's label with its name in guillemets; a feed's header of fields in columns over its headline; a headline broken inside a
 * name; a dotted date on a page that spells its dates month first; a press office's lead opening
 * with its dateline; a French or Italian name with an elided article; a German byline with its
 * studio; a writer's military rank.
 */
class KickersFeedHeadersAndLeadDatelinesTest {

  /** "THE MERIDIAN STANDARD" / menu / "World > Europe" / "CROCUS TRIAL" / headline / longer standfirst / byline. */
  @Property(tries = 40)
  void aKickerUnderTheMastheadIsNoMastheadOverASlogan(@ForAll(supplier = Layouts.Outlets.class) String outlet,
      @ForAll("kickers") String kicker, @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll(supplier = Layouts.People.class) String person) {
    List<String> lines = List.of(outlet.toUpperCase(Locale.ROOT), "News | World | Business | Opinion | Culture", "",
        "World > Europe", "", kicker, headline, "",
        "A standfirst that runs longer than the headline above it and tells the reader what the families said afterwards",
        "", "By " + person, "Friday 20 June 2025 16:47 GMT", "", paragraph("the verdict"), "", paragraph("the appeal"));

    assertThat(extract(lines).metadata().get(TITLE).value()).isEqualTo(headline);
  }

  /** "CHRONIQUE « VU DES STEPPES »" over the headline: a column's label, its guillemets no words. */
  @Property(tries = 30)
  void aColumnsLabelInGuillemetsIsNoHeadline(@ForAll("columnLabels") String label, @ForAll(supplier = Layouts.People.class) String person) {
    String headline = "À Astana, l'Organisation de coopération de Shanghai bute sur l'État islamique au Khorassan";
    List<String> lines = List.of("Idées > Chroniques", "", label, "", headline, "", "Par " + person,
        "Publié le 3 juillet 2024 à 08h15", "", paragraph("the summit"), "", paragraph("the capitals"));

    assertThat(extract(lines).metadata().get(TITLE).value()).isEqualTo(headline);
  }

  /** "ID: CPA-20241014-0417" / "Urgency: 3   Topics: SEC DEF" / a time stamp: fields, never the headline. */
  @Property(tries = 40)
  void aFeedHeaderOfFieldsInColumnsIsNoHeadline(@ForAll("fieldColumns") String columns,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> lines = List.of("WIRE WORLD SERVICE -- GENERAL NEWS", "ID: WWS-20241014-0417", columns, "2024-10-14T09:41:07Z", "",
        headline, "", paragraph("the border"), "", paragraph("the patrols"));

    assertThat(extract(lines).metadata().get(TITLE).value()).isEqualTo(headline);
  }

  /** pdftotext's "Speaking their language: how Islamic State" / "Khorasan courts … online": one headline. */
  @Property(tries = 40)
  void aHeadlineBrokenInsideANameIsJoined(@ForAll("namesCut") List<String> cut, @ForAll(supplier = Layouts.People.class) String person) {
    List<String> lines = List.of("STEPPE POLICY INSTITUTE", "", cut.get(0), cut.get(1), "", person, "", "Published 12 June 2024", "",
        paragraph("the channels"), "", paragraph("the audiences"));

    assertThat(extract(lines).metadata().get(TITLE).value()).isEqualTo(cut.get(0) + " " + cut.get(1));
  }

  /** "Published: 08.04.2024" on a page that writes "March 25 and April 7": 8 April, as dots are written where days come first. */
  @Property(tries = 40)
  void aDottedDateIsDayFirstWhateverOrderThePageSpellsIn(@ForAll("ambiguous") LocalDate date,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    String month = date.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
    List<String> lines = List.of(headline, "", "Published: " + date.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")) + ", 16:20", "",
        paragraph("the airport"), "", "Returns doubled between " + month + " 2 and " + month + " 27, officials said on Monday.");

    assertThat(extract(lines).metadata().get(DATE).value()).isEqualTo(date.toString());
  }

  /** "Termez, 27 November 2025 – The border services …": a press release's date, in its lead's dateline. */
  @Property(tries = 40)
  void aLeadOpeningWithItsDatelineGivesTheDate(@ForAll(supplier = Layouts.Dates.class) LocalDate date,
      @ForAll("places") String place, @ForAll("dashes") String dash, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    String spelled = date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
    List<String> lines = List.of("BORDER COOPERATION INITIATIVE", "Secretariat", "", "FOR IMMEDIATE RELEASE", "", headline, "",
        place + ", " + spelled + " " + dash + " " + paragraph("the river crossings"), "", paragraph("the joint cell"));

    assertThat(extract(lines).metadata().get(DATE).value()).isEqualTo(date.toString());
  }

  /** "La Gazette de l'Eurasie" on top of the page: the outlet, its article elided before a capital. */
  @Property(tries = 30)
  void aNameWithAnElidedArticleIsAMasthead(@ForAll("elidedNames") String outlet, @ForAll(supplier = Layouts.People.class) String person) {
    List<String> lines = List.of(outlet, "International | Économie | Idées", "", "Le sommet évite de nommer la menace", "",
        "Par " + person, "Publié le 3 juillet 2024 à 08h15", "", paragraph("the summit"), "", paragraph("the capitals"));

    assertThat(extract(lines).metadata().get(OUTLET).value()).isEqualTo(outlet);
  }

  /** "Von A und B, Ostwelle-Studio Düsseldorf": two writers, the studio no third. */
  @Property(tries = 30)
  void aStudioAfterTheNamesIsNoWriter(@ForAll(supplier = Layouts.People.class) String first,
      @ForAll(supplier = Layouts.People.class) String second, @ForAll("studios") String studio, @ForAll boolean german) {
    String byline = german ? "Von " + first + " und " + second + ", " + studio : "By " + first + " and " + second + ", " + studio;

    assertThat(NameAndDateShapes.bylineNames(byline)).contains(first + " and " + second);
  }

  /** "Lt Gen (retd) R.K. Menon", "Brig. Asad Khan": the rank is how a page addresses the writer, not the name. */
  @Property(tries = 30)
  void aMilitaryRankIsNoPartOfTheName(@ForAll("ranks") String rank, @ForAll(supplier = Layouts.People.class) String person) {
    List<String> lines = List.of("Why the border matters to the south too", "By " + rank + " " + person, "27 January 2026", "",
        paragraph("the border"), "", paragraph("the army"));

    assertThat(extract(lines).metadata().get(AUTHOR).value()).isEqualTo(person);
  }

  @Provide
  Arbitrary<String> columnLabels() {
    return Arbitraries.of("CHRONIQUE « VU DES STEPPES »", "TRIBUNE « REGARDS CROISÉS »", "KOLUMNE „AUS DER STEPPE“", "ANALYSE | LE POINT");
  }

  @Provide
  Arbitrary<String> kickers() {
    return Arbitraries.of("CROCUS TRIAL", "BORDER SECURITY", "ELECTION 2026", "THE LONG READ");
  }

  @Provide
  Arbitrary<String> fieldColumns() {
    Arbitrary<String> first = Arbitraries.of("Urgency: 3", "Priority: 2", "Category: SEC", "Desk: World");
    Arbitrary<String> second = Arbitraries.of("Topics: SEC DEF TJK", "Keywords: BORDER DRONES", "Words: 584", "Slug: TAJIK-BORDER");
    return Combinators.combine(first, Arbitraries.of("   ", "     ", "\t"), second).as((a, gap, b) -> a + gap + b);
  }

  @Provide
  Arbitrary<List<String>> namesCut() {
    return Arbitraries.of(
        List.of("Speaking their language: how Islamic State", "Khorasan courts Tajik and Uzbek audiences online"),
        List.of("Why the quiet border with Afghanistan worries the Shanghai Cooperation", "Organisation more than it admits"),
        List.of("Inside the diaspora: how the Islamic State", "Khorasan Province recruits in Istanbul"));
  }

  @Provide
  Arbitrary<LocalDate> ambiguous() {
    return Layouts.dates().filter(d -> d.getDayOfMonth() <= 12 && d.getDayOfMonth() != d.getMonthValue());
  }

  @Provide
  Arbitrary<String> places() {
    return Arbitraries.of("Termez", "Dushanbe", "KABUL", "Geneva, Switzerland", "Ashgabat");
  }

  @Provide
  Arbitrary<String> dashes() {
    return Arbitraries.of("–", "—", "-", "--");
  }

  @Provide
  Arbitrary<String> elidedNames() {
    return Arbitraries.of("La Gazette de l'Eurasie", "Le Courrier d'Orient", "La Voix de l'Ouest", "Le Journal d'Alsace");
  }

  @Provide
  Arbitrary<String> studios() {
    return Arbitraries.of("Ostwelle-Studio Düsseldorf", "Hauptstadtstudio Berlin", "Studio Wien", "Radio Nord-Studio Kiel");
  }

  @Provide
  Arbitrary<String> ranks() {
    return Arbitraries.of("Lt Gen (retd)", "Brig.", "Maj Gen", "Col. (Retd.)", "Capt", "Lt Col");
  }
}
