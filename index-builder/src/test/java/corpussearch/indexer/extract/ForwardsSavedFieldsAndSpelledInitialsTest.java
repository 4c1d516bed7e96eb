package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Articles.paragraph;
import static corpussearch.indexer.extract.Layouts.extract;
import static corpussearch.indexer.extract.Layouts.paragraphs;
import static corpussearch.indexer.extract.MetadataField.DATE;
import static corpussearch.indexer.extract.MetadataField.OUTLET;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Round 36's text metadata, generated: a forwarder's short note between a mail's headers and a second
 * "Forwarded message" banner, in neither person; a "Saved:" field beside a date over a story dated in its
 * dateline; a wire site's first line of its name in capitals, a slash and its initials ("VOLGA-PRESS AGENCY /
 * VPA English Service") over a copyright line of the initials; the paper a story says saw its documents.
 */
class ForwardsSavedFieldsAndSpelledInitialsTest {

  private static final String BANNER = "---------- Forwarded message ---------";
  private static final DateTimeFormatter SPELLED = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  /** "FYI for the Logar travel assessment - see the bit on the camp perimeter. L." between two forwards: no paragraph. */
  @Property(tries = 30)
  void aShortNoteBetweenTwoForwardsIsNoParagraph(@ForAll("notes") String note, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> lines = new ArrayList<>(headers("Lena Morrow <l.morrow@mailbox.example>", "Fwd: " + headline));
    lines.addAll(List.of(note, ""));
    lines.addAll(headers("The Khorasan Brief <brief@newsletters.example>", headline));
    lines.addAll(List.of(headline, "", paragraph("the camp"), "", paragraph("the perimeter")));

    assertThat(paragraphs(lines)).as(note).containsExactly(paragraph("the camp"), paragraph("the perimeter"));
  }

  /** A short lead right under the second forward's headers, no banner after it ("Aid convoys reached the camp on Monday."): it stays. */
  @Property(tries = 20)
  void aShortLeadUnderTheSecondForwardStays(@ForAll("notes") String note, @ForAll("leads") String lead,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> lines = new ArrayList<>(headers("Lena Morrow <l.morrow@mailbox.example>", "Fwd: " + headline));
    lines.addAll(List.of(note, ""));
    lines.addAll(headers("The Khorasan Brief <brief@newsletters.example>", headline));
    lines.addAll(List.of(lead, "", paragraph("the camp"), "", paragraph("the perimeter")));

    assertThat(paragraphs(lines)).as(lead).contains(lead, paragraph("the camp"));
  }

  /** "The documents, seen by The Highveld Mail, describe …" in a page that names itself nowhere else: the outlet. */
  @Property(tries = 30)
  void thePublicationThatSawTheDocumentsIsTheOutlet(@ForAll("papers") String paper, @ForAll("seen") String verb,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    String sentence = "The documents, " + verb + " by " + paper + ", describe a helicopter unit able to fly only one of its three aircraft"
        + " for most of September.";
    List<String> lines = List.of(headline, "", "By Lerato Mokoena", "3 October 2025", "", paragraph("the mission"), "", sentence, "",
        paragraph("the supplies"));

    var extraction = extract(lines);
    assertThat(extraction.metadata().get(OUTLET).value()).isEqualTo(paper);
    assertThat(paragraphs(lines)).contains(sentence);
  }

  /** "… as first reported by The Highveld Mail": another outlet's scoop, cited; no outlet is read from it. */
  @Property(tries = 15)
  void aPublicationThatReportedFirstIsNoOutlet(@ForAll("papers") String paper, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> lines = List.of(headline, "", "By Lerato Mokoena", "3 October 2025", "", paragraph("the mission"), "",
        "The unit could fly only one of its three aircraft for most of September, as first reported by " + paper + ".");

    assertThat(extract(lines).metadata().get(OUTLET).value()).isNotEqualTo(paper);
  }

  @Provide
  Arbitrary<String> papers() {
    return Combinators.combine(Arbitraries.of("Highveld", "Karoo", "Lowveld", "Ridgeway", "Kestrel Bay"),
        Arbitraries.of("Mail", "Herald", "Courier", "Gazette")).as((place, kind) -> "The " + place + " " + kind);
  }

  @Provide
  Arbitrary<String> seen() {
    return Arbitraries.of("seen", "obtained", "reviewed", "verified", "examined", "analysed");
  }

  /** A forward's banner and its four headers, then a blank line. */
  private static List<String> headers(String from, String subject) {
    return List.of(BANNER, "From: " + from, "Date: Tue, Nov 4, 2025 at 7:02 AM", "Subject: " + subject, "To: <team@mailbox.example>", "");
  }

