package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.MetadataField.AUTHOR;
import static corpussearch.indexer.extract.MetadataField.OUTLET;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lines that name the author without a "By" label.
 *
 * <ul>
 *   <li>{@code name-with-role}: at the top, a name and a job, "Jane Doe, Staff Writer", two of them
 *       ("A, Senior Fellow, and B, Research Analyst"), or a name alone with its job on the next line.
 *   <li>{@code name-above-date}: at the top, a name or names alone ("Jane Doe", "Jane Doe at Castle Lane", "A and B")
 *       directly above a date line (also a newsletter's "Mar 7"), or above a reading time above one:
 *       the byline and its timestamp.
 *   <li>{@code credit-line} ({@link CreditLines}): anywhere, the credit that closes wire stories, "-- Reporting by Jane Doe
 *       in Santiago and John Roe in London; editing by …", "Compiled by Jane Doe": the reporters are the authors, the
 *       editors are not. The credit also names who did "additional reporting" after its "; ": where the credit is the
 *       story's only byline, they reported it too; a byline at the top, which outweighs it, names the story's own
 *       reporters, and a line of additional reporting alone names no author.
 *   <li>{@code signature} ({@link SignatureLines}): late in the text, a name alone over its job ("Nadia Ferreira" over
 *       "Editor, The Tidewater Ledger"): the author, and the publication named with the job; or a
 *       name after a dash, "— Nadia Ferreira, Editor", "— Nadia Ferreira, Port Vila"; or a name and its job alone between blank
 *       lines, as print sets a byline under the last paragraph ("Dace Ozola, staff writer").
 *   <li>{@code covers-for}: late in the text, "Jane Doe covers energy for The Daily Ledger.": the
 *       author, and the outlet.
 * </ul>
 */
final class AuthorLineRules {
  /**
   * Where a reporter filed from, or whom for: "Jane Doe in Kyiv", "Jane Doe in al-Busayrah", "Jane
   * Doe at the United Nations", "Ion Rusu for Prut River Review", or after a dash, "Achol Garang
   * Deng — Juba", "Deniz Arslan - ISTANBUL" (a place of three words at most).
   */
  static final Pattern PLACE =
      Pattern.compile("\\s+(?:(?:in|at|from|for)\\s+(?:the\\s+)?(?:\\p{Ll}{1,3}[-'’])?\\p{Lu}.*|[-—–]\\s+\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,2})$");
  static final Pattern NAME_SEPARATOR = Pattern.compile("\\s*,\\s*|\\s+and\\s+|\\s*&\\s*");
  /** What a bio says the writer does for the paper, maybe after what else they are: "… is a former investigator and writes a column … for". */
  private static final Pattern COVERS = OutletPhrases.compile(
          "^\\s+(?:is\\s+an?\\s+[^.,]{1,60}?\\s+and\\s+)?(?:covers|writes about|writes\\s+an?\\s+(?:[\\p{L}-]+\\s+){0,2}column|reports on"
              + "|is a (?:reporter|correspondent|writer|columnist|editor)\\b)[^.]{0,120}?\\s(?i:for)\\s+");
  /** The label of an editor's field before a writer's bio: "TAGLINE: Miriam Krause is …". */
  private static final Pattern BIO_LABEL = Pattern.compile("^\\p{Lu}{3,12}:\\s+");

  /** A name and what follows its first comma or separator. */
  private static final Pattern NAME_THEN_ROLE = Pattern.compile("^([^,|/–—·•]+?)(?:,|\\s*/\\s*|\\s+[-|–—·•]\\s+)(.+)$");

  /**
   * Two people, each with a job: "Malika Yusupova, Senior Fellow, and James Harcourt, Research
   * Analyst". Tried before one name and its job, which would read the rest as a long job.
   */
  private static final Pattern PAIR_WITH_ROLES = Pattern.compile("^(.+?),?\\s+(?:and|&)\\s+(.+)$");

  /** Job descriptions are short. */
  private static final int MAX_ROLE_WORDS = 6;

  /** How many lines of a menu over a name-shaped item are no names. */
  private static final int MIN_MENU_LINES_NOT_NAMES = 2;

  /** How many blank lines may separate a name from its date line. */
  private static final int MAX_BLANKS_BEFORE_DATE = 1;

  private static final Pattern ISSUER = Pattern.compile("(?:\\p{Lu}[\\p{L}'’.&-]*\\s+){1,8}(?i:trust|foundation|council|ministry|department"
      + "|association|society|company|corporation|authority|commission|institute|federation|ltd|limited|inc|plc|llc|co-?operative"
      + "|committee|charity|holdings|centre|center|group|network|forum|initiative|observatory)\\.?");

  private AuthorLineRules() {}

  static void collect(ArticleLines page, Findings out) {
    for (int line : page.nonBlank()) {
      String text = page.text(line);
      if (page.isTop(line)) {
        nameWithRole(text)
            .or(() -> nameAboveRole(page, line))
            .or(() -> nameAboveDate(page, line))
            .or(() -> nameBelowDate(page, line))
            .or(() -> PortraitNames.nameUnderPortrait(page, line))
            .ifPresent(c -> out.propose(c.line() == line ? c : Candidate.of(AUTHOR, c.value(), c.rule(), line)));
      }
      CreditLines.reporters(text).ifPresent(credit -> out.propose(credit.standsAlone()
          ? Candidate.of(AUTHOR, credit.names(), RuleNames.CREDIT_LINE, line) : new Candidate(AUTHOR, credit.names(), RuleNames.CREDIT_LINE, line, Set.of())));
      if (page.isLate(line)) {
        coversFor(text, line, out);
        SignatureLines.signature(page, line, out);
      }
    }
  }

  /**
   * "Jane Doe, Senior Correspondent", "Jane Doe — Reporter", "Jane Doe/Contributor": a name, a
   * comma or a separator, a few words with a job word among them.
   */
  static Optional<Candidate> nameWithRole(String text) {
    Matcher pair = PAIR_WITH_ROLES.matcher(text.strip());
    if (pair.matches()) {
      Optional<String> first = nameBeforeRole(pair.group(1));
      Optional<String> second = nameBeforeRole(pair.group(2));
      if (first.isPresent() && second.isPresent()) {
        return Optional.of(Candidate.of(AUTHOR, first.get() + " and " + second.get(), RuleNames.ROLE_BYLINE, -1));
      }
    }
    return nameBeforeRole(text).map(name -> Candidate.of(AUTHOR, name, RuleNames.ROLE_BYLINE, -1));
  }

  private static Optional<String> nameBeforeRole(String text) {
    Matcher split = NAME_THEN_ROLE.matcher(text);
    if (!split.matches()) {
      return Optional.empty();
    }
    String name = split.group(1).strip();
    String role = split.group(2);
    // "RUTH CALLANDER / Security Correspondent": a name set in capitals beside a job that is not
    boolean capitals = !role.equals(role.toUpperCase(Locale.ROOT)) && PersonNames.isName(name, true);
    return isRole(role) && (PersonNames.isName(name, false) || capitals) ? Optional.of(name) : Optional.empty();
  }

  /** A job description: a few words, one of them a job word ("Central Asia correspondent"). */
  static boolean isRole(String text) {
    String[] words = OutletNames.trimPunctuation(text).split("\\s+");
    return words.length <= MAX_ROLE_WORDS
        && Arrays.stream(words).map(OutletNames::trimPunctuation).anyMatch(RoleWords::isRoleWord)
        && DateParser.find(text).isEmpty();
  }

  /**
   * {@code text} without the job or the organisation after its first separator: "Erlend Sinclair |
   * Local Democracy Reporting Service", "Jane Doe, Staff Writer" as the name alone.
   */
  static String withoutEmployer(String text) {
    Matcher split = NAME_THEN_ROLE.matcher(text);
    return split.matches() && (isRole(split.group(2)) || isOrganisation(split.group(2))) ? split.group(1).strip() : text;
  }

  /**
   * Whether {@code name} is a body's, not a person's: it ends in a word that names an organisation
   * ("Canterbury Plains Water Trust", "Selwyn District Council", "Acme Holdings Ltd"). A trust, a council
   * or a company that issued a media release is its source, never its author.
   */
  static boolean isIssuer(String name) {
    return ISSUER.matcher(OutletNames.trimPunctuation(name)).matches();
  }

  /** An organisation's name, its last word saying what it is: "Local Democracy Reporting Service", "Harbour Times". */
  static boolean isOrganisation(String text) {
    String name = OutletNames.trimPunctuation(text);
    return OutletNames.isOutletName(name) && OutletNames.hasPublicationWord(name);
  }

  /**
   * "Jane Doe" over "Local democracy reporter": a name alone, its job on the next line; in a text
   * browser's dump the name is a link to the author's page ("[8]Jane Doe").
   */
  private static Optional<Candidate> nameAboveRole(ArticleLines page, int line) {
    OptionalInt next = page.nextNonBlank(line, 0);
    String name = TitleRules.withoutLinkMarks(page.text(line)).strip();
    if (next.isEmpty() || !PersonNames.isName(name, false) || !isRole(page.text(next.getAsInt())) || underMenuItems(page, line)) {
      return Optional.empty();
    }
    return Optional.of(new Candidate(AUTHOR, name, RuleNames.ROLE_BYLINE, line, Set.of(line, next.getAsInt())));
  }

  /**
   * Whether the two lines right above {@code line} are short menu items ("Features" / "Back
   * Issues" / "Volunteer"): a line there is the menu's next entry, where a byline sits under its
   * headline or standfirst.
   */
  private static boolean underMenuItems(ArticleLines page, int line) {
    return line >= 2 && TitleRules.isShortLine(page, line - 1) && TitleRules.isShortLine(page, line - 2);
  }

  private static Optional<Candidate> nameAboveDate(ArticleLines page, int line) {
    OptionalInt next = page.nextNonBlank(line, MAX_BLANKS_BEFORE_DATE);
    while (next.isPresent() && UnlabelledBylines.isBetweenBylineAndDate(page.text(next.getAsInt()))) {
      next = page.nextNonBlank(next.getAsInt(), MAX_BLANKS_BEFORE_DATE);
    }
    // a report's cover dates it by month: its writers' names stand over "January 2025" too
    if (next.isEmpty() || DateParser.parseDateLine(page.text(next.getAsInt())).isEmpty()
        && !DateConvention.isDayAndMonth(page.text(next.getAsInt())) && !DateConvention.isMonthAndYear(page.text(next.getAsInt()))) {
      return Optional.empty();
    }
    String name = PersonNames.withoutHonorifics(
        withoutEmployer(PersonNames.withoutAffiliation(PLACE.matcher(BylineShapes.withoutPlace(page.text(line))).replaceFirst(""))));
    if (OutletNames.hasPublicationWord(name) || OutletNames.isDocumentKind(name) || isLastMenuItem(page, line)) {
      // the masthead over the date ("VOLGA-PRESS AGENCY / VPA English Service") is the outlet's; a menu's last item ("Report Terrorism"), a link
      return Optional.empty();
    }
    // A date without its year is no date line of its own: it goes with the byline.
    Set<Integer> lines = DateConvention.isDayAndMonth(page.text(next.getAsInt())) ? Set.of(line, next.getAsInt()) : Set.of(line);
    // Two reporters share one byline as well: "Cheryl Tse and Lam Ka-wing" over the date.
    return UnlabelledBylines.labelledNames(name)
        .map(names -> new Candidate(AUTHOR, names, RuleNames.NAME_WITH_DATE_LINE, line, lines));
  }

  /**
   * Whether {@code line} is an item of a menu printed one a line ("Home" / … / "Rewards" / "Contact
   * Us" / "Report Terrorism"): among the short lines over it are {@value #MIN_MENU_LINES_NOT_NAMES}
   * that are no names. Writers' names stacked over the date are names, under one label at most
   * ("Analysis by").
   */
  private static boolean isLastMenuItem(ArticleLines page, int line) {
    if (!TitleRules.isMenuItem(page, line)) {
      return false;
    }
    int notNames = 0;
    for (int above = line - 1; above >= 0 && TitleRules.isShortLine(page, above); above--) {
      notNames += PersonNames.isName(page.text(above).strip(), true) ? 0 : 1;
    }
    return notNames >= MIN_MENU_LINES_NOT_NAMES;
  }

  /**
   * "5 December 2024" over "Jane Doe": a page that sets its date first puts the byline directly
   * under it, the name alone (or with its job) on its line. A paper's name there is the outlet's.
   */
  private static Optional<Candidate> nameBelowDate(ArticleLines page, int line) {
    int above = line - 1;
    while (above >= 0 && page.isBlank(above) && line - above <= MAX_BLANKS_BEFORE_DATE) {
      above--;
    }
    String name = withoutEmployer(page.text(line));
    // a unit the breadcrumb above lists ("Nieuws | News › Eenheid Maasdelta") is the page's section
    if (above < 0 || DateParser.parseDateLine(page.text(above)).isEmpty() || OutletNames.hasPublicationWord(name)
        || page.nonBlank().stream().anyMatch(other -> other < line && NavigationLines.listsItem(page.text(other), name))) {
      return Optional.empty();
    }
    // the line is the names and nothing else: "Aleksandra Nowicka, Piotr Górski" as "… and …" too
    return UnlabelledBylines.labelledNames(name).filter(names -> names.equals(name) || names.equals(joined(List.of(NAME_SEPARATOR.split(name.strip())))))
        .map(names -> Candidate.of(AUTHOR, names, RuleNames.NAME_WITH_DATE_LINE, line));
  }

  private static void coversFor(String labelled, int line, Findings out) {
    String text = BIO_LABEL.matcher(labelled).replaceFirst("");
    Optional<String> name = PersonNames.leadingName(text);
    Matcher covers = COVERS.matcher(text.substring(name.map(String::length).orElse(0)));
    if (name.isEmpty() || !covers.find()) {
      return;
    }
    propose(out, name.get(), RuleNames.COVERS_FOR, line);
    OutletPhrases.outlet(covers, 1)
        .ifPresent(o -> out.propose(new Candidate(OUTLET, o, RuleNames.COVERS_FOR, line, Set.of())));
  }

  /** "A", "A and B", "A, B and C", as bylines write them. */
  static String joined(List<String> names) {
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
  }

  /** The names of an author list as {@link #joined} writes it, "A, B and C". */
  static List<String> split(String authors) {
    return List.of(AUTHOR_SEPARATOR.split(authors));
  }

  private static final Pattern AUTHOR_SEPARATOR = Pattern.compile("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*&\\s*");

  private static void propose(Findings out, String name, String rule, int line) {
    out.propose(Candidate.of(AUTHOR, name, rule, line));
  }
}
