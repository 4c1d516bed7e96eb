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
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Round 35's text layouts, generated: a text browser's row of links opening with the site's name,
 * and a columnist's name under her portrait; a kicker over the headline; a numeric date labelled
 * in the site's own language over a story in English; two writers and the city after a hyphen; a
 * wire dateline without its year over a foot stamped with it; a forwarder's note under the mail's
 * headers; a series' column closed by its issue's date; a unit the breadcrumb lists under the date;
 * a paywall's label over the headline; a publication's name on top; an author labelled in Cyrillic and
 * a rights holder in quotation marks; a picture's credit set like a byline.
 */
class KickersLinkRowsAndLabelledDatesTest {

  private static final List<String> REFERENCES = List.of("", "References", "", "   1. https://site.example/", "   2. https://site.example/turkey");

  /**
   * "[1]Bosphorus Daily Star [2]Turkey [3]World …" on top and "© Bosphorus Daily Star" at the foot:
   * the name opening the row is the masthead; "[9][columnist Selin Aktaş]" / "Selin Aktaş" the writer.
   */
  @Property(tries = 40)
  void theNameOpeningARowOfLinksIsTheMastheadAndTheNameUnderAPortraitTheWriter(@ForAll(supplier = Layouts.Outlets.class) String outlet,
      @ForAll(supplier = Layouts.People.class) String person, @ForAll("portraitLabels") String label,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> lines = new ArrayList<>(List.of("   [1]" + outlet + " [2]Turkey [3]World [4]OPINION [5]Business [6]Life", "",
        "   [8]OPINION", "", "   [9][" + label + person + "]", "   " + person, "", "   Borderlines", "", "   " + headline, "",
        "   09.04.2024 - 11:30", "", "   " + paragraph("the ferry"), "", "   " + paragraph("the timetable"), "",
        "   © 2024 " + outlet + ". All rights reserved."));
    lines.addAll(REFERENCES);

    var metadata = extract(lines).metadata();
    assertThat(metadata.get(OUTLET).value()).isEqualTo(outlet);
    assertThat(metadata.get(AUTHOR).value()).isEqualTo(person);
  }

  /** A menu's first item has the row's shape; the footer names no such outlet, so no masthead is read from it. */
  @Property(tries = 20)
  void aMenusFirstItemIsNoMasthead(@ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> lines = new ArrayList<>(List.of("   [1]Middle East [2]Europe [3]Asia [4]Americas", "", "   " + headline, "",
        "   09.04.2024 - 11:30", "", "   " + paragraph("the ferry"), "", "   " + paragraph("the timetable")));
    lines.addAll(REFERENCES);

    assertThat(extract(lines).metadata().get(OUTLET).value()).isNotEqualTo("Middle East");
  }

  /** "Prozess in München" over "Inside the trial of the … cell: what the court has heard so far" over the byline. */
  @Property(tries = 40)
  void aKickerOverTheHeadlineIsNoTitle(@ForAll("kickers") String kicker, @ForAll("cells") String cell, @ForAll(supplier = Layouts.People.class) String person) {
    String headline = "Inside the trial of the " + cell + " cell: what the court has heard so far";
    String lead = "Four weeks into the trial of the " + cell + " cell, the court has heard from police investigators, an undercover "
        + "officer and a former friend of the main defendant, and this is what the evidence so far shows.";
    List<String> lines = List.of("Isar-Kurier Online", "", "Bayern > Justiz", "", kicker, headline, "", "Von " + person,
        "18.03.2025, 17:32 Uhr", "", lead, "", paragraph("the defendants"));

    assertThat(extract(lines).metadata().get(TITLE).value()).isEqualTo(headline);
  }

  /** A headline over a standfirst that ends as a sentence stays the headline, however short it is. */
  @Property(tries = 20)
  void aShortHeadlineOverItsStandfirstStays(@ForAll(supplier = Layouts.People.class) String person) {
    String headline = "Ferry saved";
    String standfirst = "Council votes to keep the winter ferry running after residents pack the chambers.";
    List<String> lines = List.of(headline, standfirst, "", "By " + person, "5 December 2024", "", paragraph("the ferry"), "",
        paragraph("the timetable"));

    assertThat(extract(lines).metadata().get(TITLE).value()).isEqualTo(headline);
  }

