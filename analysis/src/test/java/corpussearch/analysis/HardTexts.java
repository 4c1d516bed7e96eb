package corpussearch.analysis;

import java.util.List;
import java.util.Random;
import org.apache.lucene.tests.util.TestUtil;

/**
 * Random text made of the cases the chain's own filters treat specially (hyphenated acronyms and
 * words, apostrophes of every kind, abbreviations before a possessive, thousands separators, the
 * country's acronym, British spellings, the aliases' words) mixed with random Unicode, accents and combining marks,
 * very long tokens and empty text, joined by every kind of separator or none.
 */
final class HardTexts {

  private static final List<String> PIECES =
      List.of(
          "IS-K", "ISIS-K", "isis-k", "IS-KP", "ISIL\u2010K", "ÉTAT-K", "War-on-Terror", "anti-US", "a-b", "-",
          "--", "\u2010", "\u2011", "U.S.'s", "U.S.’s", "U.S.", "US", "us", "USA", "U.S.A.", "US’s", "Kabul’s", "Kabul's",
          "‘quoted’", "ʼ", "′", "＇", "'", "'s", "2,000", "2\u00a0000", "2\u202f000", "1,234,567", ",000", "2,00",
          "colour", "recognised", "defences", "centre", "catalogue", "ISIS", "al-Baghdādī", "e\u0301", "\u0301",
          "Ǆ", "ß", "İ", "\ud83d\ude00", "中文", "لبنان", ".", ",", "'", "_", "",
          "Islamic State", "Islamic State in Khorasan", "Khorasan", "Daesh", "United States", "of", "America",
          "Security Council", "Belt and Road");

  private static final List<String> SEPARATORS = List.of(" ", "", "\n", "\t", ", ", ". ", "-", "\u00a0", "\u3000");

  private HardTexts() {}

  /** A random text of up to about {@code pieces} pieces. */
  static String next(Random random, int pieces) {
    StringBuilder text = new StringBuilder();
    int count = random.nextInt(pieces + 1);
    for (int i = 0; i < count; i++) {
      text.append(piece(random)).append(SEPARATORS.get(random.nextInt(SEPARATORS.size())));
    }
    return text.toString();
  }

  private static String piece(Random random) {
    return switch (random.nextInt(10)) {
      case 0 -> TestUtil.randomUnicodeString(random, 12);
      case 1 -> TestUtil.randomRealisticUnicodeString(random, 1, 20);
      case 2 -> random.nextInt(20) == 0 ? longToken(random) : TestUtil.randomSimpleString(random, 1, 8);
      default -> PIECES.get(random.nextInt(PIECES.size()));
    };
  }

  /** A token longer than any tokenizer keeps whole. */
  private static String longToken(Random random) {
    String letters = random.nextBoolean() ? "abcdefghij" : "ISK-";
    StringBuilder token = new StringBuilder();
    int length = 256 + random.nextInt(5000);
    for (int i = 0; i < length; i++) {
      token.append(letters.charAt(random.nextInt(letters.length())));
    }
    return token.toString();
  }
}
