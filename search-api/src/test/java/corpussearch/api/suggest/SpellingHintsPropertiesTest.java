package corpussearch.api.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import corpussearch.analysis.CorpusAnalyzer;
import corpussearch.api.TestCorpora;
import corpussearch.api.search.StemmedTypos;
import corpussearch.api.suggest.WordSpans.WordSpan;
import corpussearch.indexer.index.IndexSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;

/**
 * "Did you mean" over a real index of the test fixture, for generated queries of the fixture's
 * words, some with a typo, in any case, with quotes, operators, field names and punctuation
 * around them: a suggestion corrects the unknown words only, and leaves everything else as typed.
 */
class SpellingHintsPropertiesTest {

  private static final CorpusAnalyzer WORDS = CorpusAnalyzer.forQueryWords();
  private static Path temp;
  private static DirectoryReader reader;
  private static List<String> vocabulary;

  private final SpellingHints hints = new SpellingHints(new StemmedTypos(WORDS));

  @BeforeContainer
  static void buildIndex() throws IOException {
    temp = Files.createTempDirectory("spelling-hints");
    Path index = TestCorpora.index(TestCorpora.writeFixture(temp.resolve("corpus")), temp.resolve("index"));
    reader = DirectoryReader.open(FSDirectory.open(index));
    vocabulary = new ArrayList<>();
    Matcher words = Pattern.compile("\\p{L}{5,}").matcher(TestCorpora.FIXTURE_JSONL);
    while (words.find()) {
      String word = words.group().toLowerCase(Locale.ROOT);
      if (!vocabulary.contains(word) && WordSpans.of(WORDS, word).stream().allMatch(span -> known(span.term()))) {
        vocabulary.add(word);
      }
    }
  }

  @AfterContainer
  static void deleteIndex() throws IOException {
    reader.close();
    TestCorpora.delete(temp);
  }

  @Property(tries = 200)
  void aSuggestionCorrectsOnlyUnknownWordsAndKeepsTheirOrder(@ForAll("queries") String query) throws IOException {
    List<WordSpan> typed = words(query);
    String suggestion = hints.suggest(reader, query, () -> false);
    boolean anyUnknown = typed.stream().anyMatch(word -> unknown(query, word));
    if (suggestion == null) {
      return;
    }
    assertThat(anyUnknown).as("a suggestion for %s, where every word is known", query).isTrue();
    List<WordSpan> suggested = words(suggestion);
    assertThat(suggested).as("words of %s", suggestion).hasSameSizeAs(typed);
    int replaced = 0;
    for (int i = 0; i < typed.size(); i++) {
      boolean asTyped = text(suggestion, suggested.get(i)).equals(text(query, typed.get(i)));
      if (!unknown(query, typed.get(i))) {
        assertThat(asTyped).as("known word %d of %s kept as typed in %s", i, query, suggestion).isTrue();
      } else if (!asTyped) {
        // An unknown word with no close indexed word stays as typed; a replacement is always known.
        assertThat(known(suggested.get(i).term())).as("%s replaces an unknown word", suggested.get(i)).isTrue();
        replaced++;
      }
    }
    assertThat(replaced).as("words %s replaced in %s", suggestion, query).isPositive();
  }

  /** A corrected word beside a typo that no indexed word is close enough to (a shrunk failing sample). */
  @Example
  void anUncorrectableWordStaysAsTypedBesideACorrectedOne() throws IOException {
    aSuggestionCorrectsOnlyUnknownWordsAndKeepsTheirOrder("praject sinned");
  }

  @Property(tries = 200)
  void quotesOperatorsAndPunctuationStayAsTyped(@ForAll("queries") String query) throws IOException {
    String suggestion = hints.suggest(reader, query, () -> false);
    if (suggestion != null) {
      assertThat(between(suggestion)).isEqualTo(between(query));
    }
  }

  @Provide
  Arbitrary<String> queries() {
    Arbitrary<String> word = Combinators.combine(Arbitraries.of(vocabulary), Arbitraries.integers().between(0, 3),
        Arbitraries.chars().range('a', 'z'), Arbitraries.of("lower", "Capital", "UPPER")).as(SpellingHintsPropertiesTest::written);
    Arbitrary<String> item = Combinators.combine(Arbitraries.of("", "\"", "-", "+", "(", "title:", "-\""), word,
        Arbitraries.of("", "\"", ")", ",", "?", "*", ".")).as((before, w, after) -> before + w + after);
    Arbitrary<String> separator = Arbitraries.of(" ", "  ", " OR ", ", ", " & ", " AND ");
    return Combinators.combine(item.list().ofMinSize(1).ofMaxSize(4), separator.list().ofSize(3))
        .as((items, separators) -> {
          StringBuilder query = new StringBuilder(items.get(0));
          for (int i = 1; i < items.size(); i++) {
            query.append(separators.get(i - 1)).append(items.get(i));
          }
          return query.toString();
        });
  }

  /** {@code word}, with a typo at position {@code typoAt} when that is inside it (0 means none), in {@code form}. */
  private static String written(String word, int typoAt, char letter, String form) {
    String typed = typoAt == 0 ? word : word.substring(0, typoAt + 1) + letter + word.substring(typoAt + 2);
    return switch (form) {
      case "UPPER" -> typed.toUpperCase(Locale.ROOT);
      case "Capital" -> Character.toUpperCase(typed.charAt(0)) + typed.substring(1);
      default -> typed;
    };
  }

  /** What surrounds the words of {@code text}: everything but the words, in order. */
  private static List<String> between(String text) {
    List<String> gaps = new ArrayList<>();
    int last = 0;
    for (WordSpan word : words(text)) {
      gaps.add(text.substring(last, word.start()));
      last = word.end();
    }
    gaps.add(text.substring(last));
    return gaps;
  }

  /** The words of {@code text} a suggestion may correct: not a field's name before a colon. */
  private static List<WordSpan> words(String text) {
    return WordSpans.of(WORDS, text.replace(':', ' ')).stream().filter(word -> !text.startsWith(":", word.end())).toList();
  }

  /** Whether {@code word} of {@code query} is one to correct: three letters or more, and not in the index. */
  private static boolean unknown(String query, WordSpan word) {
    return text(query, word).length() >= 3 && !known(word.term());
  }

  private static String text(String query, WordSpan word) {
    return query.substring(word.start(), word.end());
  }

  private static boolean known(String term) {
    try {
      return reader.docFreq(new Term(IndexSchema.TEXT, term)) > 0;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
