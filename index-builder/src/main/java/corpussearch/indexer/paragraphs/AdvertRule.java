package corpussearch.indexer.paragraphs;

import java.util.regex.Pattern;

/**
 * Drops an advertisement set among the text, as print pages carry them and pdftotext keeps them:
 * a short block holding a price and its small print ("KINA MOTORS GOROKA / New Hilux 4x4 from
 * K89,990* / Finance available. … *Conditions apply.").
 *
 * <p>Why: an advertiser's small print as a sentence of its own ("Conditions apply.", "T&amp;Cs
 * apply", "*Terms and conditions apply") is never a sentence of the story; a block that holds it
 * is the advert. The price is required too, and a story's "the contract's terms apply to …" is
 * no sentence of small print, so it is kept.
 */
final class AdvertRule implements FurnitureRule {
  private static final Pattern SMALL_PRINT =
      Pattern.compile("(?i)(?:^|[.!]\\s+|\\*\\s*)(?:conditions|terms(?:\\s+(?:and|&)\\s+conditions)?|t\\s*&\\s*cs?|t's\\s*&\\s*c's)\\s+apply\\b");
  private static final Pattern PRICE = Pattern.compile(OfferRule.PRICE);
  private static final int MAX_WORDS = 60;

  @Override
  public void apply(Page page) {
    for (Block block : page.liveBlocks()) {
      String text = page.liveText(block);
      if (TextShapes.atMostWords(text, MAX_WORDS) && SMALL_PRINT.matcher(text).find() && PRICE.matcher(text).find()) {
        page.dropAll(page.live(block), reason());
      }
    }
  }

  @Override
  public DropReason reason() {
    return DropReason.ADVERT;
  }
}
