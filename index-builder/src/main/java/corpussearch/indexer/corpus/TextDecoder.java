package corpussearch.indexer.corpus;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes UTF-8 strictly, falling back to replacement characters when the bytes are invalid. */
final class TextDecoder {

  /** The decoded text and whether invalid bytes had to be replaced. */
  record Decoded(String text, boolean repaired) {}

  private TextDecoder() {}

  static Decoded decode(byte[] bytes) {
    try {
      return new Decoded(stripBom(strict(bytes)), false);
    } catch (CharacterCodingException e) {
      return new Decoded(stripBom(new String(bytes, StandardCharsets.UTF_8)), true);
    }
  }

  private static String strict(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }

  private static String stripBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
