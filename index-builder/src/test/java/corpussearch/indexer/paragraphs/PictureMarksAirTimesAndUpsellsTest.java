package corpussearch.indexer.paragraphs;

import static corpussearch.indexer.paragraphs.Articles.P1;
import static corpussearch.indexer.paragraphs.Articles.P2;
import static corpussearch.indexer.paragraphs.Articles.P3;
import static corpussearch.indexer.paragraphs.Articles.assertDropped;
import static corpussearch.indexer.paragraphs.Articles.assertKept;
import static corpussearch.indexer.paragraphs.Articles.split;
import static corpussearch.indexer.paragraphs.Articles.texts;
import static org.assertj.core.api.Assertions.assertThat;

import corpussearch.indexer.extract.MetadataExtractor;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Round 36's furniture, generated: a text browser's "[IMG]" opening a caption credited to an agency's
 * initials; a bracketed picture marker in another language ("[Bild: … Foto: Imago /") closed on the next
 * line; a programme's promotion with its air time after it; a newsletter's upsell after a question to the
 * reader; an aggregator's count of the sources it curates. A story's sentence of the same words stays.
 */
class PictureMarksAirTimesAndUpsellsTest {

  /** "[IMG] Smoke rises from the market after the blast. (KMP)" in a lynx dump: the caption goes, the story stays. */
  @Property(tries = 30)
  void aDumpsPictureMarkOpeningACaptionIsDropped(@ForAll("captions") String caption, @ForAll("agencies") String agency) {
    assertThat(dumped("   [IMG] " + caption + " (" + agency + ")")).containsExactly(P1, P2, P3);
  }

  /** The caption's sentence opening a story's paragraph in the same dump, without "[IMG]": it stays. */
  @Property(tries = 20)
  void aDumpsStoryParagraphWithoutAPictureMarkStays(@ForAll("captions") String caption) {
    String prose = caption.replaceFirst("\\.$", ",") + " witnesses said, and the police closed the road for most of the afternoon.";

    assertThat(dumped("   " + prose)).containsExactly(P1, P2, prose, P3);
  }

  /** A lynx dump: a link home, a menu, the headline, two paragraphs, {@code line}, a third and the references. */
  private static List<String> dumped(String line) {
    List<String> lines = List.of("   [1]Skip to content [2]Kabul Morning Post", "", "   [3]Home [4]News [5]Sport [6]Opinion", "",
        "   Blast at market kills four as police hunt attackers", "", "   " + P1, "", "   " + P2, "", line, "", "   " + P3, "", "References", "",
        "   1. https://kabulmorningpost.example/#main", "   2. https://kabulmorningpost.example/", "   3. https://kabulmorningpost.example/news");
    return texts(new ParagraphSplitter().split(lines, new MetadataExtractor().extract(lines).metadataLines()));
  }

  /** "[Bild: Polizisten sichern den Tatort. Foto: Imago /" over "M. Farooq]": one caption over two lines, dropped. */
  @Property(tries = 30)
  void aForeignPictureMarkerClosedOnTheNextLineIsDropped(@ForAll("markers") String marker, @ForAll("captions") String caption,
      @ForAll("agencies") String agency, @ForAll("photographers") String photographer) {
    assertDropped("[" + marker + ": " + caption + " Foto: " + agency + " /\n" + photographer + "]");
  }

  /** "Listen: Radio Azadi's Frontline programme discusses the attack. Thursdays 19:30 Kabul time." */
  @Property(tries = 30)
  void aProgrammesPromotionWithItsAirTimeAfterIsDropped(@ForAll("outlets") String outlet, @ForAll("programmes") String programme,
      @ForAll("topics") String topic, @ForAll("weekdays") String weekday, @ForAll @IntRange(min = 6, max = 22) int hour) {
    assertDropped("Listen: " + outlet + "'s " + programme + " programme discusses " + topic + ". " + weekday + "s " + hour + ":30 Kabul time.");
  }