  /** "Par Claire Duvernoy - Le 02/04/2025 à 06:00" / "Mis à jour le …" over English prose that writes "On March 27": 2 April. */
  @Property(tries = 40)
  void aNumericDateLabelledInTheSitesLanguageIsReadDayFirst(@ForAll(supplier = Layouts.Dates.class) LocalDate date,
      @ForAll("foreignLabels") String label, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    Assume.that(date.getDayOfMonth() <= 12 && date.getDayOfMonth() != date.getMonthValue());
    String numeric = date.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    String englishProse = "On March 27, three men were arrested and charged; " + paragraph("the plot");
    List<String> lines = List.of("Le Quotidien du Rhône", "", headline, "", "Par Claire Duvernoy - Le " + numeric + " à 06:00",
        label + " " + numeric + " à 09:14", "", englishProse, "", paragraph("the investigation"));

    assertThat(extract(lines).metadata().get(DATE).value()).isEqualTo(date.toString());
  }

  /** "Deniz Arslan and Mark Tolliver - ISTANBUL" over the date: two writers, less the city. */
  @Property(tries = 40)
  void twoWritersAndTheirCityAfterAHyphen(@ForAll(supplier = Layouts.People.class) String first, @ForAll(supplier = Layouts.People.class) String second,
      @ForAll("cities") String city, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    Assume.that(!first.equals(second));
    List<String> lines = List.of("Bosphorus Ledger", "", headline, "", first + " and " + second + " - " + city, "21.10.2025 - 11:47", "",
        paragraph("the raids"), "", paragraph("the network"));

    assertThat(extract(lines).metadata().get(AUTHOR).value()).isEqualTo(first + " and " + second);
  }

  /** "DUESSELDORF, Germany, Aug 19 (CPA) -" over a story that dates an arrest in 2023 and a foot stamped "191547 GMT Aug 25": 19 August 2025. */
  @Property(tries = 40)
  void aWireDatelineTakesTheYearOfTheStampedFoot(@ForAll @IntRange(min = 10, max = 28) int day, @ForAll @IntRange(min = 2018, max = 2025) int year,
      @ForAll @IntRange(min = 1, max = 5) int yearsBefore) {
    String story = "He was arrested on 24 December " + (year - yearsBefore) + " after a warning from a foreign intelligence service, and "
        + paragraph("the trial");
    List<String> lines = List.of("UPDATE 2-German court jails man over cathedral plot", "", "    By Felix Brandauer", "",
        "    DUESSELDORF, Germany, Aug " + day + " (CPA) - A German court on Tuesday sentenced a man to seven years in prison.", "",
        "    " + story, "", "    " + paragraph("the verdict"), "", " (Reporting by Felix Brandauer; editing by Joanne Pike)",
        day + "1547 GMT Aug " + String.valueOf(year).substring(2));

    assertThat(extract(lines).metadata().get(DATE).value()).isEqualTo(LocalDate.of(year, 8, day).toString());
  }

  /** "Thought you'd want to see this - the bit on Iran is new to me. J." under the forwarded headers goes; a columnist's "I" lead stays. */
  @Property(tries = 30)
  void aForwardersNoteUnderTheHeadersIsDropped(@ForAll("notes") String note) {
    List<String> lines = List.of("---------- Forwarded message ---------", "From: The Khorasan Brief <brief@newsletters.example>",
        "Date: Tue, Nov 4, 2025 at 7:02 AM", "Subject: The money trail", "To: <j.morrow@mailbox.example>", "", note, "",
        "The Khorasan Brief", "The money trail: why small transfers keep the network funded", "", "Hamid Qureshi", "Nov 3", "",
        paragraph("the transfers"), "", paragraph("the brokers"));
    String lead = "I have spent the past month reading court files about the transfers, and " + paragraph("the money");
    List<String> columnist = List.of("From: Hamid Qureshi <hq@mailbox.example>", "Date: Tue, Nov 4, 2025 at 7:02 AM",
        "Subject: The money trail", "", lead, "", paragraph("the brokers"));

    assertThat(paragraphs(lines)).noneMatch(text -> text.contains(note));
    assertThat(paragraphs(columnist)).contains(lead);
  }

