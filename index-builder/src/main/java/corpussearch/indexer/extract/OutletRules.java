package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.MetadataField.OUTLET;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Footer notices that name the publication.
 *
 * <ul>
 *   <li>{@code outlet-disclaimer}: "The views expressed … do not (necessarily) reflect the views
 *       and policies of the Daily Ledger." The name is what follows the last "of", when the line
 *       ends with it; a preceding "the" becomes part of the name.
 *   <li>{@code copyright-line}: "© 2020 Acme News LLC. All rights reserved.", "Copyright 2021 Acme
 *       News". Years, "All rights reserved" and legal-entity suffixes are removed. The year is
 *       never taken as the article's date: it is when the site's notice was last touched. A
 *       newsletter's or a blog's notice often names its writer ("© 2025 Jane Doe"): a holder that
 *       some byline evidence names as the article's author is a person, never the outlet, unless
 *       it ends in a publication word or other outlet evidence names it too.
 * </ul>
 *
 * <p>Both lines are furniture whichever values win.
 */
final class OutletRules {
  /** Notices are one or two sentences; longer lines are body text that mentions copyright. */
  private static final int MAX_NOTICE_WORDS = 60;

  private static final Pattern DISCLAIMER_SUBJECT =
      Pattern.compile("(?i)\\b(?:views?|opinions?|viewpoints?|polic(?:y|ies)|positions?)\\b");
  private static final Pattern DISCLAIMER_VERB =
      Pattern.compile("(?i)\\bnot\\s+(?:\\p{L}+\\s+)?(?:reflect|represent)");
  private static final Pattern DISCLAIMER_OWNER =
      Pattern.compile(
          "\\b(?i:of)\\s+(?:((?i:the))\\s+)?(" + OutletPhrases.NAME + ")\\s*[.!]?\\s*$");

  private static final Pattern ORIGINAL_CREDIT =
      Pattern.compile("(?i)\\boriginal\\s+(?:article|story|text|content|source)\\s*:?\\s+((?:©|\\(c\\)|copyright).*)$");
  private static final Pattern COPYRIGHT =
      Pattern.compile("(?i)^(?:(?:©|\\(c\\)|copyright)\\s*+)++(.*)$");
  /** A notice that follows another sentence on its line: "This article was printed from … . Copyright The … Ltd 2024." */
  private static final Pattern LATER_NOTICE = Pattern.compile("[.!?]\\s+((?:©|\\(c\\)|Copyright|COPYRIGHT)\\s.*)$");
  private static final Pattern YEARS =
      Pattern.compile("^(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?[\\s,]*+)++(?:[-–—:|]\\s*+)?");
  private static final Pattern NOTICE_END =
      Pattern.compile("(?i)\\ball\\s+rights\\s+reserved\\b|\\||\\s[-–—•·]\\s|\\.\\s");
  /**
   * A holder in quotation marks, «Ошский курьер», „Kurier Lubelski“: a name, capitalised as the
   * language capitalises its names (Russian or Polish the first word only), the marks show where it ends.
   */
  private static final Pattern QUOTED_HOLDER = Pattern.compile("[«„“\"]\\s*(\\p{Lu}[^«»„“”\"]{1,60}?)\\s*[»“”\"]\\.?");
  /** The year or the years after the holder's name: "© VPA 2024", "© VPA 1999-2024". */
  private static final Pattern TRAILING_YEAR = Pattern.compile("[\\s,]*\\d{4}(?:\\s*[-–]\\s*\\d{4})?$");

  /** "Source: Zenith News and news agencies": the outlet's own desk, with the wires it drew on. */
  private static final Pattern NAMED_SOURCE =
      Pattern.compile("(?i:source|via|courtesy(?:\\s+of)?)\\s*:?\\s+(\\p{Lu}[^:]{1,60}?)(?:\\s+(?i:and|with|&)\\s+(?i:(?:news\\s+|wire\\s+)?agencies|wires))?\\.?");

  private OutletRules() {}

  static void collect(ArticleLines page, Findings out) {
    for (int line : page.nonBlank()) {
      String text = page.text(line);
      if (ArticleLines.wordCount(text) > MAX_NOTICE_WORDS) {
        continue;
      }
      disclaimerOutlet(text).ifPresent(o -> propose(o, RuleNames.OUTLET_DISCLAIMER, line, out));
      copyrightOutlet(text).or(() -> creditedOriginal(text))
          .ifPresent(o -> propose(namedWithoutCompany(page, line, o), RuleNames.COPYRIGHT_LINE, line, out));
      namedSource(text).ifPresent(o -> propose(o, RuleNames.SOURCE_LINE, line, out));
    }
  }

  /**
   * "Source: Kestrel Herald", "Via The Lowmarsh Courier": a label and a publication's name alone on
   * the line, as a copied or syndicated story credits the paper it came from. The name must say it
   * is a publication ("… Herald"): a figure's source ("Source: Ministry of Health") is no outlet.
   */
  static Optional<String> namedSource(String text) {
    Matcher source = NAMED_SOURCE.matcher(text.strip());
    if (!source.matches()) {
      return Optional.empty();
    }
    String name = OutletNames.trimPunctuation(source.group(1));
    return OutletNames.isOutletName(name) && OutletNames.hasPublicationWord(name) ? Optional.of(name) : Optional.empty();
  }

