package corpussearch.indexer.paragraphs;

import java.util.regex.Pattern;

/**
 * Drops the one-sentence description a publication gives of itself or of a partner it republishes:
 * "Prut River Review is an independent cross-border newsroom covering both banks of the Prut.", "The
 * Ledger is a non-profit news site based in …". A capitalised name, "is a/an", at most {@value
 * #MAX_KIND_WORDS} describing words and a kind of newsroom or publication, then what it covers,
 * in the present.
 *
 * <p>Why: the sentence defines a publication and stops; a story that names one goes on to say what
 * happened to it or what it found, in the past tense or with someone saying so ("… is an independent
 * newsroom whose editor was detained on Monday"), and is kept.
 */
final class PublisherDescriptionRule extends PatternLineRule {
  private static final int MAX_WORDS = 35;
  private static final int MAX_KIND_WORDS = 4;
  private static final Pattern DESCRIPTION =
      Pattern.compile(
          "(?u)(?:The\\s+)?\\p{Lu}[\\p{L}'’.&-]*(?:\\s+(?:of\\s+|the\\s+)?\\p{Lu}[\\p{L}'’.&-]*){0,5}\\s+is\\s+(?i:an?|the)\\s+"
              + "(?:[\\p{L}-]+,?\\s+){0," + MAX_KIND_WORDS + "}"
              + "(?i:newsroom|news\\s+(?:service|site|outlet|agency|organi[sz]ation|website|platform|cooperative)"
              + "|newspaper|magazine|publication|media\\s+(?:outlet|organi[sz]ation|house|platform)|broadcaster|radio\\s+station)"
              + "(?![^.!?]*\\b(?:was|were|had|has\\s+been|said|says|told|according)\\b)(?:[,\\s][^.!?\"“”]{0,160})?[.!]?");

  PublisherDescriptionRule() {
    super(DESCRIPTION, MAX_WORDS);
  }

  @Override
  public DropReason reason() {
    return DropReason.DISCLAIMER;
  }
}
