package corpussearch.indexer.paragraphs;

import java.util.regex.Pattern;

/**
 * Drops a short advertiser's offer set among the text without a label: an imperative with a price
 * ("Fly to Barbados from US$189 return.", "Book two nights for 120 euros") or a discount ("Book
 * direct and save 15%"), maybe after a
 * question to the reader ("Planning a wedding? Discover …"), a small ad ("For sale: … Offers to PO
 * Box …"), or a count of issues or nights for a price ("52 issues delivered to your door for 39
 * euros"); an imperative with its small print or its urge first ("Book now: 3 nights for the price
 * of 2 …"); a number to call with an urge ("Call 555 0147 today!").
 *
 * <p>Why: an offer addresses the reader and prices what it sells; a story reports prices as
 * facts, in the third person and with a verb of change ("fares rose to …", "tickets cost …"),
 * which the rule refuses, so a story about a fare rise keeps its sentences; and an offer says what
 * the price buys or when, or urges ("return", "this weekend", "now", "conditions apply").
 */
final class OfferRule extends LineRule {
  /** Words of currencies that print after the amount. */
  private static final String CURRENCY_WORD =
      "(?:euros?|dollars?|pounds?|francs?|pa['’]anga|shillings?|rand|naira|kina|soms?|rupees?|pesos?|lei|kuna|dinars?|birr|cedis?|kwacha"
          + "|vatu|tala|dalasi|leones?|riel|kip|baht|ringgit|yuan|yen|rubles?|roubles?|hryvnias?|lari|manat|tenge|zloty|forint|koruna|kron(?:a|or|er|e)"
          + "|dirhams?|riyals?|lira|taka|ouguiya|pula|maloti|emalangeni|leks?|denars?|marks?)";
  /** A price: "$189", "US$189", "K89,990*", "GYD 5 000", "499 pa'anga", "39 euros". */
  static final String PRICE =
      "(?:(?-i:\\p{Sc}|\\b\\p{Lu}{1,3}\\$?)\\s?\\d[\\d,.]*\\*?|\\b\\d[\\d,.]*(?:\\s\\d{3})*\\s?(?iu:" + CURRENCY_WORD + ")\\b)";
  private static final String IMPERATIVE =
      "(?:fly|book|travel|stay|save|order|shop|buy|get|enjoy|hire|rent|try|discover|visit|call|grab|treat yourself)";
  private static final Pattern OFFER =
      Pattern.compile(
          "(?iu)(?:[^.!?]{1,60}\\?\\s+)?" + IMPERATIVE + "\\b[^.!?]{0,80}?\\b(?:from|for|only|just|at)\\s+(?:only\\s+|just\\s+)?(?:" + PRICE + ").*"
              + "|(?:[^.!?]{1,60}\\?\\s+)?" + IMPERATIVE + "\\b[^.!?]{0,120}?\\b(?:now taking bookings|book (?:now|today|online)|limited offer|while stocks last)\\b.*"
              + "|\\d+\\s+(?:issues|editions|months|weeks|nights)\\b[^.!?]{0,60}?\\bfor\\s+(?:only\\s+|just\\s+)?(?:" + PRICE + ").*"
              // the urge first ("Book now: 3 nights for the price of 2 …"), or small print after an imperative
              + "|(?:book|order|shop|buy|call|visit)\\s+(?:now|today|online)\\s*[:!—–-].*"
              // a discount instead of a price: "Book direct and save 15%", "Order today and get 20% off"
              + "|" + IMPERATIVE + "\\b[^.!?]{0,60}?\\b(?:save|get|take|enjoy)\\s+(?:up\\s+to\\s+)?\\d{1,2}\\s?%(?:\\s+off)?[^.!?]{0,60}[.!]?"
              + "|" + IMPERATIVE + "\\b.*\\b(?:conditions apply|t\\s?&\\s?cs? apply|terms (?:and|&) conditions apply)\\b.*"
              // a shop's address and number with an urge: "Visit our showroom at 14 Main Street. Call 555 0147 today!"
              + "|(?:[^.!?]{1,80}[.!]\\s+)?(?:call|phone|ring|whatsapp|text)\\s+(?:us\\s+)?(?:on\\s+|at\\s+)?\\+?\\d[\\d ()/.-]{5,}\\d\\b.*");
  /**
   * A small ad: its heading ("For sale:", "Wanted:", "To let:") and how to answer it ("Offers to PO Box
   * …", "ono", a phone number or an address to write to). A story's "the house is for sale" has
   * neither the heading before a colon nor the reply.
   */
  static final Pattern SMALL_AD =
      Pattern.compile(
          "(?iu)(?:for sale|wanted|to let|for rent|for hire|to rent|lost|found|free to (?:a )?good home|situations? vacant)\\s*:\\s*\\S.{0,300}?"
              + "(?:\\b(?:offers|o\\.?n\\.?o\\.?|o\\.?v\\.?n\\.?o\\.?|apply|call|phone|tel|ring|text|contact|reply|write)\\b.{0,80}?(?:\\d{3}|@|\\bbox\\b)"
              + "|\\bp\\.?\\s?o\\.?\\s+box\\b|\\S+@\\S+\\.\\S+).*");
  /**
   * What an offer's price comes with: what it buys ("return", "per night"), when ("this weekend"),
   * its urge or small print ("now", "only", "conditions apply"). "Call centres charge from $5 a
   * minute" has an imperative's shape and none of these.
   */
  private static final Pattern OFFER_TERMS =
      Pattern.compile(
          "(?iu)\\b(?:return|one[- ]way|per (?:night|person|month|week|year)|a (?:night|month|week|year)|nights?|nightly|weekly|monthly|pp"
              + "|this (?:weekend|week|month|season|summer|winter|autumn|spring|christmas|easter|"
              + "january|february|march|april|may|june|july|august|september|october|november|december)"
              + "|today|now|book(?:ings?)?|conditions apply|t\\s?&\\s?cs|delivered|limited|offer|only|just|free|save)\\b|!");
  /** A story's prices: a change, a cost, a report. */
  private static final Pattern REPORTED =
      Pattern.compile(
          "(?iu)\\b(?:said|says|told|according|rose|rise|rises|risen|fell|fall|falls|fallen|increased?|increases|raised|cut|cuts|costs?|was|were|will|would|had|has|have|are|is|say|report|reports)\\b");
  private static final int MAX_WORDS = 30;

  @Override
  public DropReason reason() {
    return DropReason.ADVERT;
  }

  @Override
  boolean matches(String line) {
    return TextShapes.atMostWords(line, MAX_WORDS)
        && (SMALL_AD.matcher(line).matches() || OFFER.matcher(line).matches() && OFFER_TERMS.matcher(line).find() && !REPORTED.matcher(line).find());
  }
}
