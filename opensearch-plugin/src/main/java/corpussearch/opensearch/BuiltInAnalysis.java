package corpussearch.opensearch;

import corpussearch.analysis.AnalysisRules;
import corpussearch.analysis.AnalysisRules.SpellingRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * corpus-search's analysis chain as OpenSearch index settings made of built-in parts only, for
 * clusters that allow no plugins (managed services). Every rule comes from {@link AnalysisRules},
 * so the settings follow the filters; the plugin's analyzers and these give the same tokens
 * (scripts/opensearch-parity.sh checks).
 *
 * <p>How each of our steps is rebuilt:
 *
 * <ul>
 *   <li>apostrophes: a {@code mapping} char filter;
 *   <li>{@code JoiningCharFilter}: one {@code pattern_replace} char filter deleting the joining
 *       hyphens, periods and separators (all decided on the same text, as the filter does), then
 *       one turning the remaining hyphens between letters into the hyphen mark;
 *   <li>{@code CompoundWordFilter}: {@code word_delimiter_graph} splitting on the mark alone (its
 *       type table makes every other character the tokenizer keeps in a word part of the word),
 *       with {@code catenate_all} when indexing;
 *   <li>possessives: the {@code possessive_english} stemmer; the country's acronym: a {@code
 *       pattern_replace} token filter; British spellings: one {@code pattern_replace} per rule, in
 *       rule order (a rewritten word never matches a later rule, so the first that applies wins);
 *   <li>lower-casing, folding, {@code keyword_marker} with the protected words, {@code kstem};
 *   <li>aliases: {@code synonym_graph}, its rules read with the query-word analyzer ({@code
 *       synonym_analyzer}), as {@code Synonyms} reads them with {@code forQueryWords()}.
 * </ul>
 */
public final class BuiltInAnalysis {

  /**
   * A supplementary letter in a lookbehind makes Java's regex step back by code points, not chars,
   * so a supplementary letter before a hyphen is seen whole; being a letter already, it changes
   * nothing that matches.
   */
  private static final String SUPPLEMENTARY_LETTER = "\uD835\uDC00";

  private static final String WORD_PART = "[\\p{L}\\p{Nd}\\p{Mn}_" + SUPPLEMENTARY_LETTER + "]";

  private BuiltInAnalysis() {}

  /**
   * The {@code analysis} section of index settings: analyzers {@code corpus} (indexing), {@code
   * corpus_words} (query words) and {@code corpus_search} (queries with aliases), named as the
   * plugin names its analyzers, so that one mapping serves both; each analyzer's and filter's
   * name preceded by {@code prefix} (empty but to hold both forms in one cluster).
   */
  public static Map<String, Object> analysis(String prefix) {
    Map<String, Object> charFilters = new LinkedHashMap<>();
    charFilters.put(prefix + "corpus_apostrophes", ordered("type", "mapping", "mappings", apostropheMappings()));
    charFilters.put(prefix + "corpus_joins", ordered("type", "pattern_replace", "pattern", joinPattern(), "replacement", ""));
    charFilters.put(prefix + "corpus_hyphen_marks",
        ordered("type", "pattern_replace", "pattern", hyphenMarkPattern(), "replacement", String.valueOf(AnalysisRules.hyphenMark())));

    Map<String, Object> filters = new LinkedHashMap<>();
    filters.put(prefix + "corpus_compounds_joined", CompoundSplitting.settings(true));
    filters.put(prefix + "corpus_compounds", CompoundSplitting.settings(false));
    filters.put(prefix + "corpus_possessives", ordered("type", "stemmer", "language", "possessive_english"));
    filters.put(prefix + "corpus_country_acronyms", ordered("type", "pattern_replace", "pattern", countryPattern(), "replacement", AnalysisRules.countryToken()));
    List<String> spellings = new ArrayList<>();
    List<SpellingRule> rules = AnalysisRules.spellingRules();
    for (int i = 0; i < rules.size(); i++) {
      String name = prefix + "corpus_spelling_" + (i + 1);
      filters.put(name, ordered("type", "pattern_replace", "pattern", spellingPattern(rules.get(i)), "replacement", "$1" + rules.get(i).american()));
      spellings.add(name);
    }
    filters.put(prefix + "corpus_protected_words", ordered("type", "keyword_marker", "keywords", AnalysisRules.protectedWords()));
    filters.put(prefix + "corpus_aliases", ordered("type", "synonym_graph", "synonyms", AnalysisRules.synonymRules(), "synonym_analyzer", prefix + "corpus_words"));

    Map<String, Object> analyzers = new LinkedHashMap<>();
    analyzers.put(prefix + "corpus", analyzer(prefix, true, spellings, false));
    analyzers.put(prefix + "corpus_words", analyzer(prefix, false, spellings, false));
    analyzers.put(prefix + "corpus_search", analyzer(prefix, false, spellings, true));
    return ordered("char_filter", charFilters, "filter", filters, "analyzer", analyzers);
  }

