package corpussearch.opensearch;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterIterator;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * One analyzer of the generated built-in settings, assembled from the Lucene classes OpenSearch's
 * built-in filters of those types create, with their settings read as OpenSearch reads them: the
 * settings checked without a cluster (the parity script checks them in OpenSearch itself).
 */
final class BuiltInChain extends Analyzer {

  private static final Pattern TYPE_RULE = Pattern.compile("\\\\u([0-9A-F]{4}) => ALPHA");

  private final Map<String, Object> analysis;
  private final Map<String, Object> definition;
  private final List<UnaryOperator<TokenStream>> filters = new ArrayList<>();

  BuiltInChain(Map<String, Object> analysis, String name) {
    this.analysis = analysis;
    this.definition = map(section("analyzer").get(name));
    for (Object filter : (List<?>) definition.get("filter")) {
      filters.add(tokenFilter((String) filter));
    }
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    for (Object name : (List<?>) definition.get("char_filter")) {
      Map<String, Object> filter = map(section("char_filter").get(name));
      reader = switch ((String) filter.get("type")) {
        case "mapping" -> new MappingCharFilter(mappings((List<?>) filter.get("mappings")), reader);
        case "pattern_replace" -> new PatternReplaceCharFilter(Pattern.compile((String) filter.get("pattern")), (String) filter.get("replacement"), reader);
        default -> throw new IllegalArgumentException("char filter type " + filter.get("type"));
      };
    }
    return reader;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer tokenizer = new StandardTokenizer();
    TokenStream stream = tokenizer;
    for (UnaryOperator<TokenStream> filter : filters) {
      stream = filter.apply(stream);
    }
    return new TokenStreamComponents(tokenizer, stream);
  }

  private UnaryOperator<TokenStream> tokenFilter(String name) {
    switch (name) {
      case "lowercase": return LowerCaseFilter::new;
      case "asciifolding": return ASCIIFoldingFilter::new;
      case "kstem": return KStemFilter::new;
      default: break;
    }
    Map<String, Object> filter = map(section("filter").get(name));
    return switch ((String) filter.get("type")) {
      case "word_delimiter_graph" -> wordDelimiter(filter);
      case "stemmer" -> EnglishPossessiveFilter::new;
      case "pattern_replace" -> in -> new PatternReplaceFilter(in, Pattern.compile((String) filter.get("pattern")), (String) filter.get("replacement"), true);
      case "keyword_marker" -> in -> new SetKeywordMarkerFilter(in, new CharArraySet((List<?>) filter.get("keywords"), false));
      case "synonym_graph" -> synonyms(filter);
      default -> throw new IllegalArgumentException("filter type " + filter.get("type"));
    };
  }

  private static UnaryOperator<TokenStream> wordDelimiter(Map<String, Object> filter) {
    byte[] types = new byte[Character.MAX_VALUE + 1];
    for (int c = 0; c < types.length; c++) {
      types[c] = WordDelimiterIterator.getType(c);
    }
    for (Object rule : (List<?>) filter.get("type_table")) {
      Matcher matcher = TYPE_RULE.matcher((String) rule);
      if (!matcher.matches()) {
        throw new IllegalArgumentException("type rule " + rule);
      }
      types[Integer.parseInt(matcher.group(1), 16)] = WordDelimiterFilter.ALPHA;
    }
    int flags = WordDelimiterGraphFilter.GENERATE_WORD_PARTS | WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS
        | (Boolean.TRUE.equals(filter.get("catenate_all")) ? WordDelimiterGraphFilter.CATENATE_ALL : 0);
    return in -> new WordDelimiterGraphFilter(in, true, types, flags, null);
  }

  private UnaryOperator<TokenStream> synonyms(Map<String, Object> filter) {
    try (Analyzer words = new BuiltInChain(analysis, (String) filter.get("synonym_analyzer"))) {
      SolrSynonymParser parser = new SolrSynonymParser(true, true, words);
      List<String> rules = ((List<?>) filter.get("synonyms")).stream().map(String::valueOf).toList();
      parser.parse(new StringReader(String.join("\n", rules)));
      SynonymMap map = parser.build();
      return in -> new SynonymGraphFilter(in, map, false);
    } catch (IOException | ParseException e) {
      throw new IllegalStateException("the generated aliases do not parse", e);
    }
  }

  private static NormalizeCharMap mappings(List<?> rules) {
    NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
    for (Object rule : rules) {
      String[] sides = ((String) rule).split("=>");
      map.add(String.valueOf((char) Integer.parseInt(sides[0].substring(2), 16)), sides[1]);
    }
    return map.build();
  }

  private Map<String, Object> section(String name) {
    return map(analysis.get(name));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    if (value == null) {
      throw new UncheckedIOException(new IOException("the settings name something they do not define"));
    }
    return (Map<String, Object>) value;
  }
}
