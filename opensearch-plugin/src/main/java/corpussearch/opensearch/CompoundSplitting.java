package corpussearch.opensearch;

import corpussearch.analysis.AnalysisRules;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterIterator;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * {@code CompoundWordFilter} as OpenSearch's {@code word_delimiter_graph}: a word is cut at the
 * hyphen mark and nowhere else, into parts in their order, with the joined form first when
 * indexing (the order and offsets {@code CompoundWordFilter} keeps for this reason).
 *
 * <p>{@code word_delimiter_graph} would also cut at every character Java does not call a letter,
 * digit or mark, which the tokenizer keeps inside words (the apostrophe of "liner's", the period of
 * "U.S", a zero-width joiner, an emoji): its type table makes each of them part of a word. The
 * table is found by asking Lucene's {@link StandardTokenizer} which characters it keeps in a token.
 */
final class CompoundSplitting {

  /** Texts around each character c (as %s) in which the tokenizer may keep it inside a token. */
  private static final List<String> CONTEXTS = List.of("%s", "a%sb", "1%s2", "a%s", "%sa", "\u263A%s", "\uD83D\uDE00%s");

  private CompoundSplitting() {}

  /** The filter's settings; {@code joined}: also the joined form (indexing). */
  static Map<String, Object> settings(boolean joined) {
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("type", "word_delimiter_graph");
    settings.put("generate_word_parts", true);
    settings.put("generate_number_parts", true);
    settings.put("catenate_words", false);
    settings.put("catenate_numbers", false);
    settings.put("catenate_all", joined);
    settings.put("preserve_original", false);
    settings.put("split_on_case_change", false);
    settings.put("split_on_numerics", false);
    settings.put("stem_english_possessive", false);
    settings.put("type_table", typeTable());
    return settings;
  }

  /** Every character the tokenizer keeps in a word that the filter would cut at, but the mark, as part of a word. */
  static List<String> typeTable() {
    List<String> table = new ArrayList<>();
    char mark = AnalysisRules.hyphenMark();
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (c != mark && !Character.isSurrogate((char) c) && WordDelimiterIterator.getType(c) == WordDelimiterFilter.SUBWORD_DELIM && keptInWords((char) c)) {
        table.add(String.format("\\u%04X => ALPHA", c));
      }
    }
    return table;
  }

  private static boolean keptInWords(char c) {
    String character = String.valueOf(c);
    for (String context : CONTEXTS) {
      for (String token : tokens(String.format(context, character))) {
        if (token.indexOf(c) >= 0) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    try (StandardTokenizer tokenizer = new StandardTokenizer()) {
      CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
      tokenizer.setReader(new StringReader(text));
      tokenizer.reset();
      while (tokenizer.incrementToken()) {
        tokens.add(term.toString());
      }
      tokenizer.end();
    } catch (IOException e) {
      throw new UncheckedIOException("tokenizing an in-memory string failed", e);
    }
    return tokens;
  }
}
