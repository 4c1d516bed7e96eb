package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.MetadataField.DATE;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Lines that are nothing but a date.
 *
 * <ul>
 *   <li>{@code date-label}: "Published: 15 January 2023", "Updated on March 5, 2022", anywhere; the
 *       label says whose date it is.
 *   <li>{@code updated-label}: "Updated: March 6, 2022", "Last modified on …": when the page last
 *       changed, weaker than the article's own date.
 *   <li>{@code dateline}: a bare date below the title at the top of the page, where the article's
 *       own date is printed.
 *   <li>{@code sent-date}: a mail's "Date:" header among its From:/To:/Subject: lines, when the
 *       newsletter went out, often the day after the story; any other date evidence beats it.
 *   <li>{@code first-appeared-date}: the date in a syndication note near the top, "This story
 *       first appeared in The Nevis Leader on Monday, 11 November 2024": the story's own date,
 *       where the page that republished it shows only "Posted 3 days ago".
 *   <li>{@code print-edition-date}: "Published in The Daily Ledger, 14 November 2024": the print
 *       edition's day, weaker than the date the page prints under the headline.
 *   <li>{@code release-date}: a wire's or a press office's release note at the top, "RELEASE: For
 *       publication Monday, March 3, 2025, and after", "Embargoed until 00:01 Tuesday 5 March
 *       2024": the day the story may first appear, which beats the day it was filed ("Filed: Sun 2 Mar").
 *   <li>{@code lead-dateline}: the date a dateline opens the first paragraph with, "Termez, 27
 *       November 2025 – The border services …", as press offices and wires write it.
 *   <li>{@code page-date}: a bare date above the title, in the masthead block. Sites print today's
 *       date there, so it is the weakest date evidence.
 * </ul>
 *
 * <p>A slashed date that could be read day-first or month-first ("Published: 05/03/2022") is read
 * the way the rest of the page settles it ({@link DateConvention}), or not at all; a dashed one
 * ("05-03-2022") the way the page settles it, else day-first. A day and month without a year
 * ("Filed Wed 9 Oct") take the year of the page's first full date ({@link YearlessDates}).
 *
 * <p>Bare dates further down are comment timestamps or related-article lists and are ignored.
 */
final class DateRules {
  private static final Pattern MAIL_DATE = Pattern.compile("(?i)^date\\s*:.*");
  private static final Pattern MAIL_HEADER = Pattern.compile("(?i)^(?:from|to|subject|sender|reply-to)\\s*:.*");

  /** A note that the story ran elsewhere first: its date is the story's. */
  private static final Pattern FIRST_APPEARED =
      Pattern.compile("(?i)\\b(?:first|originally)\\s+(?:appeared|published|ran|aired)\\b");

  /**
   * The same note under the text, where it speaks of the piece itself: "This commentary was first
   * published on 11 April 2024 as part of …". A story's sentence about another work names that work.
   */
  private static final Pattern FIRST_APPEARED_BELOW =
      Pattern.compile("(?i)(?:^|(?<=[.!?]\\s))this\\s+(?:(?:[\\p{L}-]+\\s+){1,2}?(?:was|is)\\s+(?:first|originally)\\s+(?:appeared|published|ran|aired)"
          // the piece's own date: "This article was published online on June 3, 2025.", "… peer-reviewed. This brief was published on 9 February 2024."
          + "|(?:article|story|piece|column|post|essay|commentary|op-ed|interview|brief|paper|report|analysis)\\s+(?:was|is)\\s+(?:published|posted)"
          + "\\s+(?:online\\s+)?on"
          // a magazine's issue: "This issue went on sale on 2 December 2024."
          + "|issue\\s+(?:went|goes|was|is)\\s+on\\s+sale\\s+on)\\b"
          // the date alone after a funder's note: "This article was supported by a grant from … . Published May 20, 2025."
          + "|(?<=[.!?]\\s)published(?:\\s+on)?(?=\\s+(?:\\d|\\p{Lu}))");
  private static final int MAX_NOTE_WORDS = 40;

