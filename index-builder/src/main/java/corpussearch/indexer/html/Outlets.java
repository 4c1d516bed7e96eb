package corpussearch.indexer.html;

import static corpussearch.indexer.extract.HostNames.letters;

import corpussearch.indexer.extract.FieldValue;
import corpussearch.indexer.extract.HostNames;
import corpussearch.indexer.extract.NameAndDateShapes;
import corpussearch.indexer.extract.RightsNotices;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Comparing outlet names with each other, with a site's host name and with text around a title. */
final class Outlets {

  /** An address or a host name written where a name belongs: "https://…", "www.…", "….com", "kicourier.example", "aeroeavis.dk/en". */
  private static final Pattern URL = Pattern.compile("(?i)^(?:https?:|www\\.|/).*|.*\\.(?:com|org|net)(?:/.*)?$"
      + "|^[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+){0,8}\\.(?-i:[a-z]{2,12})(?:/\\S*)?$");
  private static final Pattern TRAILING_NAME = Pattern.compile("^(.+?)\\s+[|\\-–—:·•]\\s+([^|\\-–—:·•]+)$");
  private static final int MIN_CONTAINED = 3;
  /** "&amp;" for "and" between words: "Publicity &amp; Tourism". */
  private static final Pattern AMPERSAND = Pattern.compile("\\s*&\\s*");
  /** Letters a host name writes out rather than folds (Danish, Norwegian, German, Swedish spellings). */
  private static final Map<String, String> WRITTEN_OUT = Map.of("ø", "oe", "å", "aa", "ä", "ae", "ö", "oe", "ü", "ue");

  /** The fewest words a site's name in a {@code <title>} runs to. */
  private static final int MIN_NAME_WORDS = 2;
  /** The separators between a title's parts, older sites' "::" and "»" among them. */
  private static final Pattern TITLE_PARTS = Pattern.compile("\\s+(?:::|[|\\-–—:·•»])\\s+");

  /**
   * Words a company adds to its paper's name: "Brackley Bugle Newspapers", "Valley Media Group";
   * its legal form ("… Ltd", "… SA", "… GmbH") is the shared table's ({@link
   * NameAndDateShapes#withoutLegalSuffix}).
   */
  private static final Pattern COMPANY_TAIL =
      Pattern.compile("(?i)(?:\\s+(?:newspapers?|media|group|publishing|publications|holdings|company))+\\.?$");

  private Outlets() {}

  /**
   * The part of {@code parts} that names {@code company} without its company words ("The Brackley
   * Bugle" for "Brackley Bugle Newspapers"), or null.
   */
  static String shortFormIn(String company, List<String> parts) {
    String name = withoutCompany(company);
    if (name.equals(company.strip())) {
      return null;
    }
    return parts.stream().filter(part -> sameName(part, name)).findFirst().orElse(null);
  }

  /**
   * {@code outlet} as the page names the paper when it declares the company: "Lake Geneva Observer"
   * for "Lake Geneva Observer SA" (or "… GmbH", "… Ltd") when a logo, a footer part, a part of the
   * {@code <title>} or a copyright line names it without the legal form. The page's blocks are read
   * only for a name with a company's tail. A brand on the company's initials that the title ends in
   * ({@link ShownNames#initialledBrand}) is the name shown too.
   */
  static FieldValue shownForm(FieldValue outlet, List<String> names, VisiblePage.TitleTag titleTag, Supplier<List<String>> blocks) {
    String company = outlet.isKnown() ? outlet.value().strip() : null;
    String brand = ShownNames.initialledBrand(company, titleTag);
    if (brand != null) {
      return FieldValue.of(brand, outlet.rule());
    }
    String name = company == null ? null : withoutCompany(company);
    if (name == null || name.equals(company) || name.isBlank()) {
      return outlet;
    }
    boolean shown = names.stream().anyMatch(part -> sameName(part, name)) || titleTag != null && titleTag.parts().stream().anyMatch(part -> sameName(part, name))
        || blocks.get().stream().anyMatch(block -> RightsNotices.hasMark(block) && containsWords(block, name) && !containsWords(block, company));
    return shown ? FieldValue.of(name, outlet.rule()) : outlet;
  }

  private static String withoutCompany(String company) {
    return COMPANY_TAIL.matcher(NameAndDateShapes.withoutLegalSuffix(company.strip())).replaceFirst("");
  }

  /**
   * The site's name in a {@code <title>} that names only the site ("Moyle Messenger Online"): its
   * longest leading run of words that a copyright line of the page also states, when that run is
   * most of the title and shaped as a name. The footer is written by the publisher about itself;
   * the title of a page that is not its headline is the site's. Failing the whole title, each part
   * of it between separators ("::", "|", " - ") is tried. Null when no copyright line agrees.
   */
  static String titleNamedInCopyright(String title, List<String> blocks) {
    if (title == null) {
      return null;
    }
    String whole = leadingNameInCopyright(title, blocks);
    // "Cass Valley Herald Online :: Ethanol plant wins zoning OK": the site's part of a title.
    return whole != null ? whole : TITLE_PARTS.splitAsStream(title.strip())
        .map(part -> leadingNameInCopyright(part, blocks)).filter(Objects::nonNull).findFirst().orElse(null);
  }