  /** "Saved:    2024-10-14 21:02" on top, the story's date in its dateline ("KABUL, 3 March 2025 –"): the dateline's date. */
  @Property(tries = 30)
  void aSavedFieldOverADatelineKeepsTheDatelinesDate(@ForAll(supplier = Layouts.Dates.class) LocalDate saved,
      @ForAll(supplier = Layouts.Dates.class) LocalDate date, @ForAll(supplier = Layouts.People.class) String person,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    Assume.that(!saved.equals(date));
    List<String> lines = List.of("Saved:    " + saved + " 21:02", "", headline, "", "By " + person, "",
        "KABUL, " + date.format(SPELLED) + " – " + paragraph("the valley"), "", paragraph("the trial"));

    var metadata = extract(lines).metadata();
    assertThat(metadata.get(DATE).value()).isEqualTo(date.toString());
    assertThat(metadata.get(OUTLET).value()).isNotEqualTo("Saved");
  }

  /** "VOLGA-PRESS AGENCY / VPA English Service" over a menu, a date, the story and "© VPA 1999-2024": "Volga-Press Agency". */
  @Property(tries = 40)
  void aNameOverItsInitialsOnTheFirstLineIsSpelledOut(@ForAll("agencyNames") String name) {
    assertThat(extract(wireSite(name, initials(name))).metadata().get(OUTLET).value()).isEqualToIgnoringCase(name);
  }

  /** "VOLGA-PRESS AGENCY / KPA English Service", the slash's part no initials of the name: the name is not spelled from them. */
  @Property(tries = 20)
  void aNameOverOtherInitialsIsNotSpelledFromThem(@ForAll("agencyNames") String name, @ForAll("letters") String other) {
    String wrong = other + initials(name).substring(1);
    Assume.that(!wrong.equals(initials(name)));

    assertThat(extract(wireSite(name, wrong)).metadata().get(OUTLET).value()).isNotEqualToIgnoringCase(name);
  }

  /** A wire site's copy: the name in capitals over its initials, a menu, a dotted date, the headline, the story and the rights. */
  private static List<String> wireSite(String name, String initials) {
    return List.of(name.toUpperCase(Locale.ROOT) + " / " + initials + " English Service", "World | Russia | Economy | Science | Sport | Photo", "",
        "04.01.2024, 16:27", "", "Moscow and Tehran agree to deepen exchange of data after Kerman attack", "",
        "MOSCOW, January 4. /" + initials + "/. " + paragraph("the exchange"), "", paragraph("the militants"), "", "Dmitry Sukhanov-Belsky", "",
        "When reprinting materials, a hyperlink to " + initials + " is mandatory.", "© " + initials + " 1999-2024");
  }

  /** "VPA" of "Volga-Press Agency": each word's first letter, a hyphen parting words. */
  private static String initials(String name) {
    return Stream.of(name.split("[\\s-]+")).map(word -> word.substring(0, 1)).collect(Collectors.joining()).toUpperCase(Locale.ROOT);
  }

  @Provide
  Arbitrary<String> notes() {
    return Combinators.combine(Arbitraries.of("FYI for the", "For the", "Relevant to the", "Background for the"),
        Arbitraries.of("Logar", "Kunar", "Herat", "Balkh"), Arbitraries.of("travel assessment", "security review", "site visit"),
        Arbitraries.of("camp perimeter", "checkpoints", "road south"), Arbitraries.of("L.", "M.", "JK"))
        .as((opening, place, task, bit, sign) -> opening + " " + place + " " + task + " - see the bit on the " + bit + ". " + sign);
  }

  @Provide
  Arbitrary<String> leads() {
    return Combinators.combine(Arbitraries.of("Aid convoys", "Two lorries", "Local elders", "Engineers"),
        Arbitraries.of("reached the camp", "left the valley", "met the governor"), Arbitraries.of("on Monday", "at dawn", "last week"))
        .as((who, did, when) -> who + " " + did + " " + when + ".");
  }

  @Provide
  Arbitrary<String> agencyNames() {
    Arbitrary<String> place = Arbitraries.of("Volga", "Kama", "Neva", "Baikal", "Amur", "Ural", "Oka");
    Arbitrary<String> middle = Arbitraries.of("-Press ", " Press ", " News ", " ");
    Arbitrary<String> kind = Arbitraries.of("Agency", "Service", "Bureau");
    return Combinators.combine(place, middle, kind).as((p, m, k) -> p + m + k);
  }

  @Provide
  Arbitrary<String> letters() {
    return Arbitraries.of("K", "T", "M", "R", "D");
  }
}
