package corpussearch.indexer.html;

import corpussearch.indexer.extract.FieldValue;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A public body's office named with the body it belongs to: "Directorate of Information, Publicity
 * and Tourism, Andaman and Nicobar Administration". A government site shows the office in its logo
 * and the parent under it; its metadata declares both in one name, often cut short ("Directorate of
 * Information, Publicity &amp; Tourism, A&amp;N Administration"). Either part alone names too little.
 */
final class ParentBodies {

  private static final String SEPARATOR = ", ";

  private ParentBodies() {}

  /**
   * The office and its parent as the page shows them, when one of {@code declared} names an office
   * the page shows ({@code shown}: its logo, its top lines) and, after its last comma, a parent the
   * page shows too (or {@code outlet} is), in full or cut to initials, and {@code outlet} is one of
   * the two or unknown; else {@code outlet}.
   */
  static FieldValue withParent(FieldValue outlet, List<String> declared, List<String> shown) {
    List<String> names = outlet.isKnown() ? Stream.concat(shown.stream(), Stream.of(outlet.value())).toList() : shown;
    for (String name : declared) {
      int comma = name == null ? -1 : name.lastIndexOf(SEPARATOR);
      if (comma <= 0) {
        continue;
      }
      Optional<String> office = shownAs(name.substring(0, comma), names);
      // The parent names a body ("Andaman and Nicobar Administration"); a town after a comma ("The Herald, Glasgow") is none.
      Optional<String> parent = shownAs(name.substring(comma + SEPARATOR.length()), names).filter(Organisations::isOrganisation);
      boolean either = office.isPresent() && parent.isPresent()
          && (!outlet.isKnown() || Outlets.sameName(outlet.value(), office.get()) || Outlets.sameName(outlet.value(), parent.get()));
      if (either) {
        return FieldValue.of(office.get() + SEPARATOR + parent.get(), outlet.isKnown() ? outlet.rule() : HtmlRuleNames.SHOWN_NAME);
      }
    }
    return outlet;
  }

  private static Optional<String> shownAs(String declared, List<String> shown) {
    return shown.stream().map(String::strip)
        .filter(name -> Outlets.sameName(name, declared) || OutletShortForms.isShortFormOf(declared.strip(), name)).findFirst();
  }
}