  private static String leadingNameInCopyright(String title, List<String> blocks) {
    String[] words = title.strip().split("\\s+");
    for (String block : blocks) {
      if (!RightsNotices.hasMark(block)) {
        continue;
      }
      for (int n = words.length; n >= MIN_NAME_WORDS && n * 2 >= words.length; n--) {
        String name = String.join(" ", List.of(words).subList(0, n));
        if (containsWords(block, name) && NameAndDateShapes.isOutletName(name)) {
          return name;
        }
      }
    }
    return null;
  }

  /**
   * The logo's name, rather than {@code masthead} (the text rules' pick among the lines at the
   * top), when the page repeats the logo's name in more of its blocks (a caption's credit, the
   * footer's "The Kampot Mail is printed …") than the other: a tagline under the logo ("Southern
   * Cambodia in English") is printed once. {@code masthead} null when the text rules found none:
   * the logo's name repeated is then the outlet all the same. Null when no logo is repeated so.
   */
  static String repeatedLogo(List<String> logos, String masthead, List<String> blocks) {
    long mastheadCount = masthead == null ? 0 : blocks.stream().filter(block -> containsWords(block, masthead.strip())).count();
    return logos.stream().filter(logo -> (masthead == null || !sameName(logo, masthead)) && NameAndDateShapes.isOutletName(logo))
        .filter(logo -> blocks.stream().filter(block -> containsWords(block, withoutThe(logo))).count() > Math.max(1, mastheadCount))
        .findFirst().orElse(null);
  }

  /** {@code name} without a leading "The". */
  static String withoutThe(String name) {
    return name.strip().replaceFirst("^(?i:the)\\s+", "");
  }

  private static boolean containsWords(String text, String words) {
    return Pattern.compile("(?i)(?:^|\\W)" + Pattern.quote(words) + "(?:$|\\W)").matcher(text).find();
  }

  /** Whether {@code value} is a web address rather than a name. */
  static boolean isUrl(String value) {
    return URL.matcher(value.strip()).matches();
  }

  /** Whether two names are the same ignoring case, punctuation, spacing, a leading "The" and "&amp;" for "and". */
  static boolean sameName(String a, String b) {
    return a != null && b != null && !letters(a, false).isEmpty() && letters(withAnd(a), false).equals(letters(withAnd(b), false));
  }

  /** Whether {@code name} is {@code outlet} or one of its comma-set parts: an office or the body it belongs to ({@link ParentBodies}). */
  static boolean namesPartOf(String name, String outlet) {
    return sameName(name, outlet) || outlet != null && Stream.of(outlet.split(",\\s+")).anyMatch(part -> sameName(name, part));
  }

  private static String withAnd(String name) {
    return AMPERSAND.matcher(name).replaceAll(" and ");
  }

  /**
   * Whether {@code name} is the outlet of {@code site}: "The Guardian" of theguardian.com, "BBC
   * News" of bbc.co.uk.
   */
  static boolean matchesSite(String name, String site) {
    if (site == null || name == null) {
      return false;
    }
    String label = HostNames.label(site);
    return label.length() >= MIN_CONTAINED && Stream.of(name, spelledForHosts(name)).anyMatch(spelling -> spellsLabel(spelling, label));
  }

  /** Whether the letters of {@code name} are those of {@code site}'s name, no more and no fewer ("Polar Magazine" of polarmagazine.example). */
  static boolean spellsSite(String name, String site) {
    return site != null && name != null && HostNames.spell(name, site, MIN_CONTAINED);
  }

  private static boolean spellsLabel(String name, String label) {
    String withThe = letters(name, true);
    String withoutThe = letters(name, false);
    return withoutThe.length() >= MIN_CONTAINED && (label.equals(withThe) || label.contains(withoutThe) || withThe.contains(label));
  }

  /**
   * {@code name} as its owners spell it in a host name, where letters beyond ASCII are written out:
   * "Ærø Avis" on aeroeavis, "Göteborgs Tidning" on goeteborgs. The plain folding ({@link
   * #letters}) drops the marks instead ("aeroavis"), as other hosts do; both are tried.
   */
  private static String spelledForHosts(String name) {
    String spelled = name;
    for (Map.Entry<String, String> letter : WRITTEN_OUT.entrySet()) {
      spelled = spelled.replace(letter.getKey(), letter.getValue()).replace(letter.getKey().toUpperCase(Locale.ROOT), letter.getValue());
    }
    return spelled;
  }

  /**
   * {@code title} without a trailing " | Outlet" (or " - ", " — " …) that names {@code outlet} or
   * repeats the {@code <title>}'s own suffix.
   */
  static String withoutSuffix(String title, String outlet, String titleSuffix) {
    Matcher matcher = TRAILING_NAME.matcher(title);
    if (!matcher.matches()) {
      return title;
    }
    String suffix = matcher.group(2).strip();
    boolean known = sameName(suffix, outlet) || sameName(suffix, titleSuffix);
    return known ? matcher.group(1).strip() : title;
  }

  /** {@code title} without a leading "{@code prefix}: " or "{@code prefix} | " (the site's name before a headline). */
  static String withoutPrefix(String title, String prefix) {
    if (prefix == null || !title.startsWith(prefix)) {
      return title;
    }
    String rest = title.substring(prefix.length()).replaceFirst("^\\s*:\\s+|^\\s+[|\\-–—·•]\\s+", "");
    return rest.length() < title.length() - prefix.length() && !rest.isBlank() ? rest : title;
  }


}
