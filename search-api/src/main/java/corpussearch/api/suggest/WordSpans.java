package corpussearch.api.suggest;

import corpussearch.indexer.index.IndexSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The words of a text as the shared analyzer finds them: each term with the span of the text as
 * written that it came from (the char filters correct the offsets, so a span is always the typed
 * or stored text, never the filtered one).
 */
final class WordSpans {

  /** One term and the span {@code [start, end)} of the text it was made from. */
  record WordSpan(String term, int start, int end) {}

  private WordSpans() {}

  /** Every token {@code analyzer} makes of {@code text} in the paragraph field, in stream order. */
  static List<WordSpan> of(Analyzer analyzer, String text) {
    List<WordSpan> spans = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(IndexSchema.TEXT, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        spans.add(new WordSpan(term.toString(), offset.startOffset(), offset.endOffset()));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysis of an in-memory string failed", e);
    }
    return spans;
  }

  /**
   * The spans of the words of {@code text}, each once: a hyphenated word's joined form spans its
   * parts, so overlapping spans are merged into the word as written ("al-Baghdadi", not "al").
   */
  static List<WordSpan> merged(Analyzer analyzer, String text) {
    List<WordSpan> words = new ArrayList<>();
    List<WordSpan> spans = new ArrayList<>(of(analyzer, text));
    spans.sort(Comparator.comparingInt(WordSpan::start));
    for (WordSpan span : spans) {
      WordSpan last = words.isEmpty() ? null : words.get(words.size() - 1);
      if (last != null && span.start() < last.end()) {
        words.set(words.size() - 1, new WordSpan(last.term(), last.start(), Math.max(last.end(), span.end())));
      } else {
        words.add(span);
      }
    }
    return words;
  }
}
