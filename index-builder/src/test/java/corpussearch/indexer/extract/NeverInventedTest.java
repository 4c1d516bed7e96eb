package corpussearch.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever the layout, every value is read from the page: the title is one of its lines, and the
 * author's and outlet's names are written on it (the outlet perhaps in other capitals).
 */
class NeverInventedTest {
  private static final List<String> PIECES =
      List.of(
          "THE KESTREL BAY HERALD", "The Lowmarsh Review | World", "Home | News | Local",
          "Subscribe   Log in", "LOCAL NEWS", "Health", "By Marianne Okafor and Tobias Lindqvist",
          "Sofia Adeyemi-Hart, Senior Correspondent", "Kwame Mensah at Castle Lane",
          "Sun 6 Feb 2022 17.42 GMT", "Saturday 11/04/2023", "03/05/2022", "2024-05-09T08:00:00Z",
          "Council votes to keep winter ferry running", "We use cookies. Accept | Manage preferences",
          "SANTIAGO, 3 March 2022 (Meridian Wire) - Workers extended their strike on Thursday.",
          "-- Reporting by Camila Rojas in Santiago; editing by Fiona Marsh",
          "Tom Aldridge covers energy for The Fenland Gazette.",
          "Meridian Wire is an independent news service providing world news.",
          "Helena Marchetti is a professor of history at Lowmarsh University.",
          "(c) 2022 Fenland Gazette Ltd. All rights reserved.", "www.fenlandgazette.com",
          "- Gannet Island ferry sidelined by ramp failure", "Caption: A house in Oshkat.",
          "", "", "", Articles.paragraph("the ferry"), Articles.paragraph("the strike"));

  @Property(tries = 300)
  void everyValueIsWrittenOnThePage(@ForAll("pages") List<String> lines) {
    ArticleMetadata metadata = new MetadataExtractor().extract(lines).metadata();
    String page = String.join("\n", lines).toLowerCase(Locale.ROOT);

    if (metadata.title().isKnown()) {
      assertThat(lines).contains(metadata.title().value());
    }
    for (String name : authors(metadata.author())) {
      assertThat(page).contains(name.toLowerCase(Locale.ROOT));
    }
    if (metadata.outlet().isKnown()) {
      assertThat(page).contains(metadata.outlet().value().toLowerCase(Locale.ROOT));
    }
  }

  @Provide
  Arbitrary<List<String>> pages() {
    return Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(14);
  }

  private static List<String> authors(FieldValue author) {
    return author.isKnown() ? List.of(author.value().split(",\\s*|\\s+and\\s+")) : List.of();
  }
}
