package corpussearch.indexer.html;

import static corpussearch.indexer.html.BylinesAbroadTest.PARAGRAPHS;
import static corpussearch.indexer.html.HtmlMetadataTest.page;
import static corpussearch.indexer.html.HtmlMetadataTest.person;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Round 36's HTML pages, generated: a name JSON-LD credits as an author that the page credits for
 * additional reporting under the text, or as the host of a programme in the audio player, is no writer
 * unless the byline names it too; a logo spelling out the {@code <title>}'s short site name ("Conflict
 * Monitor Mindanao" over "Conflict Monitor | Reports") names the outlet; a logo's language edition
 * ("Radio Sarhad International · English") is no part of its name.
 */
class CreditedPartsAndLogoNamesTest {

  private static final String HEADLINE = "Footbridges to be rebuilt before the tourist season";

  /** JSON-LD's authors A and B, "By A" over the text and "Additional reporting by B" under it: A wrote it. */
  @Property(tries = 40)
  void aNameCreditedForAdditionalReportingIsNoWriter(@ForAll("names") String writer, @ForAll("names") String reporter,
      @ForAll("reportingLabels") String label) {
    Assume.that(!writer.equals(reporter));

    assertThat(credited(writer, reporter, "By " + writer, "<p><em>" + label + " " + reporter + "</em></p>")).isEqualTo(writer);
  }

  /** JSON-LD's authors A and B, "By A" and an audio player's "Heard on Morning Report with B": A wrote it. */
  @Property(tries = 40)
  void aProgrammesHostInTheAudioPlayerIsNoWriter(@ForAll("names") String writer, @ForAll("names") String host,
      @ForAll("programmes") String programme) {
    Assume.that(!writer.equals(host));
    String player = "<div class=\"audio-player\"><button>Play</button><p>Heard on " + programme + " with " + host + "</p></div>";

    assertThat(credited(writer, host, "By " + writer, player)).isEqualTo(writer);
  }

  /** "By A and B" over the text and "Additional reporting by B" under it: the byline names B too, both wrote it. */
  @Property(tries = 20)
  void aNameTheBylineNamesTooStaysAWriter(@ForAll("names") String writer, @ForAll("names") String reporter,
      @ForAll("reportingLabels") String label) {
    Assume.that(!writer.equals(reporter));

    assertThat(credited(writer, reporter, "By " + writer + " and " + reporter, "<p><em>" + label + " " + reporter + "</em></p>"))
        .isEqualTo(writer + " and " + reporter);
  }

  /** The author a page gives whose JSON-LD credits {@code first} and {@code second}, under {@code byline} and with {@code credit} after the text. */
  private static String credited(String first, String second, String byline, String credit) {
    String head = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"" + HEADLINE + "\",\"author\":["
        + person(first) + "," + person(second) + "]}</script>";
    String body = "<article><h1>" + HEADLINE + "</h1><div class=\"byline\">" + byline + "</div>" + PARAGRAPHS + credit + "</article>";
    return page(head, body).metadata().author().value();
  }


  /** "Conflict Monitor | Reports" on conflictmonitor-mindanao.example under the logo "Conflict Monitor Mindanao": the logo's name. */
  @Property(tries = 40)
  void aLogoSpellingOutTheTitlesShortNameNamesTheOutlet(@ForAll("shortNames") String name, @ForAll("places") String place) {
    assertThat(underLogo(name, place, name + " " + place)).isEqualTo(name + " " + place);
  }

  /** The same title under a logo of the name and a company's word ("Conflict Monitor Media", "… Ltd"): the title's name. */
  @Property(tries = 20)
  void aLogoAddingACompanyWordKeepsTheTitlesName(@ForAll("shortNames") String name, @ForAll("places") String place,
      @ForAll("companyWords") String word) {
    assertThat(underLogo(name, place, name + " " + word)).isEqualTo(name);
  }

  private static String underLogo(String name, String place, String logo) {
    String host = name.replace(" ", "").toLowerCase(Locale.ROOT) + "-" + place.toLowerCase(Locale.ROOT) + ".example";
    String body = "<header><a href=\"/\" class=\"logo\">" + logo + "</a></header><article><h1>" + HEADLINE + "</h1>" + PARAGRAPHS + "</article>";
    return page("<title>" + name + " | Reports</title>", body, "https://" + host + "/reports/2025/footbridges.html").metadata().outlet().value();
  }

  /**
   * The logo "Radio Sarhad International · English", JSON-LD's publisher "Radio Sarhad International", a title of "… - RSI English"
   * or "… - Radio Sarhad International English": the publisher's name, no edition.
   */
  @Property(tries = 40)
  void aLogosLanguageEditionIsNoPartOfItsName(@ForAll("broadcasters") String name, @ForAll("editions") String edition, @ForAll boolean spelled) {
    String initials = name.replaceAll("[^\\p{Lu}]", "");
    String head = "<title>" + HEADLINE + " - " + (spelled ? name : initials) + " " + edition + "</title>"
        + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"" + HEADLINE + "\","
        + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"" + name + "\"}}</script>";
    String body = "<header><a href=\"/\" class=\"logo\">" + name + " · " + edition + "</a></header><article><h1>" + HEADLINE + "</h1>" + PARAGRAPHS
        + "</article>";
    String address = "https://" + initials.toLowerCase(Locale.ROOT) + "-" + edition.toLowerCase(Locale.ROOT) + ".example/news/footbridges";

    assertThat(page(head, body, address).metadata().outlet().value()).isEqualTo(name);
  }

  @Provide
  Arbitrary<String> names() {
    return Combinators.combine(Arbitraries.of("Noor", "Dana", "Tomás", "Aigerim", "Erik", "Mariyam"),
        Arbitraries.of("Haddad", "Whitcombe", "Rojas", "Bekova", "Lindqvist", "Shiuna")).as((given, family) -> given + " " + family);
  }

  @Provide
  Arbitrary<String> reportingLabels() {
    return Arbitraries.of("Additional reporting by", "Extra reporting by", "Contributed reporting by", "Additional reporting by:");
  }

  @Provide
  Arbitrary<String> programmes() {
    return Arbitraries.of("Morning Report", "The World Tonight", "Frontline", "Evening Edition");
  }

  @Provide
  Arbitrary<String> shortNames() {
    return Combinators.combine(Arbitraries.of("Conflict", "Border", "Frontier", "Delta"), Arbitraries.of("Monitor", "Watch", "Observer"))
        .as((topic, kind) -> topic + " " + kind);
  }

  @Provide
  Arbitrary<String> places() {
    return Arbitraries.of("Mindanao", "Sahel", "Kivu", "Balochistan", "Caucasus");
  }

  @Provide
  Arbitrary<String> companyWords() {
    return Arbitraries.of("Media", "Media Group", "Ltd");
  }

  @Provide
  Arbitrary<String> broadcasters() {
    return Combinators.combine(Arbitraries.of("Radio", "Voice of"), Arbitraries.of("Sarhad", "Khyber", "Pamir", "Indus"),
        Arbitraries.of("International", "Network")).as((kind, place, reach) -> kind + " " + place + " " + reach);
  }

  @Provide
  Arbitrary<String> editions() {
    return Arbitraries.of("English", "Urdu", "Pashto");
  }
}
