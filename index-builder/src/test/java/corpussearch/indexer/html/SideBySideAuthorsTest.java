package corpussearch.indexer.html;

import static corpussearch.indexer.html.HtmlMetadataTest.page;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.UniqueElements;

/**
 * Several writers credited side by side: a byline "A and B · 24 March 2025" names both, and so do
 * bio boxes set one per writer under the text, where the JSON-LD names only the organisation; a
 * credit set like the byline but for the pictures ("Video by: B") names no writer.
 */
class SideBySideAuthorsTest {

  private static final String PARAGRAPHS =
      "<p>Much of the policy discussion on the lake treats the armed groups as interchangeable, and this commentary argues otherwise.</p>"
          + "<p>Since its split from a larger movement, the group has concentrated on building a system of levies on trade.</p>";
  private static final String ORGANISATION = "<script type=\"application/ld+json\">{\"@type\":\"Article\",\"author\":{\"@type\":\"Organization\","
      + "\"name\":\"Institute for Basin Studies\"}}</script>";

  @Property(tries = 40)
  void aBylineOfSeveralNamesAndItsDateNamesEveryWriter(
      @ForAll @Size(min = 2, max = 3) @UniqueElements List<@From("people") String> people, @ForAll("separators") String separator) {
    String names = people.size() == 2 ? people.get(0) + " and " + people.get(1) : people.get(0) + ", " + people.get(1) + " and " + people.get(2);
    HtmlPage page = page(ORGANISATION, "<article><h1>Why the faction governs by receipt</h1><div class=\"entry-authors\">" + names + separator
        + "24 March 2025</div><div class=\"entry-content\">" + PARAGRAPHS + "</div></article>");

    assertThat(page.metadata().author().value()).isEqualTo(Authors.join(people));
  }

  @Property(tries = 40)
  void bioBoxesSideBySideNameEveryWriter(@ForAll @Size(min = 2, max = 3) @UniqueElements List<@From("people") String> people, @ForAll boolean byline) {
    StringBuilder boxes = new StringBuilder("<section class=\"author-boxes\">");
    people.forEach(person -> boxes.append("<div class=\"author-box\"><h4>").append(person).append("</h4><p>").append(person)
        .append(" is a researcher in the lake programme.</p></div>"));
    HtmlPage page = page(ORGANISATION, "<article><h1>Why the faction governs by receipt</h1>" + (byline ? "<p class=\"meta\">24 March 2025</p>" : "")
        + "<div class=\"entry-content\">" + PARAGRAPHS + "</div>" + boxes + "</section></article>");

    assertThat(page.metadata().author().value()).isEqualTo(Authors.join(people));
  }

  @Property(tries = 30)
  void aBioBoxBesideOtherBoxesNamesOnlyItsWriter(@ForAll("people") String person) {
    HtmlPage page = page(ORGANISATION, "<article><h1>Why the faction governs by receipt</h1><div class=\"entry-content\">" + PARAGRAPHS
        + "</div><div class=\"boxes\"><div class=\"author-box\"><h4>" + person + "</h4><p>" + person + " is a researcher.</p></div>"
        + "<div class=\"newsletter\"><h4>Sign up to our newsletter</h4></div></div></article>");

    assertThat(page.metadata().author().value()).isEqualTo(person);
  }

  @Property(tries = 40)
  void aTwinCreditForThePicturesNamesNoWriter(@ForAll @Size(min = 2, max = 2) @UniqueElements List<@From("people") String> people,
      @ForAll("pictureLabels") String pictures) {
    String credit = "<div class=\"m-from-author\"><span>%s</span> <a href=\"/en/author/x/\">%s</a></div>";
    HtmlPage page = page(ORGANISATION, "<article><h1>Why the faction governs by receipt</h1>" + credit.formatted("Text by:", people.get(0))
        + credit.formatted(pictures, people.get(1)) + "<div class=\"entry-content\">" + PARAGRAPHS + "</div></article>");

    assertThat(page.metadata().author().value()).isEqualTo(people.get(0));
  }

  @Provide
  Arbitrary<String> pictureLabels() {
    return Arbitraries.of("Video by:", "Photos by:", "Photo:", "Pictures by", "Images —", "Illustrations by", "Illustrated by", "Artwork:", "Graphics by");
  }

  @Provide
  Arbitrary<String> people() {
    return Arbitraries.of("Halima Issoufou", "Chidi Nwankwo", "Amina Mensah", "Tobias Lindqvist", "Eluned Okafor", "Jean-Luc Rojas",
        "Ruth Abubakar", "Moussa Diallo");
  }

  @Provide
  Arbitrary<String> separators() {
    return Arbitraries.of(" · ", " | ", " • ");
  }
}
