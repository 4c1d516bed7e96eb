package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.MetadataField.AUTHOR;
import static corpussearch.indexer.extract.MetadataField.DATE;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code segmented-byline}: at the top, a byline without "By" whose parts are set apart by dots,
 * bullets or pipes, as apps and mirrors print it: "Darnell Usher &amp; Maritza Cal • Belize Breeze
 * Newsroom", "2024-04-09 · Economy · Kristjan Mägi, Olga Smirnova", "A and B | Oct 14, 2024 · 9:47 PM", "Elif
 * Demir / Aegean Ledger" (the paper a syndicated story first ran in), "Source: Paper | Author: Name
 * | 08.11.2024" (parts labelled by what they hold), "Shahid Kakar via The Quetta Observer · 5 Nov
 * 2024" (an aggregator's source). One part lists people; every other part is a date, a section or a
 * desk, or says nothing of them ("Updated 3 hours ago", "4 min read"), so that nothing in the line is left unexplained (a headline with a bullet in it is not read
 * as a byline). The people are the authors, the date the article's.
 */
final class SegmentedBylines {
  private static final Pattern SEPARATOR = Pattern.compile("\\s+[•·|/]\\s+");

  /**
   * A newsroom's name for itself in place of a person, or one of its language services: "Belize
   * Breeze Newsroom", "Web Desk", "English Section" (beside "Polski | Українська").
   */
  private static final Pattern DESK = Pattern.compile("(?i).*\\b(?:newsroom|desk|staff|team|bureau|section|services?|edition|wires?|agencies)$");

  /** A clock time beside the date, "9:47 PM", "06.45 CET". */
  private static final Pattern TIME = Pattern.compile("(?i)\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s+\\p{Lu}{2,4})?");
  /** The site's own address as one part, "gcbnews.example", "www.news.co.uk". */
  private static final Pattern HOST = Pattern.compile("(?:www\\.)?[a-z0-9-]{2,}(?:\\.[a-z0-9-]+){0,8}\\.[a-z]{2,10}");
  /** A picture's credit, "Photo: Astana Daily Monitor / Yerzhan Tulegenov": the photographer and the agency, no writer. */
  private static final Pattern PICTURE_CREDIT = Pattern.compile("(?iu)^\\s*(?:photo(?:graph)?s?|fotos?|pictures?|images?|video|illustrations?|graphics?)\\s*(?::|by\\b)");
  /** A part's label naming what it holds: "Author: Sana Qureshi", "Date: 08.11.2024". */
  private static final Pattern FIELD_LABEL = Pattern.compile("(?i)^(?:authors?|by|writer|written\\s+by|reporter|date|published|posted(?:\\s+on)?)\\s*+:\\s*+");
  /**
   * A labelled source, "Source: The Frontier Chronicle": the paper an aggregator reposts from,
   * neither a writer nor the page's outlet, and no reason to doubt the byline beside it.
   */
  private static final Pattern SOURCE_PART = Pattern.compile("(?i)(?:source|via)\\s*+:\\s*+\\S.*+");
  /** The paper an aggregator took a writer's story from, after the name: "Shahid Kakar via The Quetta Observer". */
  private static final Pattern VIA_PAPER = Pattern.compile("\\s+(?i:via)\\s+\\p{Lu}.*+$");
  private static final Pattern COLUMN_GAP = Pattern.compile("\\S\\s{3,}\\S");
  /** A word in the possessive, "Today's" in a menu's "Today's Paper" or "Editor's Picks": a part so named lists no person. */
  private static final Pattern POSSESSIVE = Pattern.compile("\\p{L}['’]s(?!\\p{L})");
  private static final int MIN_PARTS = 2;
  /** A byline may stand beside two sections ("Opinion | Politics | Priya Okafor"); a tagline lists more. */
  private static final int MIN_TAGLINE_SECTIONS = 3;
  private static final int MAX_PARTS = 4;

  private SegmentedBylines() {}

  static void collect(ArticleLines page, Findings out) {
    for (int line : page.nonBlank()) {
      List<Candidate> found = page.isTop(line) ? parse(page.text(line), line) : List.of();
      found.forEach(candidate -> {
        out.markMetadata(line);
        out.propose(candidate);
      });
      if (!found.isEmpty()) {
        markPaperDescriptions(page, page.text(line), found.getFirst().value(), out);
      }
    }
  }

  /**
   * The note describing the paper a byline names beside its author ("Elif Demir / Aegean Ledger" …
   * "Aegean Ledger is an independent news site …"): the partner's furniture, never the story.
   */
  private static void markPaperDescriptions(ArticleLines page, String byline, String author, Findings out) {
    Arrays.stream(SEPARATOR.split(byline.strip())).map(String::strip)
        .filter(part -> !part.equals(author) && OutletNames.isMasthead(part))
        .forEach(paper -> page.nonBlank().stream()
            .filter(line -> page.isLate(line) && page.text(line).startsWith(paper + " is "))
            .forEach(out::markMetadata));
  }

