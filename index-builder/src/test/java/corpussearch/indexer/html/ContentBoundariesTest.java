package corpussearch.indexer.html;

import static corpussearch.indexer.html.HtmlMetadataTest.page;
import static org.assertj.core.api.Assertions.assertThat;

import corpussearch.indexer.extract.FieldValue;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Where the article starts and ends inside its container: the lines above the first paragraph
 * (kicker, credits, dates, a ticker), furniture blocks among and after the paragraphs (by class,
 * by line shape, by position after the text's container) are not body, whatever wraps the page.
 */
class ContentBoundariesTest {

  @Property(tries = 80)
  void onlyTheParagraphsRemainWhateverWrapsAndSurroundsThem(
      @ForAll("paragraphs") List<String> paragraphs, @ForAll("wrappers") List<String> wrappers,
      @ForAll("leads") List<String> lead, @ForAll("inlineFurniture") String inline, @ForAll @IntRange(min = 1, max = 3) int inlineAt,
      @ForAll("trailingFurniture") String trailing, @ForAll boolean innerContainer) {
    StringBuilder text = new StringBuilder(innerContainer ? "<div class=\"story-text\">" : "");
    for (int i = 0; i < paragraphs.size(); i++) {
      text.append(i == Math.min(inlineAt, paragraphs.size() - 1) ? inline : "").append("<p>").append(paragraphs.get(i)).append("</p>");
    }
    text.append(innerContainer ? "</div>" + trailing : "");
    String content = "<h1>Ferry fares to rise by eight per cent</h1>" + String.join("", lead) + text;
    String body = "<nav><a href=/>Home</a> <a href=/news>News</a> <a href=/sport>Sport</a></nav>" + wrap(content, wrappers)
        + "<footer>© 2024 Harbour Light Courier</footer>";

    assertThat(page("<title>Ferry fares to rise</title>", body).paragraphs()).containsExactlyElementsOf(paragraphs);
  }

  @Property(tries = 30)
  void aSecondPartOfTheTextAfterAnAdKeepsItsListAndHeading(@ForAll("paragraphs") List<String> paragraphs, @ForAll("shortLines") String item) {
    String first = "<div class=\"text-part\"><p>" + String.join("</p><p>", paragraphs) + "</p></div>";
    String second = "<div class=\"text-part\"><h2>What happens next</h2><p>" + paragraphs.get(0) + " Again.</p><ul><li>" + item + "</li></ul></div>";
    HtmlPage page = page("", "<article><h1>Ferry fares to rise</h1>" + first + "<div class=\"ad-slot\">Advertisement</div>" + second
        + "<div class=\"note\">Send us your letters: letters@example.org.</div></article>");

    assertThat(page.paragraphs()).contains("What happens next", item).noneMatch(p -> p.startsWith("Send us"));
  }

  @Property(tries = 30)
  void textInDivsAfterALoneStandfirstParagraphIsNotLost(@ForAll("paragraphs") List<String> paragraphs) {
    StringBuilder divs = new StringBuilder();
    paragraphs.forEach(paragraph -> divs.append("<div class=\"para\">").append(paragraph).append("</div>"));
    String standfirst = "Boats allowed out four days before the end of the annual ban after the coast guard clears the sea";
    HtmlPage page = page("", "<div class=\"story\"><div class=\"head\"><h1>Ban relief for fishermen</h1><p class=\"dek\">" + standfirst
        + "</p></div><div class=\"body\">" + divs + "</div></div>");

    assertThat(page.paragraphs()).containsAll(paragraphs);
  }

  @Property(tries = 30)
  void aPageOfShortLinesKeepsThemAll(@ForAll @Size(min = 2, max = 5) List<@net.jqwik.api.From("shortLines") String> lines) {
    StringBuilder body = new StringBuilder("<article>");
    lines.forEach(line -> body.append("<p>").append(line).append("</p>"));
    assertThat(page("", body + "</article>").paragraphs()).containsExactlyElementsOf(lines);
  }

  @Property(tries = 30)
  void aTitleThatNamesOnlyTheSiteIsTheOutletWhenTheCopyrightLineSaysSo(@ForAll("siteNames") String name, @ForAll boolean online) {
    HtmlPage page = page("<title>" + name + (online ? " Online" : "") + "</title>",
        "<table><tr><td><font size=5><b>Lifeboat crew honoured for rescue</b></font><p>" + String.join("</p><p>", sentences()) + "</p></td></tr>"
            + "<tr><td><font size=1>All material copyright " + name + " 2023. Best viewed at 800x600.</font></td></tr></table>");

    assertThat(page.metadata().outlet()).isEqualTo(FieldValue.of(name, "title-copyright"));
  }

  @Property(tries = 30)
  void aCompanyInTheCopyrightLineGivesThePapersNameTheTitleShows(
      @ForAll("siteNames") String name, @ForAll("companyWords") String company, @ForAll("sections") String section) {
    HtmlPage page = page("<title>" + name + " - " + section + "</title>",
        "<table><tr><td><font size=4><b>Bypass plans go back to the drawing board</b></font><p>" + String.join("</p><p>", sentences())
            + "</p></td></tr><tr><td><font size=1>(c) 2004 " + name.replaceFirst("^The ", "") + " " + company + ". Site by WebWorks.</font></td></tr></table>");

    assertThat(page.metadata().outlet()).isEqualTo(FieldValue.of(name, "title-tag"));
  }

  @Provide
  Arbitrary<String> companyWords() {
    return Arbitraries.of("Newspapers Ltd", "Media Group", "Publishing Limited", "Newspapers");
  }

  @Property(tries = 30)
  void theTitlePartThatNamesTheHostIsTheOutletNotARoleBesideTheDate(@ForAll("siteNames") String name, @ForAll("sections") String section) {
    String host = "https://www." + name.toLowerCase().replaceAll("[^a-z]", "") + ".example/local/story/";
    HtmlPage page = page("<title>" + name + " - " + section + "</title>",
        "<div class=\"main\"><h2 class=\"entry-title\">School pool reopens after fundraising</h2><div class=\"entry-meta\">Staff Reporter · 19/06/2024</div>"
            + "<div class=\"entry-content\"><p>" + String.join("</p><p>", sentences()) + "</p></div></div>", host);

    assertThat(page.metadata().outlet()).isEqualTo(FieldValue.of(name, "title-prefix"));
  }

  @Property(tries = 30)
  void aMetaLineGivesItsDateAndTheDeskItComesFrom(@ForAll("siteNames") String name, @ForAll @IntRange(min = 1, max = 28) int day) {
    String line = name + " · Issue 47 · Thursday, " + day + " June 2024 · from the desk of Ngozi Akintola-Reyes";
    HtmlPage page = page("", "<table><tr><td><h1>Why dividend cuts are not always bad news</h1><p>" + line + "</p><p>"
        + String.join("</p><p>", sentences()) + "</p></td></tr></table>");

    assertThat(page.metadata().date().value()).isEqualTo("2024-06-%02d".formatted(day));
    assertThat(page.metadata().author().value()).isEqualTo("Ngozi Akintola-Reyes");
  }

  @Property(tries = 30)
  void anUpdatedDateShownBeforeThePublishedOneOnOneLineGivesThePublishedDay(
      @ForAll @IntRange(min = 1, max = 27) int day, @ForAll("lineSeparators") String separator) {
    String line = "Updated August " + (day + 1) + ", 2024 10:02 am IST" + separator + "Published August " + day + ", 2024 07:30 am IST";
    HtmlPage page = page("", "<div class=\"story\"><h1>Ratnagiri fishermen get ban relief</h1><div class=\"meta\">" + line + "</div><p>"
        + String.join("</p><p>", sentences()) + "</p></div>");

    assertThat(page.metadata().date().value()).isEqualTo("2024-08-%02d".formatted(day));
  }

  @Provide
  Arbitrary<String> lineSeparators() {
    return Arbitraries.of(" | ", " · ", " • ");
  }

  private static List<String> sentences() {
    return List.of("Four volunteers from the lifeboat station have been awarded medals for a rescue in the sound last winter.",
        "The crew launched in a gale to reach a fishing boat whose engine had failed near the cliffs.");
  }

  private static String wrap(String content, List<String> wrappers) {
    String html = content;
    for (String wrapper : wrappers) {
      String tag = wrapper.replaceAll("^<(\\w+).*", "$1");
      html = wrapper + html + "</" + tag + ">";
    }
    return html;
  }

  @Provide
  Arbitrary<List<String>> paragraphs() {
    Arbitrary<String> subject = Arbitraries.of("The council", "The operator", "Residents", "The harbour board", "Engineers");
    Arbitrary<String> verb = Arbitraries.of("said on Monday that", "told a public meeting that", "warned in a statement that");
    Arbitrary<String> clause = Arbitraries.of("fares on every island route would rise by eight per cent from April.",
        "the work on the breakwater would take most of next year to finish.",
        "\"nobody wants this, but the ferries cannot run on goodwill alone,\" in the words of one member.",
        "the old terminal building would be demolished once the new one opens in the spring.");
    Arbitrary<String> sentence = Combinators.combine(subject, verb, clause).as((s, v, c) -> s + " " + v + " " + c);
    return sentence.list().ofMinSize(2).ofMaxSize(5).uniqueElements();
  }

  @Provide
  Arbitrary<List<String>> wrappers() {
    return Arbitraries.of("<div class=\"wrap\">", "<section>", "<main>", "<article>", "<div class=\"col-8\">", "<div id=\"content\">",
        "<td>").list().ofMaxSize(3).map(list -> list.contains("<td>") ? withTable(list) : list);
  }

  private static List<String> withTable(List<String> list) {
    List<String> wrapped = new ArrayList<>(list.stream().filter(w -> !w.equals("<td>")).toList());
    wrapped.add(0, "<td>");
    wrapped.add(1, "<tr>");
    wrapped.add(2, "<table>");
    return wrapped;
  }

  /** Lines a page sets between headline and text: kicker, credits, dates, a ticker, a meta line. */
  @Provide
  Arbitrary<List<String>> leads() {
    return Arbitraries.of("<div class=\"kicker\">Transport · Islands</div>",
        "<ul class=\"credits\"><li>Written by <span>Linnea Haugstad</span></li><li>Edited by <span>Marcus Obuya</span></li></ul>",
        "<p class=\"dates\"><time datetime=\"2024-09-18\">September 18, 2024</time></p>",
        "<div class=\"c-ticker\">BREAKING: Power restored to most of Kilmory after overnight storm</div>",
        "<p>Published Jun 22, 2023 • Last updated Jun 22, 2023 • 2 minute read</p>",
        "<div class=\"author\">The Dominion Press</div>").list().ofMaxSize(3).uniqueElements();
  }

  @Provide
  Arbitrary<String> inlineFurniture() {
    return Arbitraries.of("", "<div class=\"also-read\">ALSO READ | Konkan railway to run 42 extra trains</div>",
        "<div class=\"c-poll\">Quick poll: Will the fare rise change how often you travel? Yes / No / Not sure</div>",
        "<p>Printer friendly version | Email this story to a friend</p>",
        "<aside><p>Most read: ten things to do this weekend in the valley</p></aside>",
        "<div class=\"ad-slot\">Advertisement</div>", "<p>ALSO READ | Konkan railway to run 42 extra trains for the festival</p>",
        "<p><strong>READ MORE:</strong> Harbour board names new chief executive</p>");
  }

  @Provide
  Arbitrary<String> trailingFurniture() {
    return Arbitraries.of("", "<div class=\"letter-note\">Send us your letters: letters@example.org. Letters should be short.</div>",
        "<div class=\"disclosure\">Disclosure: the parent company has no interest in the operator.</div>",
        "<div class=\"foot-note\">This story has been updated to add a comment from the operator.</div>");
  }

  @Provide
  Arbitrary<String> shortLines() {
    return Arbitraries.of("Tickets at the door", "Doors open at seven", "Bring a packed lunch", "No dogs on the pier", "Parking is free");
  }

  @Provide
  Arbitrary<String> siteNames() {
    return Arbitraries.of("Moyle Messenger", "Waitara Plains News", "The Sorn Islander", "Kelby Road Gazette", "The Brackley Bugle");
  }

  @Provide
  Arbitrary<String> sections() {
    return Arbitraries.of("Local", "Sport", "Community");
  }
}
