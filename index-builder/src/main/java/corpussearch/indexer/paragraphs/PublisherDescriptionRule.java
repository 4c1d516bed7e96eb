package corpussearch.indexer.paragraphs;

import java.util.regex.Pattern;

/**
 * Drops the one-sentence description a publication gives of itself or of a partner it republishes:
 * "Prut River Review is an independent cross-border newsroom covering both banks of the Prut.", "The
 * Ledger is a non-profit news site based in …". A capitalised name, "is a/an", at most {@value
 * #MAX_KIND_WORDS} describing words and a kind of newsroom or publication, then what it covers,
 * in the present; or where and how often it comes out ("Lofoten Tidende is published in Svolvær."),
 * maybe with the offer a site adds after it ("Subscribe to read all our English articles.") or the
 * issue it is printed in ("This issue went on sale on 2 December 2024."); or, for an aggregator,
 * how many sources it curates ("MENA Digest curates stories from more than 300 regional sources.") or
 * that it writes none ("NewsStack does not produce news content."), and what it adds of them
 * ("Content remains the property of the original publishers.").
 *
 * <p>Why: the sentence defines a publication and stops; a story that names one goes on to say what
 * happened to it or what it found, in the past tense or with someone saying so ("… is an independent
 * newsroom whose editor was detained on Monday"), and is kept.
 */
final class PublisherDescriptionRule extends PatternLineRule {
  private static final int MAX_WORDS = 35;
  private static final int MAX_KIND_WORDS = 4;
  /** A publication's capitalised name: "Prut River Review", "The Ledger", "Lofoten Tidende". */
  private static final String NAME = "(?:The\\s+)?\\p{Lu}[\\p{L}'’.&-]*(?:\\s+(?:of\\s+|the\\s+)?\\p{Lu}[\\p{L}'’.&-]*){0,5}";
  /** Where or how often a publication comes out: "in Svolvær", "by Island Media", "every Thursday", "weekly". */
  private static final String WHERE_OR_WHEN = "(?:(?:in|at|by)\\s+\\p{Lu}[\\p{L}'’.&-]*(?:\\s+\\p{Lu}[\\p{L}'’.&-]*){0,4}"
      + "|(?i:(?:every|each)\\s+(?:week|month|day|morning|evening|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|weekly|daily|monthly|fortnightly))";
  /** A sentence in the publication's own voice after it: its readers, its offer ("Subscribe to read all our English articles."). */
  private static final String OWN_VOICE = "[^.!?\"“”]{0,120}\\b(?i:our|we|us|subscribe|subscribers?|subscription|readers|this\\s+(?:issue|edition))\\b[^\"“”]{0,120}";
  /** What an aggregator adds of the stories it carries: "Content remains the property of the original publishers.", "Stories are selected by algorithm." */
  private static final String AGGREGATOR_NOTE =
      "(?:\\s+(?i:the\\s+)?(?i:content|stories|articles|headlines)\\s+(?:remains?|are|is)\\s+[^.!?\"“”]{0,100}[.!]?)?";
  private static final Pattern DESCRIPTION =
      Pattern.compile(
          "(?u)" + NAME + "\\s+is\\s+(?i:an?|the)\\s+"
              + "(?:[\\p{L}-]+,?\\s+){0," + MAX_KIND_WORDS + "}"
              + "(?i:newsroom|news\\s+(?:service|site|outlet|agency|organi[sz]ation|website|platform|cooperative)"
              + "|newspaper|magazine|publication|media\\s+(?:outlet|organi[sz]ation|house|platform)|broadcaster|radio\\s+station)"
              + "(?![^.!?]*\\b(?:was|were|had|has\\s+been|said|says|told|according)\\b)(?:[,\\s][^.!?\"“”]{0,160})?[.!]?"
              // where and how often it comes out, maybe with its offer after: "Lofoten Tidende is published in Svolvær. Subscribe to …"
              + "|" + NAME + "\\s+is\\s+(?:published|printed|produced)(?:,?\\s+(?:and\\s+)?" + WHERE_OR_WHEN + "){1,3}[.!]?(?:\\s+" + OWN_VOICE + ")?"
              // an aggregator's account of itself: "MENA Digest curates stories from more than 300 regional sources."
              + "|" + NAME + "\\s+(?:curates|aggregates|collects|gathers|selects)\\s+(?:the\\s+)?(?:news|stories|articles|headlines|reports)\\s+from\\s+"
              + "(?:more\\s+than\\s+|over\\s+|some\\s+)?(?:\\d[\\d,]*|hundreds\\s+of|thousands\\s+of)\\s+[^.!?]{0,60}?sources\\b[^.!?]{0,80}[.!]?" + AGGREGATOR_NOTE
              // or that it writes none: "NewsStack does not produce news content."
              + "|" + NAME + "\\s+(?:does\\s+not|doesn['’]t)\\s+(?:produce|create|write|publish|own)\\s+(?:its\\s+own\\s+|any\\s+)?(?:news\\s+)?"
              + "(?:content|journalism|stories|articles|news)\\b[^.!?]{0,60}[.!]?" + AGGREGATOR_NOTE);

  PublisherDescriptionRule() {
    super(DESCRIPTION, MAX_WORDS);
  }

  @Override
  public DropReason reason() {
    return DropReason.DISCLAIMER;
  }
}
