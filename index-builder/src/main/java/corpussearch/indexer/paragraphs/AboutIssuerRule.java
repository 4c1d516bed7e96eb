package corpussearch.indexer.paragraphs;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drops a release's boilerplate about its issuer: an "About X" line and the description under it,
 * which opens with X's name ("About Aqaba Development Corporation" / "Aqaba Development
 * Corporation is the master developer of …"), in the same block or the next; a label that calls the
 * issuer by its kind alone ("About the Forum") is followed by its full name ("The Sahel Security
 * Forum is …").
 *
 * <p>Why: releases close on the same paragraph about whoever issued them, under its name; the
 * story never speaks of its subject that way. The description must open with the name the label
 * gives, so a column headed "About Town" over a story, or "About 4,000 people …", is kept.
 */
final class AboutIssuerRule implements FurnitureRule {
  private static final Pattern LABEL =
      Pattern.compile("(?u)\\s*About\\s+((?:the\\s+)?\\p{Lu}[\\p{L}\\p{N}'’.&-]*(?:\\s+(?:(?:of|and|for|the|de|du|&)\\s+)?\\p{Lu}[\\p{L}\\p{N}'’.&-]*){0,7})\\s*:?\\s*");
  /** A capitalised name of up to six words, then "is": its last word is the kind a label may call it by. */
  private static final Pattern FULL_NAME =
      Pattern.compile("(?u)(?:The\\s+)?(?:\\p{Lu}[\\p{L}\\p{N}'’.&-]*+\\s+){1,5}(\\p{Lu}[\\p{L}\\p{N}'’.&-]*+)\\s+(?:is|are|was)\\s.*");
  private static final int MAX_WORDS = 150;

  @Override
  public DropReason reason() {
    return DropReason.DISCLAIMER;
  }

  @Override
  public void apply(Page page) {
    List<Block> blocks = page.liveBlocks();
    for (int b = 0; b < blocks.size(); b++) {
      List<Integer> live = page.live(blocks.get(b));
      Matcher label = live.isEmpty() ? null : LABEL.matcher(page.line(live.get(0)));
      if (label == null || !label.matches()) {
        continue;
      }
      List<Integer> description = page.underLabel(blocks, b);
      String text = String.join(" ", description.stream().map(page::line).toList());
      String name = label.group(1);
      boolean opens = text.startsWith(name) || text.startsWith(name.replaceFirst("^the\\s+", "")) || opensWithFullName(text, name);
      if (!description.isEmpty() && opens && TextShapes.atMostWords(text, MAX_WORDS)) {
        page.drop(live.get(0), reason());
        page.dropAll(description, reason());
      }
    }
  }

  /**
   * Whether {@code text} opens with the full name of what a label calls by its kind alone ("About
   * the Forum" / "The Sahel Security Forum is …"): the capitalised name ending in that word, then "is".
   */
  private static boolean opensWithFullName(String text, String name) {
    if (!name.startsWith("the ") || name.indexOf(' ', 4) >= 0) {
      return false;
    }
    Matcher fullName = FULL_NAME.matcher(text);
    return fullName.matches() && fullName.group(1).equals(name.substring(4));
  }
}
