package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.MetadataField.DATE;
import static corpussearch.indexer.extract.MetadataField.OUTLET;

import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Places outside the masthead where a page names its publication.
 *
 * <ul>
 *   <li>{@code wire-dateline}: the agency in a wire story's dateline, "SANTIAGO (Meridian Wire) -",
 *       "Dushanbe, 27 October 2021 (Pamir Wire) -", "NAIROBI, Kenya, March 3, 2024 (Sahel Press) —",
 *       and the date when one closes the place.
 *   <li>{@code outlet-self-description}: late in the page, a line that opens "The Daily Ledger is
 *       an independent news service / a reader-supported publication / the supplement of … / is published … / is
 *       editorially independent / is funded by listener contributions / is part of the X Media network / is owned by …" (a kind of publication must be named, so a person described as
 *       independent is not taken for one), or a dash in place of "is": "X – independent liberal
 *       morning paper".
 *   <li>{@code outlet-with-date} ({@link OutletDateLines}): at the top or the end, a line of an outlet's name and a date and
 *       nothing else, "The Daily Ledger | January 15, 2024" (reader views and article tools print
 *       it under the headline), "The Daily Ledger, 15 January 2024" (reprints close with it): the
 *       outlet and the date. A desk in place of the name ("Kestral Newsroom · 13 March 2023") gives
 *       the date only. A labelled part ("Author: Jane Doe | Published: …") is no outlet.
 *   <li>{@code appeared-first-on}: a syndication footer, "The post … appeared first on The Daily
 *       Ledger.", "This story originally appeared in The Daily Ledger": the publication a feed or
 *       a republisher took the article from. The footer itself is furniture.
 *   <li>{@code source-line}: "Source: The Daily Ledger – dailyledger.example/…", a forum post's or
 *       a reader's note of where a quoted article is from, when the name is the address's. Furniture.
 *   <li>{@code share-footer}: the footer a news app puts on text shared from it, "— Shared from the
 *       Belize Breeze app. Get the full story …": the publication whose app it is. Furniture.
 *   <li>{@code domain-name}: a site address or e-mail domain ("www.dailyledger.com"). It never
 *       gives a name on its own, only supports a candidate that squashes to it. A line that is
 *       nothing but a site address is the page's own address, not text of the article.
 * </ul>
 *
 * <p>The dateline opens the first body paragraph, so it stays body text; a self-description is a
 * footer, furniture when it names the reported outlet.
 */
final class OutletMentionRules {
  private static final Pattern DATELINE =
      Pattern.compile(
          "^\\p{Lu}[\\p{L}'’. -]{1,40}?(?:,\\s*([^()]{6,40}?))?\\s*\\(("
              + OutletPhrases.NAME
              + ")\\)\\s*[-–—]+(?:\\s|$)");
  private static final Pattern SELF_DESCRIPTION =
      Pattern.compile(
          "^(?:(?i:the)\\s+)?(" + OutletPhrases.NAME + ")\\s+(?:is|[–—])\\s+(?i:editorially\\s+independent|published\\b|(?:owned|operated)\\s+by\\b"
              // who pays for it, which only a publication says of itself: "X is funded by listener contributions"
              + "|(?:(?:entirely|wholly|largely|mainly)\\s+)?(?:funded|financed)\\s+by\\s+(?:its\\s+)?(?:readers|listeners|viewers|(?:reader|listener|viewer|audience)\\s+(?:donations|contributions|support))"
              + "|(?:a\\s+)?(?:part|member)\\s+of\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){1,5}?(?:network|group|family|company|limited|ltd|plc|inc|llc|media)\\b"
              // describing words, none a preposition ("a reporter for the newsroom" describes a person), and a kind
              + "|(?:an?\\s+|the\\s+)?(?:(?!(?:for|at|of|with|in|on|from|by)\\s)[\\p{L}'’-]+,?\\s+){0,4}?(?:news\\s+service|newspaper|magazine"
              + "|publication|website|news\\s+agency|news\\s+organi[sz]ation|news\\s+site"
              + "|newsletter|podcast|production|programme|program|supplement|edition|weekly|bulletin|paper|newsroom|(?:news|media)\\s+outlet|(?:public|community)\\s+broadcaster|wire\\s+service|news\\s+network"
              + "|fact[- ]check(?:ing)?\\s+(?:project|organi[sz]ation|site|service))(?!['’]|\\s+(?:veteran|manager|editor|reporter|producer)))");
  /**
   * The note a newsletter platform sets under every post, opening its line: "Thanks for reading The
   * Outback Ledger!", "You're currently a free subscriber to The Outback Ledger." A letter quoted in
   * a story may end so too.
   */
  private static final Pattern READERS_NOTE = Pattern.compile(
      "^(?:(?i:thanks|thank\\s+you)\\s+for\\s+reading|(?i:you['’]re|you\\s+are)\\s+(?:(?i:currently|now)\\s+)?(?i:a)\\s+(?i:free|paid)\\s+subscriber\\s+to)"
          + "\\s+((?:(?i:the)\\s+)?" + OutletPhrases.NAME + ")\\s*[.!]");
  private static final Pattern THE = Pattern.compile("^(?i:the)\\s");
  private static final Pattern APPEARED_FIRST =
      OutletPhrases.compile("(?i:\\b(?:appeared\\s+(?:first|originally)|(?:first|originally)\\s+(?:appeared|published))\\s+(?:on|in)\\s+)");
  private static final int MAX_SYNDICATION_WORDS = 40;

