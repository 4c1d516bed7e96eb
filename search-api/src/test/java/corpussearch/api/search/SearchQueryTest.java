package corpussearch.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import corpussearch.analysis.CorpusAnalyzer;
import corpussearch.analysis.Synonyms;
import corpussearch.indexer.index.IndexSchema;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/**
 * The counting query and the ranking query of a search must agree on what matches: totals and
 * facets come from one, the hits from the other.
 */
class SearchQueryTest {

  private static final List<String> PARAGRAPHS = List.of(
      "How many times, and how, nobody knows.",
      "ISIS-K has about 2,000 fighters in Afghanistan.",
      "The Taliban government and the United States met in Doha.",
      "Drone strikes near Kabul airport were reported by the US military.",
      "Recognition of the Taliban is far off, said the spokesman.",
      "To be or not to be, that is the question.",
      "The Islamic State in Khorasan claimed the attack.");

  private static final List<String> QUERIES = List.of(
      "how many IS-K fighters", "to be or not to be", "Talibn government", "\"Taliban government\"",
      "America", "drone strikes -Kabul", "Taliban OR Khorasan", "Afgh*", "the", "Kabul airport attack",
      "title:Taliban", "-Taliban", "ISIL-K claimed");

  @Test
  void countingAndRankingMatchTheSameParagraphs() throws IOException {
    QueryPlanner planner = new QueryPlanner(CorpusAnalyzer.forQueries(Synonyms.bundled()), CorpusAnalyzer.forQueryWords());
    LenientQueryParser parser = new LenientQueryParser();
    try (Directory directory = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(CorpusAnalyzer.forQueryWords()))) {
        for (String text : PARAGRAPHS) {
          Document doc = new Document();
          doc.add(new Field(IndexSchema.TEXT, text, IndexSchema.TEXT_WITH_OFFSETS));
          writer.addDocument(doc);
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        for (String q : QUERIES) {
          UserQuery parsed = parser.parse(q);
          SearchQuery query = SearchQueries.of(planner.plan(parsed), TypoExpansions.uncached()).rewrite(searcher);
          assertThat(matches(searcher, query.matching())).as(q).isEqualTo(matches(searcher, query.ranking()));
        }
      }
    }
  }

  private static Set<Integer> matches(IndexSearcher searcher, Query query) throws IOException {
    Set<Integer> docs = new HashSet<>();
    for (ScoreDoc hit : searcher.search(query, 100).scoreDocs) {
      docs.add(hit.doc);
    }
    return docs;
  }
}
