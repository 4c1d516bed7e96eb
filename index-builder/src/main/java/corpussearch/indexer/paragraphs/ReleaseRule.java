package corpussearch.indexer.paragraphs;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Drops the scaffolding of a press release printed as an article: its slug ("NEWS RELEASE — FOR
 * IMMEDIATE RELEASE", "Embargoed until 00:01"), its source line ("Source: Ministry of Health —
 * Press Release No. 47/2024"), its media contact ("For media enquiries: …"), the pictures it offers
 * the press ("Photos … are available for media use at …"), its notes to editors,
 * and a restriction on where it may go ("Not for publication outside …"), its end mark ("ENDS",
 * "-30-", "###", "((END))", a wire's "FIM/DC/HM/AKN", a script's "[ENDS] Out words: …") with
 * everything under it, which is what a release puts after its story: notes, contacts, boilerplate
 * about the issuer.
 *
 * <p>Why: releases and wire copy mark where the story stops; what follows is for editors, not
 * readers. The mark must stand alone on its line, and what follows it must be shorter than the
 * story above it, so a digest of several releases keeps the later ones.
 */
final class ReleaseRule implements FurnitureRule {
  private static final String SLUG =
      "(?:(?:news|press|media)\\s+release|for\\s+(?:immediate|general)\\s+release|media\\s+(?:advisory|statement)|press\\s+statement"
          + "|embargo(?:ed)?(?:\\s+(?:until|till|to)\\b[^|—–]{0,40})?)";
  private static final Pattern HEADER =
      Pattern.compile("(?iu)" + SLUG + "(?:\\s*[—–|/:·-]\\s*" + SLUG + ")*\\s*[.:]?");
  private static final Pattern SOURCE =
      Pattern.compile("(?iu)source\\s*:.{0,100}\\b(?:press|news|media)\\s+release\\b.*|.*\\b(?:press|news|media)\\s+release\\s+no\\.?\\s*\\d.*");
  private static final Pattern CONTACT =
      Pattern.compile("(?iu)(?:for\\s+)?(?:media|press)\\s+(?:enquiries|inquiries|queries|contacts?|information)\\s*[:—–]\\s*\\S.*");
  /**
   * A restriction on where the copy may go, as the last sentence of its line: "Not for publication
   * outside Radio Longyear.", "Not for broadcast before 06:00." A story quotes such a phrase inside
   * a sentence ("marked not for publication, she said"), never as a sentence of its own.
   */
  private static final Pattern RESTRICTION =
      Pattern.compile("(?iu)(?:[^.!?]{0,160}[.!?]\\s+)?not for (?:publication|broadcast|distribution|release|reproduction|circulation)\\b[^.!?\"“”]{0,80}[.!]?");
  /**
   * What the issuer offers the press beside the text, and where: "Photos and b-roll from Torkham …
   * are available for media use at frrc.example/press". A story's sentence ("Footage of the collapse
   * is available for download on the court's website, the judge said") gives no address.
   */
  private static final Pattern MEDIA_ASSETS = Pattern.compile(
      "(?iu)(?:high[- ]res(?:olution)?\\s+)?(?:photos?|photographs?|images?|pictures?|b-roll|video|footage|audio)\\b[^.!?]{0,80}?"
          + "\\b(?:are|is)\\s+available\\s+(?:for\\s+(?:media|press|editorial|broadcast)\\s+use|to\\s+(?:the\\s+)?(?:media|press|journalists)|for\\s+download)\\b"
          + "[^\"“”]*?\\s(?:https?://)?(?:[\\w-]+\\.)+\\p{Ll}{2,}(?:/\\S*)?[.\\s]*");
  private static final Pattern NOTES = Pattern.compile("(?iu)notes?\\s+(?:to|for)\\s+(?:the\\s+)?editors?\\b\\s*:?.*");
  /** "# # #" reaches the rule as "#", Markdown's heading marks taken off. */
  private static final Pattern END_MARK =
      Pattern.compile("[-–—(\\[#*\\s]*(?:(?i:ends?)|END(?:\\s+OF\\s+(?:RELEASE|TEXT|STORY|DISPATCH))?|#(?:\\s?#){0,2}|-\\s?30\\s?-|XXX|ENDE|FIN|FIM|FINE|SLUT)"
          // a wire's desk initials after the mark: "FIM/DC/HM/AKN"
          + "(?:\\s*/\\s*\\p{Lu}{1,6})*[-–—)\\]#*\\s.]*"
          // a bracketed mark may lead the script's last cue on its line: "[ENDS] Out words: …"
          + "|\\s*[\\[(]{1,2}\\s*(?:(?i:ends?)|END|XXX|FIN|FIM|SLUT)\\s*[\\])]{1,2}\\s*\\S.*");
  private static final int MAX_LINE_WORDS = 30;
  private static final int MAX_NOTES_WORDS = 150;

  @Override
  public DropReason reason() {
    return DropReason.PRODUCTION_NOTE;
  }

  @Override
  public void apply(Page page) {
    for (int i = 0; i < page.size(); i++) {
      String line = page.line(i);
      if (page.isLive(i) && TextShapes.atMostWords(line, MAX_LINE_WORDS)
          && (HEADER.matcher(line).matches() || SOURCE.matcher(line).matches() || CONTACT.matcher(line).matches()
              || RESTRICTION.matcher(line).matches() || MEDIA_ASSETS.matcher(line).matches())) {
        page.drop(i, reason());
      }
    }
    for (Block block : page.liveBlocks()) {
      List<Integer> live = page.live(block);
      if (NOTES.matcher(page.line(live.get(0))).matches() && TextShapes.atMostWords(page.liveText(block), MAX_NOTES_WORDS)) {
        page.dropAll(live, reason());
      }
    }
    dropFromEndMark(page);
  }

  /** The last end mark that has more of the story above it than there is text below it. */
  private void dropFromEndMark(Page page) {
    int below = 0;
    for (int i = page.size() - 1; i >= 0; i--) {
      // the mark counts whatever took it before (a lone "ENDS" reads as chrome too)
      if (!page.line(i).isEmpty() && END_MARK.matcher(page.line(i)).matches() && below < liveWordsBefore(page, i)) {
        for (int j = i; j < page.size(); j++) {
          page.drop(j, reason());
        }
        return;
      }
      below += page.isLive(i) ? TextShapes.words(page.line(i)) : 0;
    }
  }

  private static int liveWordsBefore(Page page, int end) {
    int words = 0;
    for (int i = 0; i < end; i++) {
      if (page.isLive(i)) {
        words += TextShapes.words(page.line(i));
      }
    }
    return words;
  }
}
