package corpussearch.api.reliability;

import corpussearch.api.TestCorpora;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Words for generated queries: words of the shipped seeds, and made-up words no seed holds. */
final class SeedWords {

  /** The seed articles' text, token by token (words with their punctuation). */
  private static final List<String> TOKENS = tokens();
  /** Every distinct word of three letters or more in the seed articles, as written. */
  static final List<String> IN_SEEDS = TOKENS.stream()
      .map(token -> token.replaceAll("[^\\p{L}]", ""))
      .filter(word -> word.length() >= 3)
      .distinct()
      .toList();

  private SeedWords() {}

  /** A seed word or a made-up one (lower-case letters, mostly absent from the index). */
  static Arbitrary<String> anyWord() {
    return Arbitraries.oneOf(Arbitraries.of(IN_SEEDS), Arbitraries.strings().withCharRange('a', 'z').ofMinLength(3).ofMaxLength(10));
  }

  /** A run of consecutive words of a seed article, the way a person pastes a sentence. */
  static Arbitrary<String> pasted(int maxWords) {
    return Arbitraries.integers().between(0, TOKENS.size() - 1)
        .flatMap(start -> Arbitraries.integers().between(1, maxWords)
            .map(n -> String.join(" ", TOKENS.subList(start, Math.min(TOKENS.size(), start + n)))));
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
