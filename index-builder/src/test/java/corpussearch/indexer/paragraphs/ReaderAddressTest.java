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
 * Reporting is kept wherever it stands, however much it speaks of money, newsletters, donations,
 * subscriptions or schedules, and when it quotes someone addressing "you"; a short block that
 * calls on the reader on the outlet's behalf, in words no rule lists, is dropped.
 */
class ReaderAddressTest {

  @Property(tries = 200)
  void reportingIsKeptEvenAtTheEndOfTheStory(@ForAll("reporting") String sentence) {
    assertThat(texts(split(P1, P2, sentence))).containsExactly(P1, P2, sentence);
  }

  @Property(tries = 200)
  void reportingIsKeptBetweenParagraphs(@ForAll("reporting") String sentence) {
    assertThat(texts(split(P1, sentence, P2))).containsExactly(P1, sentence, P2);
  }

  @Property(tries = 100)
  void anArgumentForFreeOrWeeklyThingsIsKept(@ForAll("arguments") String argument) {
    assertThat(texts(split(P1, P2, argument))).containsExactly(P1, P2, argument);
  }

  /**
   * A commentary argues after its last quotation: a long paragraph in the authors' voice that names
   * an offer or a price but neither speaks to the reader nor calls on them is the piece, not an
   * appeal, however late it stands.
   */
  @Property(tries = 100)
  void aCommentarysRecommendationAfterItsLastQuotationIsKept(@ForAll("recommendations") String recommendation) {
    String closing = "None of these steps will defeat the group on its own, but together they would begin to erode the foundation"
        + " on which its authority rests, which is the absence of a credible alternative.";
    assertThat(texts(split(P1, P2, recommendation, closing))).containsExactly(P1, P2, recommendation, closing);
  }

  @Provide
  Arbitrary<String> recommendations() {
    Arbitrary<String> opening = Arbitraries.of("We recommend three shifts.", "Our proposal has three parts.", "We see three priorities.");
    Arbitrary<String> first = Arbitraries.of(
        "governments should restore regulated trade routes that offer traders a cheaper alternative to the levies",
        "ministries should publish the price of every permit and offer a free appeal against refusals",
        "donors should fund the clinics at a fixed monthly rate rather than through short grants");
    return Combinators.combine(opening, first).as((o, f) -> o + " First, " + f + ". Second, security forces should end extortion at"
        + " their own checkpoints, which undermines the credibility of the state. Third, local courts should hear land disputes.");
  }

  @Property(tries = 60)
  void anInterviewersQuestionIsKept(@ForAll("interviewers") String interviewer, @ForAll("questions") String question) {
    String turn = interviewer + ": " + question;
    assertThat(texts(split(P1, P2, turn))).containsExactly(P1, P2, turn);
  }

  @Provide
  Arbitrary<String> interviewers() {
    return Arbitraries.of("Lantern", "Q", "Interviewer", "The Courier", "Amara Osei");
  }

  @Provide
  Arbitrary<String> questions() {
    return Arbitraries.of(
        "What do you hope people take away from it?",
        "Would you give the festival's free tickets to schools every year?",
        "How do your readers pay for the weekly edition now?",
        "Should our listeners subscribe, share or donate?");
  }

  @Property(tries = 60)
  void aCallOnTheReaderAfterTheStoryIsDropped(@ForAll("calls") String call) {
    assertThat(texts(split(P1, P2, call))).containsExactly(P1, P2);
  }

  @Provide
  Arbitrary<String> reporting() {
    Arbitrary<String> subject = Arbitraries.of(
        "Amara Osei", "Tomás Ferreira", "She", "They", "The council", "Police", "Residents", "Dr Lin Wei", "The charity");
    Arbitrary<String> deed = Arbitraries.of(
        "donated £40 a month to the food bank",
        "said the newsletter would cost $5 a month from March",
        "announced that donations would be matched by a local trust",
        "cancelled 300 subscriptions after the price rose by 20 per cent",
        "told reporters the free paper was delivered every Wednesday at 7am",
        "paid €1,200 for a premium membership",
        "gave out free tickets to 150 families",
        "urged neighbours to sign up for the weekly bulletin",
        "launched a daily email offering 50 per cent off at local shops",
        "sent the appeal to 4,000 households in 2023");
    Arbitrary<String> tail = Arbitraries.of(
        ".",
        ", according to the annual report.",
        ". \"If you can give, give now and share this with your friends,\" she said.",
        ", adding: \"Subscribe, follow us and send your stories to our team.\"",
        " last year, when 12 of 40 members voted against it.");
    return Combinators.combine(subject, deed, tail).as((s, d, t) -> s + " " + d + t);
  }

  /** An opinion piece's closing argument: present tense, no reporting verb, money and schedules, nobody addressed. */
  @Provide
  Arbitrary<String> arguments() {
    Arbitrary<String> actor = Arbitraries.of("The State", "Every council", "The minister", "Hospitals", "The regulator");
    Arbitrary<String> demand = Arbitraries.of(
        "could require a capped weekly rate and free parking for patients",
        "should offer a daily pass at €5 and a discount for carers",
        "must publish its prices every month, from 7am on the first Monday",
        "can fund the scheme for less than £2 million a year");
    return Combinators.combine(actor, demand).as((a, d) -> a + " " + d + ". None of that needs legislation.");
  }

  @Provide
  Arbitrary<String> calls() {
    Arbitrary<String> call = Arbitraries.of(
        "Keep up with the valley's stories: get our free briefing in your inbox every Friday.",
        "Enjoy unlimited access for £1 a week. Cancel any time and keep your discount.",
        "Help us keep local news free for everyone. Give what you can at www.example.org.",
        "Listen to our daily podcast every weekday at 6am wherever you get your audio.",
        "Got a story? Email our newsroom at tips@example.org or call us any time.");
    return call;
  }
}
