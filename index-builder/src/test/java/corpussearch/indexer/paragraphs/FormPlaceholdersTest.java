package corpussearch.indexer.paragraphs;

import static corpussearch.indexer.paragraphs.Articles.P1;
import static corpussearch.indexer.paragraphs.Articles.P2;
import static corpussearch.indexer.paragraphs.Articles.split;
import static corpussearch.indexer.paragraphs.Articles.texts;
import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A sign-up box copied from the page keeps its e-mail field's placeholder ("Type your email...")
 * under the prompt: a control's text, dropped with the box. Story lines about typing, entering or
 * e-mailing stay.
 */
class FormPlaceholdersTest {

  @Property(tries = 60)
  void anEmailFieldsPlaceholderUnderASignUpPromptIsDropped(@ForAll("placeholders") String placeholder) {
    String box = "Basin Notes is a reader-supported publication. To receive new posts, consider becoming a subscriber.\n" + placeholder + "\nSubscribe";

    assertThat(texts(split(P1, box, P2))).containsExactly(P1, P2);
  }

  @Property(tries = 20)
  void storyLinesAboutTypingAndEmailStay(@ForAll("prose") String prose) {
    assertThat(texts(split(P1, prose, P2))).containsExactly(P1, prose, P2);
  }

  /** The field's placeholder: an imperative or "Your", the e-mail address, an ellipsis or a star. */
  @Provide
  Arbitrary<String> placeholders() {
    Arbitrary<String> verb = Arbitraries.of("Type ", "Enter ", "Insert ", "");
    Arbitrary<String> field = Arbitraries.of("your email", "your e-mail address", "an email", "your email address here", "your email");
    Arbitrary<String> end = Arbitraries.of("...", "…", "..", "*");
    return Combinators.combine(verb, field, end).as((v, f, e) -> {
      String text = v + f + e;
      return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    });
  }

  @Provide
  Arbitrary<String> prose() {
    return Arbitraries.of(
        "Type your email address into the form, the scam message told pensioners, and your refund will follow.",
        "Your email was forwarded to the ministry, the spokesman told the reporter on Monday.",
        "An email seen by the Standard shows the contract was signed in March.");
  }
}
