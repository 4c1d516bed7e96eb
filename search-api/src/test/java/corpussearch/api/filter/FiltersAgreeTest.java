package corpussearch.api.filter;

import static org.assertj.core.api.Assertions.assertThat;

import corpussearch.api.TestCorpora;
import corpussearch.api.facets.MatchCounter;
import corpussearch.api.index.IndexView;
import corpussearch.indexer.index.IndexSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;

/**
 * One {@link Filters} value, two renderings: the paragraphs its drill-down lets through (as
 * ranking runs it) are the paragraphs {@link MatchCounter} counts, and both are those a plain
 * reading of each paragraph's stored outlet, author, site and date lets through. Filters are
 * drawn at random (known, unknown and absent values; date bounds by year, month or day, reversed
 * ones included) over an index the real builder wrote from a generated corpus.
 */
class FiltersAgreeTest {

  private static final List<String> OUTLETS = List.of("Daily Planet", "Gotham Gazette", "Metro News", "Star Ledger", "Coast Herald");
  private static final List<String> AUTHORS = List.of("Lois Lane", "Clark Kent", "Vicki Vale", "Jimmy Olsen", "Perry White", "Cat Grant");
  private static final List<String> SITES = List.of("planet.example", "gazette.example", "news.example.org", "ledger.example");
  /** A value no article has: it lets nothing through. */
  private static final String UNKNOWN = "Nowhere At All";
  private static final int ARTICLES = 240;

  private static Path temp;
  private static DirectoryReader reader;
  private static List<Paragraph> paragraphs;

  /** A paragraph's stored filter values (null where the article has none). */
  record Paragraph(String id, String article, String outlet, String author, String site, String date) {}

  /** Filter values as a resolved request holds them (null: "unknown"), date bounds as typed. */
  record Request(List<String> outlets, List<String> authors, List<String> sites, String from, String to) {

    Filters filters() {
      return Filters.of(outlets, authors, sites, from == null ? null : DayRange.bound(from, false),
          to == null ? null : DayRange.bound(to, true));
    }
  }

  @BeforeContainer
  static void index() throws IOException {
    temp = Files.createTempDirectory("filters-agree");
    Path corpus = Files.createDirectories(temp.resolve("corpus"));
    Files.writeString(corpus.resolve("articles.jsonl"), corpus(new Random(16)), StandardCharsets.UTF_8);
    reader = DirectoryReader.open(FSDirectory.open(TestCorpora.index(corpus, temp.resolve("index"))));
    paragraphs = stored(reader);
    assertThat(paragraphs.stream().map(Paragraph::article).distinct().count()).isEqualTo(ARTICLES);
  }

  @AfterContainer
  static void close() throws IOException {
    reader.close();
    TestCorpora.delete(temp);
  }

  @Property(tries = 300)
  void rankingAndCountingLetThroughWhatTheStoredValuesSay(@ForAll("requests") Request request) throws IOException {
    Filters filters = request.filters();
    IndexSearcher searcher = new IndexSearcher(reader);
    Set<String> expected = paragraphs.stream().filter(p -> passes(p, request)).map(Paragraph::id).collect(Collectors.toSet());
    long expectedArticles = paragraphs.stream().filter(p -> expected.contains(p.id())).map(Paragraph::article).distinct().count();

    Set<String> ranked = new HashSet<>();
    StoredFields stored = searcher.storedFields();
    for (ScoreDoc hit : searcher.search(filters.drillDown(new MatchAllDocsQuery()), reader.maxDoc()).scoreDocs) {
      ranked.add(stored.document(hit.doc).get(IndexSchema.ID));
    }
    MatchCounter.Counts counted = MatchCounter.count(searcher, new IndexView(reader), new MatchAllDocsQuery(), filters, false);

    assertThat(ranked).as("ranking filter").isEqualTo(expected);
    assertThat(counted.paragraphs()).as("counted paragraphs").isEqualTo(expected.size());
    assertThat(counted.articles()).as("counted articles").isEqualTo(expectedArticles);
    // most drawn filters must let something through, or agreeing on nothing would prove little
    Statistics.collect(expected.isEmpty() ? "nothing" : "something");
    Statistics.coverage(coverage -> coverage.check("something").percentage(p -> p >= 30));
  }

