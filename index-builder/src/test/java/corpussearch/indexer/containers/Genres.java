package corpussearch.indexer.containers;

import corpussearch.indexer.extract.ArticleMetadata;
import corpussearch.indexer.extract.Extraction;
import corpussearch.indexer.extract.MetadataExtractor;
import corpussearch.indexer.paragraphs.Paragraph;
import corpussearch.indexer.paragraphs.ParagraphSplitter;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Provide;

/**
 * The parts the genre tests build texts from (people, outlets, headlines, prose, provided to the
 * properties of the classes that extend this one), and a text read as the index builder reads a
 * {@code .txt} file: container off, metadata extracted, paragraphs split.
 */
abstract class Genres {
  @Provide
  Arbitrary<String> people() {
    return person();
  }

  @Provide
  Arbitrary<String> outlets() {
    return outlet();
  }

  @Provide
  Arbitrary<String> headlines() {
    return headline();
  }

  @Provide
  Arbitrary<List<String>> prose() {
    return paragraphs();
  }

  /** What the builder makes of one text file. */
  record Read(ArticleMetadata metadata, List<String> paragraphs) {
    String value(corpussearch.indexer.extract.MetadataField field) {
      return metadata.get(field).value();
    }

    String body() {
      return String.join("\n", paragraphs);
    }
  }

  static Read read(List<String> lines) {
    List<String> unwrapped = TextContainers.unwrap(lines);
    Extraction extraction = new MetadataExtractor().extract(unwrapped);
    List<String> paragraphs = new ParagraphSplitter().split(unwrapped, extraction.metadataLines()).paragraphs()
        .stream().map(Paragraph::text).toList();
    return new Read(extraction.metadata(), paragraphs);
  }

  private static Arbitrary<String> person() {
    Arbitrary<String> first = Arbitraries.of("Martha", "Johannes", "Sigrun", "Loretta", "Darnell", "Kristjan", "Olga", "Ewan",
        "Breesha", "Ndapewa", "Ines", "Tomasz", "Aiko", "Rafael", "Priya");
    Arbitrary<String> last = Arbitraries.of("Shikongo", "Halldorsdottir", "Kila", "Usher", "Magi", "Smirnova", "Quayle",
        "Kinvig", "Marrow", "Nowak", "Tanaka", "Oliveira", "Raman", "Fenwick");
    return Combinators.combine(first, last).as((f, l) -> f + " " + l);
  }

  /** Outlet names: a place and a publication word. */
  private static Arbitrary<String> outlet() {
    Arbitrary<String> place = Arbitraries.of("Erongo", "Highlands", "Baltic", "Kestrel", "Somers Isle", "Harbour", "Wahgi", "Lakeside");
    Arbitrary<String> word = Arbitraries.of("Tide", "Courier", "Lantern", "Gazette", "Herald", "Chronicle", "Post", "Observer");
    return Combinators.combine(place, word).as((p, w) -> "The " + p + " " + w);
  }

  private static Arbitrary<String> headline() {
    Arbitrary<String> subject = Arbitraries.of("Council", "Ferry operator", "Growers", "Water board", "Harbour users", "Rail operator");
    Arbitrary<String> verb = Arbitraries.of("warns of", "delays", "approves", "rejects", "plans");
    Arbitrary<String> object = Arbitraries.of("new tariff for the coastal villages", "repairs to the old pipeline",
        "a ban on night fishing in the bay", "weekend closures on the line", "a levy on beachfront hotels");
    return Combinators.combine(subject, verb, object).as((s, v, o) -> s + " " + v + " " + o);
  }

  /** Three to six paragraphs of news prose, each different, each long enough to be body. */
  private static Arbitrary<List<String>> paragraphs() {
    Arbitrary<String> topic = Arbitraries.of("the pipeline", "the harbour dredging", "the bus route", "the coffee price",
        "the border queue", "the sargassum season", "the greenhouse lights", "the causeway bearings");
    Arbitrary<String> speaker = Arbitraries.of("a council spokesman", "the regional engineer", "a local trader",
        "the association's chair", "a ministry official");
    return Combinators.combine(topic, speaker, Arbitraries.integers().between(2, 95))
        .as((t, s, n) -> "Work on " + t + " will take about " + n + " weeks, " + s + " said on Monday, adding that residents"
            + " had been told to expect delays, that the cost would be met from this year's budget and that a second"
            + " meeting with the families most affected would be held before the end of the month.")
        .list().ofMinSize(3).ofMaxSize(6).uniqueElements();
  }
}
