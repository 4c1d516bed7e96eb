package corpussearch.indexer.paragraphs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Splits the text of one scraped article into indexable {@link Paragraph}s.
 *
 * <p>Steps:
 *
 * <ol>
 *   <li>Lines listed in {@code metadataLines} are dropped ({@link DropReason#METADATA}); blank
 *       lines and metadata lines separate the rest into blocks.
 *   <li>The {@link FurnitureRules#defaults() furniture rules} drop comment sections, reaction
 *       widgets, related lists, share bars, footers and the like, each by its own general rule.
 *   <li>Each remaining block becomes paragraphs. <b>Line-per-paragraph criterion:</b> a block of
 *       several lines is one paragraph per line when every line {@linkplain TextShapes#standsAlone
 *       stands alone} — starts like a sentence and ends like one (or is at least {@value
 *       TextShapes#UNWRAPPED_LINE_CHARS} characters, too long to be a hard wrap). Otherwise its lines are
 *       the wrapped lines of one paragraph and are joined with single spaces.
 *   <li><b>Headings:</b> a one-line block of {@linkplain HeadingShape heading shape}, or such a
 *       first line of a block whose next line starts a sentence, becomes the {@code section} of
 *       the paragraphs after it (until the next heading) when the next unit is body text; a
 *       heading-shaped line with no body text after it is dropped ({@link
 *       DropReason#STRAY_HEADING}), and so is one set above the byline or the date: the story has
 *       not begun where its metadata is still being printed, so such a line is the header's (a
 *       kicker, a player's label), never a section of the story. Quotes enclosing a whole heading
 *       are removed from the section name.
 *   <li>A paragraph whose whitespace-normalised text repeats an earlier one (pull quotes,
 *       standfirst repeated in the body) is kept once and counted in {@code duplicates}, and so is
 *       a short one whose words are a {@linkplain Fragments fragment} of a longer paragraph; a
 *       paragraph without letters is dropped ({@link DropReason#EMPTY}).
 * </ol>
 *
 * <p>Instances are stateless and thread-safe.
 */
public final class ParagraphSplitter {
  private final List<FurnitureRule> rules;

  public ParagraphSplitter() {
    this(FurnitureRules.defaults());
  }

  ParagraphSplitter(List<FurnitureRule> rules) {
    this.rules = List.copyOf(rules);
  }

  /**
   * Splits one article.
   *
   * @param lines the article file's text split on line breaks ({@code text.split("\\R", -1)})
   * @param metadataLines 0-based indexes of lines the metadata extractor claimed; never indexed
   */
  public ParagraphSplit split(List<String> lines, Set<Integer> metadataLines) {
    return split(lines, metadataLines, null);
  }

  /**
   * Splits one article whose outlet is known, so that the outlet speaking of itself at the story's
   * edges is known too.
   *
   * @param lines the article file's text split on line breaks ({@code text.split("\\R", -1)})
   * @param metadataLines 0-based indexes of lines the metadata extractor claimed; never indexed
   * @param outlet the article's outlet as the metadata extractor found it, or null
   */
  public ParagraphSplit split(List<String> lines, Set<Integer> metadataLines, String outlet) {
    return split(lines, metadataLines, outlet, null);
  }

  /**
   * Splits one article whose outlet and title are known, so that what the page sets between its
   * headline and its byline is known too.
   *
   * @param lines the article file's text split on line breaks ({@code text.split("\\R", -1)})
   * @param metadataLines 0-based indexes of lines the metadata extractor claimed; never indexed
   * @param outlet the article's outlet as the metadata extractor found it, or null
   * @param title the article's title as the metadata extractor found it, or null
   */
  public ParagraphSplit split(List<String> lines, Set<Integer> metadataLines, String outlet, String title) {
    Objects.requireNonNull(lines, "lines");
    Page page = new Page(lines, metadataLines == null ? Set.of() : metadataLines, outlet, title);
    for (FurnitureRule rule : rules) {
      rule.apply(page);
    }
    List<Unit> units = units(page);

    List<Paragraph> paragraphs = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int duplicates = 0;
    String section = null;
    for (int u = 0; u < units.size(); u++) {
      Unit unit = units.get(u);
      if (unit.heading()) {
        boolean bodyFollows = u + 1 < units.size() && !units.get(u + 1).heading();
        if (bodyFollows && !aboveMetadata(page, unit, units.get(u + 1))) {
          section = HeadingShape.sectionName(unit.text());
        } else {
          page.dropAll(unit.lines(), DropReason.STRAY_HEADING);
        }
        continue;
      }
      String text = TextShapes.clean(unit.text());
      if (!TextShapes.hasLetter(text)) {
        page.dropAll(unit.lines(), DropReason.EMPTY);
      } else if (!seen.add(text)) {
        duplicates++;
      } else {
        paragraphs.add(new Paragraph(paragraphs.size(), section, text));
      }
    }
    List<Paragraph> kept = withoutFragments(paragraphs);
    return new ParagraphSplit(kept, page.counts(), duplicates + paragraphs.size() - kept.size());
  }

  /** The paragraphs without the {@linkplain Fragments repeated fragments}, numbered again from 0. */
  private static List<Paragraph> withoutFragments(List<Paragraph> paragraphs) {
    Set<Integer> repeats = Fragments.repeats(paragraphs.stream().map(Paragraph::text).toList());
    List<Paragraph> kept = new ArrayList<>();
    for (int p = 0; p < paragraphs.size(); p++) {
      if (!repeats.contains(p)) {
        kept.add(new Paragraph(kept.size(), paragraphs.get(p).section(), paragraphs.get(p).text()));
      }
    }
    return kept;
  }

  /** Whether a line the metadata extractor claimed, other than the title, lies between {@code heading} and {@code next}. */
  private static boolean aboveMetadata(Page page, Unit heading, Unit next) {
    int after = heading.lines().get(heading.lines().size() - 1) + 1;
    return IntStream.range(after, next.lines().get(0)).anyMatch(i -> page.reason(i) == DropReason.METADATA && !page.isTitle(i));
  }

  /** A heading candidate or a paragraph candidate, with the page lines it came from. */
  private record Unit(boolean heading, String text, List<Integer> lines) {}

  private static List<Unit> units(Page page) {
    List<Unit> units = new ArrayList<>();
    for (Block block : page.blocks()) {
      List<Integer> live = page.live(block);
      if (live.isEmpty()) {
        continue;
      }
      if (live.size() == 1) {
        int i = live.get(0);
        units.add(new Unit(HeadingShape.matches(page.line(i)), page.line(i), live));
        continue;
      }
      List<Integer> body = live;
      if (leadingHeading(page, live)) {
        units.add(new Unit(true, page.line(live.get(0)), live.subList(0, 1)));
        body = live.subList(1, live.size());
      }
      if (body.size() > 1 && body.stream().allMatch(i -> TextShapes.standsAlone(page.line(i)))) {
        body.forEach(i -> units.add(new Unit(false, page.line(i), List.of(i))));
      } else {
        String joined = String.join(" ", body.stream().map(page::line).toList());
        units.add(new Unit(false, joined, body));
      }
    }
    return units;
  }

  /**
   * A heading on the first line of a multi-line block: heading-shaped, at most 10 words, the next
   * line starts a sentence, and the rest of the block stands alone line by line or the first line
   * is clearly shorter than the rest (a hard-wrapped first line is as long as the others).
   */
  private static boolean leadingHeading(Page page, List<Integer> live) {
    String first = page.line(live.get(0));
    if (!HeadingShape.matches(first)
        || !TextShapes.atMostWords(first, 10)
        || !TextShapes.startsSentence(page.line(live.get(1)))) {
      return false;
    }
    List<Integer> rest = live.subList(1, live.size());
    int longest = rest.stream().mapToInt(i -> page.line(i).length()).max().orElse(0);
    return rest.stream().allMatch(i -> TextShapes.standsAlone(page.line(i)))
        || first.length() < 0.6 * longest;
  }
}
