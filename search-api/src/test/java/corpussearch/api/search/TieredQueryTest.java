package corpussearch.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/**
 * A {@link TieredQuery} scores its query's score plus the tier, and the blocks it skips when the
 * top hits need no exact total never hold a better hit: its top hits equal those of a search that
 * scores every match.
 */
class TieredQueryTest {

  private static final float TIER = 41_000f;
  private static final String[] WORDS = {"united", "states", "america", "congress", "tax", "war", "peace", "trade"};

  @Test
  void topHitsEqualThoseOfScoringEveryMatch() throws IOException {
    try (Directory directory = new ByteBuffersDirectory()) {
      Random random = new Random(42);
      try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
        for (int doc = 0; doc < 30_000; doc++) {
          writer.addDocument(paragraph(random));
          if (doc % 10_000 == 9_999) {
            writer.commit();
          }
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        for (Query inner : queries()) {
          TieredQuery tiered = new TieredQuery(inner, TIER);
          TopDocs skipping = searcher.search(tiered, new TopScoreDocCollectorManager(10, null, 10));
          TopDocs everything = searcher.search(tiered, new TopScoreDocCollectorManager(10, null, Integer.MAX_VALUE));
          TopDocs plain = searcher.search(inner, new TopScoreDocCollectorManager(10, null, Integer.MAX_VALUE));

          assertThat(docs(skipping)).as(inner.toString()).containsExactly(docs(everything));
          assertThat(skipping.totalHits.value()).as("%s skips", inner).isLessThan(everything.totalHits.value());
          assertThat(everything.totalHits.value()).isEqualTo(plain.totalHits.value());
          for (int i = 0; i < plain.scoreDocs.length; i++) {
            assertThat(everything.scoreDocs[i].score).isEqualTo(TIER + plain.scoreDocs[i].score);
          }
        }
      }
    }
  }

  private static List<Query> queries() {
    Query united = new TermQuery(new Term("text", "united"));
    Query states = new PhraseQuery("text", "united", "states");
    Query america = new TermQuery(new Term("text", "america"));
    Query inTitle = new TermQuery(new Term("title", "america"));
    return List.of(
        america,
        states,
        new DisjunctionMaxQuery(List.of(america, inTitle), 0.1f),
        new BooleanQuery.Builder().add(america, Occur.SHOULD).add(states, Occur.SHOULD).add(united, Occur.SHOULD).build());
  }

  private static Document paragraph(Random random) {
    StringBuilder text = new StringBuilder();
    int length = 5 + random.nextInt(60);
    for (int i = 0; i < length; i++) {
      text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
    }
    Document doc = new Document();
    doc.add(new TextField("text", text.toString(), Field.Store.NO));
    doc.add(new TextField("title", WORDS[random.nextInt(WORDS.length)], Field.Store.NO));
    return doc;
  }

  private static int[] docs(TopDocs top) {
    return java.util.Arrays.stream(top.scoreDocs).mapToInt(hit -> hit.doc).toArray();
  }
}
