package corpussearch.indexer.html;

import static corpussearch.indexer.html.HtmlMetadataTest.page;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A hosted blog whose markup declares the platform it runs on as its publisher, which its footer credits as the platform. */
class PlatformPublishersTest {

  private static final String TEXT =
      "<p>Fishing crews have been unloading at the northern jetty since the closure, a detour that skippers say adds an hour to every trip in the season.</p>"
          + "<p>The harbour authority said on Monday that it would spend twelve million dollars replacing the old timber wharf, closed to trucks since March.</p>";

  @Property(tries = 40)
  void aPublisherTheFooterCreditsAsThePlatformIsNoOutlet(@ForAll("platforms") String platform, @ForAll("credits") String credit,
      @ForAll("blogs") String blog) {
    String body = "<article><h1>Wharf to be rebuilt after rot found in piles</h1>" + TEXT + "</article><footer><div>" + credit.replace("NAME", platform)
        + "</div></footer>";

    assertThat(page(declaring(platform) + "<title>" + blog + ": Wharf to be rebuilt after rot found in piles</title>", body).metadata().outlet())
        .satisfies(outlet -> assertThat(outlet.value()).as(outlet.toString()).isNotEqualTo(platform));
  }

  /** A publisher the page names otherwise (a copyright line, "published by" in a sentence about someone else) stays the outlet. */
  @Property(tries = 40)
  void aPublisherNamedOtherwiseStaysTheOutlet(@ForAll("blogs") String publisher, @ForAll("otherMentions") String mention) {
    String body = "<article><h1>Wharf to be rebuilt after rot found in piles</h1>" + TEXT + "</article><footer><div>" + mention.replace("NAME", publisher)
        + "</div></footer>";

    assertThat(page(declaring(publisher), body).metadata().outlet().value()).isEqualTo(publisher);
  }

  @Property(tries = 30)
  void creditsAreReadAsWrittenAndNamesMatchWhole(@ForAll("platforms") String platform) {
    assertThat(PoweredBy.isPlatform(platform, List.of("Powered by " + platform + "."))).isTrue();
    assertThat(PoweredBy.isPlatform(platform, List.of("Powered by " + platform + "Plus"))).isFalse();
    assertThat(PoweredBy.isPlatform(platform, List.of("© 2024 " + platform))).isFalse();
  }

  private static String declaring(String publisher) {
    return "<script type=\"application/ld+json\">{\"@type\":\"BlogPosting\",\"headline\":\"Wharf to be rebuilt after rot found in piles\","
        + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"" + publisher + "\"}}</script>";
  }

  @Provide
  Arbitrary<String> platforms() {
    return Arbitraries.of("Blogger", "WordPress", "Ghost", "Substack", "Tumblr");
  }

  @Provide
  Arbitrary<String> credits() {
    return Arbitraries.of("Powered by NAME", "Proudly powered by NAME", "Blog at NAME.com.", "Theme images by Michael. Powered by NAME.", "Hosted on NAME");
  }

  @Provide
  Arbitrary<String> blogs() {
    return Arbitraries.of("Rovuma Watch", "Harbour Notes", "The Lowmarsh Courier", "Desert Roads Notebook");
  }

  @Provide
  Arbitrary<String> otherMentions() {
    return Arbitraries.of("© 2024 NAME. All rights reserved.", "About NAME: an independent newsroom.", "Contact NAME at the harbour office.");
  }
}
