package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.MetadataField.AUTHOR;
import static corpussearch.indexer.extract.MetadataField.DATE;
import static corpussearch.indexer.extract.MetadataField.OUTLET;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bylines: the labelled lines that say who wrote an article and often when.
 *
 * <ul>
 *   <li>{@code by-line}: "By Jane Doe", "By Jane Doe in Nairobi", "Words by Jane Doe", "Filed by Jane Doe", "Photos and text by Jane Doe", "Posted by Jane Doe | 14
 *       Comments", "-- Written by Jane Doe" (closing a newsletter), a genre label before "by" ("Interview by Jane Doe", "Live reporting by Jane Doe and John Roe", "Review
 *       by Jane Doe", "Reviewed by Jane Doe"); not among the credits of a work ({@link CreditRules}),
 *       "By Jane Doe, Business Reporter, and John Roe", "By Jane Doe and John Roe | Wire
 *       Service", "By Jane Doe, Staff Writer, March 5, 2022"; at the bottom too when alone on its
 *       line with at most a job description ("By Jane Doe, Central Asia correspondent");
 *   <li>{@code author-label}: "Author: Jane Doe", "05.03.2022 Author: Jane Doe", "Story &amp; photos: A; B",
 *       "Autor: Ján Kováč", "Автор: А", "Penulis: A", "Piše: A", "Tekst: A   Foto: B" (the writer only); another language's "by" reads as "By" ("Por A", "Oleh A dan B");
 *   <li>{@code posted-on}: "Posted on 2023-01-15 by Jane Doe", "Posted by Jane Doe on 15 Jan 2023",
 *       a blog's "September 14, 2023 by Jane Doe 3 Comments",
 *       "Submitted by Jane Doe on Tue, 09/06/2022 - 14:35"; posted by a login ("Submitted by
 *       webeditor on Fri, 03/08/2024 - 10:15"), it gives the date only;
 *   <li>{@code byline-with-date}: a bare name and a date, "Jane Doe March 5, 2022";
 *   <li>{@code written-by-block} ({@link WrittenByBlocks}): a "WRITTEN BY:" label alone, the name under it.
 * </ul>
 *
 * <p>A job description alone on the line under a byline ("Staff Writers") belongs to it.
 *
 * <p>The unlabelled forms ({@code by-line}, which starts like an ordinary sentence, and {@code
 * byline-with-date}) are only read at the top of the page; further down the same shapes are comment
 * headers and sentences. A date on a byline is reported under {@code byline-with-date} (under
 * {@code posted-on} for that form).
 */
final class BylineRules {

  /** What one byline line says; {@code author} is null when a login posted it ("Submitted by admin on …"). */
  record Byline(String rule, String author, Optional<LocalDate> date, Optional<String> outlet) {
    Byline withoutAuthor() {
      return new Byline(rule, null, date, outlet);
    }
  }

  /** Bylines are short; a long line that happens to match is a sentence. */
  private static final int MAX_BYLINE_WORDS = 20;

  private static final Pattern POSTED_ON_BY =
      Pattern.compile("(?i)^(?:(?:posted|published|written|submitted)\\s+(?:on\\s+)?)?(.+?)\\s+by\\s+(.+)$");
  private static final Pattern POSTED_BY_ON =
      Pattern.compile("(?i)^(?:posted|published|written|submitted)\\s+by\\s+(.+?)\\s+on\\s+(.+)$");
  /** The pictures a writer also took, credited with the words: "Photos and text by", "Words and pictures by". */
  private static final String PICTURES = "(?:photo(?:graph)?s?|pictures?|images?|video)";
  static final Pattern BY =
      Pattern.compile("(?i)^[-–—\\s]*(?:(?:" + PICTURES + "\\s+(?:and|&)\\s+)?(?:live\\s+)?(?:words|text|story|reporting|report|reported|posted|filed|written|published|submitted"
              + "|interview|review|reviewed|analysis|commentary|opinion|column|essay|feature|blog)(?:\\s+(?:and|&)\\s+" + PICTURES + ")?\\s+)?by\\s*[:|]?\\s+(.+)$");
  private static final Pattern AUTHOR_LABEL =
      Pattern.compile("(?iu)^(.*?)(?<![\\p{L}\\p{N}])(?:authors?|written\\s+by|writer|reporter|words|text|story|report(?:ing)?"
          + "|autor\\p{L}{0,3}|auteur|autore|penulis|yazar|texte|texto|testo|tekst|teksti|besedilo|piše|pise|пише|автор\\p{L}{0,2}|napisala?)"
          + "(?:\\s*(?:&|and|\\+)\\s*(?:photo(?:graph)?s?|pictures?|images?|video))?(?:\\s*:|\\s+[—–])\\s*(.+)$");
  /** A content system's login ("webeditor", "admin", "j.smith"): it posted the page, it is no author; nor is a publisher. */
  private static final Pattern LOGIN = Pattern.compile("[\\p{Ll}\\d._-]{2,30}");
  private static final Pattern THE = Pattern.compile("^(?i:the)\\s+");
  private static final Pattern UNREAD_DATE = Pattern.compile("\\b\\d{1,2}/\\d{1,2}/\\d{4}\\b");
  private static final Pattern COUNT = Pattern.compile("\\d[\\d,.]*\\s");
  /** A blog's comment count after the name: "September 14, 2023 by Jane Doe 3 Comments". */
  private static final Pattern COMMENT_COUNT = Pattern.compile("(?i)\\s+(?:\\d+|no)\\s+comments?$|\\s+leave a comment$");

  private BylineRules() {}

  /**
   * Proposes authors, dates and outlets from the bylines of {@code page}: at the top, labelled,
   * closing the text, or right under the headline on {@code titleLine} (-1 when unknown), where a
   * newsletter sets its story's byline below a greeting long enough to end the top of the page.
   */
  static void collect(ArticleLines page, int titleLine, Findings out) {
    for (int line : page.nonBlank()) {
      Optional<SplitBylines.Joined> split = SplitBylines.join(page, line);
      String text = split.map(SplitBylines.Joined::text).orElse(page.text(line));
      int last = split.map(joined -> joined.laterLines().getLast()).orElse(line);
      parse(text)
          .filter(
              byline ->
                  page.isTop(line) || isLabelled(byline.rule()) || BylinePlaces.isClosingByline(page, line)
                      || BylinePlaces.isUnderHeadline(page, line, titleLine))
          .filter(byline -> !CreditRules.isInCreditsBlock(page, line))
          .map(byline -> byline.date().isPresent() ? byline : withPageReadDate(byline, text, page))
          .map(byline -> BylinePlaces.isOverStoryByline(page, line, titleLine) ? byline.withoutAuthor() : byline)
          .ifPresent(
              byline -> {
                propose(byline, line, out);
                split.ifPresent(joined -> joined.laterLines().forEach(out::markMetadata));
                markRoleBelow(page, last, out);
              });
      WrittenByBlocks.collect(page, line, out);
    }
  }

  /**
   * A byline whose date is slashed both ways ("By Jane Doe | 03/04/2023") takes the reading the
   * rest of the page settles ({@link DateConvention}), if it does.
   */
  private static Byline withPageReadDate(Byline byline, String text, ArticleLines page) {
    List<String> parts = BylineShapes.segments(text);
    Optional<LocalDate> date = DateConvention.resolve(parts.get(parts.size() - 1), page);
    return new Byline(byline.rule(), byline.author(), date, byline.outlet());
  }

  /** Whether {@code text} is a byline or a "WRITTEN BY:" label, i.e. never a title. */
  static boolean isBylineOrLabel(String text) {
    return parse(text).isPresent() || WrittenByBlocks.isLabel(text);
  }

  /** The byline {@code text} is, trying the most specific forms first. */
  static Optional<Byline> parse(String line) {
    // a text browser numbers the links, the writer's page among them: "Author: [14]Zarina Odinaeva"
    String text = BylineShapes.unbracketed(TitleRules.withoutLinkMarks(line));
    if (ArticleLines.wordCount(text) > MAX_BYLINE_WORDS) {
      return Optional.empty();
    }
    return postedOn(text)
        .or(() -> byLine(text))
        .or(() -> foreignByLine(text))
        .or(() -> authorLabel(text))
        .or(() -> nameWithDate(text))
        .or(() -> BylineShapes.reporterLine(text).map(author -> new Byline(RuleNames.BY_LINE, author, Optional.empty(), Optional.empty())));
  }

  /** A job description on the line under a byline ("Staff Writers") is part of the byline. */
  private static void markRoleBelow(ArticleLines page, int line, Findings out) {
    page.nextNonBlank(line, 0)
        .ifPresent(
            next -> {
              String text = page.text(next);
              if (AuthorLineRules.isRole(text) && PersonNames.leadingName(text).isEmpty()) {
                out.markMetadata(next);
              } else if (BylineShapes.isAgencyLine(text)) {
                out.markMetadata(next);
                if (!BylineShapes.mayNameOutlet(text)) {
                  return;
                }
                out.propose(Candidate.of(OUTLET, OutletNames.withoutPlaceAfter(text), RuleNames.BY_LINE, next));
              }
            });
  }

  /** Labelled forms say what they are, so they are believed anywhere on the page. */
  private static boolean isLabelled(String rule) {
    return rule.equals(RuleNames.AUTHOR_LABEL) || rule.equals(RuleNames.POSTED_ON);
  }

  private static void propose(Byline byline, int line, Findings out) {
    out.markMetadata(line);
    if (byline.author() != null) {
      out.propose(Candidate.of(AUTHOR, byline.author(), byline.rule(), line));
    }
    String dateRule =
        byline.rule().equals(RuleNames.POSTED_ON)
            ? RuleNames.POSTED_ON
            : RuleNames.BYLINE_WITH_DATE;
    byline.date().ifPresent(d -> out.propose(Candidate.of(DATE, d.toString(), dateRule, line)));
    byline.outlet().ifPresent(o -> out.propose(Candidate.of(OUTLET, o, RuleNames.BY_LINE, line)));
  }

  private static Optional<Byline> postedOn(String text) {
    Matcher dateFirst = POSTED_ON_BY.matcher(text);
    Optional<Byline> dated = dateFirst.matches() ? postedOn(dateFirst.group(1), dateFirst.group(2)) : Optional.empty();
    if (dated.isPresent()) {
      return dated;
    }
    Matcher nameFirst = POSTED_BY_ON.matcher(text);
    if (nameFirst.matches()) {
      return postedOn(nameFirst.group(2), nameFirst.group(1));
    }
    return Optional.empty();
  }

  /**
   * "Posted on DATE by NAME": the date part must be a date, or at least be written in digits like
   * one that cannot be read for sure ("Fri, 01/07/2005", a Friday both ways): the author is known
   * either way, the date only when it can be read.
   */
  private static Optional<Byline> postedOn(String dateText, String nameText) {
    Optional<LocalDate> date = DateParser.parseDateLine(dateText).map(DateParser.DateLine::date);
    Optional<String> author = PersonNameLists.nameList(BylineShapes.firstSegment(COMMENT_COUNT.matcher(nameText).replaceFirst("")), true);
    boolean account = author.isEmpty() && (LOGIN.matcher(nameText.strip()).matches() || isPublisher(nameText));
    if (author.isEmpty() && !(account && date.isPresent()) || date.isEmpty() && !UNREAD_DATE.matcher(dateText).find()) {
      return Optional.empty();
    }
    return Optional.of(new Byline(RuleNames.POSTED_ON, author.orElse(null), date, Optional.empty()));
  }

  /** Whether {@code text} names a publisher as a report's imprint does: "Published 28 January 2025 by the Centre for …,". */
  private static boolean isPublisher(String text) {
    String name = THE.matcher(OutletNames.trimPunctuation(text)).replaceFirst("");
    return OutletNames.isOutletName(name) && (AuthorLineRules.isIssuer(name) || !PersonNames.isName(name, false));
  }

  /** "By NAMES [, role] [| outlet] [date]": the names must come first, so "By 2017, …" fails. */
  private static Optional<Byline> byLine(String text) {
    Matcher by = BY.matcher(text);
    if (!by.matches()) {
      return Optional.empty();
    }
    DatedText rest = DatedText.split(BylineShapes.withoutPlace(BylineShapes.withoutClock(BylineShapes.withoutPostingTime(
        NonWriterCredits.withoutTrailingCredit(by.group(1))))));
    List<String> segments = BylineShapes.segments(BylineShapes.capitalsThenOutlet(rest.text()));
    // "By Continental Wire", "By Harbour Times": a publication credited for the copy is no writer; the line is still the byline.
    return PersonNameLists.nameList(segments.get(0), true)
        .map(author -> new Byline(RuleNames.BY_LINE, OutletNames.hasPublicationWord(author) ? null : author, rest.date(),
            outletSegment(segments).or(() -> BylineShapes.publicationAfter(BylineShapes.firstSegment(by.group(1))))));
  }

  /** "Por Ana Ruiz", "Par A et B", "Oleh A dan B": another language's "by" ({@link BylineLabels}), read as "By …". */
  private static Optional<Byline> foreignByLine(String text) {
    String bare = BylineLabels.withoutLabel(text);
    return bare.equals(text.strip()) ? Optional.empty() : byLine("By " + bare);
  }

  private static Optional<Byline> authorLabel(String text) {
    Matcher label = AUTHOR_LABEL.matcher(text);
    if (!label.matches()) {
      return Optional.empty();
    }
    DatedText before = DatedText.split(label.group(1));
    DatedText after = DatedText.split(BylineShapes.labelledNames(label.group(2)));
    if (!DateParser.isFiller(before.text())) {
      return Optional.empty();
    }
    return PersonNameLists.nameList(BylineShapes.firstSegment(after.text()), true)
        .map(
            author ->
                new Byline(
                    RuleNames.AUTHOR_LABEL,
                    author,
                    before.date().or(after::date),
                    Optional.empty()));
  }

  /**
   * "Jane Doe March 5, 2022": unlabelled, so the name must be all there is besides the date and a
   * reading time ("Jane Doe · 14 Sep 2023 · 4 min read").
   */
  private static Optional<Byline> nameWithDate(String text) {
    DatedText dated = DatedText.split(BylineShapes.withoutClock(text));
    String name = OutletNames.trimPunctuation(dated.text().replaceAll("^[\\s|·•,–—-]+|[\\s|·•,–—-]+$", ""));
    if (dated.date().isEmpty() || !PersonNames.isName(name, false)
        || OutletNames.hasPublicationWord(name) || OutletDateLines.isDesk(name)) {
      return Optional.empty();
    }
    return Optional.of(
        new Byline(RuleNames.BYLINE_WITH_DATE, name, dated.date(), Optional.empty()));
  }

  /**
   * A segment after the names that names a publication ("| Wire Service"), not a role, nor a
   * count ("| 14 Comments", "| 3 min read"), nor a labelled credit ("/ Photo: Per Olsen").
   */
  private static Optional<String> outletSegment(List<String> segments) {
    return segments.stream()
        .skip(1)
        .map(OutletNames::trimPunctuation)
        .filter(segment -> !COUNT.matcher(segment).lookingAt() && !UNREAD_DATE.matcher(segment).find())
        // a credit for the pictures ("Photo: Per Olsen", "Illustration by …") names a person's other work, never the outlet
        .filter(segment -> !segment.contains(":") && !UnlabelledBylines.isOtherCredit(segment))
        .filter(OutletNames::isOutletName)
        .filter(segment -> Arrays.stream(segment.split("\\s+")).noneMatch(RoleWords::isRoleWord))
        .findFirst();
  }
}