  /** "Source: The X – x.example/…": a label, a name, a dash and an address. */
  private static final Pattern SOURCE_LINE =
      Pattern.compile("^(?i:source|via|from|quelle|fuente|fonte|izvor|sumber)\\s*:\\s*" + OutletPhrases.QUOTED_OR_CAPITALISED
          // "– x.example/…", or a sentence of terms that links to the site: ". Any use … with a hyperlink to x.example"
          + "(?:\\s*[-–—|]\\s*(\\S+)\\s*|[.;]\\s+(.*))$");

  /** A news app's footer on text shared from it: "— Shared from the Belize Breeze app. Get …". */
  private static final Pattern SHARED_FROM =
      OutletPhrases.compile("^[-–—\\s]*(?i:(?:shared|sent)\\s+(?:from|via|using|with)\\s+)");
  /** A site's address; a file's name ("logo-frontier-chronicle.png", "report.pdf") is none. */
  private static final Pattern DOMAIN =
      Pattern.compile("(?i)(?:\\bwww\\.|@|\\b)([a-z0-9][a-z0-9-]{3,})\\.(?!(?:png|jpe?g|gif|svg|webp|avif|bmp|tiff?|pdf|docx?|xlsx?|mp[34]|html?|php|aspx?)\\b)"
          + "(?:[a-z]{2,10})(?:\\.[a-z]{2})?\\b");
  private static final Pattern DOMAIN_LINE =
      Pattern.compile("(?i)(?:https?://)?(?:www\\.)?[a-z0-9][a-z0-9-]*(?:\\.[a-z0-9-]+){0,8}\\.[a-z]{2,10}/?");
  private static final int MAX_FOOTER_WORDS = 40;

  private OutletMentionRules() {}

  static void collect(ArticleLines page, Findings out) {
    int firstBody = firstBodyLine(page);
    Set<String> domains = new HashSet<>();
    int lastLine = page.nonBlank().isEmpty() ? -1 : page.nonBlank().getLast();
    for (int line : page.nonBlank()) {
      String text = page.text(line);
      if (page.isTop(line) || line == firstBody) {
        wireDateline(page, text, line, out);
      }
      if (page.isTop(line) || line == lastLine) {
        OutletDateLines.collect(page, text, line, out);
      }
      if (DOMAIN_LINE.matcher(text).matches()) {
        out.markMetadata(line);
      }
      if (page.isLate(line) && ArticleLines.wordCount(text) <= MAX_FOOTER_WORDS) {
        selfDescription(text, line, out);
      }
      if (ArticleLines.wordCount(text) <= MAX_SYNDICATION_WORDS) {
        appearedFirst(text, line, out);
        sharedFrom(text, line, out);
        sourceLine(text, line, out);
      }
      if (ArticleLines.wordCount(text) < ArticleLines.BODY_PARAGRAPH_WORDS) {
        Matcher domain = DOMAIN.matcher(text);
        while (domain.find()) {
          if (domains.add(domain.group(1).toLowerCase(Locale.ROOT))) {
            out.propose(
                new Candidate(OUTLET, domain.group(1), RuleNames.DOMAIN_NAME, line, Set.of()));
          }
        }
      }
    }
  }

  private static void appearedFirst(String text, int line, Findings out) {
    Matcher footer = APPEARED_FIRST.matcher(text);
    if (footer.find() && text.substring(footer.end()).matches("[.!]?\\s*")) {
      OutletPhrases.outlet(footer, 1).ifPresent(outlet -> {
        out.markMetadata(line);
        out.propose(Candidate.of(OUTLET, outlet, RuleNames.APPEARED_FIRST_ON, line));
      });
    }
  }

