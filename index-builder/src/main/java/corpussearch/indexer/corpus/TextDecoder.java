package corpussearch.indexer.corpus;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Decodes the bytes of an article. A byte-order mark (UTF-8, UTF-16LE, UTF-16BE) decides the
 * encoding, then the NUL bytes of UTF-16 saved without one ({@link Utf16Shape}); otherwise bytes
 * that are valid UTF-8 are UTF-8. Anything else is either UTF-8 with a few damaged bytes (most of
 * its non-ASCII bytes still form valid UTF-8 sequences: the damaged ones are replaced with U+FFFD)
 * or text saved in a legacy encoding, which juniversalchardet (Mozilla's detector) names; when it
 * cannot tell, Windows-1252, what Western text saved "as ANSI" is in (and a superset of Latin-1's
 * printable characters).
 */
final class TextDecoder {

  /** What {@link #decode} falls back to when the detector has no answer. */
  static final Charset FALLBACK = Charset.forName("windows-1252");

  /**
   * The decoded text.
   *
   * @param encoding the encoding used when it was not UTF-8 (for the report), else null
   * @param repaired whether undecodable bytes were replaced with U+FFFD
   */
  record Decoded(String text, String encoding, boolean repaired) {}

  private TextDecoder() {}

  static Decoded decode(byte[] bytes) {
    ByteOrderMark bom = ByteOrderMark.of(bytes);
    if (bom != null && bom.charset() != StandardCharsets.UTF_8) {
      return lenient(bytes, bom.length(), bom.charset());
    }
    Charset wide = bom == null ? Utf16Shape.of(bytes) : null;
    if (wide != null) {
      return lenient(bytes, 0, wide);
    }
    int start = bom == null ? 0 : bom.length();
    try {
      return new Decoded(strict(bytes, start), null, false);
    } catch (CharacterCodingException e) {
      Charset charset = bom != null || mostlyUtf8(bytes, start) ? StandardCharsets.UTF_8 : detect(bytes);
      return lenient(bytes, start, charset);
    }
  }

  private static String strict(byte[] bytes, int start) throws CharacterCodingException {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
        .toString();
  }

  private static Decoded lenient(byte[] bytes, int start, Charset charset) {
    String text = new String(bytes, start, bytes.length - start, charset);
    String encoding = charset == StandardCharsets.UTF_8 ? null : charset.name();
    return new Decoded(text, encoding, text.indexOf('\uFFFD') >= 0);
  }

  /** Whether more of the non-ASCII bytes form valid UTF-8 sequences than not. */
  private static boolean mostlyUtf8(byte[] bytes, int start) {
    int valid = 0;
    int invalid = 0;
    int i = start;
    while (i < bytes.length) {
      int length = sequenceLength(bytes, i);
      if (length > 1) {
        valid++;
        i += length;
      } else {
        invalid += length < 0 ? 1 : 0;
        i++;
      }
    }
    return valid > invalid;
  }

  /**
   * The length of the UTF-8 sequence at {@code i}: 1 for ASCII, 2 to 4 for a well-formed
   * multi-byte sequence, -1 for a byte that starts none.
   */
  private static int sequenceLength(byte[] bytes, int i) {
    int lead = bytes[i] & 0xFF;
    int length = lead < 0x80 ? 1 : lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4 ? 4 : -1;
    if (length <= 1 || i + length > bytes.length) {
      return length == 1 ? 1 : -1;
    }
    for (int k = 1; k < length; k++) {
      if ((bytes[i + k] & 0xC0) != 0x80) {
        return -1;
      }
    }
    return length;
  }

  private static Charset detect(byte[] bytes) {
    UniversalDetector detector = new UniversalDetector();
    detector.handleData(bytes, 0, bytes.length);
    detector.dataEnd();
    String name = detector.getDetectedCharset();
    try {
      return name != null && Charset.isSupported(name) ? Charset.forName(name) : FALLBACK;
    } catch (IllegalCharsetNameException e) {
      return FALLBACK;
    }
  }
}
