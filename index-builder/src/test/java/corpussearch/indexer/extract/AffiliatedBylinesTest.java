package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Articles.paragraph;
import static corpussearch.indexer.extract.Layouts.extract;
import static corpussearch.indexer.extract.Layouts.paragraphs;
import static corpussearch.indexer.extract.MetadataField.AUTHOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A byline under the headline that names where its people write from or for ("Md Abdul Karim,
 * Rajshahi", "A and B, RPS", "Ana Medeiros, Azores Islander"), generated: the people are the
 * authors, the place, agency or partner paper is not, and the note that the partner first published
 * the story is furniture; prose that names people the same way stays.
 */
class AffiliatedBylinesTest {

  @Property(tries = 80)
  void thePeopleUnderTheHeadlineAreTheAuthorsWithoutWhereTheyWriteFrom(
      @ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll("people") List<String> people, @ForAll("affiliations") String affiliation,
      @ForAll("dateLines") String dateLine, @ForAll boolean blankBetween) {
    List<String> lines = new ArrayList<>(List.of("THE KESTREL HERALD", "", headline));
    if (blankBetween) {
      lines.add("");
    }
    lines.addAll(List.of(AuthorLineRules.joined(people) + ", " + affiliation, dateLine, "", paragraph("the harvest"), "",
        paragraph("the prices")));

    assertThat(extract(lines).metadata().get(AUTHOR).value()).isEqualTo(AuthorLineRules.joined(people));
    assertThat(paragraphs(lines)).containsExactly(paragraph("the harvest"), paragraph("the prices"));
  }

  @Property(tries = 40)
  void aPartnerPaperThePageNamesAsSuchIsNoAuthor(
      @ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll(supplier = Layouts.People.class) String person, @ForAll("partners") String partner) {
    String note = "This article was first published by our partner the " + partner + " and is republished with permission.";
    List<String> lines = List.of(headline, "", person + ", " + partner, "Posted 29.07.2024", "", note, "",
        paragraph("the dairy farms"), "", paragraph("the night milking"));

    assertThat(extract(lines).metadata().get(AUTHOR).value()).isEqualTo(person);
    assertThat(paragraphs(lines)).containsExactly(paragraph("the dairy farms"), paragraph("the night milking"));
  }

  /**
   * Names joined by commas alone under the headline are the authors when the bios under the story
   * describe them; the same line without a bio of the second keeps the second from the authors.
   */
  @Property(tries = 60)
  void namesJoinedByACommaThatTheBiosDescribeAreTheAuthors(@ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll("pairs") List<String> people, @ForAll boolean bioOfSecond) {
    String bio = people.get(0) + " is a senior fellow at the Forum."
        + (bioOfSecond ? " " + people.get(1) + " is a research associate at the Forum." : "");
    List<String> lines = List.of("forum.example", headline, String.join(", ", people), "8–10 minutes", "", paragraph("the harvest"), "",
        paragraph("the prices"), "", paragraph("the quay"), "", "About the authors", bio);

    String authors = extract(lines).metadata().get(AUTHOR).value();

    if (bioOfSecond) {
      assertThat(authors).isEqualTo(String.join(", ", people));
    } else {
      assertThat(authors).doesNotContain(people.get(1));
    }
  }

  @Property(tries = 40)
  void aSentenceUnderTheHeadlineNamingPeopleIsKept(@ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll(supplier = Layouts.People.class) String person) {
    String lead = person + ", a farmer in the valley, said the rains had come too late for most of the growers this season.";
    List<String> lines = List.of(headline, "", lead, "", paragraph("the harvest"));

    assertThat(paragraphs(lines)).containsExactly(lead, paragraph("the harvest"));
  }



  @Provide
  Arbitrary<List<String>> people() {
    return Layouts.people().list().ofMinSize(1).ofMaxSize(3).uniqueElements();
  }

  @Provide
  Arbitrary<List<String>> pairs() {
    return Layouts.people().list().ofSize(2).uniqueElements();
  }

  @Provide
  Arbitrary<String> affiliations() {
    // A two-word place ("Port Alvaro") has a person's shape: only the page naming it "the …" tells.
    return Arbitraries.of("Rajshahi", "RPS", "Chapainawabganj", "Meridian Wire", "Kestrel Bay Herald");
  }

  @Provide
  Arbitrary<String> partners() {
    return Arbitraries.of("Azores Islander", "Lowmarsh Courier", "Island Review");
  }

  @Provide
  Arbitrary<String> dateLines() {
    return Arbitraries.of("Published :  01 Jul 2024, 21:16", "12 Oct. 2024 — 06:45", "March 3, 2023");
  }
}
