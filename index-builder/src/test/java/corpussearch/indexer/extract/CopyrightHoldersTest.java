package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Articles.paragraph;
import static corpussearch.indexer.extract.Layouts.extract;
import static corpussearch.indexer.extract.MetadataField.OUTLET;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * A copyright line that names a person ("© 2024 Mick Dunne", a solo newsletter's footer) is the
 * writer's, not an outlet; one that names a publication is its outlet.
 */
class CopyrightHoldersTest {

  @Property(tries = 60)
  void aCopyrightLineNamingAPersonIsNoOutlet(
      @ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll(supplier = Layouts.People.class) String person) {
    List<String> lines = List.of(headline, "", paragraph("the licence"), "", paragraph("the aquifer"), "", "© 2024 " + person, "Unsubscribe");

    assertThat(extract(lines).metadata().get(OUTLET).isKnown()).isFalse();
  }

  @Property(tries = 60)
  void aCopyrightLineNamingAPublicationIsItsOutlet(
      @ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll(supplier = Layouts.Outlets.class) String outlet) {
    List<String> lines = List.of(headline, "", paragraph("the licence"), "", paragraph("the aquifer"), "", "© 2024 " + outlet);

    assertThat(extract(lines).metadata().get(OUTLET).value()).isEqualTo(outlet);
  }
}
