package corpussearch.indexer.extract;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bylines recognised by the shape of their names and what stands beside them, whatever the
 * language of their label:
 *
 * <ul>
 *   <li>names after a {@link BylineLabels byline label}, or a label of a word or three in any language, the last a preposition in lower
 *       case or the label closed by a colon ("Imeandikwa na Neema Mushi na Baraka Lyimo", "Escrito
 *       por Ana Ruiz", "Besedilo: Maja Kranjc"), on the line above a date line ({@link
 *       AuthorLineRules}' {@code name-above-date}); a photo, video or editing credit is no byline;
 *   <li>{@code name-above-email}: at the top, a name (in capitals too) over the reporter's e-mail
 *       address, whose local part spells one of the name's words ("RICARDO SMALL" over
 *       "ricardo.small@…").
 * </ul>
 */
final class UnlabelledBylines {
  private static final Pattern LABEL =
      Pattern.compile("^(?:(?:\\p{L}+\\s+){0,2}\\p{Ll}+|(?:\\p{L}+\\s+){0,2}\\p{L}+:)\\s+(?=\\p{Lu})");

  /** A place in capitals, one to three words and nothing else: "GAZİANTEP", "NEW YORK", "DEIR EZ-ZOR". */
  private static final Pattern FILED_FROM = Pattern.compile("\\p{Lu}[\\p{Lu}'’.-]*+(?:\\s\\p{Lu}[\\p{Lu}'’.-]*+){0,2}");
  /** Credits for other work than the words: a photo, a video, a graphic, an edit, a translation. */
  private static final Pattern OTHER_CREDIT =
      Pattern.compile("(?iu).*\\b(?:photo|foto|pic|picture|image|vid[eé]o|graphic|illustrat|edit|translat|source|collabor)\\p{L}*.*");

  /** Credits are short: a longer line naming a photo is a sentence. */
  private static final int MAX_CREDIT_WORDS = 12;

  private static final Pattern EMAIL = Pattern.compile("^<?([\\p{L}\\d._%+-]+)@[\\w.-]+\\.\\w{2,}>?$");
  private static final Pattern NAMES = Pattern.compile("\\s*,\\s*|\\s+and\\s+|\\s*&\\s*");

  private UnlabelledBylines() {}

  /**
   * The names {@code text} lists, the whole line of them or after a label of another language
   * ("Imeandikwa na A na B" as "A and B").
   */
  static Optional<String> labelledNames(String line) {
    String text = BylineLabels.withoutLabel(line); // another language's "by" the byline readers share: "Oleh A", "Par A"
    return wholeLine(text, text).or(() -> {
      Matcher label = LABEL.matcher(text);
      return label.lookingAt() && !OTHER_CREDIT.matcher(label.group()).matches()
          ? wholeLine(text.substring(label.end()), text.substring(label.end())) : Optional.empty();
    });
  }

  /**
   * Whether {@code text} credits someone for other work than the words, as a line between a
   * byline and its date does: "avec la collaboration de Hinano Wong (vidéo)", "Video: Jane Doe".
   */
  static boolean isOtherCredit(String text) {
    return ArticleLines.wordCount(text) <= MAX_CREDIT_WORDS && OTHER_CREDIT.matcher(text).matches()
        && DateParser.find(text).isEmpty();
  }

  /**
   * Whether {@code text} may stand between a byline and its date line: a reading time ("6–8
   * minutes" in a reader view), a credit for other work, the place the story was filed from in
   * capitals, as a copied page sets it over the date ("GAZİANTEP", "NEW YORK"), or the paper the
   * writer works for ("The Land Weekly", a partner's story run under its name).
   */
  static boolean isBetweenBylineAndDate(String text) {
    return NavigationLines.isRelativeTime(text) || isOtherCredit(text) || FILED_FROM.matcher(text).matches()
        || OutletNames.isMasthead(text) && OutletNames.hasPublicationWord(text);
  }

  /** Whether {@code names} are all that {@code line} holds: it opens with the first and ends with the last. */
  private static Optional<String> wholeLine(String line, String text) {
    return PersonNameLists.nameList(text, PageHeader.isCapitals(text)).filter(names -> {
      List<String> listed = List.of(NAMES.split(names));
      String lower = line.strip().toLowerCase(Locale.ROOT);
      return lower.startsWith(listed.getFirst().toLowerCase(Locale.ROOT)) && lower.endsWith(listed.getLast().toLowerCase(Locale.ROOT));
    });
  }

  /** {@code name-above-email}: a name over the reporter's own address, at the top. */
  static void collect(ArticleLines page, Findings out) {
    for (int line : page.nonBlank()) {
      OptionalInt next = page.nextNonBlank(line, 0);
      if (!page.isTop(line) || next.isEmpty()) {
        continue;
      }
      Matcher email = EMAIL.matcher(page.text(next.getAsInt()));
      String text = page.text(line);
      if (email.matches() && spells(email.group(1), text)) {
        PersonNameLists.nameList(text, true).filter(names -> !names.contains(" and ")).ifPresent(name -> out.propose(
            new Candidate(MetadataField.AUTHOR, NameCase.asWritten(name), RuleNames.NAME_ABOVE_EMAIL, line,
                Set.of(line, next.getAsInt()))));
      }
    }
  }

  /** Whether the address's local part holds one of the name's words of three letters or more. */
  private static boolean spells(String local, String name) {
    String mailbox = local.toLowerCase(Locale.ROOT);
    return Arrays.stream(name.toLowerCase(Locale.ROOT).split("[\\s.'’-]+"))
        .anyMatch(word -> word.length() >= 3 && mailbox.contains(word));
  }
}
