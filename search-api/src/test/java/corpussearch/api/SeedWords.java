package corpussearch.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/**
 * Text for generated queries: words and runs of words of the shipped seeds, made-up words no seed
 * holds, and long texts of everything a person pastes or types into a search box.
 */
public final class SeedWords {

  /** The seed articles' text, token by token (words with their punctuation). */
  private static final List<String> TOKENS = tokens();
  /** Every distinct word of three letters or more in the seed articles, as written. */
  public static final List<String> IN_SEEDS = TOKENS.stream()
      .map(token -> token.replaceAll("[^\\p{L}]", ""))
      .filter(word -> word.length() >= 3)
      .distinct()
      .toList();

  private SeedWords() {}

  /** A seed word or a made-up one (lower-case letters, mostly absent from the index). */
  public static Arbitrary<String> anyWord() {
    return Arbitraries.oneOf(Arbitraries.of(IN_SEEDS), Arbitraries.strings().withCharRange('a', 'z').ofMinLength(3).ofMaxLength(10));
  }

  /** A run of consecutive words of a seed article, the way a person pastes a sentence. */
  public static Arbitrary<String> pasted(int maxWords) {
    return Arbitraries.integers().between(0, TOKENS.size() - 1)
        .flatMap(start -> Arbitraries.integers().between(1, maxWords)
            .map(n -> String.join(" ", TOKENS.subList(start, Math.min(TOKENS.size(), start + n)))));
  }

  /**
   * Texts of up to {@code q}'s 1,000 characters made of pasted seed sentences (plain and quoted),
   * seed words with a typo, aliases, prefixes, {@code OR} chains and exclusions.
   */
  public static Arbitrary<String> longText() {
    Arbitrary<String> piece = Arbitraries.frequencyOf(
        Tuple.of(4, pasted(160)),
        Tuple.of(2, pasted(160).map(text -> "\"" + text + "\"")),
        Tuple.of(2, Arbitraries.of(IN_SEEDS).list().ofMinSize(1).ofMaxSize(40).map(words -> String.join(" ", words))),
        Tuple.of(2, typo().list().ofMinSize(1).ofMaxSize(60).map(words -> String.join(" ", words))),
        Tuple.of(1, ALIASES.list().ofMinSize(1).ofMaxSize(40).map(aliases -> String.join(" ", aliases))),
        Tuple.of(1, prefix().list().ofMinSize(1).ofMaxSize(200).map(prefixes -> String.join(" ", prefixes))),
        Tuple.of(1, Arbitraries.oneOf(anyWord(), ALIASES, prefix()).list().ofMinSize(2).ofMaxSize(120)
            .map(words -> String.join(" OR ", words))),
        Tuple.of(1, Arbitraries.oneOf(anyWord(), prefix()).list().ofMinSize(1).ofMaxSize(150)
            .map(words -> "-" + String.join(" -", words))));
    return piece.list().ofMinSize(1).ofMaxSize(6)
        .map(pieces -> String.join(" ", pieces))
        .map(text -> text.length() <= 1000 ? text : text.substring(0, 1000));
  }

  private static final Arbitrary<String> ALIASES = Arbitraries.of("Islamic State Khorasan", "Islamic State in Khorasan",
      "ISIS-K", "ISKP", "IS-K", "Daesh", "U.S.", "United States", "al-Qaeda", "Taliban", "Islamic Emirate", "ISIL");

  /** A seed word with one letter replaced. */
  private static Arbitrary<String> typo() {
    return Arbitraries.of(IN_SEEDS).flatMap(word -> Arbitraries.integers().between(0, word.length() - 1)
        .flatMap(at -> Arbitraries.chars().range('a', 'z')
            .map(letter -> word.substring(0, at) + letter + word.substring(at + 1))));
  }

  /** A prefix of two or three letters, or of a seed word, with {@code *}. */
  private static Arbitrary<String> prefix() {
    return Arbitraries.oneOf(Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(3),
        Arbitraries.of(IN_SEEDS).map(word -> word.substring(0, Math.min(word.length(), 4)))).map(stem -> stem + "*");
  }

  private static List<String> tokens() {
    try (Stream<Path> files = Files.list(TestCorpora.SEEDS)) {
      return files.filter(file -> file.toString().endsWith(".txt")).sorted()
          .flatMap(SeedWords::text)
          .flatMap(text -> Arrays.stream(text.split("\\s+")))
          .filter(token -> !token.isBlank())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Stream<String> text(Path file) {
    try {
      return Stream.of(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
