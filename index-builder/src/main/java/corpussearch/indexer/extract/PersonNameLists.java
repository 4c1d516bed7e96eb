package corpussearch.indexer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The authors a byline lists, read with {@link PersonNames}' test of a single name: where the list
 * ends, what joins its names (in English and the languages bylines abroad keep), and what may sit
 * between them without being a name (a job, a place, a generational suffix). A unit because a list
 * is a shape of its own over the names it holds.
 */
final class PersonNameLists {

  /** The most words a list of authors runs to, with roles between the names. */
  private static final int MAX_LIST_WORDS = 80;

  /**
   * What joins two names of a byline: a comma, "and", "&amp;", a slash, or "with" ("Ana Reyes with
   * Tom Lee", "A, with B"); "with additional reporting by B" is no name after the join, which ends
   * the list there.
   */
  private static final Pattern LIST_SEPARATOR =
      Pattern.compile("\\s*[,;]\\s*(?:(?:and|AND|with|WITH)\\s+)?|\\s+(?:and|AND|with|WITH)\\s+|\\s*&\\s*|\\s+/\\s+");
  /** "with" joining two names: an author list writes them "A and B". */
  private static final Pattern WITH = Pattern.compile("[\\s,](?:with|WITH)\\s");
  /**
   * "And" in the languages of bylines that English-language pages abroad keep ("Camila Fuentes y
   * Tomás Rojas", "Anna Berg och Erik Lind", Kreyòl "ak", Irish "agus", Basque "eta"). Some are
   * also name particles ("Ortega y Gasset"), so one only joins two names when the words on both
   * sides have a name's shape.
   */
  static final Pattern CONJUNCTION =
      Pattern.compile("(?iu)\\s+(?:y|e|i|und|et|och|og|en|ja|és|si|și|a|dan|na|ve|и|і|та|ak|agus|eta|ir|un|και)\\s+");
  /** One capitalised word: after a name in a list, where that reporter filed from. */
  private static final Pattern PLACE = Pattern.compile("\\p{Lu}\\p{Ll}+");

  /**
   * A generational suffix, its own list part after a name ("Varney K. Flomo, Jr.", "John Roe,
   * III"): part of the name, written with its full stop however the line's end was trimmed.
   */
  private static final Pattern GENERATION = Pattern.compile("(?:Jr|Sr)\\.?|Jnr|Snr|II|III|IV");

  /** A note's mark after a name, "Omar Saleh*", "Jane Doe†", "Jane Doe¹": the note under the story says more of the writer. */
  private static final Pattern NOTE_MARK = Pattern.compile("(?<=\\p{L})[*†‡⁰¹²³⁴⁵⁶⁷⁸⁹]++(?=[\\s,;]|$)");

  private PersonNameLists() {}

  /** {@code text} without the notes' marks after its names. */
  static String withoutNoteMarks(String text) {
    return NOTE_MARK.matcher(text).replaceAll("");
  }

  /**
   * The authors a byline lists ("Jane Doe", "Jane Doe and John Roe", "A, B &amp; C"), as written,
   * stopping before the first part that is not a name (such as ", Staff Writer"). A job
   * description between two names ("Jane Doe, Business Reporter, and John Roe") belongs to the
   * name before it: the names are then listed without it. A courtesy title ("By Dr. Jane Doe") is
   * left out, and so is a name credited for pictures ({@link PersonNames#withoutAffiliation}), and
   * a note's mark after a name ("Omar Saleh*").
   */
  static Optional<String> nameList(String text, boolean upperCaseAllowed) {
    if (ArticleLines.wordCount(text) > MAX_LIST_WORDS) {
      return Optional.empty(); // a paragraph, not a byline: and splitting it at every "and" costs its length squared
    }
    String trimmed = PersonNames.withoutAffiliation(PersonNames.withoutHonorifics(withoutNoteMarks(text.strip())));
    List<String> parts = List.of(LIST_SEPARATOR.split(trimmed, -1));
    List<String> names = new ArrayList<>();
    boolean rewritten = false; // a role left out or a suffix rejoined: the list is no longer as written
    for (int i = 0; i < parts.size(); i++) {
      String part = parts.get(i);
      if (i > 0 && (OutletNames.hasPublicationWord(part) || otherCase(names, part))) {
        break; // "Jane Doe and John Roe, Harbour Times": the publication they write for ends the list
      }
      List<String> conjoined = conjoinedNames(part, upperCaseAllowed, i == parts.size() - 1);
      if (conjoined.size() > 1) {
        names.addAll(conjoined);
        rewritten = true; // "A y B" is listed as "A and B", as every reader of author lists splits them
      } else if (PersonNames.isName(part, upperCaseAllowed)) {
        names.add(part.strip());
      } else if (!names.isEmpty() && GENERATION.matcher(part.strip()).matches()) {
        names.add(names.removeLast() + ", " + withFullStop(part.strip()));
        rewritten = true;
      } else if (!names.isEmpty() && (AuthorLineRules.isRole(part) || isPlace(part)) && i + 1 < parts.size()
          && PersonNames.isName(parts.get(i + 1), upperCaseAllowed)) {
        rewritten = true;
      } else {
        break;
      }
    }
    if (names.isEmpty()) {
      return Optional.empty();
    }
    // A byline in capitals ("BY A AND B") lists its names as running text writes them.
    return Optional.of(names.stream().allMatch(NameCase::isCapitals) ? AuthorLineRules.joined(names.stream().map(NameCase::asWritten).toList())
        : rewritten || trimmed.contains(";") || WITH.matcher(trimmed).find() ? AuthorLineRules.joined(names) : asWritten(trimmed, names));
  }

  /**
   * The two names {@code part} joins by a conjunction ({@link #CONJUNCTION}), when the words before
   * it are a name and those after are one too (or, at the end of a byline, start with one: "Camila
   * Fuentes y Tomás Rojas 26/09/2024"); else {@code part} alone.
   */
  static List<String> conjoinedNames(String part, boolean upperCaseAllowed, boolean last) {
    Matcher conjunction = CONJUNCTION.matcher(part);
    while (conjunction.find()) {
      String before = part.substring(0, conjunction.start()).strip();
      String after = part.substring(conjunction.end()).strip();
      Optional<String> second = PersonNames.isName(after, upperCaseAllowed) ? Optional.of(after)
          : last ? PersonNames.leadingName(after) : Optional.empty();
      if (PersonNames.isName(before, upperCaseAllowed) && second.isPresent()) {
        return List.of(before, second.get());
      }
    }
    return List.of(part);
  }

  private static String withFullStop(String suffix) {
    return suffix.equals("Jr") || suffix.equals("Sr") ? suffix + "." : suffix;
  }

  /**
   * Whether {@code part} is written in another case than the names listed before it: a byline sets
   * all its names one way, so "ZAINAB OMAR, Stone Town" lists one name and where she filed from.
   */
  private static boolean otherCase(List<String> names, String part) {
    return !names.isEmpty() && NameCase.isCapitals(names.getFirst()) && !NameCase.isCapitals(part);
  }

  /** One capitalised word after a name, "By A, Kaduna &amp; B, Abuja": where that reporter filed from. */
  private static boolean isPlace(String part) {
    return PLACE.matcher(part.strip()).matches();
  }

  /** {@code text} up to the end of the last of its leading {@code names}. */
  private static String asWritten(String text, List<String> names) {
    int end = 0;
    for (String name : names) {
      end = text.indexOf(name, end) + name.length();
    }
    return text.substring(0, end);
  }
}
