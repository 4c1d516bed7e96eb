package corpussearch.api.highlight;

import static org.assertj.core.api.Assertions.assertThat;

import corpussearch.api.search.LenientQueryParser;
import corpussearch.api.search.QueryPlanner;
import corpussearch.api.search.SearchQueries;
import corpussearch.api.search.SearchQuery;
import corpussearch.api.search.TypoExpansions;
import corpussearch.analysis.CorpusAnalyzer;
import corpussearch.analysis.Synonyms;
import corpussearch.indexer.index.IndexSchema;
import java.io.IOException;
import java.util.Arrays;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/**
 * {@link ParagraphHighlighter} marks what Lucene's own highlighter marks (which builds the query's
 * weight again for every paragraph), on an index of several segments, for words, typos, aliases,
 * phrases and prefixes.
 */
class ParagraphHighlighterTest {

  private static final String[] WORDS = {
    "the", "United", "States", "of", "America", "Kabul", "airport", "attack", "Taliban", "government", "U.S.", "claimed"
  };
  private static final String[] QUERIES = {
    "kabul airport", "taliban goverment", "america", "\"united states\"", "attac*", "claimed -kabul", "US attack"
  };

  private final Analyzer analyzer = CorpusAnalyzer.forIndexing();
  private final QueryPlanner planner = new QueryPlanner(CorpusAnalyzer.forQueries(Synonyms.bundled()), CorpusAnalyzer.forQueryWords());

  @Test
  void marksWhatLucenesOwnHighlighterMarks() throws IOException {
    try (Directory directory = new ByteBuffersDirectory()) {
      Random random = new Random(3);
      try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
        for (int doc = 0; doc < 600; doc++) {
          writer.addDocument(paragraph(random));
          if (doc % 200 == 199) {
            writer.commit();
          }
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        assertThat(reader.leaves()).hasSizeGreaterThan(1);
        IndexSearcher searcher = new IndexSearcher(reader);
        int marked = 0;
        for (String q : QUERIES) {
          SearchQuery query = SearchQueries.of(planner.plan(new LenientQueryParser().parse(q)), TypoExpansions.uncached()).rewrite(searcher);
          ScoreDoc[] hits = searcher.search(query.ranking(), 20).scoreDocs;
          int[] ids = Arrays.stream(hits).mapToInt(hit -> hit.doc).toArray();
          String[] texts = new String[ids.length];
          for (int i = 0; i < ids.length; i++) {
            texts[i] = searcher.storedFields().document(ids[i]).get(IndexSchema.TEXT);
          }
          String[] ours = new ParagraphHighlighter(analyzer).highlight(searcher, query.highlight(), ids, texts, false);
          String[] lucenes = lucene(searcher).highlightFields(new String[] {IndexSchema.TEXT}, query.highlight(), ids, new int[] {1}).get(IndexSchema.TEXT);
          for (int i = 0; i < ids.length; i++) {
            assertThat(ours[i]).as("%s, doc %d", q, ids[i]).isEqualTo(lucenes[i] == null ? ParagraphHighlighter.escape(texts[i]) : lucenes[i]);
            marked += ours[i].contains("<mark>") ? 1 : 0;
          }
        }
        assertThat(marked).as("paragraphs with marks").isGreaterThan(QUERIES.length * 10);
      }
    }
  }

  private UnifiedHighlighter lucene(IndexSearcher searcher) {
    return new UnifiedHighlighter(UnifiedHighlighter.builder(searcher, analyzer)
        .withBreakIterator(WholeBreakIterator::new)
        .withFormatter(new MarkPassageFormatter())
        .withMaxNoHighlightPassages(1)
        .withMaxLength(Integer.MAX_VALUE - 1));
  }

  private static Document paragraph(Random random) {
    StringBuilder text = new StringBuilder();
    int length = 4 + random.nextInt(25);
    for (int i = 0; i < length; i++) {
      text.append(WORDS[random.nextInt(WORDS.length)]).append(i % 7 == 6 ? ". " : " ");
    }
    Document doc = new Document();
    doc.add(new Field(IndexSchema.TEXT, text.toString().trim(), IndexSchema.TEXT_WITH_OFFSETS));
    return doc;
  }
}
