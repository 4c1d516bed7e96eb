package corpussearch.indexer.paragraphs;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Drops an advertisement under its label: the label alone on a line ("Advertisement", "SPONSORED",
 * "Reklama", "Anzeige", "Publicidad", "Publicité", "Pubblicità", "Advertentie", "Annons", "CLASSIFIEDS" …, in
 * brackets or not), with the lines that follow it in the same block (the advert itself, at most
 * {@value #MAX_ADVERT_WORDS} words, each line short and no sentence, as advert copy is); or the
 * label and the advert on one line ("SPONSORED | Fly to …", "[ADVERTISEMENT] Hegarty's Hardware —
 * …", "Anzeige: …"). A block headed by a bare sales heading ("SUBSCRIBE TO THE MERCURY", "Advertise
 * with us") is the same kind of box.
 *
 * <p>Why: print pages, newsletters and web pages label what they were paid to carry, in the
 * language of the page; the label is what marks it, not the advertiser's words. The label must
 * stand alone or be set off by a bracket or a mark, so a sentence about an advertising ban (or
 * "Reklama" as a word in prose) is kept. A label alone over a blank line takes the block under it
 * only when that is one line of marked advert copy (see {@code isMarkedAdvert}).
 */
final class AdvertLabelRule implements FurnitureRule {
  /** "Advertisement" in the languages news pages are written in. */
  private static final String LABEL =
      "(?:advertisement|advertisements|advert|adverts|ad|ads|sponsored(?: content| post| link)?|promoted(?: content)?"
          + "|paid (?:content|post|promotion|partnership)|partner content|advertorial|anzeige|werbung|reklama|reklame|reklam|реклама"
          + "|publicidad|publicidade|publicité|publicite|pubblicità|pubblicita|advertentie|annons|annonce|mainos|hirdetés"
          + "|oglas|inzerce|inzerát|διαφήμιση|patrocinado|sponsorisé|gesponsert|sponsrad|sponsoreret|إعلان"
          // the small ads a print page carries: "CLASSIFIEDS", "Clasificados", "Petites annonces", "Mali oglasi"
          + "|classifieds?|classified ads?|small ads|(?:anuncios )?clasificados|petites annonces|kleinanzeigen|mali oglasi|rubrieksadvertenties)";
  /** A bare sales heading over its box: "SUBSCRIBE TO THE MERCURY", "Advertise with us". */
  private static final String SALES_HEADING =
      "(?:subscribe|advertise)(?:\\s+(?:to|with|in|on|now)\\b[\\p{L}'’ ]{0,40})?";
  private static final Pattern ALONE =
      Pattern.compile("(?iu)[\\[(*\\s-]*(?:" + LABEL + "|" + SALES_HEADING + ")[\\])*\\s:-]*");
  /**
   * The label and the advert on one line: set off by a bracket or a mark ("[ADVERTISEMENT] …",
   * "Anzeige: …"), or in capitals before the copy, as a print page's box head is ("CLASSIFIEDS Boat
   * for sale …"); "Classified documents …" in a sentence is neither.
   */
  private static final Pattern WITH_ADVERT =
      Pattern.compile("(?iu)(?:[\\[(]" + LABEL + "[\\])]|" + LABEL + "\\s*[:|—–·•]|(?=(?-i:\\p{Lu}{3}[\\p{Lu} ]*\\s\\S))" + LABEL + "\\s)\\s*\\S.*");
  private static final Pattern ADVERT_MARK =
      Pattern.compile("\\s[—–|·]\\s|\\bwww\\.|\\.(?:com|net|org|example)\\b|" + OfferRule.PRICE);
  private static final int MAX_ADVERT_WORDS = 60;
  /** An advert's lines are short; a paragraph of the story that follows an ad's placeholder is not. */
  private static final int MAX_LINE_WORDS = 30;

  @Override
  public DropReason reason() {
    return DropReason.ADVERT;
  }

  @Override
  public void apply(Page page) {
    // every block, not only live ones: another rule may have taken the label as chrome already
    List<Block> blocks = page.blocks();
    for (int b = 0; b < blocks.size(); b++) {
      Block block = blocks.get(b);
      List<Integer> live = page.live(block);
      if (!ALONE.matcher(page.line(block.first())).matches()) {
        continue;
      }
      if (TextShapes.atMostWords(page.liveText(block), MAX_ADVERT_WORDS + 5) && isAdvertBox(page, block, live)) {
        page.dropAll(live, reason());
      }
      if (block.lines().size() == 1 && b + 1 < blocks.size() && isMarkedAdvert(page, page.live(blocks.get(b + 1)))) {
        page.dropAll(page.live(blocks.get(b + 1)), reason());
      }
    }
    for (int i = 0; i < page.size(); i++) {
      if (page.isLive(i) && isLabelled(page.line(i))) {
        page.drop(i, reason());
      }
    }
  }

  /**
   * A line of an advert: short and no sentence ("Herzegovina Wine Route — tastings every weekend").
   * A sentence after a label may be the story's next paragraph, run on below an ad's placeholder;
   * an advert in sentences is left to the rules that know its price or small print.
   */
  private static boolean isAdvertCopy(String line) {
    return TextShapes.atMostWords(line, MAX_LINE_WORDS) && !TextShapes.endsSentence(line);
  }

  /**
   * What follows the label in its block is advert copy; or small ads, which are written in
   * sentences and marked by their heading and how to reply ("For sale: … Offers to PO Box …").
   */
  private static boolean isAdvertBox(Page page, Block block, List<Integer> live) {
    return live.stream().filter(i -> i != block.first()).allMatch(i -> isAdvertCopy(page.line(i)))
        || OfferRule.SMALL_AD.matcher(page.liveText(block)).find();
  }

  /**
   * The block after a label alone in its block, when it is one line of advert copy that also
   * carries an advert's marks: a brand set off by a dash or a bar ("Weinhaus Krenn — tastings every
   * weekend"), a web address, a price. A label over a blank line may be a placeholder whose advert
   * is gone, and the story's next paragraph or heading under it is kept.
   */
  private static boolean isMarkedAdvert(Page page, List<Integer> next) {
    return next.size() == 1 && isAdvertCopy(page.line(next.get(0))) && ADVERT_MARK.matcher(page.line(next.get(0))).find();
  }

  private static boolean isLabelled(String line) {
    return ALONE.matcher(line).matches() && TextShapes.atMostWords(line, 6)
        || TextShapes.atMostWords(line, MAX_ADVERT_WORDS) && WITH_ADVERT.matcher(line).matches();
  }
}