  /** "LOWLANDS INSTITUTE FOR SECURITY STUDIES      POLICY BRIEF No. 14 | June 2025": the issuer, its series' issue date aside. */
  @Property(tries = 30)
  void aLetterheadsSeriesClosedByItsIssueDateNamesTheIssuer(@ForAll("institutes") String institute, @ForAll @IntRange(min = 1, max = 40) int number,
      @ForAll("months") String month) {
    List<String> lines = List.of(institute + "                POLICY BRIEF No. " + number + " | " + month + " 2025", "", "",
        "Patterns in Disrupted Plots, 2023-2025", "", "Anneke Visser and Tomasz Wróbel", "12 June 2025", "", paragraph("the plots"), "",
        paragraph("the targets"));

    assertThat(extract(lines).metadata().get(OUTLET).value()).isEqualToIgnoringCase(institute);
  }

  /** "Nieuws | News › Eenheid Maasdelta" over the headline, "Eenheid Maasdelta" under the date: the page's section, no writer. */
  @Property(tries = 30)
  void aUnitTheBreadcrumbListsUnderTheDateIsNoWriter(@ForAll("units") String unit, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> lines = List.of("Politie Maasdelta", "Home  Nieuws | News  Contact", "Nieuws | News › " + unit, "", headline, "",
        "08-07-2025 | 11:20", unit, "Onderwerp: Terrorisme", "", paragraph("the arrests"), "", paragraph("the searches"));

    assertThat(extract(lines).metadata().get(AUTHOR).isKnown()).isFalse();
  }

  /** "Article réservé aux abonnés" over the headline is a label, never the title, and no paragraph. */
  @Property(tries = 30)
  void aPaywallsLabelOverTheHeadlineIsNoTitle(@ForAll("paywallLabels") String label, @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll(supplier = Layouts.People.class) String person) {
    List<String> lines = List.of("Le Quotidien du Rhône", "S'abonner  Se connecter", "", "FAITS DIVERS - JUSTICE", label, "", headline, "", "Par " + person,
        "2 avril 2025", "", paragraph("the plot"), "", paragraph("the arrests"));

    assertThat(extract(lines).metadata().get(TITLE).value()).isEqualTo(headline);
    assertThat(paragraphs(lines)).doesNotContain(label);
  }

  /**
   * "Le Quotidien du Rhône" / "FAITS DIVERS - JUSTICE" / headline / "Par …" / date: a publication's name on top, in
   * English or another language's order, is the masthead, never the title, though the story does not echo the headline.
   */
  @Property(tries = 40)
  void aPublicationsNameOnTopIsNoTitle(@ForAll("publications") String publication, @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll(supplier = Layouts.People.class) String person) {
    List<String> lines = List.of(publication, "", "FAITS DIVERS - JUSTICE", "", headline, "", "Par " + person, "2 avril 2025", "",
        paragraph("the plot"), "", paragraph("the arrests"));

    assertThat(extract(lines).metadata().get(TITLE).value()).isEqualTo(headline);
  }

  /** A headline that names a paper, right over its byline, stays the headline. */
  @Property(tries = 20)
  void aHeadlineNamingAPaperOverItsBylineStays(@ForAll("publications") String publication, @ForAll(supplier = Layouts.People.class) String person) {
    String headline = "Farewell to " + publication;
    List<String> lines = List.of("NEWS", "", headline, "By " + person, "2 April 2025", "", paragraph("the paper"), "", paragraph("the printers"));

    assertThat(extract(lines).metadata().get(TITLE).value()).isEqualTo(headline);
  }

