package corpussearch.api.reliability.fuzz;

import corpussearch.api.request.SearchParams;
import java.util.Collections;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Queries as people type them, built from the corpus's own words: words, names, typos, quoted
 * phrases, exclusions (with and without anything left to match), {@code OR}, field scopes,
 * prefixes, unbalanced quotes, odd Unicode, repeated tokens and whole passages pasted from the
 * texts up to the length limit. Every part is a jqwik combinator, so a failing query shrinks to
 * fewer, shorter pieces.
 */
public final class QueryGrammar {

  /** Characters people paste by accident or on purpose: marks, bidi, emoji, lone surrogates, controls, full width. */
  private static final String[] ODD = {
      "e\u0301", "a\u0308\u0308\u0308", "\u200f", "\u202e", "\u200b", "\u200d", "\ufeff", "\u00a0", "😀", "👩‍👩‍👧", "🇦🇫",
      "\ud83d", "\ude00", "\u0000", "\u0001", "\u0007", "\t", "\n", "\r\n", "\u001f", "\u007f", "\u0085", "\u2028",
      "ＫＡＢＵＬ", "ｔａｌｉｂａｎ", "１２３", "کابل", "طالبان", "קאבול", "Кабул", "ß", "ﬁ", "İ", "\uFFFD", "\uFFFF", "\\", "%", "&", "#", "+"};
  /** Words that mean something to a query parser somewhere, and noise words. */
  private static final String[] SYNTAX = {
      "OR", "AND", "NOT", "or", "-", "--", "+", ":", "*", "**", "?", "(", ")", "[", "]", "{", "}", "~", "~2", "^3", "/", "/.*/",
      "\"", "\"\"", "''", "“", "”", "‘", "’", "the", "of", "how", "many", "what", "a", "is", "title:", "author:", "outlet:", "foo:"};

  private final Vocabulary vocabulary;

  public QueryGrammar(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /**
   * A query: a few pieces; a pasted passage (quoted or not, with a piece beside it); one term and
   * exclusions, which often leave nothing to match ({@code Kandahar -Taliban}); or nothing.
   */
  public Arbitrary<String> query() {
    return Arbitraries.frequencyOf(
        Tuple.of(6, piece().list().ofMinSize(1).ofMaxSize(8).map(pieces -> String.join(" ", pieces))),
        Tuple.of(1, pasted()),
        Tuple.of(1, Combinators.combine(term(), exclusion().list().ofMinSize(1).ofMaxSize(3))
            .as((term, exclusions) -> term + " " + String.join(" ", exclusions))),
        Tuple.of(1, Combinators.combine(piece(), pasted(), Arbitraries.of(true, false))
            .as((piece, pasted, before) -> before ? piece + " " + pasted : pasted + " " + piece)),
        Tuple.of(1, Arbitraries.of("", " ", "   ", "\t", "\"", "-", "*", "OR", "title:")));
  }

  /** One thing a person types between spaces (or a few glued together). */
  public Arbitrary<String> piece() {
    return Arbitraries.frequencyOf(
        Tuple.of(8, term()),
        Tuple.of(3, exclusion()),
        Tuple.of(2, Combinators.combine(term(), term()).as((a, b) -> a + " OR " + b)),
        Tuple.of(2, scoped()),
        Tuple.of(2, prefix()),
        Tuple.of(1, Combinators.combine(term(), Arbitraries.of(true, false)).as((t, open) -> open ? "\"" + t : t + "\"")),
        Tuple.of(2, odd()),
        Tuple.of(1, Arbitraries.of(SYNTAX)),
        Tuple.of(1, Combinators.combine(term(), Arbitraries.integers().between(2, 60), Arbitraries.of(" ", "", "-", " OR "))
            .as((t, times, glue) -> String.join(glue, Collections.nCopies(times, t)))));
  }

  /** Something that can match: a word as written, a name, a phrase, a typo or a word the corpus lacks. */
  public Arbitrary<String> term() {
    return Arbitraries.frequencyOf(
        Tuple.of(6, word()),
        Tuple.of(2, Arbitraries.of(vocabulary.names())),
        Tuple.of(2, phrase()),
        Tuple.of(2, typo()),
        Tuple.of(1, Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(10)));
  }

  /** A word of the corpus, as it stands or in another case. */
  public Arbitrary<String> word() {
    return Combinators.combine(Arbitraries.of(vocabulary.words()), Arbitraries.of(Case.values())).as((w, c) -> c.apply(w));
  }

  private Arbitrary<String> phrase() {
    return Combinators.combine(start(), Arbitraries.integers().between(2, 5)).as((s, n) -> "\"" + vocabulary.run(s, n) + "\"");
  }

  private Arbitrary<String> typo() {
    return Combinators.combine(Arbitraries.of(vocabulary.words()), Arbitraries.integers().between(0, 20), Arbitraries.chars().range('a', 'z'))
        .as((w, at, c) -> w.substring(0, at % w.length()) + c + w.substring(Math.min(w.length(), at % w.length() + 1)));
  }

  private Arbitrary<String> exclusion() {
    return Arbitraries.oneOf(word().map(w -> "-" + w), phrase().map(p -> "-" + p));
  }

  private Arbitrary<String> scoped() {
    Arbitrary<String> value = Arbitraries.oneOf(word(), Arbitraries.of(vocabulary.names()).map(n -> "\"" + n + "\""), phrase());
    return Combinators.combine(Arbitraries.of("title:", "author:", "outlet:", "Title:", "-title:", "title: "), value).as(String::concat);
  }

  private Arbitrary<String> prefix() {
    return Combinators.combine(Arbitraries.of(vocabulary.words()), Arbitraries.integers().between(1, 6))
        .as((w, n) -> w.substring(0, Math.min(n, w.length())) + "*");
  }

  private Arbitrary<String> odd() {
    return Arbitraries.oneOf(Arbitraries.of(ODD),
        Combinators.combine(word(), Arbitraries.of(ODD), Arbitraries.integers().between(0, 20))
            .as((w, odd, at) -> w.substring(0, at % (w.length() + 1)) + odd + w.substring(at % (w.length() + 1))));
  }

  /** Text pasted from an article: a run of its tokens cut at the length limit, sometimes in quotes. */
  public Arbitrary<String> pasted() {
    Arbitrary<String> run = Combinators.combine(start(), Arbitraries.integers().between(5, 250))
        .as((s, n) -> cut(vocabulary.run(s, n), SearchParams.MAX_QUERY_LENGTH));
    return Combinators.combine(run, Arbitraries.of("", "\"", "“"), Arbitraries.of(true, false))
        .as((text, quote, closed) -> quote.isEmpty() ? text : cut(quote + text + (closed ? quote : ""), SearchParams.MAX_QUERY_LENGTH));
  }

  private Arbitrary<Integer> start() {
    return Arbitraries.integers().between(0, vocabulary.text().size() - 1);
  }

  private static String cut(String text, int limit) {
    return text.length() <= limit ? text : text.substring(0, limit);
  }

  /** How a person might have cased a word. */
  private enum Case {
    AS_WRITTEN, LOWER, UPPER;

    String apply(String word) {
      return switch (this) {
        case AS_WRITTEN -> word;
        case LOWER -> word.toLowerCase(Locale.ROOT);
        case UPPER -> word.toUpperCase(Locale.ROOT);
      };
    }
  }
}
