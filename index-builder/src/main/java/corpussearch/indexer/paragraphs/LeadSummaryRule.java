package corpussearch.indexer.paragraphs;

import java.util.List;

/**
 * Drops the summary a piece sets over its text under a label of its own: the label alone on the
 * first line of the page's first block of prose ("SYNOPSIS", "Summary", "Abstract:"), then at most
 * {@value #MAX_WORDS} words, with the text after it ("SYNOPSIS" / "Military pressure has thinned
 * the ranks of the group, but …" / "COMMENTARY" / …); or after its label on the same line, as an
 * aggregator sets its machine's summary ("AI summary: …").
 *
 * <p>Why: think tanks and journals open a commentary with a summary that the text then argues in
 * full; copied, or run through pdftotext, it stands as the first paragraph. The label, the place and
 * the text after it are required: a section so labelled further down, once the text has begun, is
 * kept, and so is a piece that is its summary alone.
 */
final class LeadSummaryRule implements FurnitureRule {
  private static final int MAX_WORDS = 60;

  @Override
  public DropReason reason() {
    return DropReason.PROMO;
  }

  @Override
  public void apply(Page page) {
    List<Block> blocks = page.liveBlocks();
    for (int b = 0; b < blocks.size(); b++) {
      List<Integer> live = page.live(blocks.get(b));
      if (!TextShapes.isProse(page.liveText(blocks.get(b)))) {
        continue;
      }
      if (isLabelledSummary(page, live) && blocks.subList(b + 1, blocks.size()).stream().anyMatch(next -> TextShapes.isProse(page.liveText(next)))) {
        page.dropAll(live, reason());
      }
      return;
    }
  }

  private static boolean isLabelledSummary(Page page, List<Integer> live) {
    String summary = String.join(" ", live.subList(1, live.size()).stream().map(page::line).toList());
    return live.size() > 1 && FactBoxRule.SUMMARY_LABEL.matcher(page.line(live.get(0))).matches() && TextShapes.atMostWords(summary, MAX_WORDS)
        || isInlineSummary(String.join(" ", live.stream().map(page::line).toList()));
  }

  /** A summary after its label on one line, "AI summary: Returnees in Kandahar camps report contact with IS-K recruiters; …". */
  private static boolean isInlineSummary(String text) {
    int colon = text.indexOf(':');
    return colon > 0 && FactBoxRule.SUMMARY_LABEL.matcher(text.substring(0, colon + 1)).matches() && TextShapes.atMostWords(text, MAX_WORDS);
  }
}
