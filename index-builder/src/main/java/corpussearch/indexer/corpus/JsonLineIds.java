package corpussearch.indexer.corpus;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The id of a JSON line that states none: {@code {file}-{16 hex digits}}, a hash of the line's
 * {@code url} when it has one, else of its title, date and text. The position of the line plays
 * no part, so inserting, removing or reordering lines leaves every other id (and every saved link)
 * as it was; two identical lines get the same id and are reported as duplicates.
 */
final class JsonLineIds {

  /** Hex digits kept from the hash: 64 bits, short in a URL and with collisions out of reach. */
  private static final int HEX_DIGITS = 16;

  private JsonLineIds() {}

  /**
   * @param fileId the JSON Lines file's path without extension
   * @param url the line's {@code url}, or null
   * @param title the line's {@code title}, or null
   * @param date the line's {@code date}, or null
   * @param text the line's {@code text}, or null when it gave paragraphs
   * @param paragraphs the line's paragraphs (empty when it gave text)
   */
  static String of(String fileId, String url, String title, String date, String text, List<String> paragraphs) {
    String key = url != null && !url.isBlank()
        ? "url\u0000" + url.strip()
        : "content\u0000" + strip(title) + "\u0000" + strip(date) + "\u0000" + (text != null ? text.strip() : String.join("\n\n", paragraphs));
    return fileId + "-" + sha256Hex(key).substring(0, HEX_DIGITS);
  }

  private static String strip(String value) {
    return value == null ? "" : value.strip();
  }

  private static String sha256Hex(String value) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
