package corpussearch.indexer.html;

import static corpussearch.indexer.html.BylinesAbroadTest.PARAGRAPHS;
import static corpussearch.indexer.html.HtmlMetadataTest.page;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Round 37's HTML pages, generated: a list of the story's points a page sets over it by its class ("keypoints",
 * "key-takeaways") is no part of the text, each point being told again in it; a person a Next.js page's
 * {@code __NEXT_DATA__} lists among the authors with another part than writing ("role": "photographer") is no
 * author. The same points in a list of the text, and a second writer, stay.
 */
class KeyPointsListsAndAppStatePartsTest {

  private static final String HEADLINE = "Footbridges to be rebuilt before the tourist season";

  /** {@code <ul class="keypoints">} over the text: the points go, the text stays. */
  @Property(tries = 40)
  void aKeyPointsListByItsClassIsNoPartOfTheText(@ForAll("keyPointClasses") String box, @ForAll("points") List<String> points) {
    HtmlPage page = page("", "<article><h1>" + HEADLINE + "</h1><ul class=\"" + box + "\"><li>" + String.join("</li><li>", points) + "</li></ul>"
        + PARAGRAPHS + "</article>");

    assertThat(page.paragraphs()).doesNotContainAnyElementsOf(points).anyMatch(p -> p.startsWith("The regional council approved a plan"));
  }

  /** The same points as the text's own paragraphs, in no box: they stay. */
  @Property(tries = 15)
  void theSamePointsAsParagraphsOfTheTextStay(@ForAll("points") List<String> points) {
    HtmlPage page = page("", "<article><h1>" + HEADLINE + "</h1>" + PARAGRAPHS + "<p>" + String.join("</p><p>", points) + "</p></article>");

    assertThat(page.paragraphs()).containsAll(points);
  }

  /** {@code "authors": [{"name": A, "role": "writer"}, {"name": B, "role": "photographer"}]} in the app's state: A alone wrote it. */
  @Property(tries = 40)
  void aPersonTheAppStateCreditsWithAnotherPartIsNoAuthor(@ForAll("names") String writer, @ForAll("names") String other,
      @ForAll("partKeys") String key, @ForAll("otherParts") String part, @ForAll boolean otherFirst) {
    Assume.that(!writer.equals(other));
    String written = credit(writer, key, "writer");
    String credited = credit(other, key, part);

    assertThat(authorOf(otherFirst ? credited + "," + written : written + "," + credited)).isEqualTo(writer);
  }

  /** Both listed with a writing part ("writer", "reporter", "author"): both wrote it. */
  @Property(tries = 20)
  void twoPeopleTheAppStateCreditsWithWritingAreBothAuthors(@ForAll("names") String first, @ForAll("names") String second,
      @ForAll("partKeys") String key, @ForAll("writingParts") String part) {
    Assume.that(!first.equals(second));

    assertThat(authorOf(credit(first, key, part) + "," + credit(second, key, part))).isEqualTo(first + " and " + second);
  }

  private static String credit(String name, String key, String part) {
    return "{\"name\":\"" + name + "\",\"" + key + "\":\"" + part + "\"}";
  }

  /** The author of a script-rendered page whose {@code __NEXT_DATA__} lists {@code authors}, nested as Next.js nests its page's props. */
  private static String authorOf(String authors) {
    String state = "{\"props\":{\"pageProps\":{\"article\":{\"title\":\"" + HEADLINE + "\",\"publishedAt\":\"2025-04-02T09:30:00Z\","
        + "\"authors\":[" + authors + "],\"publisher\":{\"name\":\"Valley Courier\"}}}}}";
    String body = "<div id=\"__next\"><div class=\"c1\"><h1>" + HEADLINE + "</h1><div class=\"c2\">" + PARAGRAPHS + "</div></div></div>";
    return page("<script id=\"__NEXT_DATA__\" type=\"application/json\">" + state + "</script>", body).metadata().author().value();
  }

  @Provide
  Arbitrary<String> keyPointClasses() {
    return Arbitraries.of("keypoints", "key-points", "key-takeaways", "article__keypoints", "story-key-findings", "keytakeaways");
  }

  @Provide
  Arbitrary<List<String>> points() {
    return Arbitraries.of("Three footbridges lost in the floods will be rebuilt.", "Work starts in the spring.",
        "The council expects the bridges to open before the tourist season.", "The cost is shared with the regional government.")
        .list().ofMinSize(2).ofMaxSize(4).uniqueElements();
  }

  @Provide
  Arbitrary<String> names() {
    return Combinators.combine(Arbitraries.of("Agnieszka", "Farid", "Lucía", "Saule", "Oskar", "Hawa"),
        Arbitraries.of("Wrona", "Nazari", "Beltrán", "Omarova", "Nyberg", "Kamara")).as((given, family) -> given + " " + family);
  }

  @Provide
  Arbitrary<String> partKeys() {
    return Arbitraries.of("role", "jobTitle", "contributorType", "type");
  }

  @Provide
  Arbitrary<String> otherParts() {
    return Arbitraries.of("photographer", "Photographer", "editor", "translator", "illustrator");
  }

  @Provide
  Arbitrary<String> writingParts() {
    return Arbitraries.of("writer", "reporter", "author", "Staff Writer");
  }
}
