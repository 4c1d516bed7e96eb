package corpussearch.indexer.paragraphs;

import static corpussearch.indexer.paragraphs.Articles.P1;
import static corpussearch.indexer.paragraphs.Articles.P2;
import static corpussearch.indexer.paragraphs.Articles.P3;
import static corpussearch.indexer.paragraphs.Articles.assertDropped;
import static corpussearch.indexer.paragraphs.Articles.assertKept;
import static corpussearch.indexer.paragraphs.Articles.blocks;
import static corpussearch.indexer.paragraphs.Articles.texts;
import static org.assertj.core.api.Assertions.assertThat;

import corpussearch.indexer.extract.MetadataExtractor;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Round 38's furniture, generated: an agency's pointer to its coverage page beside the credits ("Follow AP's coverage
 * of Afghanistan at https://…"), alone or after a credit; "More stories from" a source over its list of links; an
 * aggregator's "Why am I seeing this?" with its one-sentence answer; a wire's priority before its note to editors
 * ("URGENT - EDS: Adds quote …"), which the metadata claims. A story's sentences of the same words stay: readers who
 * follow the coverage, residents who "reported from the market", more stories from a valley, the question asked in a
 * quote, urgent repairs.
 */
class CoveragePointersAndAggregatorNotesTest {

  /** "Follow AP's coverage of Afghanistan at https://apnews.com/hub/afghanistan" closing the story. */
  @Property(tries = 40)
  void anAgencysPointerToItsCoveragePageIsDropped(@ForAll("verbs") String verb, @ForAll("agencies") String agency, @ForAll("subjects") String subject,
      @ForAll("prepositions") String preposition) {
    assertDropped(verb + " " + agency + " coverage " + preposition + " " + subject + " at https://" + host(agency) + "/hub/"
        + subject.toLowerCase(Locale.ROOT).replace(' ', '-'));
  }

  /** "Jane Doe reported from Kabul. Follow AP's coverage of … at https://…": the credit and the pointer in one paragraph. */
  @Property(tries = 40)
  void aCreditAndThePointerInOneParagraphAreDropped(@ForAll("writers") String writer, @ForAll("places") String place, @ForAll("agencies") String agency,
      @ForAll("subjects") String subject) {
    assertDropped(writer.substring(writer.indexOf(' ') + 1) + " reported from " + place + ". Follow " + agency + " coverage of " + subject
        + " at https://" + host(agency) + "/hub/world");
  }

  /** "Residents follow Radio Kabul's coverage of the talks at home, …": a sentence of the story, kept. */
  @Property(tries = 30)
  void aSentenceAboutFollowingTheCoverageStays(@ForAll("agencies") String agency, @ForAll("subjects") String subject) {
    assertKept("Residents follow " + agency + " coverage of " + subject + " at home in the evenings, since few of them can afford a newspaper and the"
        + " local station stopped broadcasting in the spring.");
  }

  /** "Residents reported from the market that prices had doubled …": a sentence of the story, kept. */
  @Property(tries = 30)
  void aStorysSentenceThatReportsFromAPlaceStays(@ForAll("places") String place, @ForAll("goods") String goods) {
    assertKept("Residents reported from the market in " + place + " that the price of " + goods + " had doubled since the crossing closed, and that"
        + " traders were rationing what little stock they still had.");
  }

  /** "More stories from The Dispatch" over its list of linked titles. */
  @Property(tries = 40)
  void aMoreStoriesFromListTitleIsDropped(@ForAll("listKinds") String kind, @ForAll("sources") String source, @ForAll("titles") List<String> titles) {
    assertDropped("More " + kind + " from " + source + "\n" + String.join("\n", titles));
  }

  /** "More stories from the valley emerged as the water fell, …": a sentence of the story, kept. */
  @Property(tries = 30)
  void aSentenceOpeningWithMoreStoriesFromStays(@ForAll("places") String place) {
    assertKept("More stories from the valley around " + place + " emerged as the water fell, with families describing how they had waited on rooftops"
        + " for two days before the boats reached them.");
  }

  /** "Why am I seeing this? Stories are picked by HeadlineHub." under the story. */
  @Property(tries = 40)
  void anAnswerToWhyAmISeeingThisIsDropped(@ForAll("whys") String why, @ForAll("answers") String answer) {
    assertDropped(why + " " + answer);
  }

  /** A reader's question quoted in the story, then two sentences more: kept. */
  @Property(tries = 30)
  void aQuotedQuestionInAParagraphStays(@ForAll("places") String place) {
    assertKept("\"Why am I seeing this again?\" asked a farmer in " + place + ", pointing at the dry canal. He said the same gates had failed last year."
        + " Officials did not respond to questions about the repairs.");
  }

  /** "URGENT - EDS: Adds quote from minister" over the headline of a wire's copy: not among the paragraphs. */
  @Property(tries = 40)
  void aPriorityBeforeTheEditorsNoteIsDropped(@ForAll("priorities") String priority, @ForAll("advisories") String note) {
    String line = priority + ": " + note;
    assertThat(wireCopy(line, P3)).doesNotContain(line).contains(P1, P2, P3);
  }

  /** "Urgent repairs to the harbour wall were ordered …" opening a paragraph of the same copy, under "EDS:": kept. */
  @Property(tries = 30)
  void aStorysSentenceOpeningWithAPriorityWordStays(@ForAll("priorities") String priority, @ForAll("places") String place) {
    String word = priority.split("[ :]")[0].toLowerCase(Locale.ROOT);
    String sentence = Character.toUpperCase(word.charAt(0)) + word.substring(1) + " repairs to the harbour wall at " + place
        + " were ordered on Monday after inspectors found cracks along its length, the port authority said.";
    assertThat(wireCopy("EDS: Adds background", sentence)).contains(sentence, P1, P2);
  }

  /** The paragraphs kept of a wire's copy with {@code top} over its headline and {@code middle} in its body, the metadata's lines taken out. */
  private static List<String> wireCopy(String top, String middle) {
    List<String> lines = blocks(top, "Council votes to keep winter ferry running after residents pack chambers", "By Jonas Whitfield\n22 March 2025", P1,
        middle, P2, "04-18-25 1422GMT");
    return texts(new ParagraphSplitter().split(lines, new MetadataExtractor().extract(lines).metadataLines()));
  }

  private static String host(String agency) {
    return agency.replaceAll("['’]s$", "").replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT) + ".com";
  }

  @Provide
  Arbitrary<String> priorities() {
    return Combinators.combine(Arbitraries.of("URGENT - ", "BULLETIN - ", "FLASH: ", "ALERT — ", "URGENT "), Arbitraries.of("EDS", "Eds", "EDITORS"))
        .as((priority, eds) -> priority + eds);
  }

  @Provide
  Arbitrary<String> advisories() {
    return Combinators.combine(Arbitraries.of("Adds", "Updates", "Recasts", "Corrects"), Arbitraries.of("quote from minister in paragraph 4",
        "casualty figures", "background on the talks")).as((verb, what) -> verb + " " + what);
  }

  @Provide
  Arbitrary<String> verbs() {
    return Arbitraries.of("Follow", "Find more of", "Read", "See");
  }

  @Provide
  Arbitrary<String> agencies() {
    return Arbitraries.of("AP's", "Reuters'", "Pamir Wire's", "Meridian News Agency's", "AFP's");
  }

  @Provide
  Arbitrary<String> subjects() {
    return Arbitraries.of("Afghanistan", "the Sahel", "climate change", "the war in Ukraine", "migration");
  }

  @Provide
  Arbitrary<String> prepositions() {
    return Arbitraries.of("of", "on");
  }

  @Provide
  Arbitrary<String> writers() {
    return Combinators.combine(Arbitraries.of("Nodira", "Timur", "Helena", "Kwame"), Arbitraries.of("Saidova", "Karimov", "Mensah", "Pryce"))
        .as((f, l) -> f + " " + l);
  }

  @Provide
  Arbitrary<String> places() {
    return Arbitraries.of("Kabul", "Herat", "Termez", "Port Hope", "Almaty");
  }

  @Provide
  Arbitrary<String> goods() {
    return Arbitraries.of("flour", "cooking oil", "diesel", "rice");
  }

  @Provide
  Arbitrary<String> listKinds() {
    return Arbitraries.of("stories", "news", "articles");
  }

  @Provide
  Arbitrary<String> sources() {
    return Arbitraries.of("The Dispatch", "Kestrel Bay Herald", "Reuters", "the BBC", "Al Jazeera", "O'Neil's Weekly");
  }

  @Provide
  Arbitrary<List<String>> titles() {
    return Arbitraries.of("Flood defences fail in three villages", "Ferry fares to rise in spring", "Copper smelter strike enters third week",
        "Council delays vote on housing plan", "New road opens after two years").list().ofMinSize(2).ofMaxSize(4).uniqueElements();
  }

  @Provide
  Arbitrary<String> whys() {
    return Arbitraries.of("Why am I seeing this?", "Why are you seeing this?");
  }

  @Provide
  Arbitrary<String> answers() {
    return Combinators.combine(Arbitraries.of("Stories are picked by", "Chosen by", "Ranked by", "Stories here are selected for you by"),
        Arbitraries.of("HeadlineHub.", "algorithms.", "our editors", "your history.", "the NewsHarbor ranking algorithms, based on what you read."))
        .as((what, who) -> what + " " + who);
  }
}
