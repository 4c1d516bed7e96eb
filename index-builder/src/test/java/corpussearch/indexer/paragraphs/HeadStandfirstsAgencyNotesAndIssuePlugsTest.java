package corpussearch.indexer.paragraphs;

import static corpussearch.indexer.paragraphs.Articles.P1;
import static corpussearch.indexer.paragraphs.Articles.P2;
import static corpussearch.indexer.paragraphs.Articles.P3;
import static corpussearch.indexer.paragraphs.Articles.assertDropped;
import static corpussearch.indexer.paragraphs.Articles.assertKept;
import static corpussearch.indexer.paragraphs.Articles.blocks;
import static corpussearch.indexer.paragraphs.Articles.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Round 37's furniture, generated: a standfirst of one line ending as no sentence does under the whole head (title,
 * byline, date); the outlet speaking of itself by its initials at the story's end ("RTSI is funded by a grant from
 * …"); an agency's rule on quoting it, in English and Russian; an editor's bracketed comment; an agency's licence
 * note; a magazine's plug for a piece in one of its issues. A story's first sentence under the head, and a story's
 * sentence of the same words, stay.
 */
class HeadStandfirstsAgencyNotesAndIssuePlugsTest {

  private static final String TITLE = "Drone workshops spread along the northern border";

  /** "From workshops to fibre-guided bombers: the evolution of a militant air force" under title, byline and date. */
  @Property(tries = 40)
  void aLineEndingAsNoSentenceDoesUnderTheWholeHeadIsDropped(@ForAll("standfirsts") String standfirst, @ForAll("writers") String writer) {
    assertThat(underHead(writer, standfirst)).containsExactly(P1, P2);
  }

  /** The story's first paragraph, a sentence closed by its full stop, under the same head: it stays. */
  @Property(tries = 20)
  void aFirstSentenceUnderTheWholeHeadStays(@ForAll("leads") String lead, @ForAll("writers") String writer) {
    assertThat(underHead(writer, lead)).containsExactly(lead, P1, P2);
  }

  /** The story's paragraphs under the title, "By" {@code writer} and a date, all three claimed, with {@code first} on top. */
  private static List<String> underHead(String writer, String first) {
    List<String> lines = blocks(TITLE, "By " + writer + "\n12 May 2025", first, P1, P2);
    return texts(new ParagraphSplitter().split(lines, Set.of(0, 2, 3), null, TITLE));
  }

  /** "RTSI is funded by a grant from the Halford Foundation." closing a story of Radio Tian Shan International. */
  @Property(tries = 40)
  void theOutletSpeakingOfItselfByItsInitialsAtTheEndIsDropped(@ForAll("outletWords") List<String> words, @ForAll("funders") String funder) {
    String outlet = String.join(" ", words);
    String initials = words.stream().map(w -> w.substring(0, 1)).reduce("", String::concat);

    assertThat(endingWith(outlet, initials + " is funded by a grant from " + funder + ".")).containsExactly(P1, P2, P3);
  }

  /** "The militia is funded by a grant from …" as the story's last sentence: news, it stays. */
  @Property(tries = 20)
  void aStorysSentenceOnWhoFundsSomeoneStays(@ForAll("outletWords") List<String> words, @ForAll("funders") String funder) {
    String last = "The militia is funded by a grant from " + funder + ", according to documents seen by reporters.";

    assertThat(endingWith(String.join(" ", words), last)).containsExactly(P1, P2, P3, last);
  }

  private static List<String> endingWith(String outlet, String last) {
    return texts(new ParagraphSplitter().split(blocks(P1, P2, P3, last), Set.of(), outlet));
  }

  /** "When quoting, a reference to Varzob News Agency is mandatory." */
  @Property(tries = 30)
  void anAgencysRuleOnQuotingItIsDropped(@ForAll("agencies") String agency, @ForAll("uses") String use, @ForAll("credits") String credit,
      @ForAll("musts") String must) {
    assertDropped("When " + use + ", a " + credit + " to " + agency + " is " + must + ".");
  }

  /** "При полном или частичном использовании материалов ссылка на «Азия-Курьер» обязательна." */
  @Property(tries = 30)
  void theSameRuleInRussianIsDropped(@ForAll("russianAgencies") String agency, @ForAll("russianUses") String use, @ForAll boolean hyper) {
    assertDropped("При " + use + " материалов " + (hyper ? "гиперссылка" : "ссылка") + " на «" + agency + "» обязательна.");
  }

  /** "When quoting the minister, the agency said, a reference to the decree was mandatory …": a story's sentence, in the past. */
  @Property(tries = 15)
  void aStorysSentenceOnQuotingStays(@ForAll("agencies") String agency) {
    assertKept("When quoting the minister on Tuesday, " + agency + " left out the passage on the border, and its editors later said"
        + " the omission had been a mistake made under deadline pressure.");
  }

  /** "[EDITOR COMMENT — RS: confirm spelling of Khatlon with the desk]" */
  @Property(tries = 30)
  void anEditorsBracketedCommentIsDropped(@ForAll("commentLabels") String label, @ForAll("initials") String initials,
      @ForAll("checks") String check) {
    assertDropped("[" + label + " — " + initials + ": " + check + "]");
  }

