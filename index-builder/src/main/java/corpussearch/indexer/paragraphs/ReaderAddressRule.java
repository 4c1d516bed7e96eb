package corpussearch.indexer.paragraphs;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Drops a short block whose <em>function</em> is to address the reader on the outlet's behalf,
 * judged from general features rather than from its wording. Each independent signal counts once:
 * it speaks to the reader ("you", "your"), it opens a sentence with an imperative of the kind
 * pages use to call for action, it speaks as or of the outlet ("we", "our", "this newsletter"),
 * it asks the reader a question with no subject ("Want more local news?"), it names money or an
 * offer, it names a schedule of delivery, it names the channel the outlet reaches the reader by
 * (an app, alerts, this e-mail, a station's frequency), it opens with a label and a colon, it
 * gives a web or mail address, and it stands after the last block that reads as reporting.
 * At least {@value #MIN_SIGNALS} signals must agree, on a block of at most {@value #MAX_WORDS}
 * words, and one of them must be the block speaking to the reader or as the outlet (you, a call,
 * we, a question, an address to write to): money, a schedule, a channel, a label or the position
 * only corroborate, since an opinion piece argues for "free parking" and "a weekly rate" without
 * addressing anyone.
 *
 * <p>Why: a rule per kind of furniture (appeals, pitches, notices …) catches the wording it was
 * written for and misses the next site's; what all of them share is that they talk to the reader
 * in the present and about the outlet, where a story reports, in the past tense and in the third
 * person, what people said and did. So a block that reads as reporting (a quotation, a reporting
 * verb such as "said" or "announced", a past-tense auxiliary, someone named doing something in the
 * past tense) is never dropped, whatever else it
 * says: "you" in a quote, a story about a newsletter's price, a donation that was matched.
 */
final class ReaderAddressRule implements FurnitureRule {
  static final int MAX_WORDS = 60;
  static final int MIN_SIGNALS = 3;
  /** A paragraph this long that neither speaks to the reader nor calls for action argues the piece's case. */
  private static final int MIN_ARGUMENT_WORDS = 30;

  private static final Pattern READER =
      Pattern.compile("(?iu)\\b(?:you|your|yours|yourself|you[’']re|you[’']ll|you[’']ve)\\b");
  /** Verbs that pages use to call for action; "stay" and "keep" open "Stay informed", "Keep updated". */
  private static final String CALLS =
      "sign\\s+up|sign\\s+in|log\\s+in|subscribe|donate|give|send|share|download|listen|watch|follow|join|e-?mail|"
          + "call|click|tap|support|register|visit|contact|become|try|discover|explore|buy|order|enjoy|get|find|read|"
          + "tell|don[’']t\\s+miss|help|learn|see|check|start|make|stay|keep|reply|write|refresh|turn\\s+on|tune\\s+in|apply";
  private static final Pattern IMPERATIVE =
      Pattern.compile("(?iu)(?:^|[.!?:]\\s+|[|•]\\s*)(?:please\\s+)?(?:" + CALLS + ")\\b");
  private static final Pattern OUTLET = Pattern.compile(
      "(?iu)\\b(?:we|we[’']re|we[’']ve|we[’']ll|our|ours|us)\\b|\\bthis\\s+(?:newsletter|podcast|site|website|page|"
          + "app|service|series|briefing|edition)\\b");
  private static final Pattern MONEY = Pattern.compile(
      "(?iu)[£$€¥]|\\b(?:free|discount|per\\s+cent\\s+off|offer|matched|price|trial|membership|premium)\\b|%\\s*off");
  private static final Pattern SCHEDULE = Pattern.compile(
      "(?iu)\\bevery\\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|day|week|weekday|morning|evening)\\b"
          + "|\\b(?:daily|weekly|delivered|inbox)\\b|\\b\\d{1,2}(?::\\d{2})?\\s?(?:am|pm)\\b");
  /**
   * The channel the page itself reaches the reader through: an app, its alerts, a refresh, the
   * live coverage, this e-mail, a station on the dial ("105.7 FM").
   */
  private static final Pattern MEDIUM = Pattern.compile(
      "(?iu)\\b(?:app|apps|alerts|notifications|refresh|live\\s+(?:coverage|updates|blog)|this\\s+(?:e-?mail|message))\\b"
          + "|\\b\\d{2,3}(?:\\.\\d)?\\s?(?:FM|AM|MHz)\\b");
  /** A question without its subject, put to whoever reads: "Want more local news?", "Looking for the results?". */
  private static final Pattern ASKED = Pattern.compile("(?iu)^(?:want|need|looking\\s+for|got|missed|enjoying)\\b[^.!?]{0,60}\\?");
  private static final Pattern LABEL = Pattern.compile("(?u)^[\\p{L}][\\p{L}\\s’'&-]{0,30}:\\s");
  /** A web or mail address; a bare host name is lower case with no space after its dot ("site.example"). */
  private static final Pattern ADDRESS =
      Pattern.compile("(?iu)https?://|\\bwww\\.|\\b(?<![\\w.+-])[\\w.+-]++@[\\w-]+\\.[\\w.]+|(?-i:\\b[a-z0-9-]{3,}\\.[a-z]{2,}\\b)");
  /** What reporting has and a call to the reader has not: a quotation, a reporting verb, a past-tense auxiliary. */
  private static final Pattern REPORTING = Pattern.compile(
      "(?iu)[\"“”«»]|\\b(?:said|says|told|announced|added|reported|stated|claimed|explained|confirmed|denied|"
          + "warned|argued|according\\s+to|was|were|had|did)\\b"
          // a speaker's turn in a transcript: "MINISTER: Then we will look again at the canal."
          + "|^(?-i:\\p{Lu}[\\p{Lu} .’'-]{1,30}):\\s+(?:.*\\s)?(?:I|we|our|my)\\b"
          // an interviewer's question: "Lantern: What do you hope people take away from it?"
          + "|^\\p{L}[\\p{L} .’'-]{0,30}:\\s+[^:]*\\?$");
  /** Someone doing something in the past: a name, a pronoun or "the" and a noun, then a verb in the past tense. */
  private static final Pattern PAST_DEED = Pattern.compile(
      "(?u)(?:\\b(?!(?i:" + CALLS + ")\\b)\\p{Lu}\\p{L}+|\\b(?i:he|she|they|it|who|i)|\\b(?i:the)\\s+\\p{L}+)\\s+(?:\\p{L}+ly\\s+)?"
          + "(?:\\p{Ll}{2,}ed|gave|went|took|won|lost|met|came|spent|paid|rose|fell|sold|bought|began|became|held|"
          + "led|brought|wrote|ran|sent|made|found|left|kept|signed\\s+up)\\b");

  @Override
  public DropReason reason() {
    return DropReason.PROMO;
  }

  @Override
  public void apply(Page page) {
    List<Block> blocks = page.liveBlocks();
    int lastReporting = lastReporting(page, blocks);
    for (Block block : blocks) {
      if (isAddress(page.liveText(block), after(block.first(), lastReporting)) && !anyLineReports(page, block)) {
        page.dropAll(page.live(block), reason());
      } else {
        dropAddressLines(page, block, lastReporting);
      }
    }
  }

  /**
   * A block of paragraphs one per line (text pasted without blank lines) is judged line by line:
   * a line that stands alone is a paragraph of its own, and may be an appeal set among the story.
   */
  private void dropAddressLines(Page page, Block block, int lastReporting) {
    List<Integer> live = page.live(block);
    if (live.size() < 2) {
      return;
    }
    for (int i : live) {
      if (TextShapes.standsAlone(page.line(i)) && isAddress(page.line(i), after(i, lastReporting))) {
        page.drop(i, reason());
      }
    }
  }

  /** A line of the block reads as reporting or speech on its own: an interview's "Q: …?" over its answer. */
  private static boolean anyLineReports(Page page, Block block) {
    return page.live(block).stream().anyMatch(i -> REPORTING.matcher(page.line(i)).find());
  }

  /** Standing after the story's last reporting block; a page with no reporting gives no position. */
  private static boolean after(int line, int lastReporting) {
    return lastReporting >= 0 && line > lastReporting;
  }

  /**
   * The last line that reads as reporting prose, or -1: a line standing alone in a block of
   * several is judged on its own, as {@link #dropAddressLines} judges it, so that a list of
   * headlines under an appeal does not put the appeal before the story's end.
   */
  private static int lastReporting(Page page, List<Block> blocks) {
    int last = -1;
    for (Block block : blocks) {
      List<Integer> live = page.live(block);
      for (int i : live) {
        String text = live.size() > 1 && TextShapes.standsAlone(page.line(i)) ? page.line(i) : page.liveText(block);
        if (TextShapes.isProse(text) && REPORTING.matcher(text).find()) {
          last = i;
        }
      }
    }
    return last;
  }

  static boolean isAddress(String text, boolean afterStory) {
    if (!TextShapes.atMostWords(text, MAX_WORDS) || REPORTING.matcher(text).find()
        || PAST_DEED.matcher(text).find()) {
      return false;
    }
    int address = count(READER, text) + count(IMPERATIVE, text) + count(OUTLET, text) + count(ADDRESS, text) + count(ASKED, text);
    int support = count(MONEY, text) + count(SCHEDULE, text) + count(LABEL, text) + count(MEDIUM, text)
        + (afterStory && !isArgument(text) ? 1 : 0);
    return address > 0 && address + support >= MIN_SIGNALS;
  }

  /**
   * A paragraph of argument: long, and neither speaking to the reader nor calling for action ("We
   * recommend three shifts. First, governments should …"). A commentary reports little, so standing
   * after its last quotation puts no such paragraph past the story's end.
   */
  private static boolean isArgument(String text) {
    return !TextShapes.atMostWords(text, MIN_ARGUMENT_WORDS) && count(READER, text) + count(IMPERATIVE, text) == 0;
  }

  private static int count(Pattern signal, String text) {
    return signal.matcher(text).find() ? 1 : 0;
  }
}
