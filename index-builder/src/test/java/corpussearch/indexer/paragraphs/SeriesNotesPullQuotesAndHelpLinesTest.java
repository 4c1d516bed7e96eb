package corpussearch.indexer.paragraphs;

import static corpussearch.indexer.paragraphs.Articles.assertDropped;
import static corpussearch.indexer.paragraphs.Articles.assertKept;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Round 36's furniture, generated: a publisher's note of the series a piece belongs to and of the
 * languages it is also in; a layout's pull-quote mark; a wire's version note after its "UPDATE" label;
 * a funding note for an investigation; an advert's slot label; a coverage link counting its stories; a
 * help line's card under a question to the reader. A story's sentence of the same words stays.
 */
class SeriesNotesPullQuotesAndHelpLinesTest {

  /** "This brief is part of the Caspian Policy Forum's series on returnees and resilience." */
  @Property(tries = 30)
  void aSeriesNoteIsDropped(@ForAll("pieces") String piece, @ForAll("forums") String forum, @ForAll("topics") String topic) {
    assertDropped("This " + piece + " is part of the " + forum + "'s series on " + topic + ".");
  }

  /** "The report is part of the Forum's series on returnees, its director said": news about a report. */
  @Property(tries = 10)
  void aReportSaidToBePartOfASeriesStays(@ForAll("forums") String forum, @ForAll("topics") String topic) {
    assertKept("The report is part of the " + forum + "'s series on " + topic + ", its director said, and the next one is due in May.");
  }

  /** "This text is also available in Dutch, French and German." */
  @Property(tries = 30)
  void aNoteOfTheLanguagesThePieceIsInIsDropped(@ForAll("textKinds") String text, @ForAll("languages") String first,
      @ForAll("languages") String second) {
    assertDropped("This " + text + " is also available in " + first + " and " + second + ".");
  }

  /** "The leaflet is also available in Dari and Pashto, the ministry said …": what a story reports is available. */
  @Property(tries = 10)
  void aLeafletSaidToBeAvailableInLanguagesStays(@ForAll("languages") String first, @ForAll("languages") String second) {
    assertKept("The leaflet is also available in " + first + " and " + second + ", the ministry said, and is handed out at border crossings.");
  }

  /** "[PULL QUOTE - LAYOUT: Security cannot be …]" and "“Every time there is a trial …” - PULL QUOTE". */
  @Property(tries = 30)
  void aPullQuoteMarkIsDropped(@ForAll("quotes") String quote, @ForAll boolean bracketed) {
    assertDropped(bracketed ? "[PULL QUOTE - LAYOUT: " + quote + "]" : "\t“" + quote + "” - PULL QUOTE");
  }

  /** "“Every time there is a trial …,” said Khaso Margoshvili, a retired teacher …": the quote in the story stays. */
  @Property(tries = 10)
  void theQuoteInTheStoryStays(@ForAll("quotes") String quote) {
    assertKept("“" + quote.replaceFirst("\\.$", ",") + "” said Khaso Margoshvili, a retired teacher who helped run a youth sports club.");
  }

  /** "UPDATE 1-Adds lawyer's comment in paragraphs 4-5" over a wire story. */
  @Property(tries = 30)
  void aWiresVersionNoteAfterItsLabelIsDropped(@ForAll @IntRange(min = 1, max = 9) int version, @ForAll("changes") String change,
      @ForAll("additions") String addition, @ForAll @IntRange(min = 2, max = 12) int from) {
    assertDropped("UPDATE " + version + "-" + change + " " + addition + " in paragraphs " + from + "-" + (from + 1));
  }

  /** "The update adds a lawyer's comment to the charge sheet, police said …": news of an update. */
  @Property(tries = 10)
  void anUpdateTheStoryTellsOfStays(@ForAll("additions") String addition) {
    assertKept("Police said the update adds " + addition + " to the charge sheet that the court will hear in March.");
  }

  /** "This investigation was supported by a grant from the Baltic Journalism Fund." */
  @Property(tries = 30)
  void aFundingNoteForTheInvestigationIsDropped(@ForAll("funds") String fund, @ForAll("kinds") String kind) {
    assertDropped("This " + kind + " was supported by a grant from the " + fund + ".");
  }

  /** "The investigation was supported by officers of …, police said": the police's investigation. */
  @Property(tries = 10)
  void aPoliceInvestigationSupportedBySomeoneStays(@ForAll("forces") String force) {
    assertKept("The investigation was supported by officers of the " + force + ", police said, and led to three arrests in March.");
  }

  /** "Advertisement - content continues below", "Ad · Article continues after this ad". */
  @Property(tries = 30)
  void anAdvertsSlotLabelIsDropped(@ForAll("adLabels") String ad, @ForAll("contents") String content, @ForAll("continuations") String on) {
    assertDropped(ad + content + " continues " + on);
  }

  /** "The group's advertisement said its story continues in a second video …": news of an advertisement. */
  @Property(tries = 10)
  void anAdvertisementTheStoryTellsOfStays(@ForAll("contents") String content) {
    assertKept("The group's advertisement said its " + content.toLowerCase() + " continues in a second video, which police say was filmed in March.");
  }