  /** "Автор: Нургуль Ташиева" under the text and "© 2008–2025 «Ошский курьер». Все права защищены." at the foot. */
  @Property(tries = 30)
  void aCyrillicAuthorLabelAndAQuotedRightsHolder(@ForAll("cyrillicNames") String person, @ForAll("quotedPapers") String paper) {
    List<String> lines = List.of(paper, "Главная  Новости  Политика  Экономика", "", "В Оше задержаны трое подозреваемых в вербовке", "",
        "12.05.2025 14:37", "", paragraph("the arrests"), "", paragraph("the recruiters"), "", "Автор: " + person, "",
        "© 2008–2025 «" + paper + "». Все права защищены.");

    var metadata = extract(lines).metadata();
    assertThat(metadata.get(AUTHOR).value()).isEqualTo(person);
    assertThat(metadata.get(OUTLET).value()).isEqualTo(paper);
  }

  /** "Photo: Astana Daily Monitor / Yerzhan Tulegenov" under the headline credits the picture: no writer. */
  @Property(tries = 30)
  void aPicturesCreditIsNoSegmentedByline(@ForAll("pictureLabels") String label, @ForAll(supplier = Layouts.People.class) String person,
      @ForAll(supplier = Layouts.Outlets.class) String outlet, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> lines = List.of(headline, "", "17.02.2026 12:30", "", label + " " + outlet + " / " + person, "", paragraph("the hotline"), "",
        paragraph("the schools"));

    assertThat(extract(lines).metadata().get(AUTHOR).value()).isNotEqualTo(person);
  }

