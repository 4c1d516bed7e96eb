package corpussearch.indexer.paragraphs;

import static corpussearch.indexer.paragraphs.Articles.P1;
import static corpussearch.indexer.paragraphs.Articles.P2;
import static corpussearch.indexer.paragraphs.Articles.split;
import static corpussearch.indexer.paragraphs.Articles.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Furniture recognised by its shape wherever it stands and however it is phrased: a mailing's
 * chrome, sign-ups for named mailings, appeals and tip lines, notices of an article's age or of a
 * later amendment, links to the neighbouring post, topic headings and captions that end in a
 * picture credit. Each family has prose of the same vocabulary that is kept.
 */
class ArticleNoticesTest {

  @Property(tries = 120)
  void aNoticeBetweenOrAfterTheParagraphsIsDropped(@ForAll("notices") String notice, @ForAll boolean last) {
    ParagraphSplit result = last ? split(P1, P2, notice) : split(P1, notice, P2);

    assertThat(texts(result)).containsExactly(P1, P2);
  }

  @Property(tries = 40)
  void proseWithTheSameWordsIsKept(@ForAll("prose") String prose) {
    assertThat(texts(split(P1, prose, P2))).containsExactly(P1, prose, P2);
  }

  @Property(tries = 40)
  void aCommentersLoginAndCompactTimestampAreDropped(@ForAll("logins") String login, @ForAll("stamps") String stamp) {
    ParagraphSplit result = split(P1, P2, login + "\n" + stamp, "Agreed, total waste of money.");

    assertThat(texts(result)).containsExactly(P1, P2, "Agreed, total waste of money.");
  }

  @Provide
  Arbitrary<String> logins() {
    return Arbitraries.of("harbourfan88", "j_smith", "quietreader", "Ann2020");
  }

  @Provide
  Arbitrary<String> stamps() {
    Arbitrary<Integer> n = Arbitraries.integers().between(1, 23);
    return Arbitraries.oneOf(n.map(i -> i + " hours ago"), n.map(i -> "JaneQ · " + i + "h"), n.map(i -> "Reader · " + i + " mins"));
  }

  @Provide
  Arbitrary<String> notices() {
    return Arbitraries.oneOf(mailingChrome(), namedSignUps(), appeals(), ageNotices(), amendments(),
        neighbourLinks(), topicHeadings(), creditedCaptions());
  }

  @Provide
  Arbitrary<String> prose() {
    return Arbitraries.of(
        "The article was amended by the committee before the vote, and the new wording passed 7-2.",
        "Residents who see anything suspicious should contact the police on 101, officers said.",
        "She said the photograph by her grandfather had hung in the station for forty years.",
        "Members of the public can sign up for the consultation at the library until Friday.",
        "The next meeting of the committee is on Thursday at the town hall.",
        "The story of the mill is older than most people in the village realise, she said.",
        "Have you seen the new bridge? Call it what you like, it is still ugly, one resident said.",
        "Next: the council votes on Tuesday.",
        "Related: the council says the two projects share a budget line.");
  }

  private static Arbitrary<String> outlets() {
    return Combinators.combine(Arbitraries.of("Tidewater", "Kestrel Bay", "Lowmarsh", "Fernhill"),
            Arbitraries.of("Ledger", "Herald", "Courier", "Notes"))
        .as((place, kind) -> "The " + place + " " + kind);
  }

  private static Arbitrary<String> mailingChrome() {
    Arbitrary<String> domain = Arbitraries.of("tidewaterledger.example", "the-courier.example", "news.lowmarsh.example");
    return Arbitraries.oneOf(
        Combinators.combine(Arbitraries.of("You're", "You are", "You’re"), Arbitraries.of("email", "newsletter"), domain)
            .as((you, kind, d) -> you + " receiving this " + kind + " because you subscribed at " + d + "."),
        Combinators.combine(Arbitraries.of("", "email ", "newsletter ", "issue "), Arbitraries.of("a friend", "a colleague", "friends"))
            .as((kind, who) -> "Forward this " + kind + "to " + who),
        Arbitraries.of("View in browser", "View this email in your browser", "View online", "Unsubscribe | Update your preferences"));
  }