  /**
   * The filter read plainly: a value list lets through the paragraphs holding one of its values;
   * a date bound compares the date's leading year, year-month or day with it, so {@code to=2021}
   * takes in all of 2021.
   */
  private static boolean passes(Paragraph p, Request request) {
    return in(request.outlets(), p.outlet()) && in(request.authors(), p.author()) && in(request.sites(), p.site())
        && (request.from() == null || p.date() != null && p.date().substring(0, request.from().length()).compareTo(request.from()) >= 0)
        && (request.to() == null || p.date() != null && p.date().substring(0, request.to().length()).compareTo(request.to()) <= 0);
  }

  private static boolean in(List<String> values, String value) {
    return values.isEmpty() || values.stream().anyMatch(v -> Objects.equals(v, value));
  }

  @Provide
  Arbitrary<Request> requests() {
    return Combinators.combine(values(OUTLETS), values(AUTHORS), values(SITES), bound(), bound()).as(Request::new);
  }

  /** 0–3 values of a dimension: known ones, "unknown" (null) and one no article has. */
  private static Arbitrary<List<String>> values(List<String> known) {
    List<String> choices = new ArrayList<>(known);
    choices.add(UNKNOWN);
    return Arbitraries.integers().between(0, choices.size()).map(i -> i == choices.size() ? null : choices.get(i)).list().ofMaxSize(3);
  }

  /**
   * A date bound by year, month or day, or none (null): mostly at an article's date, where an end
   * one day off would show, else anywhere around the corpus's dates.
   */
  private static Arbitrary<String> bound() {
    List<LocalDate> dated = paragraphs.stream().map(Paragraph::date).filter(Objects::nonNull).distinct().map(LocalDate::parse).toList();
    Arbitrary<LocalDate> anyDay = Arbitraries.integers().between(0, 6 * 366).map(offset -> LocalDate.of(2018, 6, 1).plusDays(offset));
    Arbitrary<LocalDate> days = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(dated)), Tuple.of(1, anyDay));
    Arbitrary<Integer> precision = Arbitraries.integers().between(0, 3);
    return Combinators.combine(days, precision).as((day, digits) -> switch (digits) {
      case 0 -> null;
      case 1 -> Integer.toString(day.getYear());
      case 2 -> day.toString().substring(0, 7);
      default -> day.toString();
    });
  }

  private static String corpus(Random random) {
    StringBuilder jsonl = new StringBuilder();
    for (int i = 0; i < ARTICLES; i++) {
      int article = i;
      List<String> fields = new ArrayList<>();
      fields.add(json("id", "art" + article));
      fields.add(json("title", "Story number " + article));
      maybe(random, OUTLETS, value -> fields.add(json("outlet", value)));
      maybe(random, AUTHORS, value -> fields.add(json("author", value)));
      maybe(random, SITES, value -> fields.add(json("url", "https://www." + value + "/story/" + article)));
      if (random.nextInt(8) > 0) {
        fields.add(json("date", date(random).toString()));
      }
      List<String> texts = new ArrayList<>();
      for (int n = 0; n <= random.nextInt(4); n++) {
        texts.add("\"Paragraph " + n + " of story " + article + " tells what happened on the river.\"");
      }
      fields.add("\"paragraphs\":[" + String.join(",", texts) + "]");
      jsonl.append('{').append(String.join(",", fields)).append("}\n");
    }
    return jsonl.toString();
  }

  /** A day of 2019–2022, one time in three the first or last of its month, where bounds meet. */
  private static LocalDate date(Random random) {
    LocalDate day = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(4 * 365));
    return switch (random.nextInt(6)) {
      case 0 -> day.withDayOfMonth(1);
      case 1 -> day.withDayOfMonth(day.lengthOfMonth());
      default -> day;
    };
  }

  /** Adds a random value of {@code values}, or none one time in six. */
  private static void maybe(Random random, List<String> values, Consumer<String> add) {
    if (random.nextInt(6) > 0) {
      add.accept(values.get(random.nextInt(values.size())));
    }
  }

  private static String json(String name, String value) {
    return "\"" + name + "\":\"" + value + "\"";
  }

  private static List<Paragraph> stored(DirectoryReader reader) throws IOException {
    List<Paragraph> all = new ArrayList<>();
    StoredFields stored = reader.storedFields();
    for (int doc = 0; doc < reader.maxDoc(); doc++) {
      Document d = stored.document(doc);
      all.add(new Paragraph(d.get(IndexSchema.ID), d.get(IndexSchema.ARTICLE_ID), d.get(IndexSchema.OUTLET),
          d.get(IndexSchema.AUTHOR), d.get(IndexSchema.SITE), d.get(IndexSchema.DATE)));
    }
    return all;
  }
}
