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
 * A newsletter archive's issue page, generated over issue labels ("Issue #112", "Vol. 3, Issue 7",
 * "Edition 45"), separators, subjects and lead stories: the title is the lead story's own heading
 * below the editor's note, never the labelled subject; with no story heading it is the subject
 * without its label. The lead story's own byline (closing or opening it, "— Name in Place", "By
 * Name, role") beats the editor in the meta author who signs the note above it. A headline that
 * only mentions an issue keeps its words, whatever subheads its story has, and an article's meta
 * author stays.
 */
class NewsletterIssueTest {

  private static final String STORY =
      "<p>A Jurong port terminal operator has begun a six-month trial of ten battery-electric prime movers on its night shift at the terminal.</p>"
          + "<p>The company said the vehicles would run from 10pm to 6am and be charged during the day at a new depot near the terminal gate.</p>";

  @Property(tries = 60)
  void theLeadStorysHeadingIsTheTitle(@ForAll("subjects") String subject, @ForAll("leads") String lead, @ForAll boolean declared) {
    String head = "<title>" + subject + " • Port Strait Weekly</title>" + (declared ? "<meta property=\"og:title\" content=\"" + subject + "\">" : "");
    String body = "<header><a class=\"newsletter-name\" href=\"/\">Port Strait Weekly</a></header><h1 class=\"subject\">" + subject + "</h1>"
        + "<div><p>Good morning from Tanjong Pagar. This week we look at the first big electric tractor trial on a Jurong wharf.</p>"
        + "<p>— Farah Said, editor</p><hr><h2>" + lead + "</h2>" + STORY + "<p>— Tan Wei Jie in Singapore</p></div>";

    assertThat(page(head, body).metadata().title().value()).isEqualTo(lead);
  }

  @Property(tries = 60)
  void theLeadStorysBylineBeatsTheEditorInTheMetaAuthor(@ForAll("subjects") String subject, @ForAll("leads") String lead,
      @ForAll("reporters") String reporter, @ForAll("bylineForms") String form, @ForAll boolean atEnd) {
    String byline = "<p>" + String.format(form, reporter) + "</p>";
    String head = "<title>" + subject + "</title><meta name=\"author\" content=\"Farah Said\">";
    String body = "<h1>" + subject + "</h1><div><p>Good morning from Tanjong Pagar. This week we look at the first big electric tractor trial.</p>"
        + "<p>— Farah Said, editor</p><hr><h2>" + lead + "</h2>" + (atEnd ? STORY + byline : byline + STORY)
        + "<hr><h3>ALSO THIS WEEK</h3><ul><li>Bunker sales dip 3% month on month</li></ul></div>";

    assertThat(page(head, body).metadata().author().value()).isEqualTo(reporter);
  }

  @Property(tries = 20)
  void anArticlesMetaAuthorStaysWithoutAnIssueLabel(@ForAll("reporters") String reporter) {
    String head = "<title>Jurong port operator trials electric prime movers</title><meta name=\"author\" content=\"Farah Said\">";
    String body = "<article><h1>Jurong port operator trials electric prime movers</h1>" + STORY
        + "<h2>What the drivers say about the new vehicles</h2>" + STORY + "<p>— " + reporter + " in Singapore</p></article>";

    assertThat(page(head, body).metadata().author().value()).isEqualTo("Farah Said");
  }

  @Property(tries = 30)
  void withNoStoryHeadingTheSubjectLosesItsLabel(@ForAll("labels") String label, @ForAll("separators") String separator) {
    String subject = "Electric prime movers hit the night shift";
    String body = "<h1>" + label + separator + subject + "</h1>" + STORY;

    assertThat(page("<title>" + label + separator + subject + "</title>", body).metadata().title().value()).isEqualTo(subject);
  }

  @Property(tries = 20)
  void aHeadlineThatMentionsAnIssueStays(@ForAll("issueHeadlines") String headline) {
    String body = "<article><h1>" + headline + "</h1>" + STORY + "<h2>What the permits allow and who can apply</h2>" + STORY + "</article>";

    assertThat(page("<title>" + headline + "</title>", body).metadata().title().value()).isEqualTo(headline);
  }

  @Provide
  Arbitrary<String> subjects() {
    return Combinators.combine(labels(), separators(), Arbitraries.of("Electric prime movers hit the night shift", "Berth works and bunker sales"))
        .as((l, s, t) -> l + s + t);
  }

  @Provide
  Arbitrary<String> labels() {
    return Arbitraries.of("Issue #112", "Issue 112", "Vol. 3, Issue 7", "Edition 45", "Episode 12", "Volume 2");
  }

  @Provide
  Arbitrary<String> separators() {
    return Arbitraries.of(": ", " — ", " | ", " - ");
  }

  @Provide
  Arbitrary<String> leads() {
    return Arbitraries.of("Jurong port operator trials electric prime movers on night shift",
        "Pasir Panjang berth works push two feeder services to Keppel", "Bunker sales dip 3% as fuel prices climb");
  }

  @Provide
  Arbitrary<String> reporters() {
    return Arbitraries.of("Tan Wei Jie", "Nurul Huda Rahman", "Grace Lim", "Daniel Koh");
  }

  /** How a story's own byline is set: {@code %s} is the reporter. */
  @Provide
  Arbitrary<String> bylineForms() {
    return Arbitraries.of("— %s in Singapore", "– %s, Singapore", "- %s", "By %s", "By %s, shipping correspondent");
  }

  @Provide
  Arbitrary<String> issueHeadlines() {
    return Arbitraries.of("Council to issue 500 permits for street vendors", "Issue of the week: why bus fares keep rising",
        "Key issue for voters is housing, poll finds");
  }
}
