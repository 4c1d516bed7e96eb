package corpussearch.indexer.opensearch;

/** How the cluster gets corpus-search's analysis chain. */
public enum AnalysisForm {
  /**
   * Index settings made of OpenSearch's built-in filters, generated from the analysis module's
   * rule tables: runs on any cluster, also managed ones that allow no plugins.
   */
  BUILT_IN,
  /** The {@code corpus} analyzers of the corpus-analysis plugin, which every node must have installed. */
  PLUGIN
}
