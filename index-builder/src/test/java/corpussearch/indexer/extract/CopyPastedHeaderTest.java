package corpussearch.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A page copied from a browser with no blank line between its header and its story: masthead,
 * menu, section, headline, standfirst, byline, date and a share bar under them. The share bar acts
 * on the article; it is no site menu, so the header does not run on to it and swallow the
 * headline.
 */
class CopyPastedHeaderTest {

  @Property(tries = 60)
  void theHeadlineAboveAShareBarIsTheTitle(
      @ForAll(supplier = Layouts.Outlets.class) String outlet, @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll(supplier = Layouts.People.class) String author, @ForAll("shareBars") String shareBar) {
    List<String> lines = List.of(
        "Skip to main content",
        outlet.toUpperCase(java.util.Locale.ROOT),
        "Home   News   Business   Sport   Culture   Opinion",
        "News",
        headline,
        "By " + author,
        "17 October 2024",
        shareBar,
        "The council met on Tuesday night and voted after a long debate in which residents of every ward spoke,"
            + " some for the plan and some against it, until the chair closed the list of speakers shortly before midnight.",
        "",
        "© 2024 " + outlet);

    Extraction extraction = Layouts.extract(lines);

    assertThat(extraction.metadata().title().value()).isEqualTo(headline);
    assertThat(extraction.metadata().author().value()).isEqualTo(author);
  }

  @Property(tries = 30)
  void aShareBarIsAToolbarAndASentenceAboutSharingIsNot(@ForAll("shareBars") String shareBar) {
    assertThat(NavigationLines.isToolbar(shareBar)).as(shareBar).isTrue();
    assertThat(NavigationLines.isToolbar("Share: the council will publish the figures next week")).isFalse();
  }

  @Provide
  Arbitrary<String> shareBars() {
    Arbitrary<String> label = Arbitraries.of("Share:", "Share this article:", "SHARE:", "Share on:", "E-mail:");
    Arbitrary<String> separator = Arbitraries.of(" | ", " · ", "  ", " / ");
    Arbitrary<List<String>> networks = Arbitraries.of("Facebook", "X", "WhatsApp", "Viber", "Telegram", "E-mail", "LinkedIn", "Copy link")
        .list().ofMinSize(2).ofMaxSize(5).uniqueElements();
    return net.jqwik.api.Combinators.combine(label, separator, networks).as((l, s, n) -> l + " " + String.join(s, n));
  }
}
