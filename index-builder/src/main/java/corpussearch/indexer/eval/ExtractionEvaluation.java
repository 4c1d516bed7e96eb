package corpussearch.indexer.eval;

import corpussearch.indexer.extract.ArticleMetadata;
import corpussearch.indexer.index.IndexSchema;
import corpussearch.indexer.pipeline.BuildOptions;
import corpussearch.indexer.pipeline.IndexBuild;
import corpussearch.indexer.report.ArticleReport;
import corpussearch.indexer.report.BuildReport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;

/**
 * Measures metadata extraction and body cleaning on a set of articles with gold metadata: builds
 * a real index of the set's files, then compares each article's extracted title, authors, outlet
 * and date with gold and looks its body and furniture phrases up in the indexed paragraphs.
 *
 * <p>Run as {@code java -cp index-builder.jar corpussearch.indexer.eval.ExtractionEvaluation DIR}
 * to print the report for the set in {@code DIR} (its files and {@value GoldArticle#GOLD_FILE}).
 */
public final class ExtractionEvaluation {

  /** The largest file read, as the command line's default. */
  private static final long MAX_FILE_BYTES = 32_000_000;

  private ExtractionEvaluation() {}

  /** Prints the report for the set in {@code args[0]}. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: ExtractionEvaluation SET_DIR (a folder of articles and gold.jsonl)");
      System.exit(2);
    }
    Path work = Files.createTempDirectory("extraction-eval");
    System.out.print(evaluate(Path.of(args[0]), work).render());
  }

  /** Builds the set in {@code set} into an index under {@code work} and scores every gold article. */
  public static EvaluationReport evaluate(Path set, Path work) throws IOException {
    List<GoldArticle> gold = GoldArticle.read(set);
    Path corpus = copyArticles(set, work.resolve("corpus"));
    Path index = work.resolve("index");
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
    BuildReport build = new IndexBuild(new BuildOptions(corpus, index, true, MAX_FILE_BYTES), quiet).run();
    Map<String, ArticleMetadata> extracted = build.articles().stream()
        .collect(Collectors.toMap(ArticleReport::articleId, ArticleReport::metadata, (a, b) -> a));
    List<ArticleScore> scores = new ArrayList<>();
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      IndexSearcher searcher = new IndexSearcher(reader);
      for (GoldArticle article : gold) {
        String id = article.articleId();
        scores.add(ArticleScore.of(article, extracted.get(id), indexedText(searcher, id)));
      }
    }
    return new EvaluationReport(scores, build.problems().stream().map(Object::toString).toList());
  }

  /** The set's files without the gold file, which is not an article. */
  private static Path copyArticles(Path set, Path corpus) throws IOException {
    Files.createDirectories(corpus);
    try (Stream<Path> files = Files.list(set)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        if (!file.getFileName().toString().equals(GoldArticle.GOLD_FILE)) {
          Files.copy(file, corpus.resolve(file.getFileName()));
        }
      }
    }
    return corpus;
  }

  /** The text a search can find in article {@code id}: its paragraphs and section headings. */
  private static List<String> indexedText(IndexSearcher searcher, String id) throws IOException {
    StoredFields fields = searcher.storedFields();
    List<String> texts = new ArrayList<>();
    for (ScoreDoc hit : searcher.search(new TermQuery(new Term(IndexSchema.ARTICLE_ID, id)), Integer.MAX_VALUE).scoreDocs) {
      Document doc = fields.document(hit.doc);
      Stream.of(doc.get(IndexSchema.TEXT), doc.get(IndexSchema.SECTION)).filter(Objects::nonNull).forEach(texts::add);
    }
    return texts;
  }

  static <T> Map<String, List<T>> byFormat(List<T> items, Function<T, String> format) {
    return items.stream().collect(Collectors.groupingBy(format, TreeMap::new, Collectors.toList()));
  }
}
