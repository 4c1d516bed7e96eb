package corpussearch.indexer.html;

import static corpussearch.indexer.html.HtmlMetadataTest.page;
import static org.assertj.core.api.Assertions.assertThat;

import corpussearch.indexer.extract.FieldValue;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A JSON-LD timestamp in UTC names an instant; a newsroom east or west of Greenwich printed the
 * local day, which the UTC clock may put one day off. The page's "Posted …, updated …" line gives
 * that local day (its first clause: the update after the comma is never the publication date).
 */
class LocalDayOfUtcTimestampsTest {

  private static final String TEXT =
      "<p>Work on the barrage will start in May and is expected to take two years, the water authority said on Tuesday.</p>"
          + "<p>The upgrade raises the gates so that king tides can no longer push salt water into the town's intake.</p>";
  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("EEE d MMM yyyy 'at' h:mma", Locale.ENGLISH);

  @Property(tries = 80)
  void thePostedLocalDayWinsOverAUtcTimestampADayOff(@ForAll("localTimes") LocalDateTime posted, @ForAll("offsets") int hours,
      @ForAll("updateLabels") String update) {
    LocalDateTime utc = posted.minusHours(hours);
    String line = "Posted " + SHOWN.format(posted) + ", " + update + " " + SHOWN.format(posted.plusHours(5));
    HtmlPage page = page(jsonLd(utc), "<article><h1>Barrage upgrade to protect the town's water</h1><div class=\"byline\"><p>By Jo Marsh</p><p class=\"date\">"
        + line + "</p></div>" + TEXT + "</article>");

    FieldValue date = page.metadata().date();
    assertThat(date.value()).as(line + " / " + utc).isEqualTo(posted.toLocalDate().toString());
  }

  @Property(tries = 40)
  void aUtcTimestampOnTheShownDayStands(@ForAll("localTimes") LocalDateTime posted, @ForAll("updateLabels") String update) {
    LocalDateTime noon = posted.withHour(12);
    String line = "Posted " + SHOWN.format(noon) + ", " + update + " " + SHOWN.format(noon.plusDays(2));
    HtmlPage page = page(jsonLd(noon), "<article><h1>Barrage upgrade to protect the town's water</h1><p class=\"date\">" + line + "</p>" + TEXT + "</article>");

    assertThat(page.metadata().date()).isEqualTo(FieldValue.of(noon.toLocalDate().toString(), "json-ld"));
  }

  /**
   * A date element that holds the update's stamp as a child ("Nov 19, 2026 Updated Nov 20, 2026",
   * "May 19, 2026 — 9.40am AEST Updated May 19, 2026 — 1.05pm") reads as one line with no comma
   * before the update: its first part is still the publication's local day.
   */
  @Property(tries = 80)
  void aDateElementWithItsUpdateStampInsideGivesTheLocalDay(@ForAll("localTimes") LocalDateTime posted, @ForAll("offsets") int hours,
      @ForAll("updateLabels") String update, @ForAll boolean listed) {
    LocalDateTime utc = posted.minusHours(hours);
    String first = DateTimeFormatter.ofPattern("MMM d, yyyy — h.mma", Locale.ENGLISH).format(posted);
    String later = update + " " + DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH).format(posted.plusDays(1));
    String stamps = listed ? "<ul class=\"asset-date\"><li>" + first + "</li><li>" + later + "</li></ul>"
        : "<div class=\"date\">" + first + " <span class=\"when\">" + later + "</span></div>";
    HtmlPage page = page(jsonLd(utc), "<article><h1>Barrage upgrade to protect the town's water</h1><p>By Jo Marsh</p>" + stamps + TEXT + "</article>");

    assertThat(page.metadata().date().value()).as(stamps + " / " + utc).isEqualTo(posted.toLocalDate().toString());
  }

  /** A date element that shows only an update's stamp gives no local day: the UTC timestamp stands. */
  @Property(tries = 40)
  void anUpdateStampAloneLeavesTheUtcTimestamp(@ForAll("localTimes") LocalDateTime posted, @ForAll("offsets") int hours, @ForAll("updateLabels") String update) {
    LocalDateTime utc = posted.minusHours(hours);
    String stamp = "<div class=\"date\">" + update + " " + DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH).format(posted) + "</div>";
    HtmlPage page = page(jsonLd(utc), "<article><h1>Barrage upgrade to protect the town's water</h1><p>By Jo Marsh</p>" + stamp + TEXT + "</article>");

    assertThat(page.metadata().date()).as(stamp).isEqualTo(FieldValue.of(utc.toLocalDate().toString(), "json-ld"));
  }

  private static String jsonLd(LocalDateTime utc) {
    return "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"" + utc.atOffset(ZoneOffset.UTC).format(DateTimeFormatter.ISO_INSTANT)
        + "\"}</script>";
  }

  @Provide
  Arbitrary<LocalDateTime> localTimes() {
    return Combinators.combine(Arbitraries.integers().between(2018, 2025), Arbitraries.integers().between(1, 12), Arbitraries.integers().between(1, 28),
        Arbitraries.integers().between(0, 5)).as((year, month, day, hour) -> LocalDateTime.of(year, month, day, hour, 10));
  }

  /** Offsets east of Greenwich big enough to put an early-morning story on the day before in UTC. */
  @Provide
  Arbitrary<Integer> offsets() {
    return Arbitraries.of(8, 9, 10, 11, 12);
  }

  @Provide
  Arbitrary<String> updateLabels() {
    return Arbitraries.of("updated", "last updated", "modified", "Updated");
  }
}