  /** "Radio Azadi's Frontline programme discussed the attack on Thursday at 19:30 Kabul time, its presenter said, …": news. */
  @Property(tries = 15)
  void aProgrammeToldInThePastStays(@ForAll("outlets") String outlet, @ForAll("programmes") String programme, @ForAll("topics") String topic,
      @ForAll("weekdays") String weekday, @ForAll @IntRange(min = 6, max = 22) int hour) {
    assertKept(outlet + "'s " + programme + " programme discussed " + topic + " on " + weekday + " at " + hour
        + ":30 Kabul time, its presenter said, and listeners called in for an hour.");
  }

  /** "Enjoying The Khorasan Monitor? Paid subscribers get our monthly risk maps. Upgrade for $8 a month." */
  @Property(tries = 30)
  void aNewslettersUpsellAfterAQuestionIsDropped(@ForAll("newsletters") String newsletter, @ForAll("perks") String perk,
      @ForAll @IntRange(min = 3, max = 20) int price) {
    assertDropped("Enjoying " + newsletter + "? Paid subscribers get " + perk + ". Upgrade for $" + price + " a month.");
  }

  /** "MENA Digest curates stories from more than 300 regional sources." */
  @Property(tries = 30)
  void anAggregatorsCountOfItsSourcesIsDropped(@ForAll("aggregators") String aggregator, @ForAll @IntRange(min = 20, max = 900) int sources) {
    assertDropped(aggregator + " curates stories from more than " + sources + " regional sources.");
  }

  /** "The app curates stories from more than 300 regional sources, its founder said.": news of an app. */
  @Property(tries = 15)
  void anAppSaidToCurateStoriesStays(@ForAll @IntRange(min = 20, max = 900) int sources) {
    assertKept("The app curates stories from more than " + sources + " regional sources, its founder said.");
  }



  @Provide
  Arbitrary<String> captions() {
    return Arbitraries.of("Smoke rises from the market after the blast.", "Police guard the road into the old city.",
        "Relatives wait outside the hospital in Jalalabad.", "Lorries queue at the border crossing at dusk.");
  }

  @Provide
  Arbitrary<String> agencies() {
    return Arbitraries.of("KMP", "AFP", "EPA", "PAN", "dpa");
  }

  @Provide
  Arbitrary<String> markers() {
    return Arbitraries.of("Bild", "Foto", "Imagen", "Afbeelding");
  }

  @Provide
  Arbitrary<String> photographers() {
    return Arbitraries.of("M. Farooq", "Jonas Petersen", "Ana Ruiz", "S. Karimi");
  }

  @Provide
  Arbitrary<String> outlets() {
    return Arbitraries.of("Radio Azadi", "Salam Watandar", "Radio Sarhad", "Ariana Radio");
  }

  @Provide
  Arbitrary<String> programmes() {
    return Arbitraries.of("Frontline", "Crossroads", "Night Desk", "Open Line");
  }

  @Provide
  Arbitrary<String> topics() {
    return Arbitraries.of("the attack on the market", "recruitment in the camps", "the border closure");
  }

  @Provide
  Arbitrary<String> weekdays() {
    return Arbitraries.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
  }

  @Provide
  Arbitrary<String> newsletters() {
    return Combinators.combine(Arbitraries.of("The ", ""), Arbitraries.of("Khorasan", "Durand", "Pamir", "Hindu Kush"),
        Arbitraries.of("Monitor", "Brief", "Files", "Dispatch")).as((the, place, kind) -> the + place + " " + kind);
  }

  @Provide
  Arbitrary<String> perks() {
    return Arbitraries.of("our monthly risk maps", "the full data file", "early access to every issue", "a weekly briefing call");
  }

  @Provide
  Arbitrary<String> aggregators() {
    return Combinators.combine(Arbitraries.of("MENA", "Sahel", "Caspian", "South Asia"), Arbitraries.of("Digest", "Wire", "Roundup", "Hub"))
        .as((region, kind) -> region + " " + kind);
  }
}
