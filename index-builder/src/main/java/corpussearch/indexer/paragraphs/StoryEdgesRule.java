package corpussearch.indexer.paragraphs;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Drops what the publication says of itself at the story's edges. From the last paragraph back,
 * while each {@linkplain PublicationTalk speaks about the publication} or is a platform's residue
 * (every line at most {@value #MAX_RESIDUE_WORDS} words, opening a list whose items are gone
 * ("Like this:"), cut off ("Like Loading…") or naming a web host ("Blog at WordPress.com.")), the
 * paragraphs are dropped; the first one that does neither is where the story ends, and the rule
 * stops there. Before the story, a paragraph opening with a sentence about the page itself ("This
 * page has been translated from Russian into English.") is dropped the same way.
 *
 * <p>Why: no list of notices can name every kind a site appends (an aggregator's description of
 * itself, its disclaimer, a translation note, a blog platform's credit), but they share their
 * place and their subject: after the story, about the publication. A story's closing paragraph
 * reports, names the outlet only as a source or about the story's own matter, or quotes someone,
 * and stops the walk; nothing inside the story is ever judged.
 */
final class StoryEdgesRule implements FurnitureRule {
  private static final int MAX_RESIDUE_WORDS = 3;
  private static final int LEAD_UNITS = 3;
  /** A line a widget left: a label whose list is gone, a text cut off, a web host's name. */
  private static final Pattern RESIDUE =
      Pattern.compile("(?u).*(?::|…|\\.{3})|.*\\b[\\p{L}\\d-]{2,63}\\.(?:[\\p{L}\\d-]{2,63}\\.)?\\p{Ll}{2,6}\\b.*");

  @Override
  public DropReason reason() {
    return DropReason.DISCLAIMER;
  }

  @Override
  public void apply(Page page) {
    List<List<Integer>> units = OutsideProseRule.units(page);
    if (units.size() <= 1) {
      return;
    }
    PublicationTalk talk = new PublicationTalk(page.outlet(), lead(page, units));
    for (int u = units.size() - 1; u > 0; u--) {
      List<Integer> unit = units.get(u);
      if (!talk.isAboutPublication(OutsideProseRule.text(page, unit)) && !isResidue(page, unit)) {
        break;
      }
      page.dropAll(unit, reason());
    }
    for (List<Integer> unit : units) {
      if (!page.isLive(unit.get(0)) || !talk.opensAboutPage(OutsideProseRule.text(page, unit))) {
        break;
      }
      page.dropAll(unit, reason());
    }
  }

  private static boolean isResidue(Page page, List<Integer> unit) {
    return unit.stream().map(page::line)
        .allMatch(line -> TextShapes.atMostWords(line, MAX_RESIDUE_WORDS) && RESIDUE.matcher(line.strip()).matches());
  }

  /** The story's first paragraphs, whose words a paragraph about the story shares. */
  private static String lead(Page page, List<List<Integer>> units) {
    List<List<Integer>> lead = units.subList(0, Math.min(LEAD_UNITS, units.size()));
    return String.join(" ", lead.stream().map(unit -> OutsideProseRule.text(page, unit)).toList());
  }
}
