package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.MetadataField.AUTHOR;
import static corpussearch.indexer.extract.MetadataField.OUTLET;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code signature} rule of {@link AuthorLineRules}: late in the text, the name that signs a
 * story, a newsletter or a letter. A unit because a signature has shapes of its own, unlike a
 * byline's: after a dash ("— Nadia Ferreira, Editor"), alone between blank lines as print sets it
 * under the last paragraph, or over its job on the next line ("Nadia Ferreira" over "Editor, The
 * Tidewater Ledger"), where the publication the job is held at is an outlet candidate.
 */
final class SignatureLines {

  /** A job and where it is held: "Editor, The Tidewater Ledger", "Reporter at the Daily Ledger". */
  private static final Pattern ROLE_AT =
      OutletPhrases.compile("^([\\p{L}'’ -]{2,60}?)(?:\\s*,|\\s+(?i:at|for|of|with)|\\s+[|·–—-])\\s+");

  /** A signature after a dash: "— Nadia Ferreira, Editor", "-- Jane Doe". */
  private static final Pattern DASHED = Pattern.compile("^(?:--?|[–—])\\s*(\\p{Lu}.{1,80})$");

  /** How many lines ("Read also: …") may stand between the last paragraph and the name signing it. */
  private static final int LINES_TO_LAST_PARAGRAPH = 2;
  /** How far up, blank lines included, the last prose may stand above a signing name. */
  private static final int MAX_LINES_UP = 8;

  private static final Pattern NAME_DASH = Pattern.compile("\\s+[-–—]\\s+");

  private SignatureLines() {}

  /** Proposes the author (and the outlet of the signer's job) when {@code line} signs the story. */
  static void signature(ArticleLines page, int line, Findings out) {
    Matcher dashed = DASHED.matcher(page.text(line));
    if (dashed.matches()) {
      String signed = dashed.group(1).strip();
      AuthorLineRules.nameWithRole(signed)
          .map(Candidate::value)
          .or(() -> PersonNames.isName(OutletNames.trimPunctuation(signed), false)
              ? Optional.of(OutletNames.trimPunctuation(signed)) : Optional.empty())
          .or(() -> nameWithPlace(signed))
          .ifPresent(name -> out.propose(new Candidate(AUTHOR, name, RuleNames.SIGNATURE, line, Set.of(line))));
      return;
    }
    if (standsAlone(page, line)) {
      // The byline a printed page sets under the story's last paragraph: "Dace Ozola, staff writer", "Nguyễn Thị Lan - Trần Văn Minh".
      dashedNames(page.text(line)).or(() -> AuthorLineRules.nameWithRole(page.text(line)).map(Candidate::value))
          .or(() -> nameUnderLastParagraph(page, line))
          .ifPresent(names -> out.propose(new Candidate(AUTHOR, names, RuleNames.SIGNATURE, line, Set.of(line))));
    }
    OptionalInt next = page.nextNonBlank(line, 0);
    String name = page.text(line);
    if (next.isEmpty() || !PersonNames.isName(name, false)) {
      return;
    }
    String role = page.text(next.getAsInt());
    Matcher employer = ROLE_AT.matcher(OutletNames.trimPunctuation(role));
    boolean employed = employer.matches() && AuthorLineRules.isRole(employer.group(1));
    if (!employed && !AuthorLineRules.isRole(role)) {
      return;
    }
    out.propose(new Candidate(AUTHOR, name, RuleNames.SIGNATURE, line, Set.of(line, next.getAsInt())));
    if (employed) {
      OutletPhrases.outlet(employer, 2)
          .ifPresent(o -> out.propose(new Candidate(OUTLET, o, RuleNames.SIGNATURE, next.getAsInt(), Set.of(next.getAsInt()))));
    }
  }

  /** The name of "Jane Doe, Port Vila": where the signer filed from after the comma. */
  private static Optional<String> nameWithPlace(String signed) {
    return PersonNames.leadingName(signed).filter(name -> signed.startsWith(name + ", ")
        && AffiliatedBylines.isAffiliation(OutletNames.trimPunctuation(signed.substring(name.length() + 2))));
  }

  /** Reporters signing under the story, their names set apart by dashes: "Nguyễn Thị Lan - Trần Văn Minh". */
  private static Optional<String> dashedNames(String text) {
    List<String> names = List.of(NAME_DASH.split(OutletNames.trimPunctuation(text)));
    return names.size() >= 2 && names.stream().allMatch(name -> PersonNames.isName(name, false))
        ? Optional.of(AuthorLineRules.joined(names)) : Optional.empty();
  }

  /**
   * A name alone under the story's last paragraph, where a wire site signs its copy ("Dmitry
   * Sukhanov-Belsky" between "Read also: …" and "Tags: …"): the page's last prose ({@link
   * ArticleLines#lastProse}) stands a line or two above it, and no date or time under it makes it
   * a comment's header. The walk up is bounded, as a page may hold thousands of such lines.
   */
  private static Optional<String> nameUnderLastParagraph(ArticleLines page, int line) {
    String name = page.text(line);
    int prose = page.lastProse();
    if (prose < 0 || line <= prose || !PersonNames.isName(name, false)) {
      return Optional.empty();
    }
    OptionalInt next = page.nextNonBlank(line, 2);
    if (next.isPresent() && (DateParser.find(page.text(next.getAsInt())).isPresent() || NavigationLines.isRelativeTime(page.text(next.getAsInt())))) {
      return Optional.empty();
    }
    int passed = 0;
    for (int above = line - 1; above >= 0 && line - above <= MAX_LINES_UP && passed < LINES_TO_LAST_PARAGRAPH; above--) {
      if (above == prose) {
        return Optional.of(name);
      }
      passed += page.isBlank(above) ? 0 : 1;
    }
    return Optional.empty();
  }

  private static boolean standsAlone(ArticleLines page, int line) {
    return (line == 0 || page.isBlank(line - 1)) && (line + 1 >= page.size() || page.isBlank(line + 1));
  }
}
