package corpussearch.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import corpussearch.api.SeedWords;
import corpussearch.analysis.CorpusAnalyzer;
import corpussearch.analysis.Synonyms;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * A person who types the same thing several times means it once: {@code zeta* zeta* zeta*}
 * builds the very queries {@code zeta*} builds, with the same concepts and clauses.
 */
class RepeatedPartsTest {

  private static final QueryPlanner PLANNER =
      new QueryPlanner(CorpusAnalyzer.forQueries(Synonyms.bundled()), CorpusAnalyzer.forQueryWords());
  private final LenientQueryParser parser = new LenientQueryParser();
  private final TypoExpansions typos = TypoExpansions.uncached();

  @Property(tries = 300)
  void repeatingPartsBuildsTheSameQueries(@ForAll("parts") List<String> parts, @ForAll @IntRange(min = 2, max = 100) int times) {
    List<String> repeated = new ArrayList<>();
    for (int i = 0; i < times; i++) {
      repeated.addAll(parts);
    }
    SearchQuery once = build(String.join(" ", parts));
    SearchQuery many = build(String.join(" ", repeated));
    assertThat(many.ranking()).isEqualTo(once.ranking());
    assertThat(many.matching()).isEqualTo(once.matching());
    assertThat(many.highlight()).isEqualTo(once.highlight());
    assertThat(PLANNER.plan(parser.parse(String.join(" ", repeated)))).isEqualTo(PLANNER.plan(parser.parse(String.join(" ", parts))));
  }

  @Property(tries = 100)
  void repeatingAWordBuildsTheSameQueries(@ForAll("word") String word, @ForAll @IntRange(min = 2, max = 100) int times) {
    String many = String.join(" ", Collections.nCopies(times, word));
    assertThat(build(many).ranking()).isEqualTo(build(word).ranking());
  }

  /** Parts that stay parts of their own next to others: prefixes and quoted phrases. */
  @Provide
  Arbitrary<List<String>> parts() {
    Arbitrary<String> prefix = Arbitraries.of(SeedWords.IN_SEEDS).map(word -> word.substring(0, Math.min(4, word.length())) + "*");
    Arbitrary<String> phrase = SeedWords.pasted(6).map(text -> "\"" + text.replace("\"", "") + "\"");
    return Arbitraries.oneOf(prefix, phrase).list().ofMinSize(1).ofMaxSize(6);
  }

  @Provide
  Arbitrary<String> word() {
    return Arbitraries.of(SeedWords.IN_SEEDS);
  }

  private SearchQuery build(String q) {
    return SearchQueries.of(PLANNER.plan(parser.parse(q)), typos);
  }
}