  /**
   * A print edition's note, "Published in The Karachi Chronicle, November 14th, 2025", "Published in
   * print: …": the paper that carried the story, often the morning after it went online. The date the
   * page shows for the story online beats it.
   */
  private static final Pattern PRINT_EDITION = Pattern.compile("(?i)^(?:published|printed|appeared)\\s+in\\s+(?:print\\b|the\\s+print\\b|(?-i:\\p{Lu}))");

  /**
   * A release note's label: "RELEASE:", "For release", "Embargoed until", "Embargo:", "Hold for
   * release", "For publication"; a bare "Release" or "Embargoed" opening a sentence is none.
   */
  private static final Pattern RELEASE = Pattern.compile(
      "(?i)^\\s*(?:(?:hold\\s+)?for\\s+release\\b|for\\s+publication\\b|(?:release|embargo(?:ed)?)\\s*[:—–-]|embargo(?:ed)?\\s+(?:until|till)\\b)\\s*[:—–-]?");

  /**
   * A dateline's place, "Termez, ", "KABUL, Afghanistan, ", "KABUL/GENEVA, ": a capitalised name or
   * two, each closed by a comma, the second maybe by the date in brackets after it ("VANCOUVER, B.C. (May 12, 2026) –").
   */
  private static final Pattern LEAD_PLACE =
      Pattern.compile("\\p{Lu}[\\p{L}'’. /-]{1,30}?(?:,|\\s[—–-])\\s*(?:\\p{Lu}[\\p{L}'’. -]{1,30}?(?:,\\s*|\\s+(?=\\()))?");
  /** The dash or colon that closes a dateline before the story's first words. */
  private static final Pattern DATELINE_CLOSE = Pattern.compile("\\s*(?:[—–-]{1,2}|:)\\s+\\S");

  /** How many lines above a date its byline may stand, a line of where the writers reported from between them. */
  private static final int BYLINE_REACH = 2;

  private DateRules() {}

  /** A "Date:" among a mail's headers (From:, To:, Subject: in the same run of lines): when it was sent. */
  private static boolean isMailDate(ArticleLines page, int line) {
    if (!MAIL_DATE.matcher(page.text(line)).matches()) {
      return false;
    }
    int first = line;
    while (first > 0 && !page.isBlank(first - 1)) {
      first--;
    }
    int last = line;
    while (last + 1 < page.size() && !page.isBlank(last + 1)) {
      last++;
    }
    return IntStream.rangeClosed(first, last).anyMatch(l -> MAIL_HEADER.matcher(page.text(l)).matches());
  }

  /**
   * Proposes dates from the date lines of {@code page}; {@code titleLine} is -1 when there is no
   * title.
   */
  static void collect(ArticleLines page, int titleLine, Findings out) {
    for (int line : page.nonBlank()) {
      String text = page.text(line);
      Optional<java.time.LocalDate> released = releaseDate(page, line);
      if (released.isPresent()) {
        out.markMetadata(line);
        out.propose(Candidate.of(DATE, released.get().toString(), RuleNames.RELEASE_DATE, line));
        continue;
      }
      // the dateline opens the story, which stays body text: no line is marked
      leadDateline(page, line).ifPresent(date -> out.propose(new Candidate(DATE, date.toString(), RuleNames.LEAD_DATELINE, line, Set.of())));
      // The page's own order first: a dashed 03-04-2023 is read day-first only when it says nothing.
      // a yearless "Published 3 March" late on the page, under the story, dates a teaser in a list of other stories
      DateParser.parseDateLine(text, part -> DateParser.labelled(part, rest -> DateConvention.resolve(rest, page))
              .or(() -> DateParser.parseSingleDate(part))
              .or(() -> page.isLate(line) && !page.isTop(line) ? Optional.empty() : DateParser.labelled(part, rest -> YearlessDates.resolve(rest, page))))
          .ifPresentOrElse(
              dateLine -> {
                String rule = ruleFor(page, line, titleLine, dateLine);
                if (rule != null) {
                  out.markMetadata(line);
                  out.propose(Candidate.of(DATE, dateLine.date().toString(), rule, line));
                }
              },
              () -> firstAppeared(page, line).ifPresent(date -> out.propose(Candidate.of(DATE, date.toString(), RuleNames.FIRST_APPEARED_DATE, line))));
    }
  }

