package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.MetadataField.OUTLET;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The page's own masthead as its outlet: past a consent banner's buttons and a utility bar's offers
 * in the reader's voice ("Yes, I'm happy", "Sign Up for our Email Newsletters"), over a menu printed
 * one item a line when the footer signs with it, before its tagline after a dash. The agency's own
 * page stays the agency's, and a menu's first item is never a masthead.
 */
class WireClientMastheadTest {
  private static final List<String> MENU = List.of("News", "Local", "Sport", "Obituaries", "Classifieds");

  @Property(tries = 40)
  void theMastheadPastTheBarAndOverTheMenuIsTheOutlet(
      @ForAll("papers") String paper, @ForAll("controls") List<String> controls,
      @ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll(supplier = Layouts.People.class) String author,
      @ForAll("footers") String footer) {
    List<String> page = new ArrayList<>(controls);
    page.add(paper);
    page.addAll(MENU);
    page.addAll(story(headline, "By " + author, "NAIROBI —"));
    page.add(footer.replace("NAME", paper));

    assertThat(Layouts.extract(page).metadata().get(OUTLET).value()).as(String.join("\n", page)).isEqualTo(paper);
  }

  @Property(tries = 25)
  void aNameBeforeItsTaglineIsTheMasthead(
      @ForAll("papers") String paper, @ForAll("taglines") String tagline, @ForAll("dashes") String dash,
      @ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll(supplier = Layouts.People.class) String author) {
    List<String> page = new ArrayList<>(List.of(paper + dash + tagline));
    page.addAll(MENU);
    page.addAll(story(headline, "By " + author, "NAIROBI —"));

    assertThat(Layouts.extract(page).metadata().get(OUTLET).value()).isEqualTo(paper);
  }

  @Property(tries = 25)
  void theAgencysOwnPageStaysTheAgencys(
      @ForAll("agencyNames") String agency, @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll(supplier = Layouts.People.class) String author) {
    List<String> page = new ArrayList<>(List.of(agency, "World", "Business", "Markets"));
    page.addAll(story(headline, "By " + author, "KIGALI, Rwanda (" + initials(agency) + ") —"));
    page.add("Copyright 2025 " + agency + ". All rights reserved.");

    assertThat(Layouts.extract(page).metadata().get(OUTLET).value()).isEqualTo(agency);
  }

  @Property(tries = 25)
  void aMenusFirstItemIsNoMasthead(
      @ForAll("sections") String first, @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll(supplier = Layouts.People.class) String author) {
    List<String> page = new ArrayList<>(List.of("Sign in to your account", first));
    page.addAll(MENU);
    page.addAll(story(headline, "By " + author, "NAIROBI —"));
    page.addAll(List.of("More in " + first, first));

    assertThat(Layouts.extract(page).metadata().get(OUTLET).value()).isNull();
  }

  private static List<String> story(String headline, String byline, String dateline) {
    return List.of("", headline, byline, "Mar 12, 2026", "", dateline + " " + Articles.paragraph("the border crossings"), "",
        Articles.paragraph("the detention centre"), "");
  }

  private static String initials(String name) {
    return Stream.of(name.split("\\s+")).map(word -> word.substring(0, 1)).collect(Collectors.joining());
  }

  @Provide
  Arbitrary<String> papers() {
    return Combinators.combine(Arbitraries.of("The ", ""), Arbitraries.of("Tri-County", "Lowmarsh", "Pinecrest Valley", "Harbour"),
            Arbitraries.of("Courier", "Tribune", "Gazette", "Herald", "Sentinel"))
        .as((the, place, kind) -> the + place + " " + kind);
  }

  @Provide
  Arbitrary<String> agencyNames() {
    return Combinators.combine(Arbitraries.of("United Global", "Associated World", "Pan Sahel"), Arbitraries.of("Press", "Wire"))
        .as((name, kind) -> name + " " + kind);
  }

  @Provide
  Arbitrary<List<String>> controls() {
    List<String> consent = List.of("We use cookies to improve your experience on our site. To find out more, read our cookie policy.",
        "Yes, I'm happy", "Manage my cookies");
    return Arbitraries.of(List.of(), consent, List.of("Sign Up for our Email Newsletters"), List.of("Skip to main content"),
        List.of("Get our app"), Stream.concat(consent.stream(), Stream.of("Skip to main content")).toList());
  }

  @Provide
  Arbitrary<String> footers() {
    return Arbitraries.of("© 2026 NAME. All rights reserved.", "NAME, 220 Main St., Marietta, OH 45750");
  }

  @Provide
  Arbitrary<String> taglines() {
    return Arbitraries.of("Your region, your news", "Your valley, your voice", "News for the Lowveld since 1904");
  }

  @Provide
  Arbitrary<String> dashes() {
    return Arbitraries.of(" - ", " – ", " — ");
  }

  @Provide
  Arbitrary<String> sections() {
    return Arbitraries.of("Middle East", "Local Politics", "High School Sports", "Real Estate");
  }
}
