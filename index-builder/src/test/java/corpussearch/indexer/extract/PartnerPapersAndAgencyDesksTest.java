package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Articles.paragraph;
import static corpussearch.indexer.extract.Layouts.extract;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Round 39's partner papers and agency desks, generated: a writer's name over the paper they work
 * for and the date ("Georgie Pattison" / "The Land Weekly" / "14 February 2025", a partner's story
 * run on a regional site) is the byline; "Source: Zenith News and news agencies" under the story
 * credits the outlet's own desk. Left alone: a sentence naming the paper between a name and a date
 * makes no byline, "Source:" before a body that is no publication names no outlet, and a quoted
 * letter's "Thank you for reading X." names no outlet.
 */
class PartnerPapersAndAgencyDesksTest {
  private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  private static List<String> partnerStory(String site, String headline, String writer, String paper, LocalDate date) {
    return List.of(site.toUpperCase(Locale.ROOT), "News  Rural  Sport  Community", "", headline, "", writer, paper, date.format(LONG), "",
        paragraph("the saleyards"), "", paragraph("the loading ramps"), "", paragraph("the council grant"));
  }

  /** Name, the partner paper on its own line, the date: the name is the writer. */
  @Property(tries = 40)
  void aNameOverThePartnerPaperAndTheDateIsTheWriter(@ForAll(supplier = Layouts.Outlets.class) String site,
      @ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll(supplier = Layouts.People.class) String writer,
      @ForAll("partners") String paper, @ForAll(supplier = Layouts.Dates.class) LocalDate date) {
    ArticleMetadata found = extract(partnerStory(site, headline, writer, paper, date)).metadata();

    assertThat(found.author().value()).isEqualTo(writer);
    assertThat(found.date().value()).isEqualTo(date.toString());
  }

  /** A sentence about the paper between the name and the date makes no byline of the name. */
  @Property(tries = 30)
  void aSentenceBetweenNameAndDateMakesNoByline(@ForAll(supplier = Layouts.Outlets.class) String site,
      @ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll(supplier = Layouts.People.class) String writer,
      @ForAll("partners") String paper, @ForAll(supplier = Layouts.Dates.class) LocalDate date) {
    String sentence = "Readers of " + paper + " raised the matter with the council last month.";
    ArticleMetadata found = extract(partnerStory(site, headline, writer, sentence, date)).metadata();

    assertThat(found.author().value()).isNotEqualTo(writer);
  }

  /** "Source: X and news agencies" under a story whose masthead is a company's: X is the outlet. */
  @Property(tries = 40)
  void theSourceLineWithItsAgenciesNamesTheOutlet(@ForAll(supplier = Layouts.Outlets.class) String outlet,
      @ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll("agencyWords") String agencies) {
    List<String> lines = List.of("Skip to Content", "Show navigation menu", "", headline, "", paragraph("the camp"), "",
        paragraph("the border"), "", paragraph("the water"), "", "Source: " + outlet + " " + agencies);

    assertThat(extract(lines).metadata().outlet().value()).isEqualTo(outlet);
  }

  /** "Source: the Ministry of Health and news agencies" names a figure's source, no outlet. */
  @Property(tries = 30)
  void aSourceThatIsNoPublicationNamesNoOutlet(@ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll("ministries") String ministry, @ForAll("agencyWords") String agencies) {
    List<String> lines = List.of(headline, "", paragraph("the camp"), "", paragraph("the border"), "", "Source: " + ministry + " " + agencies);

    assertThat(extract(lines).metadata().outlet().value()).isNotEqualTo(ministry);
  }

  /** A letter quoted in the story that ends "Thank you for reading The X.": X is no outlet of the page's. */
  @Property(tries = 30)
  void aQuotedLettersThanksNamesNoOutlet(@ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll("partners") String paper,
      @ForAll(supplier = Layouts.People.class) String writer) {
    List<String> lines = List.of(headline, "", "By " + writer, "", paragraph("the saleyards"), "",
        "The farmer's letter ended: \"We will not give up the yards. Thank you for reading " + paper + ".\"", "", paragraph("the council grant"));

    assertThat(extract(lines).metadata().outlet().value()).isNotEqualTo(paper);
  }

  @Provide
  Arbitrary<String> partners() {
    return Arbitraries.of("The Land Weekly", "Farm Weekly", "The Country Herald", "Rural Press Daily", "The Outback Chronicle");
  }

  @Provide
  Arbitrary<String> agencyWords() {
    return Arbitraries.of("and news agencies", "and agencies", "with agencies", "and wires");
  }

  @Provide
  Arbitrary<String> ministries() {
    return Arbitraries.of("Ministry of Health", "Ministry of Interior", "Regional Statistics Office", "Border Police");
  }
}
