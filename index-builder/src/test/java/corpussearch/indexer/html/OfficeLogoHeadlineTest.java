package corpussearch.indexer.html;

import static corpussearch.indexer.html.HtmlMetadataTest.page;
import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A blog run by an office of a larger body: its logo heading names the office, Dublin Core names
 * the office and the body ("The Wexley Post &amp; Mercury, KI Administration"), the post's own title
 * is a smaller heading. The outlet is the office with its body, and the logo naming one part of it is
 * no headline, emphasised as it is.
 */
class OfficeLogoHeadlineTest {
  private static final String HEADLINE = "Tarrow library to close for repairs until the spring";
  private static final String TEXT = "<p>Opposition councillors questioned whether the figures added up, saying similar promises had been"
      + " made twice before and never kept.</p><p>Officials said the library had been under pressure for years, and that the plan"
      + " approved on Tuesday was the only way to keep it running through the next decade.</p>";

  @Property(tries = 30)
  void theLogoNamingTheOfficeIsNoHeadline(@ForAll("offices") String office, @ForAll("bodies") String body) {
    String initials = body.replaceAll("(\\p{Lu})\\p{L}*\\s*", "$1");
    HtmlPage page = page("<title>What the vote means for you | " + office + "</title><meta property=\"og:title\" content=\"" + HEADLINE
            + "\"><meta property=\"og:site_name\" content=\"" + office + "\"><meta name=\"DC.creator\" content=\"" + office + ", "
            + initials + "\">",
        "<div id=\"site-slogan\">" + body + "</div><div class=\"header\"><h1 class=\"title\"><a href=\"/\">" + office + "</a></h1></div>"
            + "<div class=\"post hentry\"><h3 class=\"post-title entry-title\">" + HEADLINE + "</h3><div class=\"post-date\">Friday, 26"
            + " January 2018</div><div class=\"post-body entry-content\">" + TEXT + "</div></div><div class=\"footer\">© 2018 " + office
            + ". All rights reserved.</div>");

    assertThat(page.metadata().title().value()).isEqualTo(HEADLINE);
  }

  @Provide
  Arbitrary<String> offices() {
    return Combinators.combine(Arbitraries.of("The Wexley", "The Harrow", "Tarrow", "The Kestrel"),
        Arbitraries.of("Post & Mercury", "Gazette", "Courier & Times", "Weekly News")).as((place, kind) -> place + " " + kind);
  }

  @Provide
  Arbitrary<String> bodies() {
    return Arbitraries.of("Kestrel Islands Administration", "Harbour District Council", "Northern Isles Authority");
  }
}
