package corpussearch.indexer.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;

/**
 * The names a page shows for the organisation behind it: its logo's text or image ({@code alt}),
 * a logo image by its file name ("/content/dam/crn/logo.svg") even when no link or class marks
 * it, and a {@code <title>} that is a name alone ("Titano Times"). When nothing declares the
 * outlet, the one the host name spells ("Coastal Resilience Network" on coastalresilience.example,
 * "Ministry of Marine Resources" on marineresources.gov.example) names it better than the bare host.
 */
final class ShownNames {

  private static final String LOGO_IMAGES = "img[src*=logo][alt], img[class*=logo][alt], img[id*=logo][alt]";

  private ShownNames() {}

  /** The names {@code page} shows, logo first. */
  static List<String> of(Document page, VisiblePage visible, VisiblePage.TitleTag titleTag) {
    List<String> names = new ArrayList<>(visible.logoNames());
    names.addAll(page.select(LOGO_IMAGES).eachAttr("alt"));
    if (titleTag != null && titleTag.suffixes().isEmpty()) {
      names.add(titleTag.headline());
    }
    return names;
  }

  /** The first of {@code names} that {@code site}'s host name spells, or null. */
  static String namingSite(List<String> names, String site) {
    return names.stream().map(String::strip).filter(name -> !name.isEmpty() && !Outlets.isUrl(name) && Outlets.matchesSite(name, site))
        .findFirst().orElse(null);
  }
}
