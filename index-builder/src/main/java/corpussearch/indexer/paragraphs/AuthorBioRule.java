package corpussearch.indexer.paragraphs;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Drops the author's biography.
 *
 * <ul>
 *   <li><b>Label</b>: a "Written by:" / "About the author" line, and the short name line right
 *       after it in the same block.
 *   <li><b>Late bio</b>: one of the last {@value #LATE_BLOCKS} remaining paragraphs of an
 *       article as the reader sees them (a block, or a line of a block pasted one paragraph per line), of
 *       at least {@value #MIN_ARTICLE_BLOCKS} such paragraphs, at most
 *       {@value #MAX_BIO_WORDS} words, that opens like a bio — "The writer/author is …", or a
 *       personal name (2–4 capitalised words) followed by "is/was/has …" or a comma — and contains
 *       a biographical cue (a role such as senior, student, professor, analyst, journalist,
 *       fellow; when the writer's column appears; the paper the writer "writes for"; the column the writer "writes"; "exclusively for"; "tweets"; an @handle; "based in" …);
 *       or that opens with the writer's role and no article, under a card that gave the name
 *       ("Reporter for the Post covering Poso and Morowali.").
 *   <li><b>Wrapped tail</b>: the lines a bio claimed for the writer's name wraps onto, up to its stop.
 * </ul>
 *
 * <p>Why: the bio describes the writer, not the story, and repeats verbatim under every article by
 * that writer. Position (the end of the body, after the other furniture is gone) and length keep
 * the rule off body paragraphs that happen to describe a person.
 */
final class AuthorBioRule implements FurnitureRule {
  static final int LATE_BLOCKS = 2;
  static final int MIN_ARTICLE_BLOCKS = 3;
  static final int MAX_BIO_WORDS = 90;
  private static final int MIN_BLOCK_WORDS = 6;

  private static final Pattern LABEL =
      Pattern.compile("(?iu)(?:written by|about the (?:author|writer)s?|author|by)\\s*:?");
  private static final Pattern THE_WRITER =
      Pattern.compile(
          "(?iu)^(?:the|this|our) (?:writer|author|columnist|contributor|reporter)s?\\b.{0,40}?\\b(?:is|are|was|has)\\b.*");
  /**
   * A bio under the writer's card, whose name the card gave: the role with no article before it and
   * where or what it covers ("Reporter for the Post covering Poso and Morowali."); a sentence of a
   * story names its subject first.
   */
  private static final Pattern ROLE_FIRST =
      Pattern.compile(
          "(?iu)^(?:(?:senior|chief|staff|freelance|political|regional|foreign|local|investigative|business|court|health)\\s+){0,2}"
              + "(?:reporter|correspondent|writer|journalist|editor|columnist|photographer|producer)\\s+(?:for|at|with|covering|based)\\b.*");
  private static final Pattern CUE =
      Pattern.compile(
          "(?iu).*(?:\\b(?:senior|junior|sophomore|freshman|student|graduate|alumn\\w*|professor|lecturer"
              + "|analyst|research\\w*|fellow|journalist|writer|author|editor|correspondent|columnist"
              + "|contributor|director|founder|scholar|consultant|tweets|studying|based in"
              + "|exclusively for|can be reached|focus(?:es)? (?:is )?on)\\b|@\\w+"
              // the paper the writer writes for, in the present: "… and writes for the Standard every Sunday."
              + "|\\bwrites\\s+(?:regularly\\s+|a\\s+(?:weekly\\s+|monthly\\s+)?column\\s+)?for\\s+(?:the|this)\\b"
              // the column the writer writes, by its name: "… and writes the Frontlines column every other Friday."
              + "|\\bwrites\\s+(?:the|a|this)\\s+(?:(?:weekly|monthly|fortnightly)\\s+)?(?:\\p{Lu}[\\p{L}'’-]*+\\s+){0,3}column\\b"
              // when the writer's column runs: "His column Sea Lanes appears every Saturday."
              + "|\\b(?:his|her|their) (?:weekly |monthly |fortnightly )?column\\b[^.!?]{0,40}?\\b(?:appears|runs|is published)\\b).*");
  private static final Set<String> NOT_NAMES =
      Set.of("The", "This", "That", "These", "Those", "It", "In", "On", "At", "As", "A", "An",
          "Its", "Our", "His", "Her", "Their", "If", "But", "And", "For", "With", "When", "While");
  private static final Set<String> PARTICLES =
      Set.of("al", "el", "bin", "ibn", "de", "del", "der", "van", "von", "da", "di", "du", "la", "le");

  @Override
  public DropReason reason() {
    return DropReason.AUTHOR_BIO;
  }

  @Override
  public void apply(Page page) {
    dropLabels(page);
    dropClaimedBioTails(page);
    // the paragraphs as the reader sees them: a bio pasted on the line under the last paragraph is one of its own
    List<List<Integer>> text =
        OutsideProseRule.units(page).stream()
            .filter(unit -> !TextShapes.atMostWords(OutsideProseRule.text(page, unit), MIN_BLOCK_WORDS - 1))
            .toList();
    if (text.size() < MIN_ARTICLE_BLOCKS) {
      return;
    }
    for (List<Integer> unit : text.subList(text.size() - LATE_BLOCKS, text.size())) {
      String t = OutsideProseRule.text(page, unit);
      if (TextShapes.atMostWords(t, MAX_BIO_WORDS) && (ROLE_FIRST.matcher(t).matches() || opensLikeBio(t) && CUE.matcher(t).matches())) {
        page.dropAll(unit, reason());
      }
    }
  }

  /**
   * The lines a bio wraps onto under its first one, which the metadata extractor claimed for the
   * writer's name ("Lucie Ferrand is a Senior Researcher …, where she" / "works on armed group …"):
   * alone they read as no bio, so they go with the line whose sentence they finish.
   */
  private void dropClaimedBioTails(Page page) {
    for (int i = 0; i + 1 < page.size(); i++) {
      String line = page.line(i);
      if (page.reason(i) == DropReason.METADATA && !TextShapes.endsSentence(line)
          && (ROLE_FIRST.matcher(line).matches() || opensLikeBio(line) && CUE.matcher(line).matches())) {
        page.dropSentenceTail(i, reason());
      }
    }
  }

  private void dropLabels(Page page) {
    for (Block block : page.blocks()) {
      List<Integer> live = page.live(block);
      for (int k = 0; k < live.size(); k++) {
        if (LABEL.matcher(page.line(live.get(k))).matches()) {
          page.drop(live.get(k), reason());
          if (k + 1 < live.size()) {
            String name = page.line(live.get(k + 1));
            if (TextShapes.atMostWords(name, 5) && !TextShapes.endsSentence(name)) {
              page.drop(live.get(k + 1), reason());
            }
          }
        }
      }
    }
  }

  static boolean opensLikeBio(String text) {
    if (THE_WRITER.matcher(text).matches()) {
      return true;
    }
    String[] tokens = TextShapes.clean(text).split(" ");
    int names = 0;
    for (int k = 0; k < tokens.length && k < 6; k++) {
      String token = tokens[k];
      boolean endsWithComma = token.endsWith(",");
      String word = endsWithComma ? token.substring(0, token.length() - 1) : token;
      if (names == 0 && NOT_NAMES.contains(word)) {
        return false;
      }
      if (!word.isEmpty() && Character.isUpperCase(word.codePointAt(0))) {
        names++;
      } else if (!(names > 0 && PARTICLES.contains(word))) {
        return names >= 2 && names <= 4 && Set.of("is", "was", "has", "teaches", "works", "writes", "serves").contains(word);
      }
      if (endsWithComma) {
        return names >= 2 && names <= 4;
      }
    }
    return false;
  }
}
