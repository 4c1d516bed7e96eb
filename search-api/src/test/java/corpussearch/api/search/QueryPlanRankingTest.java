package corpussearch.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import corpussearch.analysis.CorpusAnalyzer;
import corpussearch.analysis.Synonyms;
import corpussearch.indexer.index.IndexSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/** Each ranking rule of a {@link corpussearch.api.query.QueryPlan}, on paragraphs built to isolate it. */
class QueryPlanRankingTest {

  private final QueryPlanner planner =
      new QueryPlanner(CorpusAnalyzer.forQueries(Synonyms.bundled()), CorpusAnalyzer.forQueryWords());
  private final LenientQueryParser parser = new LenientQueryParser();

  /** The ids of the paragraphs {@code q} matches, best first. */
  private List<String> search(String q, String... paragraphs) throws IOException {
    try (Directory directory = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(CorpusAnalyzer.forQueryWords()))) {
        for (int i = 0; i < paragraphs.length; i++) {
          Document doc = new Document();
          doc.add(new StringField(IndexSchema.ID, "p" + i, Field.Store.YES));
          doc.add(new Field(IndexSchema.TEXT, paragraphs[i], IndexSchema.TEXT_WITH_OFFSETS));
          writer.addDocument(doc);
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        List<String> ids = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(SearchQueries.of(planner.plan(parser.parse(q)), TypoExpansions.uncached()).ranking(), 10).scoreDocs) {
          ids.add(searcher.storedFields().document(hit.doc).get(IndexSchema.ID));
        }
        return ids;
      }
    }
  }

  @Test
  void allConceptsOutrankSomeHoweverOftenTheyOccur() throws IOException {
    assertThat(search("taliban recognition",
        "Taliban taliban taliban taliban: the Taliban and the Taliban again.",
        "Recognition of the Taliban government is far off."))
        .containsExactly("p1", "p0");
  }

  @Test
  void exactMatchOutranksATypoOfTheSameWord() throws IOException {
    assertThat(search("Badakhshan",
        "Badakshan, Badakshan and Badakshan again.",
        "A long paragraph in which the province of Badakhshan is mentioned only once among many other words."))
        .containsExactly("p1", "p0");
  }

  @Test
  void typosFollowWordLength() throws IOException {
    assertThat(search("Kabl", "Kabul airport")).isEmpty();
    assertThat(search("Talibn", "The Taliban said")).containsExactly("p0");
    assertThat(search("Tlibn", "The Taliban said")).isEmpty();
    assertThat(search("Afganistn", "In Afghanistan today")).containsExactly("p0");
  }

  @Test
  void noTyposInsidePhrases() throws IOException {
    assertThat(search("\"Talibn government\"", "The Taliban government")).isEmpty();
  }

  @Test
  void noiseWordsAloneDoNotMatch() throws IOException {
    assertThat(search("how many IS-K fighters",
        "How many times, and how, nobody knows.",
        "ISIS-K has about 2,000 fighters."))
        .containsExactly("p1");
  }

  @Test
  void aQueryOfOnlyNoiseWordsStillMatches() throws IOException {
    assertThat(search("to be or not to be", "To be or not to be, that is the question.", "Kabul")).containsExactly("p0");
  }

  @Test
  void wordsCloseTogetherRankHigher() throws IOException {
    assertThat(search("drone strikes",
        "Drone footage was shown at a meeting where nobody discussed whether the strikes had happened.",
        "A history of drone strikes was shown at a meeting where nobody discussed the footage."))
        .containsExactly("p1", "p0");
  }

  @Test
  void aHyphenatedWordIsOnePhrase() throws IOException {
    assertThat(search("over-the-horizon",
        "The horizon is over there.",
        "An over-the-horizon capability."))
        .containsExactly("p1");
  }

  @Test
  void aliasesMatchEveryVariant() throws IOException {
    assertThat(search("ISKP",
        "IS-K claimed it.", "ISIS-K claimed it.", "ISIL-K claimed it.",
        "The Islamic State in Khorasan claimed it.", "Islamic State Khorasan Province claimed it.", "ISIS claimed it."))
        .containsExactlyInAnyOrder("p0", "p1", "p2", "p3", "p4");
  }

  @Test
  void anAliasThatContainsAnotherStillMatchesThroughIt() throws IOException {
    // "United States of America" holds the alias "United States": its own phrase is left out of
    // the search, and the paragraph is found all the same.
    assertThat(search("America",
        "The United States of America said.", "The United States said.", "America said.", "USA said.", "The states united."))
        .containsExactlyInAnyOrder("p0", "p1", "p2", "p3");
  }

  @Test
  void theLongerAliasAsTypedOutranksTheShorterOneItContains() throws IOException {
    assertThat(search("United States of America",
        "The United States and America said.", "The United States of America said."))
        .containsExactly("p1", "p0");
  }

  @Test
  void theWordsAsTypedOutrankAnAliasOfThem() throws IOException {
    assertThat(search("Kabul airport",
        "The attack on Hamid Karzai International Airport was claimed.",
        "The attack on Kabul airport was claimed."))
        .containsExactly("p1", "p0");
  }

  @Test
  void countryAcronymIsNotThePronoun() throws IOException {
    assertThat(search("US", "Tell us more.", "The U.S. said.", "The United States said.", "USA today."))
        .containsExactlyInAnyOrder("p1", "p2", "p3");
  }

  @Test
  void exclusionRemovesParagraphs() throws IOException {
    assertThat(search("taliban -kabul", "Taliban in Kabul.", "Taliban in Kandahar.")).containsExactly("p1");
  }
}
