package corpussearch.api.highlight;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;

/**
 * Another {@link BreakIterator}'s boundaries, found in one pass when the text is set and then
 * answered from an array.
 *
 * <p>The highlighter asks for the sentence boundaries around every match it scores, and the JDK's
 * rule-based sentence iterator answers {@link #preceding} and {@link #following} by scanning the
 * text again from a safe point each time: over half of highlighting a page of long paragraphs, and
 * the largest single cost of an uncached search at a million paragraphs. Walking the text once
 * gives its boundaries for a fraction of that. They are the boundaries the wrapped iterator stops
 * at walking forwards; the JDK's iterator can answer {@code preceding} with an offset its forward
 * walk never stops at (inside "U.S. …", say), where this one stays consistent.
 */
final class PrecomputedBreakIterator extends BreakIterator {

  private final BreakIterator source;
  private CharacterIterator text;
  private int[] boundaries = new int[16];
  private int count;
  /** Index in {@link #boundaries} of the current boundary. */
  private int current;

  /** Over empty text until {@link #setText} is called, as the JDK's iterators are. */
  PrecomputedBreakIterator(BreakIterator source) {
    this.source = source;
    setText(new StringCharacterIterator(""));
  }

  @Override
  public void setText(CharacterIterator newText) {
    text = newText;
    source.setText(newText);
    count = 0;
    for (int boundary = source.first(); boundary != DONE; boundary = source.next()) {
      if (count == boundaries.length) {
        boundaries = Arrays.copyOf(boundaries, count * 2);
      }
      boundaries[count++] = boundary;
    }
    current = 0;
  }

  @Override
  public PrecomputedBreakIterator clone() {
    PrecomputedBreakIterator copy = (PrecomputedBreakIterator) super.clone();
    copy.boundaries = boundaries.clone();
    return copy;
  }

  @Override
  public CharacterIterator getText() {
    return text;
  }

  @Override
  public int first() {
    current = 0;
    return boundaries[0];
  }

  @Override
  public int last() {
    current = count - 1;
    return boundaries[current];
  }

  @Override
  public int next(int n) {
    int target = current + n;
    if (target < 0 || target >= count) {
      current = target < 0 ? 0 : count - 1;
      return DONE;
    }
    current = target;
    return boundaries[current];
  }

  @Override
  public int next() {
    return next(1);
  }

  @Override
  public int previous() {
    return next(-1);
  }

  @Override
  public int following(int offset) {
    checkOffset(offset);
    int index = firstAfter(offset);
    if (index == count) {
      current = count - 1;
      return DONE;
    }
    current = index;
    return boundaries[current];
  }

  @Override
  public int preceding(int offset) {
    checkOffset(offset);
    int index = firstAtOrAfter(offset) - 1;
    if (index < 0) {
      current = 0;
      return DONE;
    }
    current = index;
    return boundaries[current];
  }

  @Override
  public boolean isBoundary(int offset) {
    checkOffset(offset);
    int index = firstAtOrAfter(offset);
    boolean boundary = index < count && boundaries[index] == offset;
    current = Math.min(index, count - 1);
    return boundary;
  }

  @Override
  public int current() {
    return boundaries[current];
  }

  /** The index of the first boundary greater than {@code offset}; {@link #count} if none. */
  private int firstAfter(int offset) {
    return firstAtOrAfter(offset + 1);
  }

  /** The index of the first boundary at or after {@code offset}; {@link #count} if none. */
  private int firstAtOrAfter(int offset) {
    int index = Arrays.binarySearch(boundaries, 0, count, offset);
    return index >= 0 ? index : -index - 1;
  }

  /** The JDK's iterators refuse offsets outside the text; so does this one. */
  private void checkOffset(int offset) {
    if (offset < text.getBeginIndex() || offset > text.getEndIndex()) {
      throw new IllegalArgumentException("offset out of bounds: " + offset);
    }
  }
}
