package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Articles.paragraph;
import static corpussearch.indexer.extract.Layouts.extract;
import static corpussearch.indexer.extract.MetadataField.AUTHOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Credits of a work against the article's own byline, generated. */
class CreditsAndBylinesTest {

  @Property(tries = 60)
  void theWritersOfAReviewedWorkAreNotTheReviewsAuthor(
      @ForAll(supplier = Layouts.People.class) String playwright,
      @ForAll(supplier = Layouts.People.class) String director,
      @ForAll(supplier = Layouts.People.class) String critic,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> lines = List.of("REVIEW: Theatre", "", headline, "", "THE SALT ROAD", "Written by " + playwright,
        "Directed by " + director, "Cast: Nomsa Khumalo, Jaco van Heerden, Thabo Sekgala", "", "Reviewed by " + critic,
        "22 May 2024", "", paragraph("the play"));

    assertThat(extract(lines).metadata().get(AUTHOR)).isEqualTo(FieldValue.of(critic, RuleNames.BY_LINE));
  }

  @Property(tries = 60)
  void inALineOfCreditsTheAuthorIsWhoWroteTheText(
      @ForAll(supplier = Layouts.People.class) String host,
      @ForAll(supplier = Layouts.People.class) String producer,
      @ForAll(supplier = Layouts.People.class) String writer,
      @ForAll("textRoles") String role) {
    List<String> lines = List.of("Episode 88: The last net-makers of the quay", "", paragraph("the nets"), "",
        "Hosted by " + host + ". Produced by " + producer + ". " + role + " by " + writer
            + ". Music: \"Slack Water\" by The Brine Quartet.");
    Extraction result = extract(lines);

    assertThat(result.metadata().get(AUTHOR)).isEqualTo(FieldValue.of(writer, RuleNames.TEXT_CREDIT));
    assertThat(result.metadataLines()).contains(4);
  }

  @Property(tries = 40)
  void noCreditForTheTextMeansNoAuthor(
      @ForAll(supplier = Layouts.People.class) String host,
      @ForAll(supplier = Layouts.People.class) String producer) {
    List<String> lines = List.of("Episode 12: Salt", "", paragraph("the salt"), "",
        "Hosted by " + host + ". Produced by " + producer + ".");

    assertThat(extract(lines).metadata().get(AUTHOR).isKnown()).isFalse();
  }

  @Property(tries = 60)
  void twoReportersFilingFromTwoCitiesAreBothAuthors(
      @ForAll(supplier = Layouts.People.class) String first,
      @ForAll(supplier = Layouts.People.class) String second,
      @ForAll("towns") String firstTown,
      @ForAll("towns") String secondTown,
      @ForAll("joiners") String joiner) {
    List<String> lines = List.of("Farmers count losses as early rains wash away seedlings", "",
        "By " + first + ", " + firstTown + joiner + second + ", " + secondTown, "", paragraph("the rains"));

    String authors = extract(lines).metadata().get(AUTHOR).value();
    assertThat(authors).contains(first).contains(second).doesNotContain(firstTown + ",");
  }

  @Provide
  Arbitrary<String> textRoles() {
    return Arbitraries.of("Show notes", "Words", "Episode notes", "Notes");
  }

  @Provide
  Arbitrary<String> towns() {
    return Arbitraries.of("Kaduna", "Abuja", "Lagos", "Kano", "Enugu");
  }

  @Provide
  Arbitrary<String> joiners() {
    return Arbitraries.of(" & ", " and ");
  }
}
