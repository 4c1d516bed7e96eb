package corpussearch.indexer.extract;

import corpussearch.indexer.paragraphs.Paragraph;
import corpussearch.indexer.paragraphs.ParagraphSplitter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ArbitrarySupplier;
import net.jqwik.api.Combinators;

/**
 * Generators for whole articles in layouts the rules were not written from: people, publications,
 * agencies, cities and dates drawn at random, so a rule that only knows one spelling fails.
 */
final class Layouts {
  private Layouts() {}

  static Arbitrary<String> people() {
    Arbitrary<String> first =
        Arbitraries.of("Nodira", "Timur", "Helena", "Jerome", "Priya", "Kwame", "Sofia", "Eluned",
            "Marianne", "Tobias", "Camila", "Dmitri", "Ana", "Jean-Luc");
    Arbitrary<String> last =
        Arbitraries.of("Saidova", "Karimov", "Marchetti", "Whitfield", "Raghunathan", "Mensah",
            "Adeyemi-Hart", "Pryce", "Okafor", "Lindqvist", "O'Neil", "van der Berg", "Rojas");
    return Combinators.combine(first, last).as((f, l) -> f + " " + l);
  }

  static Arbitrary<String> outlets() {
    Arbitrary<String> place =
        Arbitraries.of("Kestrel Bay", "Lowmarsh", "Riverton", "Pinecrest Valley", "Fenland",
            "Northfield", "Continental", "Hollow Oak");
    Arbitrary<String> kind =
        Arbitraries.of("Herald", "Observer", "Gazette", "Courier", "Review", "Chronicle", "Post");
    return Combinators.combine(Arbitraries.of("The ", ""), place, kind)
        .as((the, p, k) -> the + p + " " + k);
  }

  static Arbitrary<String> agencies() {
    return Combinators.combine(
            Arbitraries.of("Pamir", "Meridian", "Andes", "Baltic", "Sahel"),
            Arbitraries.of("Wire", "News Agency", "Press Service"))
        .as((p, k) -> p + " " + k);
  }

  static Arbitrary<String> cities() {
    return Arbitraries.of("Dushanbe", "SANTIAGO", "Riga", "NAIROBI", "Port Moresby");
  }

  static Arbitrary<LocalDate> dates() {
    return Arbitraries.integers()
        .between(0, 365 * 20)
        .map(days -> LocalDate.of(2005, 1, 1).plusDays(days));
  }

  /** "27 October 2021" or "October 27, 2021". */
  static Arbitrary<String> spelledOut(LocalDate date) {
    return Arbitraries.of("d MMMM yyyy", "MMMM d, yyyy")
        .map(p -> date.format(DateTimeFormatter.ofPattern(p, Locale.ENGLISH)));
  }

  static Arbitrary<String> headlines() {
    return Arbitraries.of(
        "Council votes to keep winter ferry running after residents pack chambers",
        "Ceasefire talks stall as shelling resumes along disputed mountain border",
        "Workers extend strike at copper smelter into second week",
        "Offshore wind farm faces two-year delay as grid connection stalls");
  }

  /** A plain story under its masthead in capitals: the headline, "By" the person, a date and two paragraphs. */
  static List<String> bylinedStory(String outlet, String headline, String person) {
    return List.of(outlet.toUpperCase(Locale.ROOT), "", headline, "", "By " + person, "5 December 2024", "",
        Articles.paragraph("the ferry"), "", Articles.paragraph("the timetable"));
  }

  /** For {@code @ForAll(supplier = Layouts.People.class)}. */
  static final class People implements ArbitrarySupplier<String> {
    @Override
    public Arbitrary<String> get() {
      return people();
    }
  }

  /** For {@code @ForAll(supplier = Layouts.Outlets.class)}. */
  static final class Outlets implements ArbitrarySupplier<String> {
    @Override
    public Arbitrary<String> get() {
      return outlets();
    }
  }

  /** For {@code @ForAll(supplier = Layouts.Headlines.class)}. */
  static final class Headlines implements ArbitrarySupplier<String> {
    @Override
    public Arbitrary<String> get() {
      return headlines();
    }
  }

  /** For {@code @ForAll(supplier = Layouts.Dates.class)}. */
  static final class Dates implements ArbitrarySupplier<LocalDate> {
    @Override
    public Arbitrary<LocalDate> get() {
      return dates();
    }
  }

  static Extraction extract(List<String> lines) {
    return new MetadataExtractor().extract(lines);
  }

  /** The paragraphs the index would hold for {@code lines}. */
  static List<String> paragraphs(List<String> lines) {
    return new ParagraphSplitter()
        .split(lines, extract(lines).metadataLines()).paragraphs().stream()
            .map(Paragraph::text)
            .toList();
  }
}
