package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Articles.paragraph;
import static corpussearch.indexer.extract.Layouts.extract;
import static corpussearch.indexer.extract.MetadataField.AUTHOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Bylines set 15 missed, in generated combinations: a role label set off by a dash instead of a
 * colon ("Reporter — A"), a credit for words and pictures ("Report and photographs: A") at the
 * end, a name with its town after a dash over the date line ("A — Juba"), two names and a town
 * under a newsletter's headline below its greeting ("By A and B in Rønne"). The page's own outlet,
 * read in a photo credit's tail, is not the author when a person is named too.
 */
class BylineSeparatorsAndPlacesTest {

  @Property(tries = 60)
  void aRoleLabelSetOffByADashOrACreditForWordsAndPicturesNamesTheAuthor(
      @ForAll(supplier = Layouts.People.class) String author, @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll("labels") String label, @ForAll boolean atTheEnd) {
    List<String> lines = new ArrayList<>(List.of(headline, "", paragraph("the pier"), "", paragraph("the ferry")));
    lines.add(atTheEnd ? lines.size() : 2, label + author);
    lines.add(atTheEnd ? lines.size() - 1 : 3, "");

    assertThat(extract(lines).metadata().get(AUTHOR).value()).isEqualTo(author);
  }

  @Property(tries = 60)
  void aNameWithItsTownAfterADashOverTheDateIsTheAuthorNotTheOutletInACaption(
      @ForAll(supplier = Layouts.People.class) String author, @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll(supplier = Layouts.Outlets.class) String outlet, @ForAll(supplier = Layouts.Dates.class) LocalDate date,
      @ForAll("towns") String town) {
    List<String> lines = List.of("[" + outlet + "]", "Home  News  Sport  Business  Opinion", "", headline, "",
        author + " — " + town, Layouts.spelledOut(date).sample(), "", "The quay at dawn. (Photo:", outlet + " / Ladu James)", "",
        paragraph("the pier"), "", paragraph("the ferry"), "", "© " + date.getYear() + " " + outlet);

    assertThat(extract(lines).metadata().get(AUTHOR).value()).isEqualTo(author);
  }

  @Property(tries = 40)
  void twoNamesAndATownUnderANewslettersHeadlineBelowItsGreeting(
      @ForAll(supplier = Layouts.People.class) String first, @ForAll(supplier = Layouts.People.class) String second,
      @ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll("towns") String town) {
    Assume.that(!first.equals(second));
    List<String> lines = List.of("EVENING BRIEF · No. 611", "", "Good evening. " + paragraph("the islands"), "",
        "TODAY'S LEAD", "", headline, "", "By " + first + " and " + second + " in " + town, "", paragraph("the pier"), "",
        paragraph("the ferry"));

    assertThat(extract(lines).metadata().get(AUTHOR).value()).isEqualTo(first + " and " + second);
  }

  @Provide
  Arbitrary<String> labels() {
    return Arbitraries.of("Reporter — ", "Text – ", "Report and photographs: ", "Words and photos: ", "Reporter: ");
  }

  @Provide
  Arbitrary<String> towns() {
    return Arbitraries.of("Juba", "Rønne", "Port Louis", "Goose Green", "Basseterre");
  }
}
