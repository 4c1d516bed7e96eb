package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.MetadataField.AUTHOR;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@code name-under-headline}: the line directly under the headline that lists people and then,
 * after a comma, where they write from or for: "Md Abdul Karim, Rajshahi", "Jean-Paul Habimana and
 * Aline Uwase, RPS", "Ana Medeiros, Azores Islander", "Ricardo Mendoza — courtesy of Istmo Today"; a few lines that are each a name alone; or a
 * name alone over the body's first paragraph that the story does not tell of (a place's name it
 * does). The people are the authors; the place, agency or partner paper is not one of them.
 *
 * <p>Also {@link #publications}: a name the page writes after a lower-case "the" ("first published
 * by our partner the Azores Islander") is a publication's, never a person's, so that it is taken
 * off an author list that glued it to the reporter's name.
 */
final class AffiliatedBylines {
  /** What follows the names: a place, an agency or a paper, a few capitalised words. */
  private static final Pattern AFFILIATION = Pattern.compile("\\p{Lu}[\\p{L}'’.&-]*(?:\\s+\\p{L}[\\p{L}'’.&-]*){0,3}");
  /** The partner a story is "courtesy of", after the names in place of their comma: "Ricardo Mendoza — courtesy of Istmo Today". */
  private static final Pattern COURTESY = Pattern.compile("\\s*[,—–-]?\\s*(?i:courtesy\\s+of)\\s+(?=\\p{Lu})");
  private static final int MAX_BLANKS_UNDER_HEADLINE = 1;
  private static final int MIN_PARAGRAPH_WORDS = 15;
  private static final int MAX_STACKED_NAMES = 4;
  /** An opinion piece's closing note on its writer: "The writer is …", "The author was …". */
  private static final Pattern WRITERS_NOTE = Pattern.compile("(?i)\\s*(?:the\\s+)?(?:writer|author|columnist)\\s+(?:is|was|has)\\b");

  private AffiliatedBylines() {}

  /** Proposes the people of the line under the headline whose last line is {@code titleEnd} (-1 when none). */
  static void collect(ArticleLines page, int titleEnd, Findings out) {
    if (titleEnd < 0) {
      return;
    }
    OptionalInt next = page.nextNonBlank(titleEnd, MAX_BLANKS_UNDER_HEADLINE);
    if (next.isEmpty()) {
      return;
    }
    int line = next.getAsInt();
    List<Integer> stacked = namesOnLines(page, line);
    if (!stacked.isEmpty()) {
      stacked.forEach(out::markMetadata);
      String names = stacked.stream().map(at -> PersonNames.withoutAffiliation(page.text(at)).strip()).collect(Collectors.joining(" and "));
      out.propose(new Candidate(AUTHOR, names, RuleNames.NAME_UNDER_HEADLINE, line, Set.copyOf(stacked)));
      return;
    }
    OptionalInt second = page.nextNonBlank(line, MAX_BLANKS_UNDER_HEADLINE);
    people(page.text(line).strip()).or(() -> nameOverBody(page, line, false)).or(() -> listedPeople(page, page.text(line))).ifPresentOrElse(names -> {
      out.markMetadata(line);
      out.propose(Candidate.of(AUTHOR, names, RuleNames.NAME_UNDER_HEADLINE, line));
    }, () -> second.ifPresent(below -> listedPeople(page, page.text(below)).or(() -> nameOverBody(page, below, true)).ifPresent(names -> { // under a standfirst
      out.markMetadata(below);
      out.propose(Candidate.of(AUTHOR, names, RuleNames.NAME_UNDER_HEADLINE, below));
    })));
  }

  /**
   * The lines of the block at {@code line} when there are two to {@value #MAX_STACKED_NAMES} and
   * each is a person's name alone ("Nodira Ashurova" / "Pieter van Damme"), as a report's cover or
   * a copied page sets its authors one under another; else none. One name alone may be a place's or
   * a section's; a stack of them under the headline is a byline.
   */
  private static List<Integer> namesOnLines(ArticleLines page, int line) {
    List<Integer> lines = new ArrayList<>();
    for (int at = line; at < page.size() && !page.isBlank(at); at++) {
      String text = PersonNames.withoutAffiliation(page.text(at)).strip();
      if (lines.size() == MAX_STACKED_NAMES || !isPersonsName(text)) {
        return List.of();
      }
      lines.add(at);
    }
    return lines.size() >= 2 ? lines : List.of();
  }

  /** A person's name alone: a surname in capitals is a name's ("Shakhnoza RAKHIMOVA"); a line all in capitals is a place's or a section's. */
  private static boolean isPersonsName(String text) {
    return PersonNames.isName(text, true) && !PageHeader.isCapitals(text) && !OutletNames.hasPublicationWord(text)
        && !AuthorLineRules.isIssuer(text);
  }

  /**
   * A line that is only two names or more joined by "and" or "&amp;", in capitals too: "THANDIWE
   * MOKOENA and PIETER DU TOIT", "Dr Sanaz Kheirabadi and Marcus Oyelaran" (courtesy titles aside), as
   * a paper sets its reporters under the headline or its standfirst.
   * One name alone may be a place's or a section's; a list of people is a byline. Names joined by
   * commas alone ("Madina Ergasheva, Paul Linden") are people's when a bio under the story describes
   * every one after the first ({@link AuthorBioRules#describes}): a place or a paper after a name's
   * comma may have a name's shape.
   */
  private static Optional<String> listedPeople(ArticleLines page, String text) {
    String line = PersonNames.withoutHonorifics(PersonNameLists.withoutNoteMarks(text.strip()));
    return PersonNameLists.nameList(line, true)
        .filter(names -> names.equalsIgnoreCase(line.replace(" & ", " and ")) || names.equalsIgnoreCase(line))
        .filter(names -> names.contains(" and ") || names.contains(" & ") || describedAfterFirst(page, names));
  }

  private static boolean describedAfterFirst(ArticleLines page, String names) {
    List<String> listed = List.of(names.split("\\s*,\\s*"));
    return listed.size() > 1 && listed.stream().skip(1).allMatch(name -> AuthorBioRules.describes(page, name));
  }

  private static Optional<String> people(String line) {
    String text = COURTESY.matcher(line).replaceFirst(", ");
    return PersonNameLists.nameList(text, false)
        .filter(names -> text.startsWith(names + ", "))
        .filter(names -> isAffiliation(text.substring(names.length() + 2)));
  }

  /** Whether {@code text} is what follows a name's comma as its place, agency or paper: a few capitalised words. */
  static boolean isAffiliation(String text) {
    return AFFILIATION.matcher(text.strip()).matches();
  }

  /**
   * A name alone on the line under the headline with the body's first paragraph below it, as a
   * channel's post or a copied page sets the reporter's name without "By": the line under a
   * headline that is only a person's name is who wrote the story. A publication's name is none.
   * Under a standfirst, an opinion page sets the writer's whole name in capitals ("KHALID MEHMOOD
   * KHATTAK"), which directly under the headline would rather be a section's or a place's; the page
   * must sign the piece as a writer's too ({@link #signedAsWriter}).
   */
  private static Optional<String> nameOverBody(ArticleLines page, int line, boolean underStandfirst) {
    String text = PersonNames.withoutAffiliation(page.text(line)).strip();
    OptionalInt below = page.nextNonBlank(line, MAX_BLANKS_UNDER_HEADLINE);
    // the button beside the name ("+ Follow"), a reading time ("5–6 minutes") or a credited caption stands between it and the body
    while (below.isPresent() && isAside(page.text(below.getAsInt()).strip())) {
      below = page.nextNonBlank(below.getAsInt(), MAX_BLANKS_UNDER_HEADLINE);
    }
    boolean overBody = below.isPresent() && isParagraph(page.text(below.getAsInt()));
    if (!overBody || toldOf(page, line, text)) {
      return Optional.empty();
    }
    if (underStandfirst && PageHeader.isCapitals(text) && text.contains(" ")) {
      return PersonNameLists.nameList(text, true)
          .filter(names -> names.equalsIgnoreCase(text) && isPersonsName(names) && !toldOf(page, line, names) && signedAsWriter(page, line, names));
    }
    return isPersonsName(text) ? Optional.of(text) : Optional.empty();
  }

  /**
   * Whether the page says elsewhere that a person wrote it: it names {@code names} again, or closes
   * with the writer's note ("The writer is a retired superintendent …"). A section's label in
   * capitals ("FOREIGN AFFAIRS") has neither.
   */
  private static boolean signedAsWriter(ArticleLines page, int line, String names) {
    String lower = names.toLowerCase(Locale.ROOT);
    return page.nonBlank().stream().filter(other -> other != line).map(page::text)
        .anyMatch(text -> WRITERS_NOTE.matcher(text).lookingAt() || text.toLowerCase(Locale.ROOT).contains(lower));
  }

  private static boolean isAside(String text) {
    return NavigationLines.isNavigation(text) || NavigationLines.isRelativeTime(text) || HeadlineShape.isNeverHeadline(text);
  }

  /**
   * Whether the story tells of {@code name} in a paragraph not about the person ("… the Port Vila
   * municipal market …"): a place or a body the story is about, not its reporter. A bio opening with
   * the name ("Jane Doe is …") is about the reporter.
   */
  private static boolean toldOf(ArticleLines page, int line, String name) {
    return page.nonBlank().stream().filter(other -> other != line).map(page::text)
        .anyMatch(text -> isParagraph(text) && text.contains(name) && !text.strip().startsWith(name));
  }

  /** A paragraph of the body: sentences of some length, closed by a full stop. */
  private static boolean isParagraph(String text) {
    return ArticleLines.wordCount(text) >= MIN_PARAGRAPH_WORDS && text.strip().matches(".*[.!?”\"]$");
  }

  /**
   * What the page says a publication did before naming it: "originally published by", "first
   * appeared in", "republished from", "courtesy of". A partner paper a byline names after its
   * reporter ("Leah Kootoo, Nunavut Tidings") is credited so in the note under the story.
   */
  private static final Pattern PUBLISHED_BY = Pattern.compile(
      "(?i)\\b(?:(?:re)?published|appeared|ran|reproduced|syndicated|reprinted)\\s+(?:\\p{L}+\\s+){0,3}?(?:by|in|on|from)\\s+|\\bcourtesy\\s+of\\s+");

  /**
   * {@code names} without the ones {@code page} writes as a publication's somewhere: after a
   * lower-case "the", or as what published the story ({@link #PUBLISHED_BY}).
   */
  static List<String> publications(ArticleLines page, List<String> names) {
    return names.stream()
        .filter(name -> page.nonBlank().stream().map(page::text).anyMatch(text -> text.contains(" the " + name) || publishedBy(text, name)))
        .toList();
  }

  private static boolean publishedBy(String text, String name) {
    int at = text.indexOf(name);
    if (at < 0) {
      return false;
    }
    Matcher credit = PUBLISHED_BY.matcher(text.substring(0, at));
    while (credit.find()) {
      if (credit.end() == at || text.substring(credit.end(), at).equalsIgnoreCase("the ")) {
        return true;
      }
    }
    return false;
  }
}
