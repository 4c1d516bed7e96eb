package corpussearch.indexer.html;

import static corpussearch.indexer.html.HtmlMetadataTest.page;
import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The outlet a page names in full against the shorter or plainer forms beside it: a title suffix
 * cut to initials, a host name that writes out letters beyond ASCII, links labelled "Home".
 */
class ShortFormsAndSpellingsTest {

  private static final String TEXT =
      "<p>The council has agreed to buy back the old jetty for a token sum, ending a decade of uncertainty over who would pay to repair it.</p>"
          + "<p>Engineers estimate the repairs will cost about four million dollars and take two summers, with the deck closed to vehicles in the meantime.</p>";

  @Property(tries = 20)
  void theLogosFullNameBeatsATitleSuffixCutToInitials(@ForAll("fullNames") String full, @ForAll("separators") String separator) {
    String shortForm = shortForm(full);
    String host = "https://" + shortForm.toLowerCase(java.util.Locale.ROOT).replace(" ", "") + ".example/news/jetty";
    String body = "<header><a class=\"logo\" href=\"/\">" + full + "</a></header><main><h1>Council buys back the old jetty</h1>" + TEXT + "</main>";

    assertThat(page("<title>Council buys back the old jetty" + separator + shortForm + "</title>", body, host).metadata().outlet().value())
        .isEqualTo(full);
  }

  @Property(tries = 20)
  void aShownNameWhoseLettersTheHostWritesOutBeatsTheHost(@ForAll("spelledNames") String name) {
    String host = "https://" + spelledForHost(name) + ".example/en/ferry";
    String body = "<header><a class=\"logo\" href=\"/\">" + name + "</a></header><main><h1>Electric ferry passes 100,000 km</h1>" + TEXT + "</main>";

    assertThat(page("<title>Electric ferry passes 100,000 km</title>", body, host).metadata().outlet().value()).isEqualTo(name);
  }

  @Property(tries = 20)
  void aLinkLabelledHomeIsNeverTheOutlet(@ForAll("navigationLabels") String label) {
    String body = "<div class=\"header\"><h1 class=\"title\"><a href=\"/\">Mabou Coal &amp; Fiddle</a></h1></div>"
        + "<div class=\"post\"><h3 class=\"post-title entry-title\">Fiddle school secures home in former church</h3>" + TEXT + "</div>"
        + "<div class=\"blog-pager\"><a href=\"/\">Newer Post</a> <a href=\"/\">" + label + "</a> Older Post</div>"
        + "<div class=\"footer\"><a href=\"/\">" + label + "</a></div>";

    HtmlPage page = page("<title>Mabou Coal &amp; Fiddle: Fiddle school gets a church</title>", body, "https://mabounews.example/2024/12/church.html");

    assertThat(page.metadata().outlet().value()).isEqualTo("Mabou Coal & Fiddle");
    assertThat(page.metadata().title().value()).isEqualTo("Fiddle school secures home in former church");
  }

  @Provide
  Arbitrary<String> fullNames() {
    return Arbitraries.of("Kangaroo Island Courier", "North Coast Times", "Lower Valley Evening Star", "Baltic News Agency", "Kestrel Valley Herald");
  }

  @Provide
  Arbitrary<String> separators() {
    return Arbitraries.of(" | ", " - ", " – ", " — ");
  }

  @Provide
  Arbitrary<String> spelledNames() {
    return Arbitraries.of("Ærø Avis", "Østlandets Blad", "Göta Posten", "Åland Tidning", "Mørkøv Nyt");
  }

  @Provide
  Arbitrary<String> navigationLabels() {
    return Arbitraries.of("Home", "Menu", "HOME");
  }

  /** The first words as initials and the last in full ("KI Courier"); a two-word name as initials alone ("NT"). */
  private static String shortForm(String full) {
    String[] words = full.split(" ");
    StringBuilder initials = new StringBuilder();
    for (int i = 0; i < words.length - 1; i++) {
      initials.append(words[i].charAt(0));
    }
    return initials + " " + words[words.length - 1];
  }

  private static String spelledForHost(String name) {
    String lower = name.toLowerCase(java.util.Locale.ROOT).replace("æ", "ae").replace("ø", "oe").replace("å", "aa").replace("ö", "oe");
    return lower.replaceAll("[^a-z]", "");
  }
}
