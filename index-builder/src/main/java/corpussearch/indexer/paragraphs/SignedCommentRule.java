package corpussearch.indexer.paragraphs;

import java.util.regex.Pattern;

/**
 * Drops signed reader messages: a quotation followed by its signature and the date it was left,
 * "“So sorry to hear about Hal.” — Malcolm D., September 18, 2024", as guestbooks, testimonials
 * and comment walls print them.
 *
 * <p>Why: an article quotes people inside its own sentences ("…," she said), it does not sign a
 * quotation with a dated name; a line that is only that is a message left on the page.
 */
final class SignedCommentRule extends PatternLineRule {
  private static final Pattern SIGNED =
      Pattern.compile("[\"“].{2,}[\"”]\\s*[—–-]{1,2}\\s*\\p{Lu}[^,]{0,40},\\s*[\\p{L}\\d ,.]{3,30}\\b\\d{4}");
  private static final int MAX_WORDS = 80;

  SignedCommentRule() {
    super(SIGNED, MAX_WORDS);
  }

  @Override
  public DropReason reason() {
    return DropReason.COMMENTS;
  }
}
