package corpussearch.indexer.paragraphs;

import java.util.regex.Pattern;

/**
 * Drops the publication's appeals to its readers: a line of at most 30 words that asks to support
 * its journalism, become a member or subscriber, donate, or buy the print edition, or to write to
 * an e-mail address ("Got a news tip? Email newsroom@…").
 *
 * <p>Why: such appeals close articles on many sites and say nothing about the story. The rule
 * wants the appeal phrase itself, so a story about a membership drive keeps its sentences.
 */
final class PromoRule extends PatternLineRule {
  private static final Pattern APPEAL =
      Pattern.compile(
          "(?iu)(?:.*[.!?]\\s+)?(?:support (?:our|independent|quality|local) journalism"
              + "|become an? (?:member|subscriber|supporter|patron)"
              + "|buy (?:the|our) print (?:edition|issue)|donate (?:now|today)"
              + "|subscribe (?:now|today))\\b.*"
              + "|(?:[^.?!]*\\?\\s+)?(?:e-?mail|write to|contact us at|send (?:it|them|letters) to)"
              + "\\s+\\S+@\\S+.*");
  private static final int MAX_WORDS = 30;

  PromoRule() {
    super(APPEAL, MAX_WORDS);
  }

  @Override
  public DropReason reason() {
    return DropReason.PROMO;
  }
}
