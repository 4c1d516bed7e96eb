package corpussearch.opensearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The texts of the parity check: every paragraph (blank-line separated block) of the text files of
 * a corpus folder, and random strings made of the cases the chain treats specially, mixed with
 * random Unicode.
 */
final class ParityTexts {

  private static final List<String> PIECES = List.of(
      // hyphens: acronyms joined, words split and joined, hyphens of every kind, at edges, doubled
      "IS-K", "ISIS-K", "ISIL‐K", "IS‑KP", "isis-k", "IS-K-led", "anti-ISIS-K", "ÉTAT-K", "hard-liner", "War-on-Terror",
      "anti-US", "al-Qaeda", "Tehrik-e-Taliban", "face-to-face", "-", "--", "a-b-c-d", "x-1", "1-2", "e-", "-e",
      // apostrophes, possessives, abbreviations
      "Kabul’s", "Kabul's", "U.S.'s", "U.S.’s", "US’s", "ʼ", "′", "＇", "‘quoted’", "'s", "al-Qa'ida", "hard-liner's",
      "U.S.", "U.S", "US", "us", "USA", "U.S.A.", "u.s.",
      // underscores, which the chain reads as the hyphen mark
      "_", "__", "a_b", "_x", "y_", "snake_case_word", "1_000",
      // numbers
      "2,000", "1,234,567", "2\u00a0000", "2\u202f000", ",000", "2,00", "3.14", "1.000,5", "12:30", "1st", "v2.0",
      // spellings, stems, protected words, aliases
      "colour", "recognised", "organisations", "defences", "centre", "catalogue", "analysing", "favourite", "ISIS",
      "Hamas", "fighters", "Islamic State in Khorasan", "Daesh", "United States of America", "Pakistani Taliban",
      // diacritics, precomposed and combining
      "al-Baghdādī", "Baghda\u0304di", "e\u0301", "\u0301", "naïve", "Ǆ", "ß", "İ", "ﬁnance", "Øresund",
      // emoji, CJK, other scripts, supplementary letters
      "😀", "👍🏽", "👨‍👩‍👧", "🇺🇸", "☺", "❤️", "1️⃣", "中文字", "東京タワー", "カタカナ_カナ", "한국어", "لبنان", "עברית",
      "𝐀𝐁-𝐂", "𐐀𐐁", "\u200d", "\u00ad", "a\u200bb", "");

  private static final List<String> SEPARATORS = List.of(" ", "", "\n", "\t", ", ", ". ", "-", "_", "'", "\u00a0", "\u3000", "\r\n\r\n");

  private ParityTexts() {}

  /** Every paragraph of every {@code .txt} file under {@code folder}, in file order. */
  static List<String> paragraphs(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      List<String> paragraphs = new ArrayList<>();
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        for (String block : Files.readString(file, StandardCharsets.UTF_8).split("\\R\\s*\\R")) {
          if (!block.isBlank()) {
            paragraphs.add(block.strip());
          }
        }
      }
      return paragraphs;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code count} random texts from {@code seed}; the first is empty. */
  static List<String> random(int count, long seed) {
    Random random = new Random(seed);
    List<String> texts = new ArrayList<>();
    texts.add("");
    while (texts.size() < count) {
      StringBuilder text = new StringBuilder();
      int pieces = random.nextInt(16);
      for (int i = 0; i < pieces; i++) {
        text.append(piece(random)).append(SEPARATORS.get(random.nextInt(SEPARATORS.size())));
      }
      texts.add(text.toString());
    }
    return texts;
  }

  private static String piece(Random random) {
    return switch (random.nextInt(12)) {
      case 0 -> randomCodePoints(random, 1 + random.nextInt(8), Character.MAX_CODE_POINT);
      case 1 -> randomCodePoints(random, 1 + random.nextInt(12), 0x3000);
      case 2 -> random.nextInt(10) == 0 ? longWord(random) : randomCodePoints(random, 1 + random.nextInt(10), 0x80);
      case 3 -> PIECES.get(random.nextInt(PIECES.size())) + PIECES.get(random.nextInt(PIECES.size()));
      default -> PIECES.get(random.nextInt(PIECES.size()));
    };
  }

  /** Random code points below {@code limit}, never a lone surrogate. */
  private static String randomCodePoints(Random random, int count, int limit) {
    StringBuilder text = new StringBuilder();
    while (text.codePointCount(0, text.length()) < count) {
      int codePoint = random.nextInt(limit);
      if (Character.getType(codePoint) != Character.SURROGATE && Character.getType(codePoint) != Character.UNASSIGNED) {
        text.appendCodePoint(codePoint);
      }
    }
    return text.toString();
  }

  /** A word longer than the tokenizer keeps whole (255), sometimes hyphenated. */
  private static String longWord(Random random) {
    String letters = random.nextBoolean() ? "abcdefghij" : "ISK-hard";
    StringBuilder word = new StringBuilder();
    int length = 200 + random.nextInt(2000);
    for (int i = 0; i < length; i++) {
      word.append(letters.charAt(random.nextInt(letters.length())));
    }
    return word.toString();
  }
}
