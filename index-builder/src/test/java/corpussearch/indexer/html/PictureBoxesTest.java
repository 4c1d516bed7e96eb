package corpussearch.indexer.html;

import static corpussearch.indexer.html.HtmlMetadataTest.page;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A picture's box holding its caption and its photographer's credit, in either order and under
 * class names that say neither, gives neither to the story; short prose set beside a picture,
 * with no credit, stays.
 */
class PictureBoxesTest {
  private static final List<String> PARAGRAPHS = List.of(
      "The student government voted 19-3 on Tuesday night to spend $74,000 from its reserve fund on a late-night shuttle service.",
      "The shuttle would run from 9 p.m. to 2 a.m., Thursday through Saturday, on a loop between the library and the residence halls.",
      "The survey, conducted in November, drew 1,406 responses, and students living off campus were the most likely to report feeling unsafe.");

  @Property(tries = 40)
  void aCaptionAndItsCreditBesideThePictureAreNotTheStory(@ForAll("captions") String caption, @ForAll("credits") String credit,
      @ForAll("classNames") String name, @ForAll boolean creditFirst) {
    String captionBox = "<div class=\"" + name + "-text\">" + caption + "</div>";
    String creditBox = "<span class=\"" + name + "-by\">" + credit + "</span>";
    String picture = "<div class=\"" + name + "\"><img src=\"/uploads/photo.jpg\" alt=\"\">"
        + (creditFirst ? creditBox + captionBox : captionBox + creditBox) + "</div>";

    HtmlPage page = page("<title>Shuttle approved</title>", "<article><h1>Shuttle approved</h1>" + picture + story() + "</article>");

    assertThat(page.paragraphs()).containsExactlyElementsOf(PARAGRAPHS);
  }

  @Property(tries = 20)
  void twoSentencesBesideAPictureWithNoCreditStay(@ForAll("classNames") String name) {
    String first = "Volunteers planted 400 trees along the creek on Saturday.";
    String second = "The council paid for the saplings and the mulch.";
    String picture = "<div class=\"" + name + "\"><img src=\"/uploads/photo.jpg\" alt=\"\"><p>" + first + "</p><p>" + second + "</p></div>";

    HtmlPage page = page("<title>Creek planting</title>", "<article><h1>Creek planting</h1>" + picture + story() + "</article>");

    assertThat(page.paragraphs()).contains(first, second);
  }

  @Provide
  Arbitrary<String> captions() {
    return Arbitraries.of(
        "Regent Annette Bauer speaks during the board's meeting in the student union ballroom Nov. 19.",
        "Ferris Avenue between Seventh and Ninth streets after dark on Jan. 27.",
        "Volunteers fill sandbags outside the fire station on Monday morning.",
        "The old grandstand, shown during the 2023 fair");
  }

  @Provide
  Arbitrary<String> credits() {
    return Arbitraries.of("Dana Whitby, Photo Editor", "Ji-woo Han | Staff Photographer", "PHOTO BY DEAN HOLT", "Courtesy of the county");
  }

  @Provide
  Arbitrary<String> classNames() {
    return Arbitraries.of("sno-photo-wrap", "story-photo-area", "media", "pic", "lead-art");
  }

  private static String story() {
    return "<p>" + String.join("</p><p>", PARAGRAPHS) + "</p>";
  }
}
