package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Articles.extract;
import static corpussearch.indexer.extract.Articles.field;
import static corpussearch.indexer.extract.Articles.paragraph;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * What a newsletter prints above its lead story is never the story's headline: the lines a
 * greeting's paragraph wraps onto, a board of figures under a label in capitals ("FRONTIER WAIT TIMES
 * (6.15am): Pedestrians 5 min · …", "WEATHER: … 19°C …") and the line it wraps onto, a sponsor's
 * line. A kicker in capitals over words ("BREAKING: Harbour ferry strike called off") stays a
 * headline.
 */
class NewsletterLeadTest {

  private static final String HEADLINE = "Frontier queue app to be trialled for cross-border workers from December";

  @Property(tries = 100)
  void theLeadStorysHeadlineIsTheTitle(
      @ForAll("greetings") List<String> greeting, @ForAll("boards") List<String> board, @ForAll("sponsors") String sponsor) {
    List<String> lines = new ArrayList<>(greeting);
    lines.add("");
    lines.addAll(board);
    lines.add("");
    lines.add(sponsor);
    lines.addAll(List.of("", HEADLINE, "", paragraph("the frontier queue"), "", paragraph("the trial")));

    assertThat(field(extract(lines.toArray(String[]::new)), MetadataField.TITLE).value()).as(String.join("\n", lines)).isEqualTo(HEADLINE);
  }

  @Property(tries = 50)
  void aKickerInCapitalsOverWordsIsNoFiguresBoard(@ForAll("kickers") String kicker, @ForAll("units") String unit) {
    String headline = kicker + ": Harbour ferry strike called off after " + unit + " talks";

    assertThat(HeadlineShape.isNeverHeadline(headline)).as(headline).isFalse();
  }

  @Provide
  Arbitrary<List<String>> greetings() {
    return Arbitraries.of(
        List.of("Good morning. This morning: a queue app for frontier workers, the", "Levanter cloud is back over the Rock, and night works on the runway."),
        List.of("Hello, and welcome to Tuesday's briefing, in which we look at the ferry timetable,", "Harbour Board budget and the weekend's sailing results."),
        List.of("Good evening, and welcome back. Tonight we have the frontier app, the weather and a word on the",
            "Mayor's plan for the old market hall."));
  }

  @Provide
  Arbitrary<List<String>> boards() {
    Arbitrary<String> label = Arbitraries.of("FRONTIER WAIT TIMES (6.15am)", "WEATHER", "TIDES", "FUEL PRICES", "MARKETS");
    Arbitrary<Integer> figure = Arbitraries.integers().between(1, 99);
    return Combinators.combine(label, figure, figure, Arbitraries.of("min", "°C", "%")).as((l, a, b, u) ->
        List.of(l + ": North " + a + " " + u + " · South " + b + " " + u + " ·", "East " + (a + b) + " " + u));
  }

  @Provide
  Arbitrary<String> sponsors() {
    return Arbitraries.of("Sponsored by Café Calpe, Irish Town – desayuno completo por 6,50 €",
        "Brought to you by Harbour Insurance, Main Street", "Presented by the Rock Credit Union – loans from 4.9%");
  }

  @Provide
  Arbitrary<String> kickers() {
    return Arbitraries.of("BREAKING", "JUST IN", "EXCLUSIVE", "UPDATE");
  }

  @Provide
  Arbitrary<String> units() {
    return Arbitraries.of("12 hours of", "two days of", "3 rounds of");
  }
}
