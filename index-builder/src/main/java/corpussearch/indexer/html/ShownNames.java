package corpussearch.indexer.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;

/**
 * The names a page shows for the organisation behind it: its logo's text or image ({@code alt}),
 * a logo, banner or masthead image by its file name ("/content/dam/crn/logo.svg",
 * "images/banner_fale.gif", "dispatch_mast.gif") even when no link or class marks it, a {@code
 * <title>} that is a name alone ("Titano Times"), and the parts of the footer's lines ("Te Mana
 * Moana o te Kūki 'Āirani · Ministry of Marine Resources · PO Box 85"). When nothing declares the
 * outlet, the one the host name spells ("Coastal Resilience Network" on coastalresilience.example,
 * "Ministry of Marine Resources" on marineresources.gov.example) names it better than the bare host.
 */
final class ShownNames {

  private static final String LOGO_IMAGES = "img[src*=logo][alt], img[src*=banner][alt], img[src*=mast][alt], img[src*=nameplate][alt], img[src*=brand][alt], img[class*=logo][alt], img[id*=logo][alt]";
  private static final int MAX_NAME_WORDS = 6;
  /** "Logo of …", "… logo", "… – home page": what an image's text says about itself, around the name. */
  private static final Pattern LOGO_WORDS = Pattern.compile(
      "(?i)^(?:(?:the\\s+)?logo\\s+(?:of|for)\\s+|logo\\s*[:|–—-]\\s*)|\\s*[:|–—-]?\\s*(?:\\b(?:site\\s+)?logo|\\bhome\\s*page|\\bhomepage|\\bgo\\s+to\\s+home(?:\\s*page)?)$");
  /** The language edition a logo names after its brand: "Radio Sarhad International · English", "… | Edition française". */
  private static final Pattern EDITION = Pattern.compile(
      "(?iu)\\s+[·|–—-]\\s+(?:(?:english|french|arabic|urdu|pashto|dari|russian|spanish|german|portuguese|français|español|deutsch|português)"
          + "(?:\\s+(?:edition|service|version|site))?|(?:edition|édition|edición)\\s+\\p{L}+)$");
  private static final String FOOTERS = "footer, [class*=footer], [id*=footer]";
  /** Where a footer's line of parts ("Te Mana Moana · Ministry of Marine Resources · PO Box 85") breaks. */
  private static final Pattern PARTS = Pattern.compile("\\s+[·•|–—-]\\s+|\\n");

  private ShownNames() {}

  /** The names {@code page} shows in its logo and in logo or banner images, logo first. */
  static List<String> logos(Document page, VisiblePage visible) {
    List<String> names = new ArrayList<>(visible.logoNames());
    page.select(LOGO_IMAGES).eachAttr("alt").stream().map(ShownNames::withoutLogoWords).forEach(names::add);
    return names;
  }

  /**
   * {@code alt} without the words that say it is a logo or a link home, or which language edition:
   * "Kangaroo Island Courier logo", "Logo of Ærø Avis", "Ærø Avis – home page", "Radio Sarhad
   * International · English" name the paper alone.
   */
  static String withoutLogoWords(String alt) {
    return EDITION.matcher(LOGO_WORDS.matcher(alt.strip()).replaceAll("").strip()).replaceFirst("").strip();
  }

  /** {@code logos} and the parts of the page's footer shaped as names. */
  static List<String> withFooter(Document page, List<String> logos) {
    List<String> names = new ArrayList<>(logos);
    page.select(FOOTERS).stream().flatMap(footer -> footer.getAllElements().stream()).flatMap(element -> PARTS.splitAsStream(element.ownText()))
        .filter(ShownNames::isNameShaped).forEach(names::add);
    return names;
  }

  /**
   * The name-shaped {@code alt} texts of all the page's pictures: a logo exported as a plain
   * picture ("wpimages/wp0a1b2c3d_06.png", no link home, no class) still shows the site's name,
   * trusted only where the host name spells it ({@link #namingSite}).
   */
  static List<String> pictures(Document page) {
    return page.select("img[alt]").eachAttr("alt").stream().map(ShownNames::withoutLogoWords).filter(ShownNames::isNameShaped).toList();
  }

  /** A footer part that can be a name: a few words, capitalised, no figures (an address, a year, a sentence are not). */
  private static boolean isNameShaped(String part) {
    String text = part.strip();
    return !text.isEmpty() && Character.isUpperCase(text.charAt(0)) && text.split("\\s+").length <= MAX_NAME_WORDS && text.chars().noneMatch(Character::isDigit);
  }

  /** The first of {@code names}, or else a {@code <title>} that is a name alone, that {@code site}'s host name spells, or null. */
  static String namingSite(List<String> names, VisiblePage.TitleTag titleTag, String site) {
    List<String> all = new ArrayList<>(names);
    if (titleTag != null && titleTag.suffixes().isEmpty()) {
      all.add(titleTag.headline());
    }
    return all.stream().map(String::strip).filter(name -> !name.isEmpty() && !Outlets.isUrl(name) && Outlets.matchesSite(name, site))
        .findFirst().orElse(null);
  }

  /** The word a broadcaster or a paper sets after its initials to make its brand: "News", "Radio", "TV" … (an agency's "English Service" is a department). */
  private static final Pattern BRAND_WORD =
      Pattern.compile("(?i)news|radio|tv|television|online|today|now|live|digital|sport|sports|times|post|daily|weekly|fm|am");

  /**
   * The brand the {@code <title>} ends in when it is the declared company's initials and a brand
   * word: "PNB News" for "Prairie North Broadcasting", as "CBC News" for the Canadian Broadcasting
   * Corporation. The company declares itself publisher; the title, the logo and the byline show readers its
   * brand. Null when the title's last part is no such brand.
   */
  static String initialledBrand(String company, VisiblePage.TitleTag titleTag) {
    String brand = titleTag == null || company == null ? null : titleTag.suffix();
    if (brand == null || Outlets.sameName(brand, company)) {
      return null;
    }
    String[] words = brand.strip().split("\\s+");
    return words.length == 2 && BRAND_WORD.matcher(words[1]).matches() && words[0].matches("\\p{Lu}{2,6}") && OutletShortForms.isShortFormOf(words[0], corpussearch.indexer.extract.NameAndDateShapes.withoutLegalSuffix(company))
        ? brand.strip() : null;
  }
}
