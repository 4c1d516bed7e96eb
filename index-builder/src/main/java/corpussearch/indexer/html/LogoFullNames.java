package corpussearch.indexer.html;

import corpussearch.indexer.extract.NameAndDateShapes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A logo's short form of a name and the whole name a page's {@code <title>} gives its site. */
final class LogoFullNames {

  private LogoFullNames() {}

  /**
   * The fuller name the page's {@code <title>} gives ("Polar Magazine — …") rather than the
   * logo's short form of it ("Polar") when the host spells the fuller one letter for letter
   * (polarmagazine.example) and not the short one: the domain was registered in the brand's whole name.
   */
  static String spelledInFull(String logo, String site, String titlePrefix, VisiblePage.TitleTag titleTag) {
    List<String> fuller = new ArrayList<>();
    Optional.ofNullable(titlePrefix).ifPresent(fuller::add);
    Optional.ofNullable(titleTag).ifPresent(tag -> fuller.addAll(tag.suffixes()));
    return Outlets.spellsSite(logo, site) ? logo
        : fuller.stream().filter(name -> NameAndDateShapes.extendsName(logo, name) && Outlets.spellsSite(name, site)).findFirst().orElse(logo);
  }
}
