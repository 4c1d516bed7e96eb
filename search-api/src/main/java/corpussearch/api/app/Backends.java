package corpussearch.api.app;

import corpussearch.api.cluster.OpenSearchBackend;
import corpussearch.api.config.ApiConfig;
import corpussearch.api.index.IndexUnavailableException;
import corpussearch.api.service.BackendUnavailableException;
import corpussearch.api.service.LuceneBackend;
import corpussearch.api.service.SearchBackend;
import corpussearch.api.service.SearchStack;
import org.apache.lucene.analysis.synonym.SynonymMap;

/** The backend the configuration names, opened. */
final class Backends {

  private Backends() {}

  /**
   * Opens the backend of {@code config}.
   *
   * @throws IndexUnavailableException when it cannot be opened (no index, an unreachable cluster,
   *     a missing alias, an unreadable file), with a message saying which
   */
  static SearchBackend open(ApiConfig config, SynonymMap synonyms) {
    if (config.backend() == ApiConfig.Backend.OPENSEARCH) {
      try {
        return OpenSearchBackend.open(config.opensearch(), synonyms, config.searchTimeout(), config.refreshInterval(),
            config.resultCacheBytes());
      } catch (BackendUnavailableException e) {
        throw new IndexUnavailableException(e.getMessage());
      }
    }
    SearchStack stack = SearchStack.open(config.index(), synonyms, config.refreshInterval(), config.searchTimeout(),
        config.resultCacheBytes());
    return new LuceneBackend(config.index(), stack, config.searchTimeout());
  }
}
