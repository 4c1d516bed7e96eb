package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Articles.paragraph;
import static corpussearch.indexer.extract.Layouts.extract;
import static corpussearch.indexer.extract.MetadataField.AUTHOR;
import static corpussearch.indexer.extract.MetadataField.OUTLET;
import static corpussearch.indexer.extract.MetadataField.TITLE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Two author lines of text pages: a blog's footer, "Posted by Jane Doe at 11:48 PM", under the
 * post's last paragraph, and a text browser's linked name over its job ("[8]Jane Doe" /
 * "Freelance journalist based in Niamey"). A login that posted, or a sentence that merely mentions
 * a posting, names no author. The same browser's first link over the menu ("[1]Frontline Field
 * News") is the site's logo: the masthead, which names the outlet and is not the headline.
 */
class BlogFootersAndLinkedNamesTest {

  @Property(tries = 60)
  void aBlogsPostedByFooterWithItsTimeNamesTheAuthor(@ForAll(supplier = Layouts.People.class) String person, @ForAll("times") String time,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> lines = List.of("ISLAND NOTES", "", "MONDAY, MARCH 9, 2026", "", headline, "", paragraph("the harbour"), "",
        paragraph("the levy"), "", paragraph("the ferry"), "", "Posted by " + person + " at " + time, "Labels: ferries, harbour");

    assertThat(extract(lines).metadata().get(AUTHOR).value()).isEqualTo(person);
  }

  @Property(tries = 30)
  void aLoginOrASentenceAboutAPostingNamesNoAuthor(@ForAll("times") String time, @ForAll("notAuthors") String line,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> lines = List.of("ISLAND NOTES", "", "MONDAY, MARCH 9, 2026", "", headline, "", paragraph("the harbour"), "",
        paragraph("the levy"), "", paragraph("the ferry"), "", line.replace("TIME", time), "Labels: ferries, harbour");

    assertThat(extract(lines).metadata().get(AUTHOR).value()).isNotIn("admin", "webeditor", "the council", "council");
  }

  @Property(tries = 60)
  void aTextBrowsersLinkedNameOverItsJobIsTheAuthor(@ForAll(supplier = Layouts.People.class) String person,
      @ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll("roles") String role) {
    List<String> lines = List.of("[1]Frontline Field News", "[2]Home [3]Regions [4]Opinion [5]Donate", "", headline, "",
        "[8]" + person, role, "22 April 2025", "", paragraph("the harbour"), "", paragraph("the levy"));

    assertThat(extract(lines).metadata().get(AUTHOR).value()).isEqualTo(person);
  }

  @Property(tries = 60)
  void aTextBrowsersLinkedNameOverTheMenuIsTheMasthead(@ForAll(supplier = Layouts.Outlets.class) String outlet,
      @ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll(supplier = Layouts.People.class) String person) {
    List<String> lines = List.of("[1]" + outlet, "[2]Home [3]Regions [4]Opinion [5]Donate", "", headline, "",
        "[8]" + person, "Staff reporter", "22 April 2025", "", paragraph("the harbour"), "", paragraph("the levy"));

    Extraction result = extract(lines);

    assertThat(result.metadata().get(OUTLET).value()).isEqualTo(outlet);
    assertThat(result.metadata().get(TITLE).value()).isEqualTo(headline);
  }

  @Provide
  Arbitrary<String> times() {
    return Arbitraries.of("11:48 PM", "9:05 AM", "23:48", "7:30 a.m.", "10:15 pm");
  }

  @Provide
  Arbitrary<String> notAuthors() {
    return Arbitraries.of("Posted by admin at TIME", "Posted by webeditor at TIME",
        "The letter was posted by the council at TIME on Monday, officials said.");
  }

  @Provide
  Arbitrary<String> roles() {
    return Arbitraries.of("Freelance journalist based in Niamey", "Senior correspondent", "Staff reporter", "Contributing writer");
  }
}
