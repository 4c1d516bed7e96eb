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
 * cut to initials, a host name that writes out letters beyond ASCII, links labelled "Home", a
 * public body's office that its metadata declares with its parent cut to initials.
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
  void aTitleOfTheLogosInitialsAndThePlaceNamesTheLogoNotThePlace(
      @ForAll("fullNames") String full, @ForAll("separators") String separator, @ForAll boolean allInitials) {
    String shortForm = allInitials ? shortForm(full).replace(" ", "").replaceAll("\\p{Ll}", "") : shortForm(full);
    assertThat(outletOfShortFormAndPlace(full, shortForm, separator)).isEqualTo(full);
  }

  /** Two letters are initials too: "NG - Eastgate" on eastgateng.example, under the logo "Northfield Gazette", names no place. */
  @Property(tries = 10)
  void aTitleOfTwoInitialsAndThePlaceNamesTheLogo(@ForAll("twoWordNames") String full, @ForAll("separators") String separator) {
    String initials = full.replaceAll("\\B\\p{L}+|\\s+", "");
    assertThat(outletOfShortFormAndPlace(full, initials, separator)).isEqualTo(full);
  }

  /** The outlet of a page whose logo shows {@code full} and whose {@code <title>} is "{@code shortForm}{@code separator}Eastgate", on a host spelling both. */
  private static String outletOfShortFormAndPlace(String full, String shortForm, String separator) {
    String host = "https://eastgate" + shortForm.toLowerCase(java.util.Locale.ROOT).replace(" ", "") + ".example/news/jetty";
    String body = "<header><a class=\"logo\" href=\"/\">" + full + "</a></header><main><h1>Council buys back the old jetty</h1>" + TEXT + "</main>";
    return page("<title>" + shortForm + separator + "Eastgate</title>", body, host).metadata().outlet().value();
  }

  @Property(tries = 20)
  void aShownNameWhoseLettersTheHostWritesOutBeatsTheHost(@ForAll("spelledNames") String name) {
    String host = "https://" + spelledForHost(name) + ".example/en/ferry";
    String body = "<header><a class=\"logo\" href=\"/\">" + name + "</a></header><main><h1>Electric ferry passes 100,000 km</h1>" + TEXT + "</main>";

    assertThat(page("<title>Electric ferry passes 100,000 km</title>", body, host).metadata().outlet().value()).isEqualTo(name);
  }

  @Property(tries = 20)
  void aSiteNameThatIsAHostNameGivesWayToTheNameThePageShows(@ForAll("spelledNames") String name) {
    String host = spelledForHost(name) + ".example";
    String head = "<title>Electric ferry passes 100,000 km</title><meta property=\"og:site_name\" content=\"" + host + "\">";
    String body = "<header><a class=\"logo\" href=\"/\">" + name + "</a></header><main><h1>Electric ferry passes 100,000 km</h1>" + TEXT
        + "</main><footer><p>© 2024 " + name + ". All rights reserved.</p></footer>";

    assertThat(page(head, body, "https://" + host + "/en/ferry").metadata().outlet().value()).isEqualTo(name);
  }

  @Property(tries = 30)
  void aLogoImagesWordsAboutItselfAreNoPartOfTheName(@ForAll("fullNames") String name, @ForAll("logoAlts") String alt, @ForAll boolean cutTitle) {
    String host = "https://" + (cutTitle ? shortForm(name) : name).toLowerCase(java.util.Locale.ROOT).replace(" ", "") + ".example/news/jetty";
    String title = "<title>Council buys back the old jetty" + (cutTitle ? " | " + shortForm(name) : "") + "</title>";
    String body = "<header><a href=\"/\"><img src=\"/img/masthead.png\" alt=\"" + alt.formatted(name) + "\"></a></header>"
        + "<main><h1>Council buys back the old jetty</h1>" + TEXT + "</main>";

    assertThat(page(title, body, host).metadata().outlet().value()).isEqualTo(name);
  }

  /** A site name that gives the initials and the full name ("RCI - Radio Continental International") is reported in full. */
  @Property(tries = 40)
  void aSiteNamePairingInitialsWithTheFullNameIsReportedInFull(
      @ForAll("fullNames") String full, @ForAll("separators") String separator, @ForAll boolean initialsFirst, @ForAll boolean bracketed) {
    String initials = full.replaceAll("[^\\p{Lu}]", "");
    String siteName = bracketed ? full + " (" + initials + ")" : initialsFirst ? initials + separator + full : full + separator + initials;
    String head = "<title>Council buys back the old jetty | " + initials + "</title><meta property=\"og:site_name\" content=\"" + siteName + "\">";
    String body = "<main><h1>Council buys back the old jetty</h1>" + TEXT + "</main>";

    assertThat(page(head, body, "https://" + initials.toLowerCase(java.util.Locale.ROOT) + ".example/news/jetty").metadata().outlet().value())
        .isEqualTo(full);
  }

  /** A site name and its tagline or section stay as declared: only initials and the words they stand for are one name twice. */
  @Property(tries = 20)
  void aSiteNameBesideATaglineIsNeverCutToTheTagline(@ForAll("fullNames") String full, @ForAll("separators") String separator, @ForAll("taglines") String tagline) {
    String head = "<title>Council buys back the old jetty</title><meta property=\"og:site_name\" content=\"" + full + separator + tagline + "\">";
    String body = "<main><h1>Council buys back the old jetty</h1>" + TEXT + "</main>";

    assertThat(page(head, body, "https://news.example/jetty").metadata().outlet().value()).isNotEqualTo(tagline);
  }

  @Provide
  Arbitrary<String> taglines() {
    return Arbitraries.of("NWS", "TV", "Local News", "Your Voice");
  }

  @Provide
  Arbitrary<String> logoAlts() {
    return Arbitraries.of("%s logo", "%s Logo", "Logo of %s", "The logo of %s", "%s – home page", "%s - Homepage", "Logo: %s");
  }

  @Property(tries = 20)
  void aTitleSuffixThatIsTheHostNameGivesWayToTheNameThePageShows(@ForAll("fullNames") String name, @ForAll("separators") String separator) {
    String host = name.toLowerCase(java.util.Locale.ROOT).replace(" ", "") + ".example";
    String body = "<header><a class=\"logo\" href=\"/\">" + name + "</a></header><main><h1>Council buys back the old jetty</h1>" + TEXT + "</main>";

    assertThat(page("<title>Council buys back the old jetty" + separator + host + "</title>", body, "https://" + host + "/news/jetty")
        .metadata().outlet().value()).isEqualTo(name);
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

  @Property(tries = 20)
  void anOfficeDeclaredWithItsParentIsNamedWithTheParentAsShown(@ForAll("offices") String office, @ForAll("parents") String parent,
      @ForAll boolean cutToInitials) {
    String declaredParent = cutToInitials ? shortForm(parent) : parent;
    String head = "<title>Press Release | " + office.replace(" and ", " &amp; ") + "</title>"
        + "<meta name=\"DC.creator\" content=\"" + office.replace(" and ", " &amp; ") + ", " + declaredParent + "\">";
    String body = "<div id=\"header\"><div id=\"site-name\"><a href=\"/\">" + office + "</a></div><div id=\"site-slogan\">" + parent
        + "</div></div><div id=\"main-content\"><h1>New pipeline commissioned for the town's water supply</h1>" + TEXT + "</div>";

    HtmlPage page = page(head, body);

    assertThat(page.metadata().outlet().value()).isEqualTo(office + ", " + parent);
    assertThat(page.metadata().author().isKnown()).isFalse();
  }

  @Provide
  Arbitrary<String> offices() {
    return Arbitraries.of("Directorate of Information, Publicity and Tourism", "Department of Fisheries", "Office of the Chief Secretary");
  }

  @Provide
  Arbitrary<String> parents() {
    return Arbitraries.of("Andaman and Nicobar Administration", "Lakshadweep Island Administration", "Falkland Islands Government");
  }

  @Provide
  Arbitrary<String> fullNames() {
    return Arbitraries.of("Kangaroo Island Courier", "North Coast Times", "Lower Valley Evening Star", "Baltic News Agency", "Kestrel Valley Herald");
  }

  @Provide
  Arbitrary<String> twoWordNames() {
    return Arbitraries.of("Northfield Gazette", "Fenland Observer", "Riverton Chronicle", "Lowmarsh Courier");
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
    String[] words = java.util.Arrays.stream(full.split(" ")).filter(word -> Character.isUpperCase(word.charAt(0))).toArray(String[]::new);
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
