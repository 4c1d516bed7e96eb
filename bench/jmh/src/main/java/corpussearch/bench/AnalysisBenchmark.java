package corpussearch.bench;

import corpussearch.analysis.CorpusAnalyzer;
import corpussearch.analysis.Synonyms;
import corpussearch.indexer.index.IndexSchema;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/** The analysis chain (CorpusAnalyzer) over one paragraph, as at index time, and over a query with synonyms. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AnalysisBenchmark {

  @Param({"sotu", "news"})
  public String paragraph;

  private Analyzer indexing;
  private Analyzer querying;
  private String text;

  @Setup(Level.Trial)
  public void setUp() {
    indexing = CorpusAnalyzer.forIndexing();
    querying = CorpusAnalyzer.forQueries(Synonyms.bundled());
    text = paragraph.equals("sotu") ? Texts.SOTU_PARAGRAPH : Texts.NEWS_PARAGRAPH;
  }

  @Benchmark
  public int indexParagraph(Blackhole bh) throws IOException {
    return consume(indexing, text, bh);
  }

  @Benchmark
  public int queryWithSynonyms(Blackhole bh) throws IOException {
    return consume(querying, "Islamic State in Khorasan Daesh attack on Kabul airport", bh);
  }

  static int consume(Analyzer analyzer, String text, Blackhole bh) throws IOException {
    int n = 0;
    try (TokenStream ts = analyzer.tokenStream(IndexSchema.TEXT, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        bh.consume(term.length());
        n++;
      }
      ts.end();
    }
    return n;
  }
}
