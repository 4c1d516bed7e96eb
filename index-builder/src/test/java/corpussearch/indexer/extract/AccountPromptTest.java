package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Articles.field;
import static corpussearch.indexer.extract.Articles.paragraph;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A paywall's prompt above the headline, "Log in to access premium content", "Sign in to continue
 * reading", addresses the reader and is never the headline; headlines that open with the same
 * words ("Register to vote by Friday", "Sign language classes to open") stay headlines.
 */
class AccountPromptTest {

  private static final String HEADLINE = "East Africa cannot keep treating Cabo Delgado as someone else's war";

  @Property(tries = 60)
  void anAccountPromptOverTheHeadlineIsNoTitle(@ForAll("prompts") String prompt) {
    List<String> lines = List.of("Home | News | Business | Counties | Opinion | Sports", prompt, "OPINION", HEADLINE, "Wanjiku Kamau", "7 Nov 2025", "",
        paragraph("the war in Cabo Delgado"), "", paragraph("the regional response"));

    assertThat(HeadlineShape.isNeverHeadline(prompt)).as(prompt).isTrue();
    assertThat(field(new MetadataExtractor().extract(lines), MetadataField.TITLE).value()).as(prompt).isEqualTo(HEADLINE);
  }

  @Property(tries = 30)
  void headlinesOpeningWithTheSameWordsStayHeadlines(@ForAll("headlines") String headline) {
    assertThat(HeadlineShape.isNeverHeadline(headline)).as(headline).isFalse();
  }

  @Provide
  Arbitrary<String> prompts() {
    return Combinators.combine(Arbitraries.of("Log in", "Login", "Sign in", "Subscribe", "Subscribe now", "Become a member"),
        Arbitraries.of("access premium content", "continue reading", "read the full story", "unlock this article", "keep reading", "comment"))
        .as((action, goal) -> action + " to " + goal);
  }

  @Provide
  Arbitrary<String> headlines() {
    return Arbitraries.of("Register to vote by Friday, council urges residents", "Sign language classes to open at the library",
        "Subscribers to pay more for water from July", "Login failures hit bank customers for a second day", "Members to vote on strike action");
  }
}
