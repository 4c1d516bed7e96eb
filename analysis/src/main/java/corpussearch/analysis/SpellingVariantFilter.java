package corpussearch.analysis;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Rewrites British spellings to American ones so that "recognise" finds "recognize" and
 * "neighbours" finds "neighbors". Runs on lower-cased tokens, before stemming, on both the index
 * and the query side, so either spelling finds both.
 *
 * <p>The rules are the regular suffix correspondences: -ise/-ize with their inflections,
 * -isation/-ization, -yse/-yze, -our/-or, -tre/-ter, -ogue/-og and the defence/offence/licence/
 * pretence family. A rule fires only when what precedes the suffix is long enough to be a stem and
 * is not on the rule's list of words that merely look British ("advise", "hour", "vogue"…).
 */
final class SpellingVariantFilter extends TokenFilter {

  /**
   * One suffix correspondence.
   *
   * @param minStem the shortest stem the rule applies to; shorter words ("rise", "hour") are
   *     never rewritten
   * @param exceptions stems that are spelled the same in American English
   */
  record Rule(String british, String american, int minStem, CharArraySet exceptions) {
    /** Rewrites {@code term} in place when the rule applies; works on the buffer, allocating nothing. */
    boolean apply(CharTermAttribute term) {
      int length = term.length();
      int stem = length - british.length();
      if (stem < minStem || stem < 0 || !endsWith(term.buffer(), stem) || exceptions.contains(term.buffer(), 0, stem)) {
        return false;
      }
      term.setLength(stem).append(american);
      return true;
    }

    private boolean endsWith(char[] buffer, int offset) {
      for (int i = 0; i < british.length(); i++) {
        if (buffer[offset + i] != british.charAt(i)) {
          return false;
        }
      }
      return true;
    }
  }

  /** Stems of words that end in -ise in American English too (advise, surprise, exercise…). */
  private static final CharArraySet ISE_EXCEPTIONS =
      set(
          "adv", "advert", "appr", "appra", "chast", "circumc", "compr", "comprom", "dem", "desp",
          "dev", "disgu", "enterpr", "exc", "exerc", "expert", "franch", "improv", "inc",
          "merchand", "prec", "conc", "prem", "rev", "superv", "surpr", "telev", "treat", "otherw",
          "likew", "clockw", "parad", "prom", "pra", "cru", "bru", "torto", "porpo", "sunr", "upr",
          "repr", "val", "cer", "turquo", "chem", "moonr", "upra", "lou", "den", "eli");

  /** Stems of words that end in -our in American English too (hour, four, contour…). */
  private static final CharArraySet OUR_EXCEPTIONS =
      set("fl", "sc", "dev", "cont", "det", "troubad", "am", "param", "tamb", "vel", "ret");

  /** The rules, tried in this order; the first that applies rewrites the word. */
  static final List<Rule> RULES =
      List.of(
          new Rule("isations", "izations", 3, set("improv")),
          new Rule("isation", "ization", 3, set("improv")),
          new Rule("ising", "izing", 3, ISE_EXCEPTIONS),
          new Rule("ised", "ized", 3, ISE_EXCEPTIONS),
          new Rule("ises", "izes", 3, ISE_EXCEPTIONS),
          new Rule("isers", "izers", 3, ISE_EXCEPTIONS),
          new Rule("iser", "izer", 3, ISE_EXCEPTIONS),
          new Rule("ise", "ize", 3, ISE_EXCEPTIONS),
          new Rule("ysing", "yzing", 3, set()),
          new Rule("ysed", "yzed", 3, set()),
          new Rule("yse", "yze", 3, set()),
          new Rule("ouring", "oring", 2, OUR_EXCEPTIONS),
          new Rule("oured", "ored", 2, OUR_EXCEPTIONS),
          new Rule("ourites", "orites", 2, set()),
          new Rule("ourite", "orite", 2, set()),
          new Rule("ourable", "orable", 2, set()),
          new Rule("ours", "ors", 2, OUR_EXCEPTIONS),
          new Rule("our", "or", 2, OUR_EXCEPTIONS),
          new Rule("tres", "ters", 2, set("en")),
          new Rule("tre", "ter", 2, set("en")),
          new Rule("ogues", "ogs", 4, set()),
          new Rule("ogue", "og", 4, set()),
          new Rule("defences", "defenses", 0, set()),
          new Rule("defence", "defense", 0, set()),
          new Rule("offences", "offenses", 0, set()),
          new Rule("offence", "offense", 0, set()),
          new Rule("licences", "licenses", 0, set()),
          new Rule("licence", "license", 0, set()),
          new Rule("pretences", "pretenses", 0, set()),
          new Rule("pretence", "pretense", 0, set()));

  /**
   * The rules by the last character of their British suffix: most words end in a letter no rule
   * ends in and are passed over after one array lookup, instead of being tried against all rules.
   */
  private static final Rule[][] RULES_BY_LAST_CHAR = byLastChar(RULES);

  private static final Rule[] NO_RULES = {};

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

  SpellingVariantFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    int length = term.length();
    if (keyword.isKeyword() || length == 0) {
      return true;
    }
    char last = term.buffer()[length - 1];
    Rule[] candidates = last < RULES_BY_LAST_CHAR.length ? RULES_BY_LAST_CHAR[last] : NO_RULES;
    for (Rule rule : candidates) {
      if (rule.apply(term)) {
        break;
      }
    }
    return true;
  }

  /** {@code rules} grouped by the last character of their suffix, in their original order. */
  private static Rule[][] byLastChar(List<Rule> rules) {
    Rule[][] grouped = new Rule[128][];
    for (char c = 0; c < grouped.length; c++) {
      char last = c;
      grouped[c] = rules.stream().filter(rule -> rule.british().charAt(rule.british().length() - 1) == last).toArray(Rule[]::new);
    }
    return grouped;
  }

  private static CharArraySet set(String... words) {
    return CharArraySet.unmodifiableSet(new CharArraySet(Arrays.asList(words), false));
  }
}
