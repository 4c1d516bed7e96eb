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
 * Agreement between what a page declares and what it shows: a declared headline cut short yields
 * to the heading that shows it whole, and a declared initialled name to the name the page spells
 * out.
 */
class CutHeadlinesAndInitialsTest {

  private static final String TEXT =
      "<p>Fishing crews have been unloading at the northern jetty since the closure, a detour that skippers say adds an hour to every trip in the season.</p>"
          + "<p>The harbour authority said on Monday that it would spend twelve million dollars replacing the old timber wharf, closed to trucks since March.</p>";

  @Property(tries = 40)
  void aDeclaredHeadlineCutAtABreakYieldsToTheHeadingShowingItWhole(
      @ForAll("heads") String head, @ForAll("breaks") String separator, @ForAll("tails") String tail, @ForAll("headingTags") String tag) {
    String whole = head + separator + tail;
    String body = "<div class=\"blog-name\"><h1>Harbour Notes</h1></div><div class=\"post\"><" + tag + " class=\"post-title\">" + whole + "</" + tag + ">" + TEXT + "</div>";

    assertThat(page(declared(head), body).metadata().title().value()).isEqualTo(whole);
  }

  /** A heading element that runs on after a mere space holds the headline and its standfirst: the declared headline stands. */
  @Property(tries = 30)
  void aHeadingRunningOnAfterASpaceIsNoFullerHeadline(@ForAll("heads") String head, @ForAll("tails") String standfirst) {
    String body = "<div class=\"post\"><div class=\"post-title\">" + head + " " + standfirst + "</div>" + TEXT + "</div>";

    assertThat(page(declared(head), body).metadata().title().value()).isEqualTo(head);
  }

  @Property(tries = 40)
  void anInitialledDeclaredAuthorIsTheNameTheBylineSpellsOut(@ForAll("people") String[] person) {
    String initialled = person[0].charAt(0) + ". " + person[1];
    String body = "<article><h1>Wharf to be rebuilt after rot found in piles</h1><ul class=\"meta\"><li>Written by <a href=\"/about/\">"
        + person[0] + " " + person[1] + "</a></li></ul>" + TEXT + "</article>";
    String head = authoredBy(initialled);

    assertThat(page(head, body).metadata().author().value()).isEqualTo(person[0] + " " + person[1]);
  }

  /** Two people the page names with the same initial and surname: the initialled name cannot say which, and stays. */
  @Property(tries = 30)
  void anInitialTwoSpelledOutNamesShareStaysAsDeclared(@ForAll("people") String[] person, @ForAll("people") String[] other) {
    String sibling = person[0].charAt(0) + "o" + other[0].substring(1).toLowerCase(java.util.Locale.ROOT);
    String initialled = person[0].charAt(0) + ". " + person[1];
    String body = "<article><h1>Wharf to be rebuilt after rot found in piles</h1>" + TEXT + "<p>" + person[0] + " " + person[1] + " and " + sibling
        + " " + person[1] + " run the boatyard on the northern jetty, which has stood there for over forty years.</p></article>";
    String head = authoredBy(initialled);

    assertThat(page(head, body).metadata().author().value()).isEqualTo(initialled);
  }

  private static String authoredBy(String author) {
    return "<script type=\"application/ld+json\">{\"@type\":\"BlogPosting\",\"headline\":\"Wharf to be rebuilt after rot found in piles\","
        + "\"author\":{\"@type\":\"Person\",\"name\":\"" + author + "\"}}</script>";
  }

  private static String declared(String head) {
    return "<meta property=\"og:title\" content=\"" + head + "\"><script type=\"application/ld+json\">{\"@type\":\"BlogPosting\",\"headline\":\"" + head + "\"}</script>";
  }

  @Provide
  Arbitrary<String> heads() {
    return Arbitraries.of("Cabo Delgado after the rains", "Wharf to be rebuilt", "The long road to Mocímboa", "Council approves new budget");
  }

  @Provide
  Arbitrary<String> breaks() {
    return Arbitraries.of(": ", " – ", " — ", " - ", " | ");
  }

  @Provide
  Arbitrary<String> tails() {
    return Arbitraries.of("insurgents return to the coast", "what the figures show", "a reader's guide to the budget", "Why the piles rotted");
  }

  @Provide
  Arbitrary<String> headingTags() {
    return Arbitraries.of("h2", "h3", "h4", "div");
  }

  @Provide
  Arbitrary<String[]> people() {
    return Combinators.combine(Arbitraries.of("Hannah", "Ines", "Moussa", "Claire", "Tanvir", "Georgie"),
        Arbitraries.of("Kessler", "Machava", "Diallo", "Fontaine", "Hasan", "Pattison")).as((given, surname) -> new String[] {given, surname});
  }
}
