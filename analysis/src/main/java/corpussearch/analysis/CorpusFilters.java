package corpussearch.analysis;

import java.io.Reader;
import org.apache.lucene.analysis.TokenStream;

/**
 * The chain's own char and token filters one by one, for hosts that assemble a chain themselves
 * (the OpenSearch analysis plugin names each of them); {@link CorpusAnalyzer} is the chain whole.
 */
public final class CorpusFilters {

  private CorpusFilters() {}

  /** Typographic apostrophes become plain ones (the chain's first char filter). */
  public static Reader apostrophes(Reader input) {
    return new ApostropheCharFilter(input);
  }

  /** Hyphenated acronyms and thousands joined, other hyphens in words marked (the second char filter). */
  public static Reader joins(Reader input) {
    return new JoiningCharFilter(input);
  }

  /** A marked hyphenated word into its parts, and with {@code stackJoined} also its joined form. */
  public static TokenStream compounds(TokenStream input, boolean stackJoined) {
    return new CompoundWordFilter(input, stackJoined);
  }

  /** The upper-case country acronym (US, U.S., USA) into {@code usa}; must run before lower-casing. */
  public static TokenStream countryAcronyms(TokenStream input) {
    return new CountryAcronymFilter(input);
  }

  /** British spellings into American ones, on lower-cased words. */
  public static TokenStream spellingVariants(TokenStream input) {
    return new SpellingVariantFilter(input);
  }
}
