package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Articles.paragraph;
import static corpussearch.indexer.extract.Layouts.extract;
import static corpussearch.indexer.extract.MetadataField.OUTLET;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A read-later export whose only outlet evidence is a domain line and the newsroom's footer
 * describing itself ("Arizona Sunlight is a nonprofit newsroom.", "… is an independent news
 * outlet", "… is a public broadcaster"), generated over names, describing words and kinds: the
 * described name is the outlet. A reporter described the same way ("Jane Doe is a newsroom
 * veteran") is never the outlet.
 */
class SelfDescribedNewsroomsTest {

  @Property(tries = 80)
  void aNewsroomDescribingItselfNamesTheOutlet(
      @ForAll("names") String name, @ForAll("descriptions") String description,
      @ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll(supplier = Layouts.People.class) String person) {
    List<String> lines = List.of("ReadLater — Exported article", "Saved Dec 5, 2024 · Tags: factcheck", "newsdesk.example · 7 min read", "",
        headline, "", "By " + person, "Published Dec. 3, 2024", "", paragraph("the library"), "", paragraph("the budget"), "",
        name + " is " + description + ". We don't have a paywall, but reporting like this costs money.");

    assertThat(extract(lines).metadata().get(OUTLET).value()).isEqualTo(name);
  }

  @Property(tries = 40)
  void aReporterDescribedLikeANewsroomIsNoOutlet(
      @ForAll(supplier = Layouts.People.class) String person, @ForAll("roles") String role,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> lines = List.of("newsdesk.example · 7 min read", "", headline, "", "By " + person, "Published Dec. 3, 2024", "",
        paragraph("the library"), "", paragraph("the budget"), "", person + " is " + role + ".");

    assertThat(extract(lines).metadata().get(OUTLET).value()).isNotEqualTo(person);
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.of("Arizona Sunlight", "Prairie Ledger", "Coastal Signal", "Mesa Verde Report", "Kestrel Bay Today");
  }

  @Provide
  Arbitrary<String> descriptions() {
    Arbitrary<String> described = Arbitraries.of("a ", "a nonprofit ", "an independent ", "an independent, nonprofit ", "a reader-funded ");
    Arbitrary<String> kind = Arbitraries.of("newsroom", "news outlet", "media outlet", "news network", "fact-checking project");
    return Combinators.combine(described, kind, Arbitraries.of("", " covering the Southwest", " based in Tucson"))
        .as((d, k, t) -> d + k + t);
  }

  @Provide
  Arbitrary<String> roles() {
    return Arbitraries.of("a newsroom veteran who covers water", "a former news outlet editor", "a newsroom manager in Tucson",
        "a reporter for the newsroom's data desk");
  }
}
