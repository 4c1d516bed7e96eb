package corpussearch.api.facets;

import static org.assertj.core.api.Assertions.assertThat;

import corpussearch.api.filter.Filters;
import corpussearch.api.index.IndexView;
import corpussearch.api.request.SearchRequest;
import corpussearch.api.request.SearchRequest.SortOrder;
import corpussearch.indexer.index.IndexSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/**
 * {@link MatchCounter} against Lucene's own answers: paragraph totals and multi-select facet
 * counts from {@link DrillSideways}, article counts from the distinct article ids of every match,
 * for every combination of filters, on indexes written as the builder writes them (articles as
 * blocks, over several segments, some replaced) and on one whose articles are interleaved.
 */
class MatchCounterTest {

  private static final FacetsConfig CONFIG = IndexSchema.facetsConfig();
  private static final List<Query> QUERIES = List.of(new TermQuery(new Term(IndexSchema.TEXT, "x")),
      new TermQuery(new Term(IndexSchema.TEXT, "y")), new TermQuery(new Term(IndexSchema.TEXT, "absent")), new MatchAllDocsQuery(),
      new BooleanQuery.Builder().add(new TermQuery(new Term(IndexSchema.TEXT, "x")), Occur.SHOULD)
          .add(new TermQuery(new Term(IndexSchema.TEXT, "z")), Occur.SHOULD).build(),
      // a phrase: positions checked document by document (a two-phase iterator)
      new BooleanQuery.Builder().add(new TermQuery(new Term(IndexSchema.TEXT, "z")), Occur.SHOULD)
          .add(new PhraseQuery(IndexSchema.TITLE, "x", "said"), Occur.SHOULD).build());
  private static final List<List<String>> OUTLETS =
      List.of(List.of(), List.of("Planet"), List.of("Planet", "Gazette"), Arrays.asList((String) null), List.of("Nowhere"));
  private static final List<List<String>> AUTHORS = List.of(List.of(), List.of("Lane"), Arrays.asList("Kent", null));
  private static final List<LocalDate[]> RANGES = List.of(new LocalDate[] {null, null},
      new LocalDate[] {LocalDate.of(2021, 1, 1), null}, new LocalDate[] {null, LocalDate.of(2020, 12, 31)},
      new LocalDate[] {LocalDate.of(2020, 6, 1), LocalDate.of(2021, 6, 1)});

  private record Meta(String outlet, String author, LocalDate date) {}

  private static final Meta PLANET_LANE = new Meta("Planet", "Lane", LocalDate.of(2021, 3, 1));
  private static final Meta PLANET_KENT = new Meta("Planet", "Kent", LocalDate.of(2020, 7, 9));
  private static final Meta GAZETTE_LANE = new Meta("Gazette", "Lane", LocalDate.of(2019, 1, 10));
  private static final Meta UNKNOWN = new Meta(null, null, null);