  private static Map<String, Object> analyzer(String prefix, boolean joined, List<String> spellings, boolean aliases) {
    List<String> chain = new ArrayList<>();
    chain.add(prefix + (joined ? "corpus_compounds_joined" : "corpus_compounds"));
    chain.add(prefix + "corpus_possessives");
    chain.add(prefix + "corpus_country_acronyms");
    chain.add("lowercase");
    chain.add("asciifolding");
    chain.addAll(spellings);
    chain.add(prefix + "corpus_protected_words");
    chain.add("kstem");
    if (aliases) {
      chain.add(prefix + "corpus_aliases");
    }
    Map<String, Object> analyzer = new LinkedHashMap<>();
    analyzer.put("type", "custom");
    analyzer.put("char_filter", List.of(prefix + "corpus_apostrophes", prefix + "corpus_joins", prefix + "corpus_hyphen_marks"));
    analyzer.put("tokenizer", "standard");
    analyzer.put("filter", chain);
    return analyzer;
  }

  /** A map of the given keys and values in their order, so the settings print the same every time. */
  static Map<String, Object> ordered(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  private static List<String> apostropheMappings() {
    return AnalysisRules.apostrophes().chars().mapToObj(c -> String.format("\\u%04X=>'", c)).toList();
  }

  /** JoiningCharFilter's deletions: an acronym's or short word's hyphen, a period before 's, a thousands separator. */
  static String joinPattern() {
    String hyphen = charClass(AnalysisRules.hyphens());
    String before = "(?<=(?<!" + WORD_PART + ")%s{" + AnalysisRules.acronymMinLetters() + "," + AnalysisRules.acronymMaxLetters() + "})";
    String acronym = String.format(before, "\\p{Lu}") + hyphen + "(?=\\p{Lu}{1," + AnalysisRules.acronymSuffixMax() + "}(?!" + WORD_PART + "))";
    String shortWord = String.format(before, "\\p{L}") + hyphen + "(?=\\p{L}{" + AnalysisRules.shortWordSuffix() + "}(?!" + WORD_PART + "))";
    String possessive = "\\.(?=[\\x{27}\\x{2019}][sS](?!" + WORD_PART + "))";
    String thousands = "(?<=[0-9])" + charClass(AnalysisRules.thousandsSeparators()) + "(?=[0-9]{3}(?![0-9]))";
    return String.join("|", acronym, shortWord, possessive, thousands);
  }

  /** The hyphens JoiningCharFilter keeps between two letters, which it turns into the mark. */
  static String hyphenMarkPattern() {
    String letter = "[\\p{L}" + SUPPLEMENTARY_LETTER + "]";
    return "(?<=" + letter + ")" + charClass(AnalysisRules.hyphens()) + "(?=\\p{L})";
  }

  static String countryPattern() {
    return AnalysisRules.countryAcronyms().stream().map(Pattern::quote).collect(Collectors.joining("|", "^(?:", ")$"));
  }

  /** One spelling rule: the stem before the suffix long enough, and not one of the rule's exceptions. */
  static String spellingPattern(SpellingRule rule) {
    String suffix = Pattern.quote(rule.british());
    String exceptions = rule.exceptions().isEmpty() ? ""
        : rule.exceptions().stream().map(Pattern::quote).collect(Collectors.joining("|", "(?!(?:", ")" + suffix + "$)"));
    return "(?s)^" + exceptions + "(.{" + rule.minStem() + ",})" + suffix + "$";
  }

  /** A regex character class of exactly {@code chars}, each escaped so none can form a range. */
  private static String charClass(String chars) {
    return chars.chars().mapToObj(c -> String.format("\\x{%X}", c)).collect(Collectors.joining("", "[", "]"));
  }
}
