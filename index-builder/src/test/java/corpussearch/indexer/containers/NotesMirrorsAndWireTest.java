package corpussearch.indexer.containers;

import static corpussearch.indexer.extract.MetadataField.AUTHOR;
import static corpussearch.indexer.extract.MetadataField.DATE;
import static corpussearch.indexer.extract.MetadataField.OUTLET;
import static corpussearch.indexer.extract.MetadataField.TITLE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * An app's share saved in a notes app, a Gemini capsule's page, agency copy in teletype form: the
 * note's title and the user's notes, the capsule's link lines, the wire's machine lines, notes to
 * editors and end marks are not the article; the shared byline, the capsule's home link, the
 * wire's byline and transmission stamp give its metadata.
 */
class NotesMirrorsAndWireTest extends Genres {

  @Property(tries = 50)
  void aSharedArticleIsReadOutOfTheNote(@ForAll("people") String first, @ForAll("people") String second,
      @ForAll("brands") String brand, @ForAll("headlines") String headline, @ForAll("prose") List<String> prose,
      @ForAll("separators") String separator, @ForAll("desks") String desk) {
    String todo = "call the council re interview tomorrow";
    List<String> lines = new ArrayList<>(List.of("Weed story for later", "Created: 22 May 2024 at 09:03",
        "Modified: 22 May 2024 at 21:14", "Folder: Work stuff", "", "to read later + send to Aunty Joy!!", "", headline, "",
        first + " & " + second + separator + brand + " " + desk, "21/05/2024", ""));
    prose.forEach(p -> lines.addAll(List.of(p, "")));
    lines.addAll(List.of("— Shared from the " + brand + " app. Get the full story at " + brand.replace(" ", "").toLowerCase(Locale.ROOT)
        + ".example", "", "---", "my notes:", "- " + todo));

    Read read = read(lines);

    assertThat(read.value(TITLE)).isEqualTo(headline);
    assertThat(read.value(AUTHOR)).isEqualTo(first + " & " + second);
    assertThat(read.value(OUTLET)).endsWith(brand);
    assertThat(read.paragraphs()).containsAll(prose);
    assertThat(read.body()).doesNotContain(todo).doesNotContain("Shared from").doesNotContain("Weed story");
  }

  @Property(tries = 50)
  void aCapsulePageLosesItsLinks(@ForAll("people") String first, @ForAll("people") String second,
      @ForAll("brands") String brand, @ForAll("headlines") String headline, @ForAll("prose") List<String> prose,
      @ForAll boolean signed) {
    String related = "Holding area for trucks to double in size";
    List<String> lines = new ArrayList<>(List.of("=> / 🏮 " + brand + " — gemini mirror", "=> /news/ ← All news", "",
        "Mirror refreshed 2024-04-10 06:00 UTC · 38 new articles", "", "# " + headline, "",
        "2024-04-09 · Economy · " + first + ", " + second, ""));
    prose.forEach(p -> lines.addAll(List.of(p, "")));
    lines.addAll(List.of("> \"The trucks got an app; we got nothing,\" she said.", "", "## Related", "",
        "=> /news/2024/03/28/holding-area.gmi 2024-03-28 " + related));
    if (signed) {
      lines.addAll(List.of("---", "Served from a single-board computer. Content © " + brand + " OÜ."));
    }

    Read read = read(lines);

    assertThat(read.value(TITLE)).isEqualTo(headline);
    assertThat(read.value(AUTHOR)).isEqualTo(first + ", " + second);
    assertThat(read.value(DATE)).isEqualTo("2024-04-09");
    // The home link's label is the capsule's name, whether or not the capsule signs with it at the foot.
    assertThat(read.value(OUTLET)).isEqualTo(brand);
    assertThat(read.paragraphs()).containsAll(prose);
    assertThat(read.body()).doesNotContain(related).contains("The trucks got an app");
  }

  @Property(tries = 50)
  void wireCopyInTeletypeFormIsReadWithoutItsMarks(@ForAll("people") String reporter, @ForAll("headlines") String headline,
      @ForAll("prose") List<String> prose, @ForAll("stampDays") int day) {
    List<String> lines = new ArrayList<>(List.of("a0412  4  f  0561  NNA-WF--Iceland-Greenhouses,2ndLd-Writethru",
        "BC-Iceland-Greenhouses,2ndLd-Writethru,0561<", headline + "<",
        "Eds: UPDATES with grid operator comment in 8th graf; ADDS byline.<",
        "By " + reporter.toUpperCase(Locale.ROOT) + "=", "Nordic News Agency="));
    prose.forEach(p -> lines.add("   " + p + "<"));
    lines.add(1 + lines.size() / 2, "   (STORY CAN END HERE. OPTIONAL MATERIAL FOLLOWS.)<");
    lines.addAll(List.of("   ___<", String.format("   NNA-WF-03-%02d-24 1547GMT<", day)));

    Read read = read(lines);

    assertThat(read.value(TITLE)).isEqualTo(headline);
    assertThat(read.value(AUTHOR)).isEqualToIgnoringCase(reporter);
    assertThat(read.value(DATE)).isEqualTo(String.format("2024-03-%02d", day));
    assertThat(read.paragraphs()).containsAll(prose);
    assertThat(read.body()).doesNotContain("Eds:").doesNotContain("STORY CAN END").doesNotContain("<");
  }

  @Property(tries = 30)
  void proseWithAnArrowOrALessThanSignStays(@ForAll("headlines") String headline, @ForAll("prose") List<String> prose) {
    List<String> lines = new ArrayList<>(List.of(headline, ""));
    prose.forEach(p -> lines.addAll(List.of(p, "")));
    lines.addAll(List.of("=> See the full timetable on the council's site", "", "Turnout was < 40% in two wards <", ""));

    assertThat(TextContainers.unwrap(lines)).isEqualTo(lines);
  }

  @Provide
  Arbitrary<String> brands() {
    return Arbitraries.of("Belize Breeze", "Baltic Lantern", "Erongo Tide", "Kestrel Courier", "Wahgi Post");
  }

  @Provide
  Arbitrary<String> separators() {
    return Arbitraries.of(" • ", " · ", " | ");
  }

  @Provide
  Arbitrary<String> desks() {
    return Arbitraries.of("Newsroom", "Desk", "Staff");
  }

  @Provide
  Arbitrary<Integer> stampDays() {
    return Arbitraries.integers().between(1, 28);
  }


}
