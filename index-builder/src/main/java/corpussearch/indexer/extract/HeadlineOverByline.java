package corpussearch.indexer.extract;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code over-byline}: the story's own headline is the headline-shaped line set directly over its
 * byline or date line (a standfirst may stand between), whose words recur in the story's first
 * paragraphs. It wins over a title found another way when that one does not look like the story's
 * headline: an e-mail's subject that the page never prints ("🚌 Bus drivers get paid for the gap;
 * plus, a Keizer bridge update"), or a first line whose words the story hardly uses (a breadcrumb,
 * an offer, a weather reading, a service's masthead). Unknown stays unknown when no line qualifies.
 */
final class HeadlineOverByline {

  /** How many non-blank lines from the top the headline may stand on. */
  private static final int SEARCH_LINES = 40;
  /** A paragraph of the body has at least this many words. */
  private static final int MIN_PARAGRAPH_WORDS = 15;
  /** How many of the story's first paragraphs its headline's words are looked for in. */
  private static final int LEAD_PARAGRAPHS = 3;
  /** Share of a headline's words that recur in the lead for it to look like the story's. */
  private static final double MIN_ECHO = 0.5;
  /** A standfirst under a headline has at least this many words. */
  private static final int MIN_STANDFIRST_WORDS = 8;
  /** A kicker over a headline ("Prozess in München") has at most this many words. */
  private static final int MAX_KICKER_WORDS = 4;
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'”’]?$");
  /** A name line under a headline has at most this many words, role included. */
  private static final int MAX_NAME_LINE_WORDS = 7;
  private static final int MIN_WORD_CHARS = 4;
  /** A headline has at least this many words of {@value #MIN_WORD_CHARS} letters: "AFTERNOON UPDATE" is an edition's label. */
  private static final int MIN_STEMS = 3;
  /** Words share a stem when they share this many first letters ("schools" / "school"). */
  private static final int STEM_CHARS = 5;
  /** A long word after the first written in small letters: the sentence case of a headline. */
  private static final Pattern SENTENCE_CASE_WORD = Pattern.compile("\\s\\p{Ll}{" + MIN_WORD_CHARS + ",}");
  private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");

  private HeadlineOverByline() {}

  /** {@code found}, or the headline over the byline when that looks more like the story's. */
  static Optional<TitleRules.Title> preferred(ArticleLines page, Optional<TitleRules.Title> found, Set<Integer> metadata) {
    Optional<TitleRules.Title> over = find(page, metadata);
    if (over.isEmpty() || found.isPresent() && found.get().lines().contains(over.get().line())) {
      return found;
    }
    if (found.isEmpty()) {
      return over;
    }
    if (!page.isTop(over.get().line())) {
      return found; // a live blog's entry over its time stamp is no rival to the page's headline
    }
    TitleRules.Title title = found.get();
    boolean unprintedSubject = title.rule().equals(RuleNames.FIELD_BLOCK) && title.lines().isEmpty();
    boolean weakFirstLine = title.rule().equals(RuleNames.FIRST_LINE) && title.line() < over.get().line() && isWeaker(page, title, over.get());
    return unprintedSubject || weakFirstLine || isUnderByline(page, title, over.get()) ? over : found;
  }

  /**
   * Whether a first line above the headline over the byline is not the story's headline. Directly
   * over a short line no shorter than itself, it is a column's or a series' name ("Between the
   * Lines" over "Mourning by routine") when the story echoes it less; over a standfirst (of {@value
   * #MIN_STANDFIRST_WORDS} words or more) or a shorter subtitle, it is the headline, unless it is a
   * kicker the story does not echo over a line it does that ends as no sentence ends ("Prozess in
   * München" over "Inside the trial of the Ingolstadt cell: what the court has heard so far").
   * Further up, it is one the story hardly echoes, or a body's name ("Steppe Security Institute"),
   * which is the site's however often its disclaimer repeats it.
   */
  private static boolean isWeaker(ArticleLines page, TitleRules.Title title, TitleRules.Title over) {
    double echo = echo(page, title.text(), title.line());
    if (page.nonBlank().stream().filter(line -> line > title.line()).findFirst().orElse(-1) == over.line()) {
      int overWords = ArticleLines.wordCount(over.text());
      int titleWords = ArticleLines.wordCount(title.text());
      double overEcho = echo(page, over.text(), over.line());
      boolean kicker = titleWords <= MAX_KICKER_WORDS && echo < MIN_ECHO && overEcho >= MIN_ECHO && !SENTENCE_END.matcher(over.text()).find();
      return overWords < MIN_STANDFIRST_WORDS && overWords >= titleWords && echo < overEcho || kicker;
    }
    return echo < MIN_ECHO || AuthorLineRules.isIssuer(title.text()) || AuthorLineRules.isOrganisation(title.text());
  }

  /**
   * Whether a first line found lies under the byline or date line that the headline over it
   * stands on: a caption or the body's first line on a page whose header the scan went past. A
   * page prints its headline above its byline, never below. Only a byline or a date line proper
   * counts here, one of the next two lines: a name-shaped line under a slogan may be a section's
   * label ("PARTNER CONTENT") or the masthead.
   */
  private static boolean isUnderByline(ArticleLines page, TitleRules.Title title, TitleRules.Title over) {
    if (!title.rule().equals(RuleNames.FIRST_LINE) || title.line() <= over.line()) {
      return false;
    }
    return page.nonBlank().stream()
        .filter(line -> line > over.line() && line < title.line())
        .limit(2)
        .anyMatch(line -> isBylineOrDateProper(page.text(line)));
  }

