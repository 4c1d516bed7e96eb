package corpussearch.indexer.html;

import static corpussearch.indexer.html.HtmlMetadataTest.page;
import static org.assertj.core.api.Assertions.assertThat;

import corpussearch.indexer.extract.FieldValue;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.UniqueElements;

/**
 * A byline element that links each writer and sets a role after each ("A, News Editor and B,
 * Staff Writer") credits every linked writer, whatever address its links go to; a machine author
 * (JSON-LD, a meta tag) that names the first of them only, or an account none of them is, gives way
 * to it. A name linked after another part's label ("Photos: C") is no writer, and a byline naming
 * one person leaves a declared author alone.
 */
class BylinesWithRolesTest {

  private static final String PARAGRAPHS =
      "<p>The student senate voted on Tuesday to fund a late-night shuttle between the library and the dormitories.</p>"
          + "<p>Organisers said the service would run five nights a week from the start of the spring term.</p>";

  @Property(tries = 60)
  void everyLinkedWriterOfARoleBylineIsCredited(
      @ForAll @Size(min = 2, max = 3) @UniqueElements List<@From("people") String> people, @ForAll("roles") String role,
      @ForAll("addresses") String address, @ForAll("machineAuthors") String machine, @ForAll boolean firstOnly) {
    String declared = firstOnly ? people.get(0) : "Campus Web Editor";
    HtmlPage page = page(machine.formatted(declared), "<article><h1>Senate votes to fund late-night shuttle</h1>"
        + roleByline(people, role, address) + PARAGRAPHS + "</article>");

    assertThat(page.metadata().author()).isEqualTo(FieldValue.of(Authors.join(people), "byline"));
  }

  @Property(tries = 40)
  void aNameLinkedForThePhotosIsNoWriter(
      @ForAll("people") String writer, @ForAll("people") String photographer, @ForAll("addresses") String address, @ForAll("photoLabels") String label) {
    net.jqwik.api.Assume.that(!writer.equals(photographer));
    HtmlPage page = page("", "<article><h1>Senate votes to fund late-night shuttle</h1><div class=\"story-byline\"><a href=\"" + address
        + "writer\">" + writer + "</a> · " + label + " <a href=\"" + address + "photographer\">" + photographer + "</a></div>" + PARAGRAPHS + "</article>");

    assertThat(page.metadata().author().value()).isEqualTo(writer);
  }

  @Property(tries = 40)
  void aDeclaredAuthorStandsBesideABylineNamingOneOtherPerson(@ForAll("people") String declared, @ForAll("people") String shown) {
    net.jqwik.api.Assume.that(!declared.equals(shown));
    HtmlPage page = page("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":{\"@type\":\"Person\",\"name\":\"" + declared
        + "\"}}</script>", "<article><h1>Senate votes to fund late-night shuttle</h1><p class=\"byline\">By " + shown + "</p>" + PARAGRAPHS + "</article>");

    assertThat(page.metadata().author()).isEqualTo(FieldValue.of(declared, "json-ld"));
  }

  private static String roleByline(List<String> people, String role, String address) {
    return "<div class=\"story-byline\">" + String.join("<span class=\"byline-and\">and</span>", IntStream.range(0, people.size())
        .mapToObj(i -> "<span class=\"byline-name\"><a href=\"" + address + i + "/\">" + people.get(i) + "</a>, " + role + "</span>").toList()) + "</div>";
  }

  @Provide
  Arbitrary<String> people() {
    return Combinators.combine(Arbitraries.of("Nadia", "Shalini", "Yusuf", "Bethan", "Marcia", "Tobias", "Hye-jin", "Linnea"),
        Arbitraries.of("Mensah", "Deshpande-Rao", "Halloran", "Lindqvist", "Blake-Fontaine", "Okafor", "Achieng", "Haugstad"))
        .as((given, family) -> given + " " + family);
  }

  @Provide
  Arbitrary<String> roles() {
    return Arbitraries.of("News Editor", "Staff Writer", "Campus Editor", "Staff Reporter", "Sports Editor");
  }

  @Provide
  Arbitrary<String> addresses() {
    return Arbitraries.of("/staff_name/", "/reporter/", "/journalist/", "/contributor/", "https://example.org/team/");
  }

  @Provide
  Arbitrary<String> machineAuthors() {
    return Arbitraries.of("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":{\"@type\":\"Person\",\"name\":\"%s\"}}</script>",
        "<meta name=\"author\" content=\"%s\">");
  }

  @Provide
  Arbitrary<String> photoLabels() {
    return Arbitraries.of("Photos:", "Photo by", "Photographs:", "Edited by");
  }
}
