package corpussearch.api.reliability.fuzz;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Values for one parameter: mostly valid, some near-valid, some junk. */
final class ParamValues {

  private ParamValues() {}

  /** A whole number in {@code [min, max]}, its edges, one past them, other spellings of numbers, or junk. */
  static Arbitrary<String> number(int min, int max, String... tooLarge) {
    return Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.integers().between(min, max).map(String::valueOf)),
        Tuple.of(1, Arbitraries.of(String.valueOf(min - 1), "-1", " 2 ", "+3", "07", "1.5", "1e3", "0x10", "٣", "５", "")),
        Tuple.of(1, Arbitraries.of(tooLarge)),
        Tuple.of(1, junk()));
  }

  /** A date as {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, an impossible or misspelt one, or junk. */
  static Arbitrary<String> date() {
    Arbitrary<String> valid = Combinators.combine(Arbitraries.integers().between(2018, 2026), Arbitraries.integers().between(1, 12),
            Arbitraries.integers().between(1, 28), Arbitraries.integers().between(1, 3))
        .as((y, m, d, parts) -> switch (parts) {
          case 1 -> String.valueOf(y);
          case 2 -> String.format("%d-%02d", y, m);
          default -> String.format("%d-%02d-%02d", y, m, d);
        });
    return Arbitraries.frequencyOf(
        Tuple.of(8, valid),
        Tuple.of(2, Arbitraries.of("2021-02-30", "2021-13", "2021-8", "21", "2021/08/01", "0000", "0001-01-01", "9999-12-31", "10000",
            "2021-00-10", "2021-08-26T00:00", "-2021", "26.08.2021", "")),
        Tuple.of(1, junk()));
  }

  /** One of the {@code valid} words, one in another case or misspelt, or junk. */
  static Arbitrary<String> choice(String... valid) {
    Arbitrary<String> word = Arbitraries.of(valid);
    return Arbitraries.frequencyOf(
        Tuple.of(8, word),
        Tuple.of(1, word.map(w -> w.toUpperCase(Locale.ROOT))),
        Tuple.of(1, word.map(w -> w.isEmpty() ? " " : w.substring(1) + " ")),
        Tuple.of(1, junk()));
  }

  /** Anything at all: any characters (surrogates and controls included) or values programs send by mistake. */
  static Arbitrary<String> junk() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(30),
        Arbitraries.strings().withCharRange('\u0000', '\u007f').ofMaxLength(12),
        Arbitraries.of("", " ", "null", "undefined", "NaN", "Infinity", "[]", "{}", "[object Object]", "%", "%00", "%zz", "\u0000",
            "😀", "\ud800", "9".repeat(40), "-".repeat(20), "../../etc/passwd", "<script>alert(1)</script>", "'; DROP TABLE x; --"));
  }
}
