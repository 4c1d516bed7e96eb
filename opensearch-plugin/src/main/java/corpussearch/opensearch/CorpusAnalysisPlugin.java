package corpussearch.opensearch;

import corpussearch.analysis.CorpusAnalyzer;
import corpussearch.analysis.CorpusFilters;
import corpussearch.analysis.Synonyms;
import java.io.Reader;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.opensearch.common.settings.Settings;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractCharFilterFactory;
import org.opensearch.index.analysis.AbstractIndexAnalyzerProvider;
import org.opensearch.index.analysis.AbstractTokenFilterFactory;
import org.opensearch.index.analysis.AnalyzerProvider;
import org.opensearch.index.analysis.CharFilterFactory;
import org.opensearch.index.analysis.TokenFilterFactory;
import org.opensearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.opensearch.plugins.AnalysisPlugin;
import org.opensearch.plugins.Plugin;

/**
 * corpus-search's analysis chain inside OpenSearch, the classes of the {@code analysis} module
 * unchanged:
 *
 * <ul>
 *   <li>analyzers {@code corpus} (indexing: {@link CorpusAnalyzer#forIndexing()}), {@code
 *       corpus_search} (queries, with the bundled aliases: {@link CorpusAnalyzer#forQueries}) and
 *       {@code corpus_words} (query words without aliases: {@link CorpusAnalyzer#forQueryWords()});
 *   <li>char filters {@code corpus_apostrophes} and {@code corpus_joins};
 *   <li>token filters {@code corpus_compounds} (setting {@code joined}: also the joined form, as
 *       when indexing; default false), {@code corpus_country_acronyms} and {@code
 *       corpus_spelling_variants}, for chains of one's own.
 * </ul>
 */
public final class CorpusAnalysisPlugin extends Plugin implements AnalysisPlugin {

  @Override
  public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
    return Map.of(
        "corpus", analyzer(CorpusAnalyzer::forIndexing),
        "corpus_search", analyzer(() -> CorpusAnalyzer.forQueries(Synonyms.bundled())),
        "corpus_words", analyzer(CorpusAnalyzer::forQueryWords));
  }

  @Override
  public Map<String, AnalysisProvider<CharFilterFactory>> getCharFilters() {
    return Map.of("corpus_apostrophes", charFilter(CorpusFilters::apostrophes), "corpus_joins", charFilter(CorpusFilters::joins));
  }

  @Override
  public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
    return Map.of(
        "corpus_compounds",
        (indexSettings, environment, name, settings) -> {
          boolean joined = settings.getAsBoolean("joined", false);
          return tokenFilter(indexSettings, name, settings, stream -> CorpusFilters.compounds(stream, joined));
        },
        "corpus_country_acronyms",
        (indexSettings, environment, name, settings) -> tokenFilter(indexSettings, name, settings, CorpusFilters::countryAcronyms),
        "corpus_spelling_variants",
        (indexSettings, environment, name, settings) -> tokenFilter(indexSettings, name, settings, CorpusFilters::spellingVariants));
  }

  private static AnalysisProvider<AnalyzerProvider<? extends Analyzer>> analyzer(Supplier<CorpusAnalyzer> chain) {
    return (indexSettings, environment, name, settings) ->
        new AbstractIndexAnalyzerProvider<CorpusAnalyzer>(indexSettings, name, settings) {
          private final CorpusAnalyzer analyzer = chain.get();

          @Override
          public CorpusAnalyzer get() {
            return analyzer;
          }
        };
  }

  private static AnalysisProvider<CharFilterFactory> charFilter(UnaryOperator<Reader> filter) {
    return (indexSettings, environment, name, settings) ->
        new AbstractCharFilterFactory(indexSettings, name) {
          @Override
          public Reader create(Reader reader) {
            return filter.apply(reader);
          }
        };
  }

  private static TokenFilterFactory tokenFilter(IndexSettings indexSettings, String name, Settings settings, UnaryOperator<TokenStream> filter) {
    return new AbstractTokenFilterFactory(indexSettings, name, settings) {
      @Override
      public TokenStream create(TokenStream stream) {
        return filter.apply(stream);
      }
    };
  }
}
