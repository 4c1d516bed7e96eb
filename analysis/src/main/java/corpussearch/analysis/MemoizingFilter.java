package corpussearch.analysis;

import java.io.IOException;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Runs a chain of word-by-word filters (each turns one token into exactly one token, looking at
 * its text alone) through a memo from the word as it arrives to the word as the chain leaves it.
 *
 * <p>Text repeats its words: the most frequent few thousand make up most of any paragraph, so
 * after a few paragraphs almost every word is a memo hit, one hash lookup, where the chain would
 * lower-case, fold, respell and stem it again (KStem alone looks a word up in its dictionary
 * several times). The memo belongs to one token stream, so to one thread; it holds the first
 * {@code capacity} distinct words it meets and then stops growing: frequent words come early, and
 * a rare word later costs one pass through the chain, where emptying a full memo would pass the
 * frequent words through the chain again as well.
 * Tokens already marked as keywords skip the memo and go through the chain as they are.
 */
final class MemoizingFilter extends TokenFilter {

  /** A word as the chain left it. */
  private record Form(char[] term, boolean keyword) {}

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
  private final OneToken source = new OneToken();
  private final TokenStream chain;
  private final CharTermAttribute chainTerm;
  private final KeywordAttribute chainKeyword;
  private final CharArrayMap<Form> memo;
  private final int capacity;

  /**
   * @param chain builds the word-by-word filters over the stream it is given; every filter must
   *     map one token to one token and depend on nothing but its text and keyword flag
   * @param capacity the most words the memo holds
   */
  MemoizingFilter(TokenStream input, UnaryOperator<TokenStream> chain, int capacity) {
    super(input);
    this.chain = chain.apply(source);
    this.chainTerm = this.chain.addAttribute(CharTermAttribute.class);
    this.chainKeyword = this.chain.addAttribute(KeywordAttribute.class);
    this.memo = new CharArrayMap<>(capacity, false);
    this.capacity = capacity;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    Form form = keyword.isKeyword() ? null : memo.get(term.buffer(), 0, term.length());
    if (form == null) {
      form = throughChain();
      remember(form);
    }
    term.copyBuffer(form.term(), 0, form.term().length);
    keyword.setKeyword(form.keyword());
    return true;
  }

  private Form throughChain() throws IOException {
    source.set(term.buffer(), term.length(), keyword.isKeyword());
    chain.reset();
    if (!chain.incrementToken()) {
      throw new IllegalStateException("a word-by-word filter dropped the word " + term);
    }
    Form form = new Form(Arrays.copyOf(chainTerm.buffer(), chainTerm.length()), chainKeyword.isKeyword());
    if (chain.incrementToken()) {
      throw new IllegalStateException("a word-by-word filter split the word " + term);
    }
    chain.end();
    chain.close();
    return form;
  }

  private void remember(Form form) {
    if (keyword.isKeyword()) {
      return;
    }
    if (memo.size() < capacity) {
      memo.put(Arrays.copyOf(term.buffer(), term.length()), form);
    }
  }

  /** The stream the chain reads: the one word being looked up. */
  private static final class OneToken extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private char[] word = new char[16];
    private int length;
    private boolean isKeyword;
    private boolean read;

    void set(char[] buffer, int length, boolean isKeyword) {
      if (word.length < length) {
        word = new char[length];
      }
      System.arraycopy(buffer, 0, word, 0, length);
      this.length = length;
      this.isKeyword = isKeyword;
    }

    @Override
    public boolean incrementToken() {
      if (read) {
        return false;
      }
      clearAttributes();
      term.copyBuffer(word, 0, length);
      keyword.setKeyword(isKeyword);
      read = true;
      return true;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      read = false;
    }
  }
}
