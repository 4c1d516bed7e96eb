package corpussearch.indexer.html;

import static corpussearch.indexer.html.HtmlMetadataTest.page;
import static org.assertj.core.api.Assertions.assertThat;

import corpussearch.indexer.extract.FieldValue;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.From;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.UniqueElements;

/**
 * Author fields that name an organisation (an agency, a department, a desk, the outlet itself)
 * are no author; visible credits, author cards and a signature are read instead, and a page
 * that names no person has no author.
 */
class OrganisationAuthorsTest {

  private static final String OUTLET = "Harbour Light Courier";
  private static final String PARAGRAPHS =
      "<p>Fares on every island route will rise by eight per cent from April, the operator said on Monday.</p>"
          + "<p>Residents' groups said the rise would fall hardest on people who commute to the mainland each day.</p>";

  @Property(tries = 60)
  void anOrganisationInAnAuthorFieldGivesWayToTheVisibleByline(
      @ForAll("organisations") String organisation, @ForAll("authorFields") String field, @ForAll("people") String person) {
    HtmlPage page = page(field.formatted(organisation) + "<meta property=\"og:site_name\" content=\"" + OUTLET + "\">",
        "<article><h1>Ferry fares to rise by eight per cent</h1><p class=\"byline\">By " + person + "</p>" + PARAGRAPHS + "</article>");

    assertThat(page.metadata().author()).isEqualTo(FieldValue.of(person, "byline"));
  }

  @Property(tries = 60)
  void anOrganisationAloneGivesNoAuthor(@ForAll("organisations") String organisation, @ForAll("authorFields") String field) {
    HtmlPage page = page(field.formatted(organisation) + "<meta property=\"og:site_name\" content=\"" + OUTLET + "\">",
        "<article><h1>Ferry fares to rise by eight per cent</h1><div class=\"byline\">" + organisation + "</div>" + PARAGRAPHS + "</article>");

    assertThat(page.metadata().author()).as(organisation).isEqualTo(FieldValue.unknown());
  }

  @Property(tries = 40)
  void aSocialHandleInTheAuthorFieldIsNoAuthorBesideTheNamedOne(@ForAll("people") String person, @ForAll("handles") String handle) {
    HtmlPage page = page("<meta name=\"author\" content=\"" + handle + "\"><meta name=\"parsely-author\" content=\"" + person + "\">",
        "<article><h1>Ferry fares to rise by eight per cent</h1>" + PARAGRAPHS + "</article>");

    assertThat(page.metadata().author().value()).isEqualTo(person);
  }

  @Provide
  Arbitrary<String> handles() {
    return Arbitraries.strings().withCharRange('a', 'z').withChars('_', '0', '7').ofMinLength(3).ofMaxLength(12)
        .map(login -> "@" + login + (login.length() % 2 == 0 ? "" : "_Desk"));
  }

  @Property(tries = 40)
  void aPersonInAnAuthorFieldIsKept(@ForAll("people") String person) {
    HtmlPage page = page("<meta name=\"author\" content=\"" + person + "\">",
        "<article><h1>Ferry fares to rise by eight per cent</h1>" + PARAGRAPHS + "</article>");

    assertThat(page.metadata().author()).isEqualTo(FieldValue.of(person, "meta-author"));
  }

  @Property(tries = 40)
  void visibleCreditsThatNameMoreAuthorsWinOverADeclaredFirstAuthor(@ForAll @Size(min = 2, max = 3) @UniqueElements List<@From("people") String> people) {
    String credits = String.join(" and ", people);
    HtmlPage page = page("<meta name=\"author\" content=\"" + people.get(0) + "\">",
        "<article><h1>Ferry fares to rise by eight per cent</h1><p class=\"byline\">Written by " + credits + "</p>" + PARAGRAPHS + "</article>");

    assertThat(page.metadata().author().value()).isEqualTo(Authors.join(people));
  }