  /** The author and date candidates {@code text} gives as a segmented byline, or none. */
  static List<Candidate> parse(String text, int line) {
    List<String> split = Arrays.stream(SEPARATOR.split(text.strip())).map(String::strip)
        .filter(part -> !SOURCE_PART.matcher(part).matches()).toList();
    // a slash joins a name and one paper; more parts make a breadcrumb ("Home / Press Releases / Logistics")
    if (split.size() < MIN_PARTS || split.size() > MAX_PARTS || text.contains(" / ") && split.size() != MIN_PARTS
        || PICTURE_CREDIT.matcher(text).lookingAt() || spellsInitials(split)) {
      return List.of();
    }
    List<String> parts = split.stream()
        .map(part -> PersonNames.withoutHonorifics(VIA_PAPER.matcher(FIELD_LABEL.matcher(part).replaceFirst("")).replaceFirst(""))).toList();
    List<String> named = namedParts(parts);
    // A closing part of a name's shape after others is the place the story was filed from ("… |
    // gcbnews.example | Sefwi Wiawso"); two names and nothing else are two writers ("Zahid Afridi |
    // Shahzeb Khattak"), less one the page writes as a place (PlaceNames).
    boolean writers = named.size() == parts.size() && !text.contains(" / ");
    List<String> people = writers ? List.of(AuthorLineRules.joined(named))
        : named.size() == 2 && named.getLast().equals(parts.getLast()) ? named.subList(0, 1) : named;
    if (people.size() != 1) {
      return List.of();
    }
    Others others = others(parts, writers ? named : people);
    // three sections and a name-shaped part without a date are a tagline or a menu: "Shelter · Health · Protection · Legal Aid"
    if (!others.explained() || others.sections() >= MIN_TAGLINE_SECTIONS && others.date().isEmpty()) {
      return List.of();
    }
    List<Candidate> found = new ArrayList<>(List.of(Candidate.of(AUTHOR, people.getFirst(), RuleNames.SEGMENTED_BYLINE, line)));
    others.date().ifPresent(d -> found.add(Candidate.of(DATE, d, RuleNames.SEGMENTED_BYLINE, line)));
    // "Jane Doe | Kestrel Herald | 5 December 2024": a part that says it is a publication is the paper;
    // after a slash it is the partner a syndicated story first ran in ("Elif Demir / Aegean Ledger")
    parts.stream().filter(part -> !text.contains(" / ") && !part.equals(people.getFirst()) && AuthorLineRules.isOrganisation(part)).findFirst()
        .ifPresent(paper -> found.add(Candidate.of(MetadataField.OUTLET, paper, RuleNames.SEGMENTED_BYLINE, line)));
    return found;
  }

  /** What the parts beside the people hold: whether each is explained, the date among them, how many are sections. */
  private record Others(boolean explained, Optional<String> date, int sections) {}

  /** The parts of {@code parts} that are not {@code listed} people, read: a date, a section or desk, a time, an address, a paper. */
  private static Others others(List<String> parts, List<String> listed) {
    Optional<String> date = Optional.empty();
    int sections = 0;
    for (String part : parts) {
      Optional<DateParser.DateLine> dated = DateParser.parseDateLine(part);
      boolean section = !listed.contains(part) && isSectionOrDesk(part);
      sections += section ? 1 : 0;
      if (dated.isPresent()) {
        date = Optional.of(dated.get().date().toString());
      } else if (!listed.contains(part) && !section && !TIME.matcher(part).matches() && !HOST.matcher(part).matches()
          && !DateSideParts.saysNothing(part) && !AuthorLineRules.isOrganisation(part)) {
        return new Others(false, date, sections);
      }
    }
    return new Others(true, date, sections);
  }

  /** Whether one part is another's initials, "RTSI | Radio Tian Shan International": a masthead, never a byline. */
  private static boolean spellsInitials(List<String> parts) {
    return parts.stream().anyMatch(initials -> parts.stream().anyMatch(name -> name != initials && OutletInitials.isInitialsOf(initials, name)));
  }

  /** The parts that are lists of people's names and nothing else. */
  private static List<String> namedParts(List<String> parts) {
    return parts.stream()
        // a wide gap sets columns apart ("Site Name      Latinica"): no list of people spans one
        .filter(part -> !OutletNames.hasPublicationWord(part) && !DESK.matcher(part).matches() && !COLUMN_GAP.matcher(part).find()
            && !POSSESSIVE.matcher(part).find())
        .map(part -> PersonNameLists.nameList(part, false).filter(names -> names.equals(part)))
        .flatMap(Optional::stream).toList();
  }

  /**
   * Whether the line at {@code line} is a segmented byline right under a headline-like line ("Jane
   * Doe | Chania" under the headline), which a menu of the same shape ("Nepali Edition | E-Paper |
   * Archive") at the top of the page is not.
   */
  static boolean isUnderHeadline(ArticleLines page, int line) {
    int above = line - 1;
    while (above >= 0 && page.isBlank(above)) {
      above--;
    }
    return above >= 0 && !parse(page.text(line), line).isEmpty()
        && TitleRules.isTitleLike(page.text(above)) && !TitleRules.isFurniture(page.text(above))
        && ArticleLines.wordCount(page.text(above)) > ArticleLines.wordCount(page.text(line));
  }

  /** Whether {@code name} is a newsroom's name for itself ("Web Desk", "Wire Services"), never a person's. */
  static boolean isDesk(String name) {
    return DESK.matcher(name.strip()).matches();
  }

  private static boolean isSectionOrDesk(String part) {
    return part.chars().noneMatch(Character::isDigit)
        && (DESK.matcher(part).matches() || PageHeader.isSectionLabel(part) && Character.isUpperCase(part.codePointAt(0)));
  }
}
