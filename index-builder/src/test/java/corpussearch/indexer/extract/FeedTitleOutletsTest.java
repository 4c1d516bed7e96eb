package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Articles.paragraph;
import static corpussearch.indexer.extract.Layouts.extract;
import static corpussearch.indexer.extract.MetadataField.AUTHOR;
import static corpussearch.indexer.extract.MetadataField.DATE;
import static corpussearch.indexer.extract.MetadataField.OUTLET;
import static corpussearch.indexer.extract.MetadataField.TITLE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Round 38's text layouts, generated: a text browser's dump whose first line lists the links of the page's head, the
 * site's feed first ("#[1]Kestrel Bay Herald RSS", "#[2]Lowmarsh Courier - World alternate", "#Fenland Post RSS"), its
 * title the site's name and then what the feed holds. The name is the outlet when it has a publication's shape or the page writes it again; a feed
 * named for a section or for the story's comments, and a Markdown heading on top, name none.
 */
class FeedTitleOutletsTest {

  private static final DateTimeFormatter SPELLED = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  /** A lynx dump: the head's links, a skip link, the headline, a byline, a date and the story (one paragraph naming {@code mention}). */
  private static List<String> dump(String head, String headline, String person, LocalDate date, String mention) {
    return List.of(head, "", "   [3]Skip to content", "", "   " + headline, "",
        "   By " + person, "   " + date.format(SPELLED), "", "   " + paragraph("the border"), "",
        "   " + mention + " " + paragraph("the camps"));
  }

  /** "#[1]Kestrel Bay Herald RSS [2]alternate" on top of the story: the outlet; the headline, writer and date stay. */
  @Property(tries = 50)
  void aFeedTitleWithAPublicationsShapeNamesTheOutlet(@ForAll(supplier = Layouts.Outlets.class) String outlet, @ForAll("feedTails") String tail,
      @ForAll("numberedLinks") String number, @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll(supplier = Layouts.People.class) String person, @ForAll(supplier = Layouts.Dates.class) LocalDate date) {
    var metadata = extract(dump("#" + number + outlet + tail, headline, person, date, "")).metadata();

    assertThat(metadata.get(OUTLET).value()).isNotNull();
    assertThat(OutletNames.comparable(metadata.get(OUTLET).value())).isEqualTo(OutletNames.comparable(outlet));
    assertThat(metadata.get(TITLE).value()).isEqualTo(headline);
    assertThat(metadata.get(AUTHOR).value()).isEqualTo(person);
    assertThat(metadata.get(DATE).value()).isEqualTo(date.toString());
  }

  /** "#[1]Steppe Institute » Feed" over a story that writes "Steppe Institute" again: the outlet. */
  @Property(tries = 40)
  void aFeedTitleThePageWritesAgainNamesTheOutlet(@ForAll("institutes") String institute, @ForAll("feedTails") String tail,
      @ForAll("numberedLinks") String number, @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll(supplier = Layouts.People.class) String person, @ForAll(supplier = Layouts.Dates.class) LocalDate date) {
    String mention = "Researchers at the " + institute + " have followed the case since it began.";
    var metadata = extract(dump("#" + number + institute + tail, headline, person, date, mention)).metadata();

    assertThat(metadata.get(OUTLET).value()).isEqualTo(institute);
    assertThat(metadata.get(TITLE).value()).isEqualTo(headline);
  }

  /** "#Lowmarsh Courier RSS" or "#Lowmarsh Courier - World alternate" (lynx without link numbers) on top: the outlet, and the headline is the title. */
  @Property(tries = 30)
  void anUnnumberedFeedTitleNamesTheOutlet(@ForAll(supplier = Layouts.Outlets.class) String outlet, @ForAll("unnumberedTails") String tail,
      @ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll(supplier = Layouts.People.class) String person,
      @ForAll(supplier = Layouts.Dates.class) LocalDate date) {
    var metadata = extract(dump("#" + outlet + tail, headline, person, date, "")).metadata();

    assertThat(metadata.get(OUTLET).value()).isNotNull();
    assertThat(OutletNames.comparable(metadata.get(OUTLET).value())).isEqualTo(OutletNames.comparable(outlet));
    assertThat(metadata.get(AUTHOR).value()).isEqualTo(person);
    assertThat(metadata.get(TITLE).value()).isEqualTo(headline);
  }

