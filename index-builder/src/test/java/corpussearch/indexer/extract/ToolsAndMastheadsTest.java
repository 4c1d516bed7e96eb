package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Articles.paragraph;
import static corpussearch.indexer.extract.Layouts.extract;
import static corpussearch.indexer.extract.MetadataField.OUTLET;
import static corpussearch.indexer.extract.MetadataField.TITLE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whose name heads the text: the program that kept it (a read-later app's banner, named again in
 * its "Exported by …" footer) is never the outlet, which the footer credits; a publication's name in
 * capitals among short utility lines in ordinary case is the masthead, not one of them. Names drawn
 * at random; a sentence with the same verbs names no tool.
 */
class ToolsAndMastheadsTest {

  @Property(tries = 60)
  void theProgramThatKeptTheTextIsNeverTheOutlet(
      @ForAll("tools") String tool,
      @ForAll(supplier = Layouts.Outlets.class) String outlet,
      @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll("verbs") String verb) {
    List<String> lines = List.of(tool.toUpperCase(Locale.ROOT) + " — article export", "", headline, "",
        paragraph("the lagoon"), "", paragraph("the reef"), "",
        verb + " " + tool + " 3.4 on 2024-11-02. Original article © " + outlet + ". " + tool + " stores a copy for personal reading only.");

    assertThat(OutletNames.comparable(extract(lines).metadata().get(OUTLET).value())).isEqualTo(OutletNames.comparable(outlet));
  }

  @Provide
  Arbitrary<String> tools() {
    return Arbitraries.of("Shelfmark", "Pocketry", "Readwise Box", "Clipnote");
  }

  @Provide
  Arbitrary<String> verbs() {
    return Arbitraries.of("Exported by", "Saved with", "Clipped with", "Archived using");
  }

  @Example
  void aSentenceAboutSavingNamesNoTool() {
    ArticleLines page = new ArticleLines(List.of("The fishermen saved by Coast Guard crews were taken to Riverton."));
    assertThat(ToolNames.isTool("The Riverton Herald", ToolNames.of(page))).isFalse();
  }

  @Property(tries = 60)
  void aNameInCapitalsAmongUtilityLinesIsTheMasthead(
      @ForAll(supplier = Layouts.Outlets.class) String outlet,
      @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll("utilityLines") List<String> utility) {
    List<String> lines = new java.util.ArrayList<>(utility);
    lines.addAll(List.of(outlet.toUpperCase(Locale.ROOT), "Independent since 1962",
        "Home  Local  Courts  Business  Environment  Sport  Opinion", "", "Local", "", headline, "",
        paragraph("the breakwater"), "", paragraph("the berths"), "", "© 2024 Observer Media Group Ltd. All rights reserved."));
    ArticleMetadata metadata = extract(lines).metadata();

    assertThat(OutletNames.comparable(metadata.get(OUTLET).value())).isEqualTo(OutletNames.comparable(outlet));
    assertThat(metadata.get(TITLE).value()).isEqualTo(headline);
  }

  @Provide
  Arbitrary<List<String>> utilityLines() {
    return Arbitraries.of("Skip to main content", "Malti | English", "Subscribe  Log in", "Sign in | Register")
        .list().ofMinSize(2).ofMaxSize(3).uniqueElements();
  }
}