  /**
   * The publication a company's notice stands for: "© 2025 The Meridian Review Company" on a page
   * that says "The Meridian Review is committed to …" is the paper's notice. The holder without its
   * company words ({@link OutletNames#withoutOrganisationWords}) is the outlet when another line of
   * the page names it so, as a whole name not running on into more capitalised words; otherwise
   * the holder as the notice gives it.
   */
  static String namedWithoutCompany(ArticleLines page, int noticeLine, String holder) {
    Optional<String> name = OutletNames.withoutOrganisationWords(holder);
    if (name.isEmpty() || ArticleLines.wordCount(bare(name.get())) < 2) {
      return holder;
    }
    Pattern alone = Pattern.compile("(?<![\\p{L}])((?i:the)\\s++)?(?i:" + Pattern.quote(bare(name.get())) + ")(?![\\p{L}]|\\s++\\p{Lu})");
    for (int other : page.nonBlank()) {
      Matcher mention = other == noticeLine ? null : alone.matcher(page.text(other));
      if (mention != null && mention.find()) {
        // the page's "The Capital Journal-Review" keeps the article the notice's company name drops
        return mention.group(1) == null || !bare(name.get()).equals(name.get()) ? name.get() : "The " + name.get();
      }
    }
    return holder;
  }

  private static String bare(String name) {
    return name.replaceFirst("^(?i:the)\\s+", "");
  }

  /** "Exported by … Original article © Le Morne Herald. …": an export's footer credits the outlet mid-line. */
  private static Optional<String> creditedOriginal(String text) {
    Matcher credit = ORIGINAL_CREDIT.matcher(text);
    return credit.find() ? copyrightOutlet(credit.group(1)) : Optional.empty();
  }

  static Optional<String> disclaimerOutlet(String text) {
    if (!DISCLAIMER_SUBJECT.matcher(text).find() || !DISCLAIMER_VERB.matcher(text).find()) {
      return Optional.empty();
    }
    Matcher owner = DISCLAIMER_OWNER.matcher(text);
    if (!owner.find()) {
      return Optional.empty();
    }
    String name = OutletNames.trimPunctuation(owner.group(2));
    String outlet = owner.group(1) == null ? name : "The " + name;
    return OutletNames.isOutletName(outlet) ? Optional.of(outlet) : Optional.empty();
  }

  static Optional<String> copyrightOutlet(String text) {
    Matcher copyright = COPYRIGHT.matcher(text);
    if (!copyright.matches()) {
      Matcher later = LATER_NOTICE.matcher(text);
      return later.find() ? copyrightOutlet(later.group(1)) : Optional.empty();
    }
    String holder = YEARS.matcher(copyright.group(1).strip()).replaceFirst("");
    if (holder.toLowerCase(Locale.ROOT).startsWith("by ")) {
      return Optional.empty(); // "Copyright 2021 by Jane Doe" names a person, not an outlet
    }
    Matcher end = NOTICE_END.matcher(holder);
    if (end.find()) {
      holder = holder.substring(0, end.start());
    }
    Matcher quoted = QUOTED_HOLDER.matcher(holder.strip());
    if (quoted.matches()) {
      return Optional.of(quoted.group(1).strip());
    }
    holder = TRAILING_YEAR.matcher(OutletNames.trimPunctuation(holder)).replaceFirst("");
    String company = OutletNames.withoutLegalSuffix(holder);
    // a company's name too long for a paper's ("The Kestrel Bay Herald News & Media") is the paper's with the company's words
    String outlet = OutletNames.isOutletName(company) ? company : OutletNames.withoutOrganisationWords(company).orElse(company);
    return OutletNames.isOutletName(outlet) ? Optional.of(outlet) : Optional.empty();
  }

  /**
   * The candidates without copyright lines whose holder is a person that other evidence names as
   * an author ("Jane Doe" / "Mar 14, 2025" … "© 2025 Jane Doe"): a writer owns the rights to a
   * newsletter or a blog, which publishes under another name or an unknown one. A holder named by
   * a publication word ("Kestrel Bay Herald", which a name-over-date rule may also propose as
   * an author) or by other outlet evidence is the publisher, as a masthead over its date says.
   */
  static List<Candidate> withoutWriters(List<Candidate> candidates) {
    Set<String> writers = comparableValues(candidates, c -> c.field() == MetadataField.AUTHOR, AuthorLineRules::split);
    Set<String> outlets = comparableValues(candidates, c -> c.field() == OUTLET && !RuleNames.COPYRIGHT_LINE.equals(c.rule()), List::of);
    return candidates.stream().filter(c -> !isWriterNotice(c, writers, outlets)).toList();
  }

  private static Set<String> comparableValues(List<Candidate> candidates, Predicate<Candidate> which, Function<String, List<String>> names) {
    return candidates.stream().filter(which).flatMap(c -> names.apply(c.value()).stream()).map(OutletNames::comparable)
        .collect(Collectors.toSet());
  }

  private static boolean isWriterNotice(Candidate candidate, Set<String> writers, Set<String> outlets) {
    if (candidate.field() != OUTLET || !RuleNames.COPYRIGHT_LINE.equals(candidate.rule())) {
      return false;
    }
    String holder = OutletNames.comparable(candidate.value());
    return PersonNames.isName(candidate.value(), false) && !OutletNames.hasPublicationWord(candidate.value())
        && writers.contains(holder) && !outlets.contains(holder);
  }

  private static void propose(String outlet, String rule, int line, Findings out) {
    out.markMetadata(line);
    out.propose(Candidate.of(OUTLET, outlet, rule, line));
  }
}
