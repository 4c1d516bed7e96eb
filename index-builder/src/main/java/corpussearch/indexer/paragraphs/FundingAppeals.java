package corpussearch.indexer.paragraphs;

import java.util.regex.Pattern;

/**
 * A publication's appeal for money for its journalism, "Support independent journalism", "Donate to
 * our reporting": {@link PromoRule} drops it from the body, and the headline rules never take it for
 * the headline, as a support bar or a text browser's link over the page sets it.
 */
public final class FundingAppeals {
  /**
   * The imperative and the journalism it asks money for. "Fund local news, MPs urge" is a headline,
   * so only the verbs that address the reader are here.
   */
  static final String APPEAL =
      "(?:support|donate\\s+to)\\s+(?:our|independent|quality|local|public[- ]interest|free|non-?profit)\\s+(?:journalism|reporting|news|media|press|newsroom)";
  private static final int MAX_TAIL_CHARS = 40;
  private static final Pattern LINE = Pattern.compile("(?iu)" + APPEAL + "\\b[^.!?]{0," + MAX_TAIL_CHARS + "}[.!]?");

  /** A price by the week, month or year: "£5 per month", "$2 a week", "€60/year". */
  private static final Pattern PRICE_PER_PERIOD =
      Pattern.compile("(?iu)(?:[$£€]\\s?\\d[\\d.,]*|\\d[\\d.,]*\\s?(?:€|euros?|pounds|dollars|kr))\\s*(?:a|per|each|every|/)\\s*(?:week|month|year|wk|mo|yr)\\b");
  /** A support bar is a line, not a paragraph. */
  private static final int MAX_BAR_WORDS = 20;

  private FundingAppeals() {}

  /**
   * Whether {@code line} is a support bar's appeal or offer: the appeal above, or a short line
   * that names its price by the period ("Support the Herald: fund independent journalism with £5
   * per month"). A publication's name never carries a price.
   */
  public static boolean asksForMoney(String line) {
    return isAppeal(line) || TextShapes.atMostWords(line, MAX_BAR_WORDS) && PRICE_PER_PERIOD.matcher(line).find();
  }

  /** Whether {@code line} is such an appeal and no more than a short tail ("… today", "… from Kabul"). */
  public static boolean isAppeal(String line) {
    return LINE.matcher(line.strip()).matches();
  }
}