  /** "#[1]Latest stories RSS": a feed named for a section, written nowhere else, names no outlet. */
  @Property(tries = 30)
  void aFeedNamedForASectionNamesNoOutlet(@ForAll("sectionFeeds") String section, @ForAll("feedTails") String tail,
      @ForAll("numberedLinks") String number, @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll(supplier = Layouts.People.class) String person, @ForAll(supplier = Layouts.Dates.class) LocalDate date) {
    var metadata = extract(dump("#" + number + section + tail, headline, person, date, "")).metadata();

    assertThat(metadata.get(OUTLET).value()).isNotEqualTo(section);
    assertThat(metadata.get(TITLE).value()).isEqualTo(headline);
    assertThat(metadata.get(AUTHOR).value()).isEqualTo(person);
  }

  /** "#[1]Comments on: Council votes …" or "#[1]Comments Feed": the story's comment feed names no outlet. */
  @Property(tries = 30)
  void aCommentFeedNamesNoOutlet(@ForAll("numberedLinks") String number, @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll(supplier = Layouts.People.class) String person, @ForAll(supplier = Layouts.Dates.class) LocalDate date, @ForAll boolean titled) {
    String feed = titled ? "Comments on: " + headline : "Comments Feed";
    var metadata = extract(dump("#" + number + feed, headline, person, date, "")).metadata();

    assertThat(String.valueOf(metadata.get(OUTLET).value())).doesNotStartWith("Comments");
    assertThat(metadata.get(TITLE).value()).isEqualTo(headline);
    assertThat(metadata.get(AUTHOR).value()).isEqualTo(person);
  }

  /** "# Council votes …" (a Markdown heading, a space after the hash) on top: the title, no outlet. */
  @Property(tries = 30)
  void aMarkdownHeadingOnTopIsTheTitleNotAFeed(@ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll(supplier = Layouts.People.class) String person, @ForAll(supplier = Layouts.Dates.class) LocalDate date) {
    List<String> lines = List.of("# " + headline, "", "By " + person, date.format(SPELLED), "", paragraph("the border"), "",
        paragraph("the camps"));
    var metadata = extract(lines).metadata();

    assertThat(metadata.get(TITLE).value()).isEqualTo(headline);
    assertThat(metadata.get(OUTLET).value()).isNotEqualTo(headline);
  }

  @Provide
  Arbitrary<String> feedTails() {
    Arbitrary<String> section = Arbitraries.of("World", "News", "Politics", "Latest");
    Arbitrary<String> dashed = Combinators.combine(Arbitraries.of(" - ", " – ", " | ", " » "), section, Arbitraries.of("", " alternate", " RSS"))
        .as((dash, s, kind) -> dash + s + kind);
    return Combinators.combine(Arbitraries.oneOf(kindTails(), dashed), Arbitraries.of("", " [2]alternate", " [2]Comments Feed"))
        .as((tail, next) -> tail + next);
  }

  @Provide
  Arbitrary<String> kindTails() {
    return Arbitraries.of(" RSS", " Feed", " RSS Feed", " Atom", " alternate", " RSS alternate", " » Feed", " » Comments Feed");
  }

  @Provide
  Arbitrary<String> unnumberedTails() {
    Arbitrary<String> dashed = Combinators.combine(Arbitraries.of(" - ", " – ", " | ", " » "), Arbitraries.of("World", "News", "Politics"),
        Arbitraries.of(" alternate", " RSS")).as((dash, section, kind) -> dash + section + kind);
    return Arbitraries.oneOf(kindTails(), dashed);
  }

  @Provide
  Arbitrary<String> numberedLinks() {
    return Arbitraries.of("[1]", "[2]", "[12]");
  }

  @Provide
  Arbitrary<String> institutes() {
    return Combinators.combine(Arbitraries.of("Steppe", "Caspian", "Lowlands", "Hindu Kush", "Sahel"),
        Arbitraries.of("Institute", "Policy Forum", "Research Centre", "Monitor")).as((place, kind) -> place + " " + kind);
  }

  @Provide
  Arbitrary<String> sectionFeeds() {
    return Arbitraries.of("Latest stories", "Top stories", "Most read", "Latest headlines", "Editor's picks", "All articles");
  }
}
