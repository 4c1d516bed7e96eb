package corpussearch.indexer.extract;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a piece of text has the shape of a person's name: two to four capitalised words
 * ("Jane Doe", "Mary-Ann O'Neil", "J. R. Smith", "Ludwig van Beethoven"), none of them a function
 * word, calendar word, job title or office.
 *
 * <p>Shape is all a rule can check without a list of names, so callers only ask where the context
 * already says "this is who wrote it" (a label, a byline position, a bio sentence).
 */
final class PersonNames {
  private static final int MIN_WORDS = 2;
  private static final int MAX_WORDS = 4;

  private static final Pattern CAPITALISED_PART = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}'’]*");
  private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.)+");
  /** "DOE", "ADEYEMI-HART", "O'NEIL" (one capital before the apostrophe). */
  private static final Pattern UPPER_CASE_WORD = Pattern.compile("(?:\\p{Lu}{2,}|\\p{Lu}(?=['’]))(?:[-'’]\\p{Lu}++)*+");

  /** Name particles, written in lower case inside a name. */
  private static final Set<String> PARTICLES =
      Set.of(
          ("de da di du del della dos das van von der den ter la le al el bin bint binti ibn abu y")
              .split(" "));

  /** Capitalised words that start sentences or headings, never names. */
  private static final Set<String> NOT_NAME_WORDS =
      Set.of(
          ("a an the this that these those and or but nor of to in on at by for from with about"
               + " after before as because since while when where which who why what how if unless"
               + " until though although however meanwhile thus so yet also only now then there"
               + " here once first last next all any both each every many most more some such no"
               + " not one two three other another i we you he she it they my our your his her its"
               + " their is are was were new top former late dear north south east west read share"
               + " comments comment reply related home posted published updated written copyright"
               // a record's field labels: "Date Added", "Date Modified"
               + " added modified created accessed edited"
               // a blog's pager under the last post: "Older Post", "Newer Posts", "Previous Story"
               + " older newer previous"
               + " rights reserved news breaking president prime minister general senator governor"
               + " king queen prince princess secretary chancellor pope judge justice colonel"
               + " captain lieutenant sergeant admiral mayor chairman director"
               // an office's name over the date of its release: "National Public Prosecutor's Office"
               + " national public office agency bureau police prosecution")
              .split(" "));

  /** A name's affiliation in brackets, "Lakshmi Sewdien (Wild Coast Weekly)", "Jane Doe (AFP)": not part of the name. */
  private static final Pattern AFFILIATION = Pattern.compile("\\s*\\([^()]{1,40}\\)");
  /** The later parts of a romanised given name, written in lower case: "Hye-jin", "Seung-woo". */
  private static final Pattern LOWER_CASE_PART = Pattern.compile("\\p{Ll}+");

  /**
   * A courtesy or academic title before a name of at least two words ("Dr Fiachra Mulvey", "Prof.
   * Ana Ruiz and Mr John Roe"), or a military rank, retired or not ("Lt Gen (retd) R.K. Menon",
   * "Brig. Asad Khan"): how a bio addresses the person, not the name a byline gives.
   */
  private static final Pattern HONORIFIC =
      Pattern.compile(
          "(?<=^|,\\s|\\band\\s|&\\s)(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx|Miss|Sir|Dame|Rev|Revd)\\.?\\s+"
              + "|(?:(?:Lt|Lieut|Maj|Brig|Col|Gen|Capt|Cdr|Adm)\\.?\\s+){1,2}"
              + "(?:\\((?i:retd|retired|ret|r)\\.?\\)\\s+)?)"
              + "(?=\\p{Lu}[\\p{L}\\p{M}.'’-]*\\s+\\p{L})");

  /**
   * Titles Malay names carry as part of the name ("Hjh Nurul Aini Hj Abdullah", "Pg Hj Rosli",
   * "Dato Seri Lim"): name words that leave room for the name's own words.
   */
  private static final Set<String> NAME_TITLES =
      Set.of("hj", "hjh", "haji", "hajah", "pg", "pengiran", "dk", "dayang", "awg", "awang", "dato", "datuk", "datin", "seri", "sri");

  private PersonNames() {}

  /**
   * {@code text} without the affiliations in brackets after its names ("Jane Doe (AFP)" as "Jane
   * Doe") and without the names credited for pictures ({@link NonWriterCredits}).
   */
  static String withoutAffiliation(String text) {
    return AFFILIATION.matcher(NonWriterCredits.withoutNonWriters(text)).replaceAll("");
  }

  /** {@code names} (one or a list) without the courtesy titles before them. */
  static String withoutHonorifics(String names) {
    return HONORIFIC.matcher(names).replaceAll("");
  }

  /**
   * Whether {@code text} is a name. {@code upperCaseAllowed} admits "JANE DOE", which labelled
   * author boxes print but which in running text is more often an acronym, and a surname in
   * capitals after given names in ordinary case ("Emmanuel NFOR", as French and Central African
   * papers write it).
   */
  static boolean isName(String text, boolean upperCaseAllowed) {
    // A name in capitals may keep a Gaelic prefix in ordinary case: "OWEN MacAULAY".
    String name = upperCaseAllowed ? NameCase.withPrefixesInCapitals(text) : text;
    String[] words = name.strip().split("\\s+");
    long titles = Arrays.stream(words).filter(word -> NAME_TITLES.contains(word.toLowerCase(Locale.ROOT))).count();
    // "de Belém", "da Silva": particles written in lower case and one word are a place or a surname alone, not a full name.
    long particles = Arrays.stream(words).filter(word -> PARTICLES.contains(word) && word.equals(word.toLowerCase(Locale.ROOT))).count();
    if (words.length - titles - particles < MIN_WORDS || words.length - titles > MAX_WORDS || WeekdayNames.isWeekday(text)) {
      return false;
    }
    boolean allUpper = name.equals(name.toUpperCase(Locale.ROOT));
    boolean upperCase = upperCaseAllowed && allUpper;
    for (int i = 0; i < words.length; i++) {
      boolean inside = i > 0 && i < words.length - 1;
      boolean capitalsSurname = upperCaseAllowed && i == words.length - 1 && isNameWord(words[i], false, true);
      if (!isNameWord(words[i], inside, upperCase) && !capitalsSurname) {
        return false;
      }
    }
    return true;
  }

  /**
   * The name a sentence opens with, as in "Jane Doe is a reporter …": the longest run of two to
   * four name words at the start of {@code text}.
   */
  static Optional<String> leadingName(String text) {
    String[] words = text.strip().split("\\s+");
    int count = 0;
    while (count < words.length
        && count < MAX_WORDS
        && isNameWord(stripTrailingComma(words[count]), count > 0, false)) {
      boolean endsWithComma = words[count].endsWith(",");
      count++;
      if (endsWithComma) {
        break;
      }
    }
    while (count >= MIN_WORDS) {
      String candidate = stripTrailingComma(String.join(" ", List.of(words).subList(0, count)));
      if (isName(candidate, false)) {
        return Optional.of(candidate);
      }
      count--;
    }
    return Optional.empty();
  }

  /** Given names that are also a month's name or its short form. */
  private static final Set<String> MONTH_GIVEN_NAMES = Set.of("jan", "jun", "june", "april", "august");

  private static boolean isNameWord(String word, boolean inside, boolean upperCase) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (inside && PARTICLES.contains(lower)) {
      return true;
    }
    // "Jan Croes", "June Tan", "Jun Sato": a month's name opens a given name, never ends one ("Jane Doe Jan 5").
    boolean month = DateWords.isCalendarWord(word) && (inside || !MONTH_GIVEN_NAMES.contains(lower));
    if (NOT_NAME_WORDS.contains(lower) || RoleWords.isRoleWord(lower) || month) {
      return false;
    }
    if (INITIALS.matcher(word).matches()) {
      return true;
    }
    if (upperCase) {
      return UPPER_CASE_WORD.matcher(word).matches();
    }
    String[] parts = word.split("-", -1);
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      boolean particlePrefix = PARTICLES.contains(part.toLowerCase(Locale.ROOT));
      boolean givenNameTail = i > 0 && isCapitalisedPart(parts[0]) && LOWER_CASE_PART.matcher(part).matches();
      // "Ostwelle-Studio": a newsroom joined to its outlet's name
      if (!particlePrefix && !givenNameTail && !isCapitalisedPart(part) || RoleWords.isRoleWord(part)) {
        return false;
      }
    }
    return true;
  }

  /** "Doe", "O'Neil", "McDonald" — but not "US" or "ISIS", which are acronyms. */
  private static boolean isCapitalisedPart(String part) {
    return CAPITALISED_PART.matcher(part).matches() && !part.equals(part.toUpperCase(Locale.ROOT));
  }

  private static String stripTrailingComma(String word) {
    return word.endsWith(",") ? word.substring(0, word.length() - 1) : word;
  }
}
