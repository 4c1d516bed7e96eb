package corpussearch.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import corpussearch.analysis.CorpusAnalyzer;
import corpussearch.analysis.Synonyms;
import corpussearch.indexer.index.IndexSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The top tier's hits are the ranking query's hits: on random paragraphs with typos, aliases and
 * noise words, every query whose top tier holds a page gets the same hits, in the same order and
 * with the same scores (to float rounding at the tiers' magnitude), as scoring every match.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TopTierTest {

  /** Scores are sums of about 10^5: float rounding there is below 0.01. */
  private static final float ROUNDING = 0.02f;
  private static final String[] WORDS = {
    "government", "goverment", "congress", "congres", "taxes", "tax", "united", "states", "america", "peace",
    "treaty", "treaties", "the", "of", "war", "commerce", "commerse", "railroad", "railroads", "union"
  };
  private static final String[] QUERIES = {
    "government taxes", "goverment congress", "peace treaty", "america commerce", "united states peace",
    "the war", "war of the union", "railroad commerce congress", "union government -war", "taxes \"united states\"",
    "commerce OR railroad treaty", "congress peace america", "treaty", "government", "goverment", "america taxes"
  };

  private final QueryPlanner planner =
      new QueryPlanner(CorpusAnalyzer.forQueries(Synonyms.bundled()), CorpusAnalyzer.forQueryWords());
  private final LenientQueryParser parser = new LenientQueryParser();
  private Directory directory;
  private DirectoryReader reader;

  @BeforeAll
  void index() throws IOException {
    directory = new ByteBuffersDirectory();
    Random random = new Random(7);
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(CorpusAnalyzer.forQueryWords()))) {
      for (int doc = 0; doc < 20_000; doc++) {
        writer.addDocument(paragraph(random));
        if (doc % 7_000 == 6_999) {
          writer.commit();
        }
      }
    }
    reader = DirectoryReader.open(directory);
  }

  @Test
  void givesTheHitsOfScoringEveryMatch() throws IOException {
    IndexSearcher searcher = new IndexSearcher(reader);
    int shortcuts = 0;
    for (String q : QUERIES) {
      for (Query filter : new Query[] {null, new TermQuery(new Term("group", "a"))}) {
        for (int n : new int[] {1, 10, 50}) {
          SearchQuery query = SearchQueries.of(planner.plan(parser.parse(q)), TypoExpansions.uncached()).rewrite(searcher);
          if (query.topTier() == null) {
            continue;
          }
          TopDocs top = query.topTier().topHits(searcher, filtered(query.topTier().ranking(), filter), n);
          if (top == null) {
            continue;
          }
          shortcuts++;
          TopDocs all = searcher.search(filtered(query.ranking(), filter), new TopScoreDocCollectorManager(n, null, Integer.MAX_VALUE));
          assertSameHits(q + " filter " + filter + " n " + n, top, all);
        }
      }
    }
    assertThat(shortcuts).as("searches answered from the top tier").isGreaterThan(QUERIES.length * 3);
  }

  @Test
  void isLeftOutWhereTheBonusesCouldOutweighTheMargin() throws IOException {
    IndexSearcher searcher = new IndexSearcher(reader);
    Query words = new TermQuery(new Term(IndexSchema.TEXT, "peace"));
    assertThat(new TopTier(words, 0f, List.of(words), 1_000f).rewrite(searcher)).isNotNull();
    assertThat(new TopTier(words, 0f, List.of(words), 0.0001f).rewrite(searcher)).isNull();
  }

  @Test
  void answersNothingWhenTheTopTierHoldsTooFewHits() throws IOException {
    IndexSearcher searcher = new IndexSearcher(reader);
    SearchQuery query = SearchQueries.of(planner.plan(parser.parse("railroad treaties congres")), TypoExpansions.uncached()).rewrite(searcher);
    long exact = searcher.count(query.topTier().ranking());
    assertThat(query.topTier().topHits(searcher, query.topTier().ranking(), (int) exact)).isNotNull();
    assertThat(query.topTier().topHits(searcher, query.topTier().ranking(), (int) exact + 1)).isNull();
  }

  private static void assertSameHits(String what, TopDocs top, TopDocs all) {
    assertThat(top.scoreDocs).as(what).hasSameSizeAs(all.scoreDocs);
    float last = all.scoreDocs[all.scoreDocs.length - 1].score;
    List<Integer> expected = new ArrayList<>();
    for (ScoreDoc hit : all.scoreDocs) {
      expected.add(hit.doc);
    }
    for (int i = 0; i < top.scoreDocs.length; i++) {
      ScoreDoc hit = top.scoreDocs[i];
      assertThat(hit.score).as("%s: score of hit %d", what, i).isCloseTo(all.scoreDocs[i].score, org.assertj.core.data.Offset.offset(ROUNDING));
      if (hit.score > last + ROUNDING) {
        assertThat(expected).as("%s: hit %d is among the hits of scoring every match", what, i).contains(hit.doc);
      }
    }
  }

  private static Query filtered(Query query, Query filter) {
    return filter == null ? query : new BooleanQuery.Builder().add(query, Occur.MUST).add(filter, Occur.FILTER).build();
  }

  private static Document paragraph(Random random) {
    StringBuilder text = new StringBuilder();
    int length = 3 + random.nextInt(40);
    for (int i = 0; i < length; i++) {
      text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
    }
    Document doc = new Document();
    doc.add(new Field(IndexSchema.TEXT, text.toString(), IndexSchema.TEXT_WITH_OFFSETS));
    doc.add(new Field(IndexSchema.TITLE, WORDS[random.nextInt(WORDS.length)], IndexSchema.TEXT_WITH_OFFSETS));
    doc.add(new StringField("group", random.nextBoolean() ? "a" : "b", Field.Store.NO));
    return doc;
  }

  @org.junit.jupiter.api.AfterAll
  void close() throws IOException {
    reader.close();
    directory.close();
  }
}
