package corpussearch.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Cuts a hyphenated word, which {@link JoiningCharFilter} marks by turning its hyphens into
 * {@value #MARK} so that the tokenizer keeps it whole, into its parts ("hard-liner" → "hard",
 * "liner"), each at its own position with its own offsets, so phrases over the parts still match.
 *
 * <p>When indexing it also stacks the parts joined ("hardliner") on the first part, before it,
 * spanning every part's position as a token graph requires, so that a
 * person who writes the word as one ("hardliner", "hardliners") finds the hyphenated form: the
 * joined form goes through the rest of the chain and is stemmed like any word. Queries are
 * analysed without the joined form (a query-time alias filter cannot read a token graph); the
 * search service tries joined forms itself.
 */
final class CompoundWordFilter extends TokenFilter {

  /** What stands for a hyphen inside a word between the char filter and this filter. */
  static final char MARK = '_';

  private final boolean stackJoined;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
  private final PositionLengthAttribute length = addAttribute(PositionLengthAttribute.class);
  private final List<Piece> pending = new ArrayList<>();
  private AttributeSource.State word;

  private record Piece(String text, int start, int end, int increment, int length) {}

  /**
   * @param stackJoined whether to add each hyphenated word's joined form (indexing) or only its
   *     parts (queries)
   */
  CompoundWordFilter(TokenStream input, boolean stackJoined) {
    super(input);
    this.stackJoined = stackJoined;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!pending.isEmpty()) {
      restoreState(word);
      emit(pending.remove(0));
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    if (!marked()) {
      return true;
    }
    split();
    if (pending.isEmpty()) {
      return true;
    }
    word = captureState();
    emit(pending.remove(0));
    return true;
  }

  private boolean marked() {
    char[] buffer = term.buffer();
    for (int i = 0; i < term.length(); i++) {
      if (buffer[i] == MARK) {
        return true;
      }
    }
    return false;
  }

  /**
   * Queues the parts of the current word, with its joined form first (spanning them all), in the
   * order and with the offsets of Lucene's {@code WordDelimiterGraphFilter}, so that OpenSearch's
   * built-in {@code word_delimiter_graph} rebuilds this filter exactly.
   */
  private void split() {
    String text = term.toString();
    int start = offset.startOffset();
    int end = offset.endOffset();
    // A char filter that deleted characters inside the word (the hyphen of "IS-K" in "IS-K-led")
    // leaves no way to tell where each part starts in the text: every part then spans the word.
    boolean exactOffsets = end - start == text.length();
    StringBuilder joined = new StringBuilder(text.length());
    int from = 0;
    for (int at = 0; at <= text.length(); at++) {
      if (at == text.length() || text.charAt(at) == MARK) {
        if (at > from) {
          String part = text.substring(from, at);
          int increment = pending.isEmpty() ? this.increment.getPositionIncrement() : 1;
          pending.add(exactOffsets ? new Piece(part, start + from, start + at, increment, 1) : new Piece(part, start, end, increment, 1));
          joined.append(part);
        }
        from = at + 1;
      }
    }
    if (stackJoined && pending.size() > 1) {
      // The joined form spans exactly its parts (not an underscore before or after them), so tokens
      // that start or end at the same position share that offset, as a token graph requires.
      Piece first = pending.get(0);
      Piece last = pending.get(pending.size() - 1);
      pending.set(0, new Piece(first.text(), first.start(), first.end(), 0, 1));
      pending.add(0, new Piece(joined.toString(), first.start(), last.end(), first.increment(), pending.size()));
    }
  }

  private void emit(Piece piece) {
    term.setEmpty().append(piece.text());
    offset.setOffset(piece.start(), piece.end());
    increment.setPositionIncrement(piece.increment());
    length.setPositionLength(piece.length());
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending.clear();
    word = null;
  }
}