  @Property(tries = 40)
  void aCreditLineAfterTheTextThatNamesMoreAuthorsWinsOverTheDeclaredAndTheBylineBox(
      @ForAll @Size(min = 2, max = 3) @UniqueElements List<@From("people") String> people) {
    HtmlPage page = page("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":[{\"@type\":\"Person\",\"name\":\""
        + people.get(0) + "\"}]}</script>", "<article><h1>Pipeline leak shuts river intake</h1><div class=\"author-details\"><span class=\"author-name\">"
        + people.get(0) + "</span><span>Edited by: Priya Nair</span></div>" + PARAGRAPHS + "<p>Written by " + Authors.join(people) + "</p></article>");

    assertThat(page.metadata().author()).isEqualTo(FieldValue.of(Authors.join(people), "credit-line"));
  }

  @Property(tries = 40)
  void aPublishingLineEndingInItsWriterGivesTheName(
      @ForAll("people") String person, @ForAll("postedLines") String line) {
    HtmlPage page = page("", "<table><tr><td><font size=4><b>Bypass plans go back to the drawing board</b></font>"
        + "<p><i>" + line.formatted(person) + "</i></p>" + PARAGRAPHS + "</td></tr></table>");

    assertThat(page.metadata().author().value()).isEqualTo(person);
  }

  @Provide
  Arbitrary<String> postedLines() {
    return Arbitraries.of("Posted on March 2, 2024 by %s", "Posted: 03/04/2004 by our Political Editor, %s",
        "Published 7 Feb 2024 by %s", "Filed at 14:05 by %s");
  }

  @Property(tries = 40)
  void authorCardsAfterTheTextNameEveryAuthor(
      @ForAll @Size(min = 1, max = 3) @UniqueElements List<@From("people") String> people, @ForAll boolean headingOnly) {
    StringBuilder cards = new StringBuilder(headingOnly ? "<section><h2>About the authors</h2>" : "<section class=\"report-authors\">");
    people.forEach(person -> cards.append("<div class=\"card\"><p class=\"name\">").append(person).append("</p><p>Policy officer</p></div>"));
    HtmlPage page = page("<script type=\"application/ld+json\">{\"@type\":\"Report\",\"author\":{\"@type\":\"Organization\",\"name\":\""
        + OUTLET + "\"}}</script>", "<main><h1>Locked out of the warmth</h1>" + PARAGRAPHS + "</main>" + cards + "</section>");

    // One short card is also a byline block; either way every name is read.
    assertThat(page.metadata().author().value()).isEqualTo(Authors.join(people));
  }

  @Property(tries = 40)
  void aLetterSignedInCapitalsAtItsEndGivesTheWritersName(@ForAll("people") String person, @ForAll boolean withPlace) {
    String signature = person.toUpperCase(Locale.ROOT) + (withPlace ? "<br>Portmore, St Catherine" : "");
    HtmlPage page = page("", "<div class=\"content\"><h1>Fix the drains before the next storm</h1><div class=\"body\">" + PARAGRAPHS
        + "<p>" + signature + "</p></div><div class=\"note\">Send us your letters: letters@example.org. Keep them short.</div></div>");

    // Capitals lose how a name is cased inside ("Hye-jin"): the name is right up to case.
    assertThat(page.metadata().author().value()).isEqualToIgnoringCase(person);
    assertThat(page.metadata().author().rule()).isEqualTo("sign-off");
    assertThat(page.paragraphs()).noneMatch(paragraph -> paragraph.contains("Send us your letters"));
  }

  @Property(tries = 40)
  void aRepeatedAuthorBoxNamesEachWriterButATeaserInAnAsideDoesNot(
      @ForAll @Size(min = 2, max = 3) @UniqueElements List<@From("people") String> people, @ForAll("people") String teaserAuthor) {
    StringBuilder boxes = new StringBuilder();
    people.forEach(person -> boxes.append("<div class=\"author-box\"><span>Author:</span> <a href=\"/writers/x\">").append(person).append("</a></div>"));
    HtmlPage page = page("", "<article><h1>Ferry fares to rise by eight per cent</h1>" + PARAGRAPHS + boxes + "</article>"
        + "<aside><div class=\"author-box\"><a href=\"/writers/y\">" + teaserAuthor + "</a></div></aside>");

    assertThat(page.metadata().author()).isEqualTo(FieldValue.of(Authors.join(people), "byline"));
  }

  @Property(tries = 30)
  void aMicrodataAuthorTypedAsAnOrganisationIsNoAuthor(@ForAll("people") String person) {
    HtmlPage page = page("", "<article itemscope itemtype=\"https://schema.org/NewsArticle\"><h1>Ferry fares to rise by eight per cent</h1>"
        + "<div itemprop=\"author\" itemscope itemtype=\"https://schema.org/NewsMediaOrganization\"><span itemprop=\"name\">Harbour Wire</span></div>"
        + "<p class=\"byline\">By " + person + "</p>" + PARAGRAPHS + "</article>");

    assertThat(page.metadata().author()).isEqualTo(FieldValue.of(person, "byline"));
  }

  @Property(tries = 60)
  void organisationsAreToldFromPeople(@ForAll("organisations") String organisation, @ForAll("people") String person) {
    assertThat(Organisations.isOrganisation(organisation)).as(organisation).isTrue();
    assertThat(Organisations.isOrganisation(person)).as(person).isFalse();
  }

  @Provide
  Arbitrary<String> authorFields() {
    return Arbitraries.of("<meta name=\"author\" content=\"%s\">", "<meta name=\"DC.creator\" content=\"%s\">",
        "<meta property=\"article:author\" content=\"%s\">",
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":{\"name\":\"%s\"}}</script>");
  }

  /** Agencies by initials or one name, "The … Press", departments, desks, and the outlet's own desk. */
  @Provide
  Arbitrary<String> organisations() {
    Arbitrary<String> word = Arbitraries.of("Dominion", "Harbour", "Northern", "Valley", "Coastal", "Primary Industries", "Fisheries", "Metro");
    Arbitrary<String> initials = Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(2).ofMaxLength(5);
    Arbitrary<String> thePress = word.map(w -> "The " + w + " Press");
    Arbitrary<String> department = Combinators.combine(Arbitraries.of("Department", "Ministry", "Office"), word, word)
        .as((kind, a, b) -> kind + " of " + a + " and " + b);
    Arbitrary<String> desk = Combinators.combine(initials, Arbitraries.of("Staff Reporter", "News Desk", "Bureau", "Web Team"))
        .as((abbreviation, role) -> abbreviation + " " + role);
    Arbitrary<String> agency = word.map(w -> w + " News Agency");
    Arbitrary<String> oneName = Arbitraries.of("Reuters", "Xinhua", "Bernama", "Yonhap");
    // an agency named in its own language, as a client paper abroad credits wire copy
    Arbitrary<String> abroad = Combinators.combine(Arbitraries.of("Agence %s Presse", "Agencia %s de Prensa", "%s Presseagentur", "Agenzia Stampa %s"),
        Arbitraries.of("Mondiale", "Alpina", "Nord", "Iberia")).as(String::formatted);
    return Arbitraries.oneOf(initials, thePress, department, desk, agency, oneName, abroad, Arbitraries.just(OUTLET + " Bureau"));
  }

  @Provide
  Arbitrary<String> people() {
    return Combinators.combine(Arbitraries.of("Nadia", "Shalini", "Yusuf", "Bethan", "Marcia", "Tobias", "Hye-jin", "Linnea"),
        Arbitraries.of("Mensah", "Deshpande-Rao", "Halloran", "Cray", "Blake-Fontaine", "Okafor", "Park", "Haugstad"))
        .as((given, family) -> given + " " + family);
  }
}
