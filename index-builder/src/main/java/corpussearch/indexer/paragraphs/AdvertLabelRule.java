package corpussearch.indexer.paragraphs;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Drops an advertisement under its label: the label alone on a line ("Advertisement", "SPONSORED",
 * "Reklama", "Anzeige", "Publicidad", "Publicité", "Pubblicità", "Advertentie", "Annons" …, in
 * brackets or not), with the lines that follow it in the same block (the advert itself, at most
 * {@value #MAX_ADVERT_WORDS} words, each line short and no sentence, as advert copy is); or the label and the advert on one line ("SPONSORED | Fly to
 * …", "[ADVERTISEMENT] Hegarty's Hardware — …", "Anzeige: …"). A block headed by a bare sales
 * heading ("SUBSCRIBE TO THE MERCURY", "Advertise with us") is the same kind of box.
 *
 * <p>Why: print pages, newsletters and web pages label what they were paid to carry, in the
 * language of the page; the label is what marks it, not the advertiser's words. The label must
 * stand alone or be set off by a bracket or a mark, so a sentence about an advertising ban (or
 * "Reklama" as a word in prose) is kept.
 */
final class AdvertLabelRule implements FurnitureRule {
  /** "Advertisement" in the languages news pages are written in. */
  private static final String LABEL =
      "(?:advertisement|advertisements|advert|adverts|ad|ads|sponsored(?: content| post| link)?|promoted(?: content)?"
          + "|paid (?:content|post|promotion|partnership)|partner content|advertorial|anzeige|werbung|reklama|reklame|reklam|реклама"
          + "|publicidad|publicidade|publicité|publicite|pubblicità|pubblicita|advertentie|annons|annonce|mainos|hirdetés"
          + "|oglas|inzerce|inzerát|διαφήμιση|patrocinado|sponsorisé|gesponsert|sponsrad|sponsoreret|إعلان)";
  /** A bare sales heading over its box: "SUBSCRIBE TO THE MERCURY", "Advertise with us". */
  private static final String SALES_HEADING =
      "(?:subscribe|advertise)(?:\\s+(?:to|with|in|on|now)\\b[\\p{L}'’ ]{0,40})?";
  private static final Pattern ALONE =
      Pattern.compile("(?iu)[\\[(*\\s-]*(?:" + LABEL + "|" + SALES_HEADING + ")[\\])*\\s:-]*");
  private static final Pattern WITH_ADVERT =
      Pattern.compile("(?iu)(?:[\\[(]" + LABEL + "[\\])]|" + LABEL + "\\s*[:|—–·•])\\s*\\S.*");
  private static final int MAX_ADVERT_WORDS = 60;
  /** An advert's lines are short; a paragraph of the story that follows an ad's placeholder is not. */
  private static final int MAX_LINE_WORDS = 30;

  @Override
  public DropReason reason() {
    return DropReason.ADVERT;
  }

  @Override
  public void apply(Page page) {
    for (Block block : page.liveBlocks()) {
      List<Integer> live = page.live(block);
      String first = page.line(live.get(0));
      if (ALONE.matcher(first).matches() && TextShapes.atMostWords(page.liveText(block), MAX_ADVERT_WORDS + 5)
          && live.stream().skip(1).allMatch(i -> isAdvertCopy(page.line(i)))) {
        page.dropAll(live, reason());
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

  private static boolean isLabelled(String line) {
    return ALONE.matcher(line).matches() && TextShapes.atMostWords(line, 6)
        || TextShapes.atMostWords(line, MAX_ADVERT_WORDS) && WITH_ADVERT.matcher(line).matches();
  }
}
