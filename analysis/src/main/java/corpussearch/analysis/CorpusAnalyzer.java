package corpussearch.analysis;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The one analysis chain of corpus-search: the index builder indexes with it and the search
 * service parses queries with it, so a word is always normalised the same way on both sides.
 *
 * <p>The chain, in order:
 *
 * <ol>
 *   <li>{@link ApostropheCharFilter typographic apostrophes} become straight ones, so "Kabul’s" and
 *       "Kabul's" are one word;
 *   <li>hyphenated acronyms are joined ("IS-K" → "ISK", "ISIS-K" → "ISISK", "IS-KP" → "ISKP",
 *       and "isis-k" typed in lower case), so the short "IS" of "IS-K" can never be mistaken for
 *       the verb or lost; ordinary hyphenated words ("War-on-Terror", "anti-US") stay apart; so
 *       are thousands separators ("2,000" = "2000"; {@link JoiningCharFilter});
 *   <li>Unicode word segmentation ({@link StandardTokenizer});
 *   <li>other hyphenated words are cut into their parts and, when indexing, also joined
 *       ("hard-liner" → "hard", "liner" and "hardliner"; {@link CompoundWordFilter});
 *   <li>English possessives are removed ("US’s" → "US");
 *   <li>the country written "US", "U.S." or "USA" becomes {@code usa} while it is still
 *       upper-case, so "us" the pronoun stays apart ({@link CountryAcronymFilter});
 *   <li>lower-casing and accent folding (al-Baghdādī finds al-Baghdadi);
 *   <li>British spellings become American ones ({@link SpellingVariantFilter});
 *   <li>light inflectional stemming ({@link KStemFilter}): plurals and common inflections, without
 *       the over-merging of Porter; names it would cut into another word ("ISIS" into "isi", the
 *       ISI) are protected by {@code protected-words.txt}.
 * </ol>
 *
 * <p>No stop words are removed when indexing: "IS", "US" and "who" are all searchable, and BM25
 * already gives common words little weight. At query time a {@link SynonymMap} of the corpus's
 * multi-word aliases may be added on top ({@link #forQueries(SynonymMap)}); keeping aliases out of
 * the index lets the alias list grow without re-indexing.
 */
public final class CorpusAnalyzer extends Analyzer {

  /** The words the stemmer leaves alone ({@code protected-words.txt}). */
  static final CharArraySet PROTECTED_WORDS = WordLists.load("protected-words.txt");

  /**
   * Words remembered per token stream (so per thread): about a megabyte, and enough for the
   * words that make up most of English text.
   */
  private static final int WORD_MEMO_CAPACITY = 10_000;

  private final SynonymMap querySynonyms;
  private final boolean stackJoined;

  private CorpusAnalyzer(SynonymMap querySynonyms, boolean stackJoined) {
    this.querySynonyms = querySynonyms;
    this.stackJoined = stackJoined;
  }

  /**
   * The chain used to index paragraphs, titles and sections (and to re-analyse them for
   * highlighting): a hyphenated word also gives its joined form, stacked on its first part.
   */
  public static CorpusAnalyzer forIndexing() {
    return new CorpusAnalyzer(null, true);
  }

  /**
   * The chain used to analyse query text: the indexing chain followed by a {@link
   * SynonymGraphFilter} over {@code synonyms} (which may be {@code null} for none), with a
   * hyphenated word as its parts only: the alias filter cannot read a token graph.
   */
  public static CorpusAnalyzer forQueries(SynonymMap synonyms) {
    return new CorpusAnalyzer(synonyms, false);
  }

  /**
   * The chain that turns query words into the terms the index holds for them, one term per
   * position: the indexing chain without joined forms and without aliases.
   */
  public static CorpusAnalyzer forQueryWords() {
    return new CorpusAnalyzer(null, false);
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return new JoiningCharFilter(new ApostropheCharFilter(reader));
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer tokenizer = new StandardTokenizer();
    TokenStream stream = new CompoundWordFilter(tokenizer, stackJoined);
    stream = new EnglishPossessiveFilter(stream);
    stream = new CountryAcronymFilter(stream);
    stream = new MemoizingFilter(stream, CorpusAnalyzer::wordForms, WORD_MEMO_CAPACITY);
    if (querySynonyms != null) {
      stream = new SynonymGraphFilter(stream, querySynonyms, true);
    }
    return new TokenStreamComponents(tokenizer, stream);
  }

  /**
   * The filters that make a word's indexed form from its text alone, one word at a time: run
   * through a {@link MemoizingFilter}, so each distinct word goes through them once.
   */
  private static TokenStream wordForms(TokenStream stream) {
    stream = new LowerCaseFilter(stream);
    stream = new ASCIIFoldingFilter(stream);
    stream = new SpellingVariantFilter(stream);
    stream = new SetKeywordMarkerFilter(stream, PROTECTED_WORDS);
    return new KStemFilter(stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }
}