  private static boolean isBylineOrDateProper(String text) {
    String stripped = text.strip();
    return BylineRules.isBylineOrLabel(stripped) || DateParser.parseDateLine(stripped).isPresent();
  }

  /** The first headline-shaped line over a byline or a date line whose words recur in the lead. */
  static Optional<TitleRules.Title> find(ArticleLines page, Set<Integer> metadata) {
    List<Integer> lines = page.nonBlank().stream().limit(SEARCH_LINES).toList();
    for (int line : lines) {
      String text = page.text(line).strip();
      if (metadata.contains(line) || !isHeadlineShaped(text) || !overByline(page, line)) {
        continue;
      }
      if (echo(page, text, line) >= MIN_ECHO) {
        return Optional.of(new TitleRules.Title(text, RuleNames.OVER_BYLINE, line, Set.of(line)));
      }
    }
    return Optional.empty();
  }

  private static boolean isHeadlineShaped(String text) {
    return TitleRules.isTitleLike(text) && !TitleRules.isFurniture(text) && !HeadlineEvidence.isAgainst(text)
        && !FieldBlocks.isField(text) && !isBylineOrDate(text) && !opensWithName(text)
        && hasHeadlineWords(text) && !text.endsWith(".");
  }

  /**
   * Whether {@code text} has a headline's words: {@value #MIN_STEMS} long ones, or two in sentence
   * case ("Mourning by routine"), which an edition's label in capitals ("AFTERNOON UPDATE") or
   * title case is not written in, nor a writer's role ("Staff columnist").
   */
  private static boolean hasHeadlineWords(String text) {
    List<String> stems = stems(text);
    return stems.size() >= MIN_STEMS
        || stems.size() == MIN_STEMS - 1 && SENTENCE_CASE_WORD.matcher(text).find() && !AuthorLineRules.isRole(text);
  }

  /** "Lena Ortiz, The Colorado Ledger": a name and what follows it is a byline, whatever follows. */
  private static boolean opensWithName(String text) {
    return PersonNames.leadingName(text).filter(name -> text.startsWith(name + ",")).isPresent();
  }

  /** Whether the next line, or the one after a standfirst, is a byline or a date line. */
  private static boolean overByline(ArticleLines page, int line) {
    OptionalInt next = page.nextNonBlank(line, 2);
    if (next.isEmpty()) {
      return false;
    }
    if (isBylineOrDate(page.text(next.getAsInt()))) {
      return true;
    }
    OptionalInt after = page.nextNonBlank(next.getAsInt(), 2);
    return after.isPresent() && !isBylineOrDate(page.text(line)) && isBylineOrDate(page.text(after.getAsInt()));
  }

  /** Whether {@code text} is a byline (segmented ones too), a date line or a name line. */
  static boolean isBylineOrDate(String text) {
    String stripped = text.strip();
    return BylineRules.isBylineOrLabel(stripped) || DateParser.parseDateLine(stripped).isPresent() || isNameLine(stripped)
        || !SegmentedBylines.parse(stripped, 0).isEmpty();
  }

  /** "Priya Hollins", "Jonah Whitlock, Education Reporter": a name alone, or a name and a role. */
  static boolean isNameLine(String text) {
    if (ArticleLines.wordCount(text) > MAX_NAME_LINE_WORDS) {
      return false;
    }
    int comma = text.indexOf(',');
    String name = comma < 0 ? text : text.substring(0, comma);
    // "Steppe Security Institute" under a skip link is the site's name, which reads as a name
    return PersonNames.isName(name.strip(), true) && !AuthorLineRules.isIssuer(name)
        && (comma < 0 || Arrays.stream(text.substring(comma + 1).strip().split("\\s+")).anyMatch(RoleWords::isRoleWord));
  }

  /** Share of the words of {@code headline} that recur in the first paragraphs below {@code line}. */
  static double echo(ArticleLines page, String headline, int line) {
    List<String> words = stems(headline);
    if (words.isEmpty()) {
      return 0;
    }
    Set<String> lead = new HashSet<>();
    int paragraphs = 0;
    StringBuilder block = new StringBuilder();
    for (int other = line + 1; other <= page.size() && paragraphs < LEAD_PARAGRAPHS; other++) {
      if (other < page.size() && !page.isBlank(other)) {
        block.append(page.text(other)).append(' ');
      } else if (ArticleLines.wordCount(block.toString()) >= MIN_PARAGRAPH_WORDS) {
        // a paragraph is a run of lines, so that a text dump's hard-wrapped lead counts as one
        lead.addAll(stems(block.toString()));
        paragraphs++;
        block.setLength(0);
      } else {
        block.setLength(0);
      }
    }
    return (double) words.stream().filter(lead::contains).count() / words.size();
  }

  private static List<String> stems(String text) {
    return Arrays.stream(NON_LETTERS.split(text.toLowerCase(Locale.ROOT)))
        .filter(word -> word.length() >= MIN_WORD_CHARS)
        .map(word -> word.substring(0, Math.min(STEM_CHARS, word.length())))
        .distinct()
        .toList();
  }
}
