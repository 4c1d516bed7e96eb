package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.MetadataField.DATE;
import static corpussearch.indexer.extract.MetadataField.OUTLET;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code outlet-with-date} rule of {@link OutletMentionRules}: a line of an outlet's name and a
 * date and nothing else, "The Daily Ledger | January 15, 2024", "The Daily Ledger, 15 January
 * 2024". A unit because the same shape is asked about elsewhere (a headline is never one, a desk
 * is never a byline's name), and telling the name from a person, a place or a desk is its own
 * question. A series's number in the name's place ("No. 2025/41 | 6 October 2025") gives the date
 * only.
 */
final class OutletDateLines {
  /** Between a meta line's parts: a bar or a dot, or a wide gap between a masthead's columns ("KARTLI WEEKLY REVIEW⇥Issue 412⇥30 January 2025"). */
  private static final Pattern SEGMENT = Pattern.compile("\\s+[|·•]\\s+|" + ArticleLines.WIDE_GAP.pattern());
  /**
   * A desk that filed the story ("Kestral Newsroom", "Metro Desk", "Herald Staff"): it names who
   * wrote, under a shortened name, not the publication, so it gives the date only.
   */
  private static final Pattern DESK =
      Pattern.compile("(?i)\\b(?:newsroom|news\\s+desk|desk|staff|team|reporters|correspondents|editors)$");
  private static final int MAX_SECTION_WORDS = 3;

  /** A line of a name and a date and nothing else: "The Daily Ledger | January 15, 2024". */
  record NameAndDate(String name, DateParser.DateLine date) {}

  private OutletDateLines() {}

  /** Proposes the outlet and the date of {@code text} when it is a name and a date, and marks it as metadata. */
  static void collect(ArticleLines page, String text, int line, Findings out) {
    nameAndDate(text).ifPresent(found -> {
      out.markMetadata(line);
      // a letterhead's series number beside the date ("No. 2025/41 | 6 October 2025") gives the date only
      if (OutletNames.isOutletName(found.name()) && !isDesk(found.name()) && !isPersonNamedOnce(page, line, found.name()) && !isLonePlaceWord(found.name())) {
        out.propose(Candidate.of(OUTLET, found.name(), RuleNames.OUTLET_WITH_DATE, line));
      }
      out.propose(Candidate.of(DATE, found.date().date().toString(), RuleNames.OUTLET_WITH_DATE, line));
    });
  }

  /** Whether {@code name} is a desk that filed a story ("Kestral Newsroom", "Metro Desk"): no person, no outlet. */
  static boolean isDesk(String name) {
    return DESK.matcher(name).find();
  }

  /** {@code text} as a name and a date (not an update), never a headline. */
  static Optional<NameAndDate> nameAndDate(String text) {
    if (DateParser.parseDateLine(text).isPresent()) {
      return Optional.empty();
    }
    String[] parts = withoutSection(SEGMENT.split(text.strip()));
    if (parts.length == 1) {
      parts = text.strip().split(",\\s+", 2);
    }
    if (parts.length != 2) {
      return Optional.empty();
    }
    for (int d = 0; d < 2; d++) {
      Optional<DateParser.DateLine> date = DateParser.parseDateLine(parts[d]);
      String name = OutletNames.trimPunctuation(parts[1 - d]);
      boolean calendar = Arrays.stream(name.split("\\s+")).anyMatch(DateWords::isCalendarWord);
      // a field's label ends in the colon that trimming takes off: "Saved:    2024-10-14 21:02"
      boolean labelled = parts[1 - d].contains(":") || BylineRules.isBylineOrLabel(name);
      boolean named = OutletNames.isOutletName(name) || OutletNames.hasNumberedReference(name) && ArticleLines.wordCount(name) <= 4;
      if (date.isPresent() && !date.get().updated() && named && !calendar && !labelled) {
        return Optional.of(new NameAndDate(name, date.get()));
      }
    }
    return Optional.empty();
  }

  /**
   * The parts of a meta line without a reading time and without a short kind or section between
   * the name and the date: "Greenmantle Trust · Research brief · 12 October 2023 · 7 min read".
   */
  private static String[] withoutSection(String[] parts) {
    List<String> kept = Arrays.stream(parts).filter(part -> !NavigationLines.isRelativeTime(part)).toList();
    boolean sectionBetween = kept.size() == 3
        && ArticleLines.wordCount(kept.get(1)) <= MAX_SECTION_WORDS
        && DateParser.parseDateLine(kept.get(2)).isPresent();
    return (sectionBetween ? List.of(kept.get(0), kept.get(2)) : kept).toArray(String[]::new);
  }

  /**
   * "Jane Doe · 14 Sep 2023" and "Riverton Courier · 14 Sep 2023" have one shape: a name that
   * could be a person's, with no word that says it is a publication ("… Courier"), is taken for the
   * outlet only when the page names it again elsewhere. People listed ("A and B · 10 Dec") never are.
   */
  private static boolean isPersonNamedOnce(ArticleLines page, int line, String name) {
    return PersonNameLists.nameList(name, false).filter(names -> names.equals(name) && names.contains(" and ")).isPresent()
        || PersonNames.isName(name, false) && !OutletNames.hasPublicationWord(name)
        && page.nonBlank().stream().noneMatch(other -> other != line && page.text(other).contains(name));
  }

  /**
   * One ordinary word beside a date, "September 14, 2023 · Portland", is as likely the place as
   * the publication: it names the outlet only with a publication word or as initials ("BBC").
   */
  private static boolean isLonePlaceWord(String name) {
    return !name.strip().contains(" ") && !OutletNames.hasPublicationWord(name) && !PageHeader.isCapitals(name);
  }
}