  /** "This content was produced by the Eurasia Press Agency and is distributed under licence." */
  @Property(tries = 30)
  void anAgencysLicenceNoteIsDropped(@ForAll("agencies") String agency, @ForAll("contents") String content, @ForAll("producing") String verb,
      @ForAll("distributing") String distributed) {
    assertDropped("This " + content + " was " + verb + " by the " + agency + " and is " + distributed + ".");
  }

  /** "From the June issue: Fibre-guided FPVs and the new front, a 12-page special report." */
  @Property(tries = 30)
  void aMagazinesPlugForAnIssueIsDropped(@ForAll("months") String month, @ForAll("features") String feature,
      @ForAll @IntRange(min = 4, max = 24) int pages) {
    assertDropped("From the " + month + " issue: " + feature + ", a " + pages + "-page special report.");
  }

  /** "From the June issue onwards, the magazine will …": news of the magazine, it stays. */
  @Property(tries = 15)
  void aSentenceOpeningWithAnIssueStays(@ForAll("months") String month) {
    assertKept("From the " + month + " issue onwards the magazine will cost twice as much in the capital, its publisher told"
        + " distributors on Monday, blaming the price of paper and the collapse of advertising.");
  }

  @Provide
  Arbitrary<String> standfirsts() {
    return Combinators.combine(Arbitraries.of("From workshops to fibre-guided bombers", "Cheap parts, patient builders",
        "Drones, market days and a faster media cell"), Arbitraries.of("the evolution of a militant air force", "how the border learned to fly",
        "what the seized parts tell us")).as((one, two) -> one + ": " + two);
  }

  @Provide
  Arbitrary<String> leads() {
    return Arbitraries.of("Drone workshops have spread along the northern border since the spring, officials said.",
        "The first workshop was found in a farmhouse outside the town in March.",
        "Border guards seized more than forty drones in the last month alone.");
  }

  @Provide
  Arbitrary<String> writers() {
    return Combinators.combine(Arbitraries.of("Amina", "Rustam", "Ingrid", "Paolo", "Zarina"), Arbitraries.of("Diallo", "Azimov", "Severino", "Odinaeva"))
        .as((given, family) -> given + " " + family);
  }

  @Provide
  Arbitrary<List<String>> outletWords() {
    return Combinators.combine(Arbitraries.of("Radio", "Voice", "Channel"), Arbitraries.of("Tian", "Pamir", "Fergana", "Caspian"),
        Arbitraries.of("Shan", "Valley", "Steppe"), Arbitraries.of("International", "Service", "Network")).as(List::of);
  }

  @Provide
  Arbitrary<String> funders() {
    return Combinators.combine(Arbitraries.of("the Halford", "the Nordic", "the Meridian"), Arbitraries.of("Foundation", "Trust", "Media Fund"))
        .as((name, kind) -> name + " " + kind);
  }

  @Provide
  Arbitrary<String> agencies() {
    return Combinators.combine(Arbitraries.of("Varzob", "Eurasia", "Pamir", "Sahel"), Arbitraries.of("News Agency", "Press Agency", "Information Agency"))
        .as((name, kind) -> name + " " + kind);
  }

  @Provide
  Arbitrary<String> uses() {
    return Arbitraries.of("quoting", "reprinting", "using our materials", "citing");
  }

  @Provide
  Arbitrary<String> credits() {
    return Arbitraries.of("reference", "link", "hyperlink", "credit");
  }

  @Provide
  Arbitrary<String> musts() {
    return Arbitraries.of("mandatory", "required", "obligatory");
  }

  @Provide
  Arbitrary<String> russianAgencies() {
    return Arbitraries.of("Азия-Курьер", "Памир-Пресс", "Вести Ферганы", "Хатлон Ньюс");
  }

  @Provide
  Arbitrary<String> russianUses() {
    return Arbitraries.of("полном или частичном использовании", "использовании", "перепечатке", "цитировании");
  }

  @Provide
  Arbitrary<String> commentLabels() {
    return Arbitraries.of("EDITOR COMMENT", "Editor comment", "EDITOR'S COMMENT", "Editor's comment");
  }

  @Provide
  Arbitrary<String> initials() {
    return Combinators.combine(Arbitraries.chars().range('A', 'Z'), Arbitraries.chars().range('A', 'Z')).as((a, b) -> "" + a + b);
  }

  @Provide
  Arbitrary<String> checks() {
    return Combinators.combine(Arbitraries.of("confirm spelling of", "check the title of", "query the figure for"),
        Arbitraries.of("Khatlon", "the deputy governor", "Rasht valley")).as((ask, what) -> ask + " " + what + " with the desk");
  }

  @Provide
  Arbitrary<String> contents() {
    return Arbitraries.of("content", "article", "story", "report");
  }

  @Provide
  Arbitrary<String> producing() {
    return Arbitraries.of("produced", "provided", "supplied", "written");
  }

  @Provide
  Arbitrary<String> distributing() {
    return Arbitraries.of("distributed under licence", "distributed under license", "published with permission", "used under licence");
  }

  @Provide
  Arbitrary<String> months() {
    return Arbitraries.of("January", "March", "June", "September", "November");
  }

  @Provide
  Arbitrary<String> features() {
    return Combinators.combine(Arbitraries.of("Fibre-guided FPVs", "Loitering munitions", "Cheap quadcopters"),
        Arbitraries.of("and the new front", "on the Sahel's roads", "in the mountain war")).as((what, where) -> what + " " + where);
  }
}