  /** The date a release note at the top of the page gives ("RELEASE: For publication Monday, March 3, 2025, and after"). */
  private static Optional<java.time.LocalDate> releaseDate(ArticleLines page, int line) {
    Matcher label = RELEASE.matcher(page.text(line));
    return page.isTop(line) && label.lookingAt()
        ? dateAfter(page.text(line), label.end())
        : Optional.empty();
  }

  /**
   * The date a dateline opens the story with, "Termez, 27 November 2025 – The border services …",
   * "ASTANA - 28 January 2025 - The National Centre …", "VANCOUVER, B.C. (May 12, 2026) – The …": a
   * press office's or a wire's lead, the place, the full date (maybe in brackets) and a dash. The line stays body text.
   */
  private static Optional<java.time.LocalDate> leadDateline(ArticleLines page, int line) {
    String text = page.text(line);
    Matcher place = LEAD_PLACE.matcher(text);
    if (!page.opensLead(line) || !place.lookingAt()) {
      return Optional.empty();
    }
    String after = text.substring(place.end());
    boolean bracketed = after.startsWith("(");
    String rest = bracketed ? after.substring(1) : after;
    return DateParser.find(rest)
        .filter(found -> found.start() == 0 && closesDateline(rest.substring(found.end()), bracketed))
        .map(DateParser.DateMatch::date);
  }

  private static boolean closesDateline(String afterDate, boolean bracketed) {
    if (bracketed && !afterDate.startsWith(")")) {
      return false;
    }
    return DATELINE_CLOSE.matcher(bracketed ? afterDate.substring(1) : afterDate).lookingAt();
  }

  /** The date of a "first appeared in … on …" note at the top of the page, or of one about the piece itself under it. */
  private static Optional<java.time.LocalDate> firstAppeared(ArticleLines page, int line) {
    String text = page.text(line);
    if (page.isTop(line)) {
      Matcher note = FIRST_APPEARED.matcher(text);
      return note.find() ? dateAfter(text, note.end()) : Optional.empty();
    }
    Matcher note = FIRST_APPEARED_BELOW.matcher(text);
    return page.isLate(line) && ArticleLines.wordCount(text) <= MAX_NOTE_WORDS && note.find()
        ? dateAfter(text, note.end()) : Optional.empty();
  }

  private static Optional<java.time.LocalDate> dateAfter(String text, int from) {
    return DateParser.find(text.substring(from)).map(DateParser.DateMatch::date);
  }

  private static String ruleFor(ArticleLines page, int line, int titleLine, DateParser.DateLine date) {
    if (isMailDate(page, line)) {
      return RuleNames.SENT_DATE;
    }
    if (date.updated()) {
      return RuleNames.UPDATED_LABEL;
    }
    if (PRINT_EDITION.matcher(page.text(line)).find()) {
      return RuleNames.PRINT_EDITION_DATE;
    }
    if (date.labelled()) {
      return RuleNames.DATE_LABEL;
    }
    if (line < titleLine) {
      return RuleNames.PAGE_DATE;
    }
    return page.isTop(line) || isUnderByline(page, line) ? RuleNames.DATELINE : null;
  }

  /**
   * Whether a byline stands on one of the two lines above {@code line}: the date under it is the
   * story's, below a standfirst long enough to end the page's top ("By A and B" / "A reported from
   * Islamabad, and B from Kabul." / "Nov. 12, 2025, 7:48 p.m. ET").
   */
  private static boolean isUnderByline(ArticleLines page, int line) {
    int seen = 0;
    for (int above = line - 1; above >= 0 && seen < BYLINE_REACH; above--) {
      if (!page.isBlank(above)) {
        seen++;
        if (BylineRules.isBylineOrLabel(page.text(above).strip())) {
          return true;
        }
      }
    }
    return false;
  }
}
