package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Articles.paragraph;
import static corpussearch.indexer.extract.Layouts.extract;
import static corpussearch.indexer.extract.MetadataField.TITLE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A page copied without blank lines, its menu, headline, deck, buttons, caption and byline in one
 * block: the header ends with the menu's last item, and the headline below it is the title. An
 * opinion headline of two sentences closed by a full stop stands over its writer's name and job.
 */
class CopiedHeaderBlockTest {

  @Property(tries = 80)
  void theHeadlineInOneBlockWithTheMenuAndTheBylineIsTheTitle(
      @ForAll(supplier = Layouts.Outlets.class) String outlet,
      @ForAll("menus") List<String> menu,
      @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll("belowDeck") List<String> belowDeck,
      @ForAll(supplier = Layouts.People.class) String author,
      @ForAll(supplier = Layouts.Dates.class) LocalDate date) {
    List<String> lines = new ArrayList<>(List.of("Skip to main content", "Sign in", outlet));
    lines.addAll(menu);
    lines.add(headline);
    lines.add("Officials say the measures will stay in place until the spring, when the plan is reviewed.");
    lines.addAll(belowDeck);
    lines.addAll(List.of("By " + author, spelled(date), "", paragraph("the ferry"), "", paragraph("the council")));

    assertThat(extract(lines).metadata().get(TITLE).value()).isEqualTo(headline);
  }

  @Provide
  Arbitrary<List<String>> menus() {
    return Arbitraries.of("World", "Africa", "Americas", "Asia", "Europe", "Middle East", "Business", "Climate")
        .list().ofMinSize(3).ofMaxSize(6).uniqueElements();
  }

  @Provide
  Arbitrary<List<String>> belowDeck() {
    Arbitrary<List<String>> buttons = Arbitraries.of("5 min", "Gift Article", "Share", "Comment", "Save")
        .list().ofMinSize(0).ofMaxSize(4).uniqueElements();
    Arbitrary<String> caption = Arbitraries.of("", "Crews load the ferry at the harbour on Tuesday. (Jane Roe for The Herald)");
    return Combinators.combine(buttons, caption).as((b, c) -> {
      List<String> lines = new ArrayList<>(b);
      if (!c.isEmpty()) {
        lines.add(c);
      }
      return lines;
    });
  }

  @Property(tries = 60)
  void anOpinionHeadlineOfTwoSentencesOverItsWritersNameIsTheTitle(
      @ForAll("opinionHeadlines") String headline,
      @ForAll(supplier = Layouts.People.class) String author,
      @ForAll("roles") String role,
      @ForAll(supplier = Layouts.Dates.class) LocalDate date) {
    List<String> lines = List.of("The Kestrel Bay Herald", "", "OPINION",
        "This piece expresses the views of its author, separate from those of this publication.", headline, author, role,
        "Published " + spelled(date), "", paragraph("the ferry"), "", paragraph("the council"));

    assertThat(extract(lines).metadata().get(TITLE).value()).isEqualTo(headline);
  }

  @Provide
  Arbitrary<String> opinionHeadlines() {
    return Combinators.combine(Arbitraries.of("Opinion: ", ""),
            Arbitraries.of("We keep promising the ferry will run all winter.", "The council says the harbour is safe."),
            Arbitraries.of("The islanders know better.", "Nobody on the quay believes it."))
        .as((kicker, first, second) -> kicker + first + " " + second);
  }

  @Provide
  Arbitrary<String> roles() {
    return Arbitraries.of("Guest columnist", "Opinion contributor", "Staff columnist");
  }

  private static String spelled(LocalDate date) {
    return date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
  }
}