  private static Arbitrary<String> namedSignUps() {
    Arbitrary<String> name = Arbitraries.of("Commute Alert", "The Morning Bell", "Weekend Reads", "Harbour Watch");
    Arbitrary<String> cadence = Arbitraries.of("every weekday morning", "every Friday", "daily", "each Sunday evening");
    Arbitrary<String> what = Arbitraries.of("The latest traffic and transit news", "Our best stories", "What matters on the coast");
    return Combinators.combine(Arbitraries.of("Sign up for", "Subscribe to"), name, what, cadence)
        .as((verb, n, w, c) -> verb + " " + n + ": " + w + ", " + c + ".");
  }

  private static Arbitrary<String> appeals() {
    Arbitrary<String> adjective = Arbitraries.of("", "supporting ", "founding ", "paying ");
    Arbitrary<String> price = Arbitraries.of("£5 a month", "$8 a month", "as little as €3");
    Arbitrary<String> team = Arbitraries.of("investigations team", "newsdesk", "metro desk");
    return Arbitraries.oneOf(
        Combinators.combine(outlets(), adjective, price)
            .as((o, a, p) -> o + " is reader-funded. Become a " + a + "member for " + p + "."),
        Combinators.combine(Arbitraries.of("Have a tip?", "Got a story?", "Know more?", "Do you have information?"),
                Arbitraries.of("Contact", "Email", "Call"), team)
            .as((q, verb, t) -> q + " " + verb + " the " + t + " at tips@example.org."),
        Combinators.combine(Arbitraries.of("For interviews and images", "For media enquiries", "For more information"),
                Arbitraries.of("University", "Council", "Trust"))
            .as((why, body) -> why + ", please contact the Eastvale " + body + " press office on 01632 960 771."));
  }

  private static Arbitrary<String> ageNotices() {
    return Combinators.combine(Arbitraries.of("article", "story", "piece"), Arbitraries.integers().between(1, 12),
            Arbitraries.of("year", "month"))
        .as((kind, n, unit) -> "This " + kind + " is more than " + n + " " + unit + (n > 1 ? "s" : "") + " old");
  }

  private static Arbitrary<String> amendments() {
    Arbitrary<String> date = Arbitraries.integers().between(0, 3000)
        .map(d -> LocalDate.of(2015, 1, 1).plusDays(d).format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)));
    return Arbitraries.oneOf(
        Combinators.combine(Arbitraries.of("article", "story"), Arbitraries.of("amended", "corrected", "updated"), date)
            .as((kind, verb, d) -> "This " + kind + " was " + verb + " on " + d + " to correct the name of the Alnford hub."),
        Arbitraries.of("An earlier version of this story misstated the size of the grant.",
            "Correction: The bridge reopens in May, not March."));
  }

  private static Arbitrary<String> neighbourLinks() {
    return Combinators.combine(Arbitraries.of("Previous post", "Next post", "« Older entry", "Next story", "Read more", "Related",
            "See also"),
            Arbitraries.of("The great marrow mystery of the summer show", "Christmas lights switch-on: volunteers needed"))
        .as((label, headline) -> label + ": " + headline);
  }

  private static Arbitrary<String> topicHeadings() {
    return Arbitraries.of("Explore more on these topics", "Read more about these topics", "Topics", "Related topics");
  }

  private static Arbitrary<String> creditedCaptions() {
    Arbitrary<String> scene = Arbitraries.of("Heaters glow between rows of peach trees on Monday night.",
        "Crews finish the retaining wall at Condor Bluff.");
    Arbitrary<String> credit = Arbitraries.oneOf(
        Arbitraries.of("Herald", "Staff", "File").map(who -> "(" + who + " photo by Bea Lindgren)"),
        Arbitraries.of("(Photo: Ana Ruiz/AP)", "Picture: Raymond Kellet", "Photograph: Jo Lee/Reuters"));
    return Combinators.combine(scene, credit).as((s, c) -> s + " " + c);
  }
}
