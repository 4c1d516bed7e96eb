package corpussearch.indexer.index;

import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.compressing.CompressionMode;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsFormat;

/**
 * The codec of the paragraph index: Lucene's default, except that stored fields are kept in small
 * LZ4 chunks of about {@value #CHUNK_BYTES} bytes.
 *
 * <p>Lucene's default stored fields compress blocks of about 80 KB against a preset dictionary,
 * so reading one document decompresses the dictionary and a sub-block of several kilobytes: for
 * the ten scattered hits of a result page over a large index, that is about 8 % of a search's
 * CPU. In a chunk of a few paragraphs, a hit costs about its own length to decompress; the index
 * grows by about a tenth (1,206 to 1,323 MB at a million paragraphs).
 *
 * <p>Readers find the codec by its {@link #NAME} (Java's service loader; listed in {@code
 * META-INF/services}). Moving to a new Lucene default codec means a new name and a new {@link
 * IndexSchema#SCHEMA_VERSION}, so that indexes are rebuilt rather than read with other formats.
 */
public final class ParagraphCodec extends FilterCodec {

  /** The name segments record, and the service loader finds the codec by. */
  public static final String NAME = "CorpusSearchParagraphs104";
  static final int CHUNK_BYTES = 4 * 1024;
  private static final int MAX_DOCS_PER_CHUNK = 64;
  private static final int BLOCK_SHIFT = 10;

  private final StoredFieldsFormat storedFields = new Lucene90CompressingStoredFieldsFormat(
      "CorpusSearchStoredFields", CompressionMode.FAST, CHUNK_BYTES, MAX_DOCS_PER_CHUNK, BLOCK_SHIFT);

  /** Called by the service loader, and by the index writer's configuration. */
  public ParagraphCodec() {
    super(NAME, new Lucene104Codec());
  }

  @Override
  public StoredFieldsFormat storedFieldsFormat() {
    return storedFields;
  }
}
