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
 * Round 37's furniture, generated: a report's "Key judgements" or "Key recommendations" over bullets and its
 * numbered "Box 1. …"; the wrapped tail of a line the metadata claimed, a bio cut after a joining word ("… in the
 * Terrorism and" / "Conflict programme.") or a charity's notice ("… Registered charity" / "no. 1190000."); a French
 * paywall's note; a site's line on readers paying for its journalism; an aggregator's "Why am I seeing this? Based on
 * …", its word that it writes no news, and its note on whose the stories are. A story's sentence of the same words
 * stays.
 */
class KeyJudgementsClaimedTailsAndReaderNotesTest {

  /** "Key judgements" alone over three bullets summing up the report. */
  @Property(tries = 30)
  void aKeyJudgementsBoxOverBulletsIsDropped(@ForAll("summaryLabels") String label, @ForAll("findings") List<String> findings) {
    assertDropped(label + "\n• " + String.join("\n• ", findings));
  }

  /** "Box 2. The Kerman attack in brief" over its short facts, each a line. */
  @Property(tries = 30)
  void aReportsNumberedBoxIsDropped(@ForAll @IntRange(min = 1, max = 12) int number, @ForAll("boxTitles") String title,
      @ForAll("separators") String separator, @ForAll("findings") List<String> facts) {
    assertDropped("Box " + number + separator + " " + title + "\n" + String.join("\n", facts));
  }

  /** "Key recommendations of the inquiry were ignored, …": a story's sentence opening with the label stays. */
  @Property(tries = 15)
  void aSentenceOpeningWithTheLabelStays(@ForAll("places") String place) {
    assertKept("Key recommendations of the " + place + " inquiry were ignored for two years, the former minister told the committee on"
        + " Tuesday, and several of its authors have since left government.");
  }

  /** "Dr A is a research fellow in the Terrorism and" (claimed) over "Conflict programme.": the tail goes with the claimed line. */
  @Property(tries = 40)
  void aClaimedBiosTailAfterAJoiningWordIsDropped(@ForAll("writers") String writer, @ForAll("joinedPrefixes") String prefix,
      @ForAll("joinedTails") String tail) {
    assertThat(claimedTail(writer + " is a research fellow " + prefix, tail)).containsExactly(P1, P2, P3);
  }

  /** "© The Meridian Institute 2026. Registered charity" (claimed) over "no. 1190000.": the notice's tail goes too. */
  @Property(tries = 40)
  void aClaimedCopyrightNoticesWrappedTailIsDropped(@ForAll("institutes") String institute, @ForAll @IntRange(min = 2015, max = 2026) int year,
      @ForAll @IntRange(min = 1000000, max = 1199999) int number) {
    assertThat(claimedTail("© " + institute + " " + year + ". Registered charity", "no. " + number + ".")).containsExactly(P1, P2, P3);
  }

  /** The story's lines after {@code claimed}, which the metadata claimed, and {@code tail} under it, at the end of the story. */
  private static List<String> claimedTail(String claimed, String tail) {
    List<String> lines = blocks(P1, P2, P3, claimed + "\n" + tail);
    return texts(new ParagraphSplitter().split(lines, Set.of(lines.size() - 2)));
  }

  /** A story's sentence wrapped after "and" under a line nobody claimed: both lines stay as one paragraph. */
  @Property(tries = 15)
  void aStorySentenceWrappedAfterAJoiningWordStays(@ForAll("joinedPrefixes") String prefix, @ForAll("joinedTails") String tail) {
    String first = "The ministry said on Tuesday that it would double its funding for researchers working " + prefix;
    List<String> lines = blocks(P1, first + "\n" + tail, P2);

    assertThat(String.join(" ", texts(new ParagraphSplitter().split(lines, Set.of())))).contains(first).contains(tail);
  }

  /** "Article réservé aux abonnés — Cet article vous est offert." */
  @Property(tries = 20)
  void aFrenchPaywallsNoteIsDropped(@ForAll("paywallNotes") String note) {
    assertDropped(note);
  }

  /** "The Meridian Review's journalism is supported by readers like you." */
  @Property(tries = 30)
  void aLineOnReadersPayingForTheJournalismIsDropped(@ForAll("outlets") String outlet, @ForAll("work") String work,
      @ForAll("payers") String payers) {
    assertDropped(outlet + "'s " + work + " is supported by " + payers + " like you.");
  }

  /** "The Meridian Review's journalism was supported by readers for a decade, its editor said, …": news of it, in the past. */
  @Property(tries = 15)
  void aSentenceSayingReadersSupportedItStays(@ForAll("outlets") String outlet) {
    assertKept(outlet + "'s journalism was supported by readers for a decade before the owners sold the title, its former editor said on"
        + " Monday, and most of its staff were let go within a month.");
  }

  /** "Why am I seeing this? Based on topics you follow." */
  @Property(tries = 20)
  void anAggregatorsReasonForShowingTheStoryIsDropped(@ForAll("reasons") String reason) {
    assertDropped("Why am I seeing this? " + reason);
  }

  /** "NewsStack does not produce news content. Stories are selected by algorithm from publishers." */
  @Property(tries = 30)
  void anAggregatorsWordThatItWritesNoNewsIsDropped(@ForAll("aggregators") String aggregator, @ForAll("storyNotes") String note) {
    assertDropped(aggregator + " does not produce news content. " + note);
  }

  /** "NewsStack aggregates stories from hundreds of sources. Content remains the property of the original publishers." */
  @Property(tries = 30)
  void anAggregatorsCountOfSourcesWithItsNoteOnTheStoriesIsDropped(@ForAll("aggregators") String aggregator, @ForAll("storyNotes") String note) {
    assertDropped(aggregator + " aggregates stories from hundreds of sources. " + note);
  }

  @Provide
  Arbitrary<String> summaryLabels() {
    return Arbitraries.of("Key judgements", "Key judgments", "KEY JUDGEMENTS", "Key recommendations", "KEY RECOMMENDATIONS", "Key judgements:");
  }

  @Provide
  Arbitrary<List<String>> findings() {
    return Arbitraries.of("IS-K has rebuilt its networks among migrant workers.", "Online recruitment now takes weeks, not months.",
        "Payments to recruits are small and sent through informal channels.", "Border controls have pushed the routes further west.",
        "Regional services share too little about returnees.").list().ofMinSize(2).ofMaxSize(4).uniqueElements();
  }

  @Provide
  Arbitrary<String> boxTitles() {
    return Combinators.combine(Arbitraries.of("The Kerman attack", "The Moscow attack", "The Kabul airport attack"), Arbitraries.of("in brief", "at a glance"))
        .as((attack, tag) -> attack + " " + tag);
  }

  @Provide
  Arbitrary<String> separators() {
    return Arbitraries.of(".", ":");
  }

  @Provide
  Arbitrary<String> places() {
    return Arbitraries.of("Kerman", "Khatlon", "Nangarhar", "Fergana", "Balkh");
  }

  @Provide
  Arbitrary<String> writers() {
    return Combinators.combine(Arbitraries.of("Dr Amina", "Lucie", "Paolo", "Rustam", "Ingrid"), Arbitraries.of("Diallo", "Ferrand", "Severino", "Azimov"))
        .as((given, family) -> given + " " + family);
  }

  @Provide
  Arbitrary<String> joinedPrefixes() {
    return Arbitraries.of("in the Terrorism and", "on the Sahel programme of the", "at the Centre for", "with the Migration and");
  }

  @Provide
  Arbitrary<String> joinedTails() {
    return Arbitraries.of("Conflict programme.", "Security Studies Unit in Geneva.", "Governance team since 2019.");
  }

  @Provide
  Arbitrary<String> institutes() {
    return Combinators.combine(Arbitraries.of("The Meridian", "Lowlands", "Caspian", "Halford"), Arbitraries.of("Institute", "Centre", "Foundation"))
        .as((name, kind) -> name + " " + kind);
  }

  @Provide
  Arbitrary<String> paywallNotes() {
    Arbitrary<String> label = Combinators.combine(Arbitraries.of("Article réservé aux abonnés", "Contenu réservé aux abonnés", "Article réservé aux membres"),
        Arbitraries.of(" — Cet article vous est offert.", " — Cet article vous est offert par un abonné.", "")).as((reserved, gift) -> reserved + gift);
    return Arbitraries.oneOf(label, Arbitraries.of("Cet article vous est offert.", "Cet article vous est offert par un abonné."));
  }

  @Provide
  Arbitrary<String> outlets() {
    return Combinators.combine(Arbitraries.of("The ", ""), Arbitraries.of("Meridian", "Kestrel Bay", "Lowmarsh", "Northfield"),
        Arbitraries.of("Review", "Herald", "Observer")).as((the, place, kind) -> the + place + " " + kind);
  }

  @Provide
  Arbitrary<String> work() {
    return Arbitraries.of("journalism", "reporting", "work");
  }

  @Provide
  Arbitrary<String> payers() {
    return Arbitraries.of("readers", "members", "subscribers", "listeners");
  }

  @Provide
  Arbitrary<String> reasons() {
    return Arbitraries.of("Based on topics you follow.", "Based on your reading history.", "Because you follow Central Asia.",
        "Based on stories you read");
  }

  @Provide
  Arbitrary<String> aggregators() {
    return Arbitraries.of("NewsStack", "HeadlineHub", "Feedly Daily", "MENA Digest", "Sahel Roundup");
  }

  @Provide
  Arbitrary<String> storyNotes() {
    return Arbitraries.of("Stories are selected by algorithm from publishers.", "Content remains the property of the original publishers.",
        "Headlines are chosen automatically from hundreds of outlets.");
  }
}