  /** "THE CASPIAN REVIEW – COPY FILE" over "SLUG: …" / "AUTHOR: …" / "WEB PUB: …", then "HED: …" alone: the fields under their caption. */
  @Property(tries = 30)
  void aCopyFilesFieldsUnderTheirCaptionAndItsHed(@ForAll(supplier = Layouts.Outlets.class) String outlet,
      @ForAll(supplier = Layouts.People.class) String person, @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll(supplier = Layouts.Dates.class) LocalDate date) {
    String published = date.format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH));
    List<String> lines = List.of(outlet.toUpperCase(Locale.ROOT) + " – COPY FILE", "SLUG: COL-FRONTLINES", "SECTION: Opinion", "AUTHOR: " + person,
        "WORDS: 804", "WEB PUB: " + published + ", 07:00 GMT", "PRINT: February issue, p. 22", "", "HED: " + headline, "",
        "DEK: Four years of raids have crippled the group inside the country", "", "BYLINE: " + person, "", paragraph("the raids"), "",
        paragraph("the recruits"));

    var metadata = extract(lines).metadata();
    assertThat(metadata.get(TITLE).value()).isEqualTo(headline);
    assertThat(metadata.get(DATE).value()).isEqualTo(date.toString());
    assertThat(metadata.get(AUTHOR).value()).isEqualTo(person);
  }

  /** "ACP-WIRE  0944  09-FEB-26  ACP ENGLISH SERVICE  ASIA" over the fields: a system's header, no headline. */
  @Property(tries = 30)
  void aWireSystemsHeaderInCapitalColumnsIsNoTitle(@ForAll @IntRange(min = 1, max = 28) int day, @ForAll("desks") String desk,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    String header = "ACP-WIRE  0944  " + String.format("%02d", day) + "-FEB-26  ACP ENGLISH SERVICE  " + desk;
    List<String> lines = List.of(header, "PRIORITY: 2   CATEGORY: GEN/POL", "", "UPDATE 1-" + headline, "", "By Nasir Ahmadzai", "",
        "KABUL, Feb " + day + " (ACP) - " + paragraph("the raid"), "", paragraph("the commander"));

    assertThat(extract(lines).metadata().get(TITLE).value()).isNotEqualTo(header);
  }

  /**
   * A print page's running head in capitals keeps its words and figures apart ("THE GBARNGA OBSERVER      NEWS   3"): it
   * is no machine's header, so the section's head under it ("BONG COUNTY") does not take the masthead's place.
   */
  @Property(tries = 20)
  void aRunningHeadInCapitalsIsNoMachinesHeader(@ForAll(supplier = Layouts.Outlets.class) String outlet, @ForAll @IntRange(min = 2, max = 40) int page,
      @ForAll("counties") String county, @ForAll(supplier = Layouts.People.class) String person) {
    List<String> lines = List.of(outlet.toUpperCase(Locale.ROOT) + "                               NEWS   " + page, "", county, "",
        "Traders cheer as repaired", "bridge reopens on", "the Gbarnga highway", "", "By " + person, "Observer Correspondent", "",
        paragraph("the bridge"), "", paragraph("the traders"));

    assertThat(MachineLines.isMachine(lines.get(0))).isFalse();
    assertThat(extract(lines).metadata().get(OUTLET).value()).isNotEqualToIgnoringCase(county);
  }

  @Provide
  Arbitrary<String> counties() {
    return Arbitraries.of("BONG COUNTY", "NIMBA COUNTY", "FARMING");
  }

  /** "Published November 3, 2025 Updated about 10 hours ago" under the name: the date line the headline stands on. */
  @Property(tries = 30)
  void aPublishedDateBesideAnUpdatesRelativeTimeIsADateLine(@ForAll(supplier = Layouts.Dates.class) LocalDate date, @ForAll("ago") String ago,
      @ForAll(supplier = Layouts.People.class) String person) {
    String line = "Published " + date.format(DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH)) + " Updated " + ago;

    assertThat(DateParser.parseDateLine(line).map(DateParser.DateLine::date)).contains(date);
  }

  /** "[logo-frontier-chronicle.png]", "[taliban-checkpoint.jpg]": a picture's file, no site's address. */
  @Property(tries = 20)
  void aPicturesFileNameIsNoDomain(@ForAll("fileNames") String file, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> lines = List.of("[" + file + "]", "", headline, "", "By Gul Zaman Khattak", "", paragraph("the raid"), "", paragraph("the border"));

    assertThat(extract(lines).metadata().get(OUTLET).value()).isNull();
  }

  /** "RHDC – Regional Humanitarian Dialogue Centre" on top and "KABUL/GENEVA, 2 March 2026 – The …" opening the release. */
  @Property(tries = 30)
  void aReleasesInitialsSpelledOutAndItsDatelineOfTwoCities(@ForAll("centres") String centre, @ForAll(supplier = Layouts.Dates.class) LocalDate date,
      @ForAll("cityPairs") String cities) {
    String initials = Arrays.stream(centre.split(" ")).map(word -> word.substring(0, 1)).reduce("", String::concat);
    String spelled = date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
    List<String> lines = List.of(initials + " – " + centre, "Geneva | Kabul | Dushanbe", "", "PRESS RELEASE", "FOR IMMEDIATE RELEASE", "",
        initials + " calls for independent access to detainees", "", cities + ", " + spelled + " – The " + centre + " today called on the "
            + "authorities to grant monitors access to detention facilities, " + paragraph("the review"), "", paragraph("the families"));

    var metadata = extract(lines).metadata();
    assertThat(metadata.get(OUTLET).value()).isEqualTo(centre);
    assertThat(metadata.get(DATE).value()).isEqualTo(date.toString());
  }

  /** "By A and B" / "A reported from Islamabad, and B from Kabul." / "Nov. 12, 2025, 7:48 p.m. ET" / "Updated Nov. 13 …" under a long standfirst. */
  @Property(tries = 30)
  void theDateUnderTheBylineBeatsTheUpdateBelowALongStandfirst(@ForAll(supplier = Layouts.Dates.class) LocalDate date,
      @ForAll(supplier = Layouts.People.class) String first, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    DateTimeFormatter shown = DateTimeFormatter.ofPattern("MMM. d, yyyy", Locale.ENGLISH);
    String standfirst = "The attack on a provincial official in the north was the latest sign that the group can still reach the local "
        + "administrators it has long targeted, and that the security services have yet to close the gaps its fighters use to move between districts.";
    List<String> lines = List.of("The Meridian Post", "World > Asia", headline, standfirst, "Share full article", "By " + first + " and Jawed Sultani",
        first + " reported from Islamabad, and Jawed Sultani from Kabul.", shown.format(date) + ", 7:48 p.m. ET",
        "Updated " + shown.format(date.plusDays(1)) + ", 9:05 a.m. ET", paragraph("the attack"), "", paragraph("the funeral"));

    assertThat(extract(lines).metadata().get(DATE).value()).isEqualTo(date.toString());
  }

  @Provide
  Arbitrary<String> centres() {
    return Arbitraries.of("Regional Humanitarian Dialogue Centre", "Central Asia Detention Monitor", "Border Protection Research Network");
  }

  @Provide
  Arbitrary<String> cityPairs() {
    return Arbitraries.of("KABUL/GENEVA", "DUSHANBE/BRUSSELS", "Geneva/Kabul");
  }

  @Provide
  Arbitrary<String> desks() {
    return Arbitraries.of("ASIA", "EUROPE", "WORLD DESK");
  }

  @Provide
  Arbitrary<String> ago() {
    return Arbitraries.of("about 10 hours ago", "2 hours ago", "nearly a day ago", "over 3 days ago");
  }

  @Provide
  Arbitrary<String> fileNames() {
    return Arbitraries.of("logo-frontier-chronicle.png", "taliban-checkpoint-jalalabad.jpg", "masthead-riverton.svg", "brief-2025.pdf");
  }

  @Provide
  Arbitrary<String> cyrillicNames() {
    return Arbitraries.of("Нургуль Ташиева", "Айбек Осмонов", "Елена Петрова");
  }

  @Provide
  Arbitrary<String> quotedPapers() {
    return Arbitraries.of("Ошский курьер", "Вечерний Бишкек", "Новая газета юга");
  }

  @Provide
  Arbitrary<String> pictureLabels() {
    return Arbitraries.of("Photo:", "Photos:", "Foto:", "Image:", "Photo by");
  }

  @Provide
  Arbitrary<String> publications() {
    return Arbitraries.of("The Riverton Herald", "Le Quotidien du Rhône", "La Gazzetta del Conero", "Isar-Kurier", "Riverton Zeitung",
        "El Diario de Navarra", "Bergens Tidende");
  }

  @Provide
  Arbitrary<String> portraitLabels() {
    return Arbitraries.of("columnist ", "Photo of ", "", "Portrait: ");
  }

  @Provide
  Arbitrary<String> kickers() {
    return Arbitraries.of("Prozess in München", "Terror trial", "Procès à Paris", "Dossier");
  }

  @Provide
  Arbitrary<String> cells() {
    return Arbitraries.of("Ingolstadt", "Hamburg", "Graz", "Linz");
  }

  @Provide
  Arbitrary<String> foreignLabels() {
    return Arbitraries.of("Mis à jour le", "Publié le", "Aktualisiert am", "Actualizado el");
  }

  @Provide
  Arbitrary<String> cities() {
    return Arbitraries.of("ISTANBUL", "ANKARA", "Izmir", "Kyiv");
  }

  @Provide
  Arbitrary<String> notes() {
    return Arbitraries.of("Thought you'd want to see this - the bit on Iran is new to me. J.",
        "You might like this one, I found the part on hawala brokers useful.", "Sending you this as I promised on Friday. M.");
  }

  @Provide
  Arbitrary<String> institutes() {
    return Arbitraries.of("LOWLANDS INSTITUTE FOR SECURITY STUDIES", "CENTRE FOR BORDER SECURITY STUDIES", "NORDIC POLICY INSTITUTE");
  }

  @Provide
  Arbitrary<String> months() {
    return Arbitraries.of("June", "September", "Jan.", "Autumn");
  }

  @Provide
  Arbitrary<String> units() {
    return Arbitraries.of("Eenheid Maasdelta", "Eenheid Rotterdam", "Landelijke Eenheid");
  }

  @Provide
  Arbitrary<String> paywallLabels() {
    return Arbitraries.of("Article réservé aux abonnés", "Subscribers only", "Members-only content", "Nur für Abonnenten", "Riservato agli abbonati");
  }
}