  /** "Full coverage: Islamic State Khorasan (23 stories)" between two paragraphs. */
  @Property(tries = 30)
  void aCoverageLinkCountingItsStoriesIsDropped(@ForAll("coverage") String label, @ForAll("topics") String topic,
      @ForAll @IntRange(min = 2, max = 400) int stories) {
    assertDropped(label + ": " + topic.substring(0, 1).toUpperCase() + topic.substring(1) + " (" + stories + " stories)");
  }

  /** "Full coverage of the trial was banned by the judge, …": news of coverage. */
  @Property(tries = 10)
  void aStoryAboutCoverageStays(@ForAll @IntRange(min = 2, max = 400) int stories) {
    assertKept("Full coverage of the trial was banned by the judge, who said " + stories + " stories had already named the witnesses.");
  }

  /** "Need help? The Bavarian advice line for families is open daily from 8 am to 8 pm." */
  @Property(tries = 30)
  void aHelpLinesCardUnderAQuestionToTheReaderIsDropped(@ForAll("questions") String question, @ForAll("regions") String region,
      @ForAll("lines") String line, @ForAll @IntRange(min = 6, max = 10) int opens) {
    assertDropped(question + " The " + region + " " + line + " for families is open daily from " + opens + " am to " + opens + " pm.");
  }

  /** "The Bavarian advice line for families is open daily …, the minister said": an official tells of a help line, no question to the reader. */
  @Property(tries = 10)
  void aHelpLineAnOfficialTellsOfStays(@ForAll("regions") String region, @ForAll("lines") String line,
      @ForAll @IntRange(min = 6, max = 10) int opens) {
    assertKept("The " + region + " " + line + " for families is open daily from " + opens + " am, the minister said, after calls doubled this year.");
  }



  @Provide
  Arbitrary<String> pieces() {
    return Arbitraries.of("brief", "paper", "article", "commentary", "analysis", "essay");
  }

  @Provide
  Arbitrary<String> forums() {
    return Combinators.combine(Arbitraries.of("Caspian", "Lowlands", "Nordic", "Hindu Kush"),
            Arbitraries.of("Policy Forum", "Security Institute", "Centre"))
        .as((place, kind) -> place + " " + kind);
  }

  @Provide
  Arbitrary<String> topics() {
    return Arbitraries.of("returnees and resilience", "border security", "online recruitment", "prison radicalisation");
  }

  @Provide
  Arbitrary<String> textKinds() {
    return Arbitraries.of("text", "article", "press release", "statement", "page");
  }

  @Provide
  Arbitrary<String> languages() {
    return Arbitraries.of("Dutch", "French", "German", "Dari", "Pashto", "Russian", "Uzbek");
  }

  @Provide
  Arbitrary<String> quotes() {
    return Arbitraries.of("Security cannot be bought with checkpoints alone.",
        "Every time there is a trial, the whole gorge is put on trial with it.",
        "We expected fighters coming back, but these men were going the other way.");
  }

  @Provide
  Arbitrary<String> changes() {
    return Arbitraries.of("Adds", "Updates", "Recasts", "Inserts");
  }

  @Provide
  Arbitrary<String> additions() {
    return Arbitraries.of("lawyer's comment", "police statement", "details of charges", "minister's quotes");
  }

  @Provide
  Arbitrary<String> funds() {
    return Combinators.combine(Arbitraries.of("Baltic", "Pulitzer", "European", "Open Society"),
            Arbitraries.of("Journalism Fund", "Center", "Foundation"))
        .as((name, kind) -> name + " " + kind);
  }

  @Provide
  Arbitrary<String> kinds() {
    return Arbitraries.of("investigation", "piece", "reporting", "story");
  }

  @Provide
  Arbitrary<String> forces() {
    return Arbitraries.of("Federal Criminal Police Office", "border guard", "regional counter-terrorism unit");
  }

  @Provide
  Arbitrary<String> adLabels() {
    return Arbitraries.of("Advertisement - ", "Advertisement · ", "Ad - ", "ADVERTISEMENT: ");
  }

  @Provide
  Arbitrary<String> contents() {
    return Arbitraries.of("content", "Story", "Article", "text");
  }

  @Provide
  Arbitrary<String> continuations() {
    return Arbitraries.of("below", "after this ad", "after the advertisement");
  }

  @Provide
  Arbitrary<String> coverage() {
    return Arbitraries.of("Full coverage", "More coverage", "Complete coverage");
  }

  @Provide
  Arbitrary<String> questions() {
    return Arbitraries.of("Need help?", "Need someone to talk to?", "Worried about a family member?", "Are you worried about radicalisation?");
  }

  @Provide
  Arbitrary<String> regions() {
    return Arbitraries.of("Bavarian", "national", "Flemish", "city's");
  }

  @Provide
  Arbitrary<String> lines() {
    return Arbitraries.of("advice line", "helpline", "hotline", "support line", "counselling service");
  }
}