  @Test
  void agreesWithLuceneOnArticlesWrittenAsBlocksAcrossSegmentsAndUpdates() throws IOException {
    try (Directory directory = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
        writer.updateDocuments(new Term(IndexSchema.ARTICLE_ID, "a"), article("a", PLANET_LANE, "x", "y", "x"));
        writer.updateDocuments(new Term(IndexSchema.ARTICLE_ID, "b"), article("b", PLANET_KENT, "y", "y"));
        writer.updateDocuments(new Term(IndexSchema.ARTICLE_ID, "e"), article("e", UNKNOWN, "x", "y"));
        writer.commit();
        writer.updateDocuments(new Term(IndexSchema.ARTICLE_ID, "c"), article("c", GAZETTE_LANE, "x"));
        writer.updateDocuments(new Term(IndexSchema.ARTICLE_ID, "a"), article("a", PLANET_LANE, "x", "x"));
        writer.updateDocuments(new Term(IndexSchema.ARTICLE_ID, "d"), article("d", new Meta("Gazette", null, LocalDate.of(2021, 8, 1)), "z", "x", "z"));
      }
      assertAgreesForEveryFilter(directory);
    }
  }

  @Test
  void agreesWithLuceneWhenArticlesAreInterleaved() throws IOException {
    try (Directory directory = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
        List<Meta> metas = List.of(PLANET_LANE, PLANET_KENT, PLANET_LANE, GAZETTE_LANE, PLANET_KENT, PLANET_LANE);
        List<String> ids = List.of("a", "b", "a", "c", "b", "a");
        for (int i = 0; i < ids.size(); i++) {
          writer.addDocument(paragraph(ids.get(i), metas.get(i), i % 2 == 0 ? "x" : "y"));
        }
      }
      assertAgreesForEveryFilter(directory);
    }
  }

  @Test
  void countsEveryMatchOfALargeSegmentWithAndWithoutDeletions() throws IOException {
    // matches are read 65,536 documents at a time, and deleted paragraphs one by one
    try (Directory directory = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig().setMaxBufferedDocs(400_000).setRAMBufferSizeMB(256))) {
        for (int article = 0; article < 14_000; article++) {
          writer.addDocuments(article("a" + article, article % 3 == 0 ? PLANET_LANE : GAZETTE_LANE, "x", article % 7 == 0 ? "y" : "z", "x", "z", "x"));
        }
        writer.forceMerge(1);
        writer.commit();
        assertAgreesForEveryFilter(directory);
        for (int article = 0; article < 14_000; article += 11) {
          writer.deleteDocuments(new Term(IndexSchema.ARTICLE_ID, "a" + article));
        }
      }
      assertAgreesForEveryFilter(directory);
    }
  }

  private static void assertAgreesForEveryFilter(Directory directory) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      IndexView view = new IndexView(reader);
      IndexSearcher searcher = new IndexSearcher(reader);
      int checked = 0;
      for (Query query : QUERIES) {
        for (List<String> outlets : OUTLETS) {
          for (List<String> authors : AUTHORS) {
            for (LocalDate[] range : RANGES) {
              SearchRequest request = new SearchRequest("", outlets, authors, List.of(), range[0], range[1], SortOrder.RELEVANCE, 1, 10, false, true, true);
              Filters filters = request.filters();
              MatchCounter.Counts counted = MatchCounter.count(searcher, view, query, filters, request.facets());
              DrillDownQuery drillDown = filters.drillDown(query);
              DrillSideways.DrillSidewaysResult lucene = new DrillSideways(searcher, CONFIG, view.facetState().orElseThrow()).search(drillDown, 1000);
              String what = query + " " + outlets + " " + authors + " " + Arrays.toString(range);
              assertThat(counted.paragraphs()).as(what).isEqualTo(lucene.hits.totalHits.value());
              assertThat(counted.facets()).as(what).isEqualTo(FacetCounts.of(lucene.facets));
              assertThat(counted.articles()).as(what).isEqualTo(distinctArticles(searcher, drillDown));
              checked += counted.paragraphs() > 0 ? 1 : 0;
            }
          }
        }
      }
      assertThat(checked).as("combinations with matches").isGreaterThan(20);
    }
  }

  private static long distinctArticles(IndexSearcher searcher, Query query) throws IOException {
    Set<String> ids = new HashSet<>();
    searcher.search(query, new CollectorManager<SimpleCollector, Void>() {
      @Override
      public SimpleCollector newCollector() {
        return new SimpleCollector() {
          private SortedDocValues articleIds;

          @Override
          protected void doSetNextReader(LeafReaderContext context) throws IOException {
            articleIds = DocValues.getSorted(context.reader(), IndexSchema.ARTICLE_ID);
          }

          @Override
          public void collect(int doc) throws IOException {
            if (articleIds.advanceExact(doc)) {
              ids.add(articleIds.lookupOrd(articleIds.ordValue()).utf8ToString());
            }
          }

          @Override
          public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
          }
        };
      }

      @Override
      public Void reduce(Collection<SimpleCollector> collectors) {
        return null;
      }
    });
    return ids.size();
  }

  private static List<Document> article(String id, Meta meta, String... words) {
    List<Document> block = new ArrayList<>();
    for (String word : words) {
      block.add(paragraph(id, meta, word));
    }
    return block;
  }

  private static Document paragraph(String article, Meta meta, String word) {
    Document doc = new Document();
    doc.add(new StringField(IndexSchema.ARTICLE_ID, article, Field.Store.YES));
    doc.add(new SortedDocValuesField(IndexSchema.ARTICLE_ID, new BytesRef(article)));
    doc.add(new StringField(IndexSchema.TEXT, word, Field.Store.NO));
    doc.add(new TextField(IndexSchema.TITLE, word + " said", Field.Store.NO));
    doc.add(new SortedSetDocValuesFacetField(IndexSchema.FACET_OUTLET, IndexSchema.facetLabel(meta.outlet())));
    doc.add(new SortedSetDocValuesFacetField(IndexSchema.FACET_AUTHOR, IndexSchema.facetLabel(meta.author())));
    String year = null;
    if (meta.date() != null) {
      doc.add(new LongField(IndexSchema.DATE_DAY, meta.date().toEpochDay(), Field.Store.NO));
      year = Integer.toString(meta.date().getYear());
    }
    doc.add(new SortedSetDocValuesFacetField(IndexSchema.FACET_YEAR, IndexSchema.facetLabel(year)));
    try {
      return CONFIG.build(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
