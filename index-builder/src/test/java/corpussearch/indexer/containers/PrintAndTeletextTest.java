package corpussearch.indexer.containers;

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

/**
 * Pages of print and broadcast text: teletext subpages under a repeated page header, an e-paper
 * page under its running head, with the notes, adverts and captions such pages carry, and a date
 * in a European language on an English page. Prose that uses the same words stays.
 */
class PrintAndTeletextTest extends Genres {
  private static final List<String> SUBPAGE_FOOTER = List.of("Story continues on next subpage >>>",
      "Press HOLD to stop subpages turning", "News Index  Sport  Weather  TV Guide");

  @Property(tries = 40)
  void teletextSubpagesGiveTheServiceAndNoFooters(@ForAll("services") String service, @ForAll("prose") List<String> prose,
      @ForAll("pageNumbers") int page) {
    String header = String.format(" P%d  %s %d  Thu 14 Mar 19:42:07", page, service.toUpperCase(Locale.ROOT), page);
    List<String> lines = new ArrayList<>();
    for (int sub = 0; sub < prose.size(); sub++) {
      lines.addAll(List.of(header, "", String.format(" MANX NEWS                         %d/%d", sub + 1, prose.size()), ""));
      if (sub == 0) {
        lines.addAll(List.of(" RAMSEY HARBOUR DREDGING DELAYED AGAIN", ""));
      }
      lines.addAll(List.of(prose.get(sub), ""));
      lines.addAll(SUBPAGE_FOOTER);
      lines.add("");
    }

    Read read = read(lines);

    assertThat(read.value(TITLE)).isEqualTo("RAMSEY HARBOUR DREDGING DELAYED AGAIN");
    assertThat(read.value(OUTLET)).isEqualToIgnoringCase(service);
    assertThat(read.value(DATE)).isNull(); // "Thu 14 Mar" has no year: never made up
    assertThat(read.paragraphs()).containsAll(prose);
    SUBPAGE_FOOTER.forEach(footer -> assertThat(read.body()).doesNotContain(footer.substring(0, 12)));
  }

  @Property(tries = 50)
  void anEpaperPageGivesOutletAndDateFromItsRunningHead(@ForAll("outlets") String outlet, @ForAll("days") LocalDate day,
      @ForAll("pageNumbers") int page, @ForAll boolean numberFirst, @ForAll("prose") List<String> prose,
      @ForAll("notes") String note) {
    String date = day.format(DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", Locale.ENGLISH)).toUpperCase(Locale.ROOT);
    String name = outlet.toUpperCase(Locale.ROOT);
    String head = numberFirst ? page + " — " + name + ", " + date : name + ", " + date + " — " + page;
    List<String> lines = new ArrayList<>(List.of(head, "", "PROVINCES", "", "Coffee growers say buyers' meters cheat them", "",
        "By LORETTA KILA", ""));
    lines.addAll(List.of(prose.get(0), "", "KINA MOTORS GOROKA", "New Hilux 4x4 from K89,990*",
        "Finance available. Visit our yard on", "the Highlands Highway. *Conditions apply.", ""));
    prose.subList(1, prose.size()).forEach(p -> lines.addAll(List.of(p, "")));
    lines.addAll(List.of("Growers sort parchment at the roadside", "market on Saturday. Picture:", "JETHRO WAIM", "", note));

    Read read = read(lines);

    assertThat(read.value(TITLE)).isEqualTo("Coffee growers say buyers' meters cheat them");
    assertThat(read.value(OUTLET)).isEqualToIgnoringCase(outlet);
    assertThat(read.value(DATE)).isEqualTo(day.toString());
    assertThat(read.value(AUTHOR)).isEqualToIgnoringCase("Loretta Kila");
    assertThat(read.paragraphs()).containsAll(prose);
    assertThat(read.body()).doesNotContain("Hilux").doesNotContain("JETHRO").doesNotContain(note);
  }

  @Property(tries = 40)
  void proseThatTalksOfPrintingTranslationOrTermsStays(@ForAll("prose") List<String> prose, @ForAll("mentions") String mention) {
    List<String> lines = new ArrayList<>(List.of("Printing works to close after ninety years", "", "By Jane Fenwick", ""));
    prose.forEach(p -> lines.addAll(List.of(p, "")));
    lines.addAll(List.of(mention, "", mention.replace("said", "added"), "", mention.replace("said", "repeated")));

    Read read = read(lines);

    assertThat(read.paragraphs()).containsAll(prose).contains(mention);
  }

  @Property(tries = 40)
  void aDateInAEuropeanLanguageIsADateLine(@ForAll("days") LocalDate day, @ForAll("labels") String label,
      @ForAll("prose") List<String> prose) {
    Locale locale = Locale.forLanguageTag(label.substring(0, 2));
    String shown = label.substring(3) + " " + day.format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale)) + " 07:30";
    List<String> lines = new ArrayList<>(List.of("Rail works to cut the line to one train an hour", "", "Text: Claire Weber", shown, ""));
    prose.forEach(p -> lines.addAll(List.of(p, "")));

    assertThat(read(lines).value(DATE)).isEqualTo(day.toString());
  }

  @Provide
  Arbitrary<String> labels() {
    return Arbitraries.of("fr Publié le", "de Veröffentlicht am", "es Publicado el", "it Pubblicato il", "nl Gepubliceerd op",
        "pt Publicado em");
  }

  @Provide
  Arbitrary<String> notes() {
    return Arbitraries.of("Got a story? SMS the newsroom on 7000 0000 or email news@courier.example",
        "Printed and published by Kumul Print & Media Ltd, PO Box 1100, Mt Hagen.",
        "Published in the print edition of the Courier on June 13, 2024, on page 7.",
        "This article was first published in German in our sister title and has been translated for this edition.",
        "Translated by Sam O'Neill");
  }

  /** Sentences of a story that use the words of production notes and small print. */
  @Provide
  Arbitrary<String> mentions() {
    return Arbitraries.of(
        "The report was first published in 2019 by the ministry and translated into French, the director said.",
        "The contract's terms apply to every grower who sells above K5 a bag, the board said.",
        "Printed and published by hand for ninety years, the paper was the town's pride, its last editor said.",
        "Have a story to tell about the works? The union said it was collecting them for the inquiry.");
  }

  @Provide
  Arbitrary<LocalDate> days() {
    return Arbitraries.integers().between(0, 3000).map(n -> LocalDate.of(2017, 1, 1).plusDays(n));
  }

  @Provide
  Arbitrary<Integer> pageNumbers() {
    return Arbitraries.integers().between(2, 199);
  }

  @Provide
  Arbitrary<String> services() {
    return Arbitraries.of("Mannintext", "Ceeline", "Oracletext", "Skytext", "Isletext");
  }

}