  /**
   * A source line naming a publication and linking to it, "Source: The Somers Isle Gazette –
   * somersislegazette.example/news/…", "Source: The Steppe Observer. Any use … with a hyperlink to
   * steppeobserver.example": the publication, when its name squashed is its address's
   * name, so that a ministry cited for a figure is not taken for one.
   */
  private static void sourceLine(String text, int line, Findings out) {
    Matcher source = SOURCE_LINE.matcher(text);
    if (!source.matches()) {
      return;
    }
    Matcher domain = DOMAIN.matcher(source.group(4) != null ? source.group(4) : source.group(5));
    if (!domain.find()) {
      return;
    }
    String site = domain.group(1).toLowerCase(Locale.ROOT).replace("-", "");
    OutletPhrases.outlet(source, 1)
        .filter(outlet -> site.equals(squashed(outlet)))
        .ifPresent(outlet -> {
          out.markMetadata(line);
          out.propose(Candidate.of(OUTLET, outlet, RuleNames.SOURCE_LINE, line));
        });
  }

  private static String squashed(String name) {
    return OutletNames.comparable(name).replaceAll("[^\\p{L}\\p{N}]", "");
  }

  private static void sharedFrom(String text, int line, Findings out) {
    Matcher footer = SHARED_FROM.matcher(text);
    if (footer.find() && text.substring(footer.end()).matches("(?i)\\s+app\\b.*")) {
      OutletPhrases.outlet(footer, 1).ifPresent(outlet -> {
        out.markMetadata(line);
        out.propose(Candidate.of(OUTLET, outlet, RuleNames.SHARE_FOOTER, line));
      });
    }
  }

  private static void wireDateline(ArticleLines page, String text, int line, Findings out) {
    Matcher dateline = DATELINE.matcher(text);
    if (!dateline.find()) {
      return;
    }
    String agency = OutletNames.trimPunctuation(dateline.group(2));
    if (!OutletNames.isOutletName(agency)) {
      return;
    }
    out.propose(new Candidate(OUTLET, agency, RuleNames.WIRE_DATELINE, line, Set.of()));
    String place = dateline.group(1);
    if (place != null) {
      // "NAIROBI, Kenya, March 3, 2024 (Agency) -": the date closes the place.
      DateParser.find(place)
          .filter(found -> DateParser.isFiller(place.substring(found.end())))
          .map(DateParser.DateMatch::date)
          .or(() -> YearlessDates.resolveClosing(place, page))
          .ifPresent(
              d ->
                  out.propose(
                      new Candidate(
                          DATE, d.toString(), RuleNames.WIRE_DATELINE, line, Set.of())));
    }
  }

  private static void selfDescription(String text, int line, Findings out) {
    describedOutlet(text).ifPresent(outlet -> out.propose(Candidate.of(OUTLET, outlet, RuleNames.SELF_DESCRIPTION, line)));
  }

  /**
   * The first line, when it is a publication's name that a line below describes as one ("Delta
   * Notes" on top, "Delta Notes is a reader-supported publication …" between paragraphs, as a
   * newsletter prompts its readers): the page says whose it is, so that line is its masthead, not
   * a menu's first item.
   */
  static Optional<Integer> describedMasthead(ArticleLines page) {
    if (page.nonBlank().isEmpty()) {
      return Optional.empty();
    }
    int first = page.nonBlank().get(0);
    Optional<String> key = PageHeader.mastheadName(page.text(first)).map(OutletNames::comparable);
    return key.isPresent() && page.nonBlank().stream().filter(line -> line > first)
        .anyMatch(line -> describedOutlet(page.text(line)).map(OutletNames::comparable).equals(key))
        ? Optional.of(first) : Optional.empty();
  }

  /**
   * The publication a line describes ("The Harbour Times is an independent newspaper …") or thanks
   * its readers in, if it is one.
   */
  static Optional<String> describedOutlet(String text) {
    Matcher self = SELF_DESCRIPTION.matcher(text);
    if (!self.find()) {
      Matcher note = READERS_NOTE.matcher(text);
      return note.find() ? Optional.of(OutletNames.trimPunctuation(note.group(1))).filter(OutletNames::isOutletName) : Optional.empty();
    }
    String name = OutletNames.trimPunctuation(self.group(1));
    String outlet = THE.matcher(self.group()).lookingAt() ? "The " + name : name;
    return OutletNames.isOutletName(outlet) ? Optional.of(outlet) : Optional.empty();
  }

  /** The first line long enough to be body text, which a wire dateline opens. */
  private static int firstBodyLine(ArticleLines page) {
    for (int line : page.nonBlank()) {
      if (ArticleLines.wordCount(page.text(line)) >= ArticleLines.BODY_PARAGRAPH_WORDS) {
        return line;
      }
    }
    return -1;
  }
}
