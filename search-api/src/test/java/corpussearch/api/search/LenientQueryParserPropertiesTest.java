package corpussearch.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import corpussearch.analysis.CorpusAnalyzer;
import corpussearch.analysis.Synonyms;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever a person types, parsing and query building never fail and parsing is stable. */
class LenientQueryParserPropertiesTest {

  private static final QueryPlanner PLANNER =
      new QueryPlanner(CorpusAnalyzer.forQueries(Synonyms.bundled()), CorpusAnalyzer.forQueryWords());

  private final LenientQueryParser parser = new LenientQueryParser();

  @Property(tries = 2000)
  void anyStringParsesAndBuilds(@ForAll("typed") String input) {
    UserQuery query = parser.parse(input);
    assertThat(query).isNotNull();
    if (!query.isEmpty()) {
      assertThat(SearchQueries.of(PLANNER.plan(query), TypoExpansions.uncached())).isNotNull();
    }
  }

  @Property(tries = 2000)
  void parsingIsDeterministic(@ForAll("typed") String input) {
    assertThat(parser.parse(input)).isEqualTo(parser.parse(input));
  }

  @Property(tries = 1000)
  void arbitraryUnicodeNeverThrows(@ForAll String input) {
    UserQuery query = parser.parse(input);
    if (!query.isEmpty()) {
      SearchQueries.of(PLANNER.plan(query), TypoExpansions.uncached());
    }
  }

  /** Strings made of the query language's own pieces, so operators collide in every way. */
  @Provide
  Arbitrary<String> typed() {
    Arbitrary<String> piece = Arbitraries.oneOf(
        Arbitraries.of("\"", "-", "OR", "AND", "NOT", "+", ":", "*", "?", "(", ")", "title:", "author:", "outlet:",
            "foo:", "~", "~5", "/.*/", "\\", " ", "  ", "IS-K", "U.S.", "al-Qaeda", "2,000", "Kabul’s", "ISIS",
            "Islamic State in Khorasan", "Daesh", "taliban", "a*", "*stan", "\u0000", "\u200f", "کابل", "😀", "e\u0301"),
        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12));
    return piece.list().ofMaxSize(12).map(pieces -> String.join("", pieces));
  }
}
