package corpussearch.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntPredicate;
import org.apache.lucene.analysis.CharArraySet;

/**
 * The rule tables of the chain, read from the filters that apply them, for hosts that rebuild the
 * chain from other parts (the built-in OpenSearch settings): the filters stay the one source of
 * every rule, and a rule changed there changes here.
 */
public final class AnalysisRules {

  /**
   * One British-to-American suffix rule of {@code SpellingVariantFilter}.
   *
   * @param british the suffix rewritten
   * @param american what it becomes
   * @param minStem the fewest characters before the suffix for the rule to apply
   * @param exceptions what may stand before the suffix without the rule applying
   */
  public record SpellingRule(String british, String american, int minStem, Set<String> exceptions) {}

  private AnalysisRules() {}

  /** The character that stands for a hyphen inside a word between the char filters and the tokenizer. */
  public static char hyphenMark() {
    return CompoundWordFilter.MARK;
  }

  /** The characters that become a plain apostrophe. */
  public static String apostrophes() {
    return bmpCharacters(c -> c != '\'' && ApostropheCharFilter.normalize((char) c) == '\'');
  }

  /** The hyphens that join acronyms and mark hyphenated words. */
  public static String hyphens() {
    return bmpCharacters(c -> JoiningCharFilter.isHyphen((char) c));
  }

  /** The thousands separators deleted between a digit and three digits. */
  public static String thousandsSeparators() {
    return bmpCharacters(c -> JoiningCharFilter.isThousandsSeparator((char) c));
  }

  /** The fewest letters before the hyphen of an acronym or short word joined across it ("IS" of "IS-K"). */
  public static int acronymMinLetters() {
    return JoiningCharFilter.ACRONYM_MIN;
  }

  /** The most letters before the hyphen of an acronym or short word joined across it. */
  public static int acronymMaxLetters() {
    return JoiningCharFilter.ACRONYM_MAX;
  }

  /** The most upper-case letters after an acronym's hyphen ("KP" of "IS-KP"). */
  public static int acronymSuffixMax() {
    return JoiningCharFilter.ACRONYM_SUFFIX_MAX;
  }

  /** The letters after the hyphen of a short word joined in any case ("k" of "isis-k"). */
  public static int shortWordSuffix() {
    return JoiningCharFilter.SHORT_WORD_SUFFIX;
  }

  /** The upper-case spellings of the country's acronym, sorted. */
  public static List<String> countryAcronyms() {
    return List.copyOf(new TreeSet<>(CountryAcronymFilter.SPELLING_LIST));
  }

  /** The token every spelling of the country's acronym becomes. */
  public static String countryToken() {
    return CountryAcronymFilter.CANONICAL;
  }

  /** The spelling rules, in the order they are tried (the first that applies wins). */
  public static List<SpellingRule> spellingRules() {
    return SpellingVariantFilter.RULES.stream()
        .map(rule -> new SpellingRule(rule.british(), rule.american(), rule.minStem(), strings(rule.exceptions())))
        .toList();
  }

  /** The words the stemmer leaves alone, sorted. */
  public static List<String> protectedWords() {
    return List.copyOf(strings(CorpusAnalyzer.PROTECTED_WORDS));
  }

  /** The bundled alias list's rules (Solr synonym format), one per line, without comments and blank lines. */
  public static List<String> synonymRules() {
    try (InputStream in = Synonyms.class.getResourceAsStream(Synonyms.BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException("bundled " + Synonyms.BUNDLED + " is missing from the classpath");
      }
      List<String> rules = new ArrayList<>();
      for (String line : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          rules.add(line.strip());
        }
      }
      return rules;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Set<String> strings(CharArraySet set) {
    Set<String> strings = new TreeSet<>();
    for (Object word : set) {
      strings.add(new String((char[]) word));
    }
    return strings;
  }

  private static String bmpCharacters(IntPredicate test) {
    StringBuilder chars = new StringBuilder();
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (test.test(c)) {
        chars.append((char) c);
      }
    }
    return chars.toString();
  }
}
