package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Articles.field;
import static corpussearch.indexer.extract.Articles.paragraph;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The page top of a site copied from the browser: a place name or tagline, the masthead, a run of
 * short menu lines, the section the story is filed in (one of the menu's words, repeated), then
 * the headline, a standfirst, the byline and the date. Whatever the words, the headline is the
 * title: never the masthead, the tagline, the place or the section.
 */
class MastheadAndMenuRunTest {
  private static final List<String> MENU =
      List.of("Search", "Menu", "Latest news", "Crime", "Court", "Local", "Sport", "Weather", "Business",
          "Opinion", "World", "Lifestyle", "Podcasts", "E-Paper", "Politics", "Health");

  private static final List<String> HEADLINES =
      List.of(
          "Former rugby club treasurer who stole $212,000 sentenced to home detention",
          "Council votes to close two rural libraries",
          "Ferry fares to rise 12% from July",
          "Why the harbour dredging keeps getting delayed",
          "Schools Try AI Tutors, and Teachers Are Divided");

  /** One generated page top, and the headline it must give. */
  record Top(List<String> lines, String headline) {}

  @Property(tries = 120)
  void theHeadlineUnderAMastheadAndAMenuRunIsTheTitle(@ForAll("tops") Top top) {
    List<String> lines = new ArrayList<>(top.lines());
    lines.add("");
    lines.add(paragraph("the treasurer's sentencing"));
    lines.add("");
    lines.add(paragraph("the club's accounts"));

    Extraction extraction = new MetadataExtractor().extract(lines);

    assertThat(field(extraction, MetadataField.TITLE).value()).as(String.join("\n", top.lines())).isEqualTo(top.headline());
  }

  /**
   * A headline at the very top with short lines under it that are no menu (a reader view's site
   * address, author and reading time, or the article's own buttons) stays the title.
   */
  @Property(tries = 40)
  void aHeadlineOverShortLinesThatAreNoMenuStaysTheTitle(
      @ForAll("notMenus") List<String> under, @ForAll("headlines") String headline) {
    List<String> lines = new ArrayList<>();
    lines.add(headline);
    lines.addAll(under);
    lines.add("");
    lines.add(paragraph("the school's new tutors"));
    lines.add("");
    lines.add(paragraph("the district's figures"));

    assertThat(field(new MetadataExtractor().extract(lines), MetadataField.TITLE).value()).isEqualTo(headline);
  }

  @Provide
  Arbitrary<List<String>> notMenus() {
    return Arbitraries.of("thenationaleducator.example", "Beatrix Sorensen", "12-15 minutes", "Share", "Save", "Print", "5 min read")
        .list().uniqueElements().ofMinSize(3).ofMaxSize(5);
  }

  @Provide
  Arbitrary<String> headlines() {
    return Arbitraries.of(HEADLINES);
  }

  @Provide
  Arbitrary<Top> tops() {
    Arbitrary<String> above = Arbitraries.of("", "Tauranga", "WELLINGTON", "Serving the valley since 1887", "Your news, your voice");
    Arbitrary<String> masthead = Arbitraries.of("Kōwhai Coast Herald", "THE LANKA SENTINEL", "The Indus Tribune", "Harbour Daily", "Fjordland Local");
    Arbitrary<List<String>> menu = Arbitraries.of(MENU).list().uniqueElements().ofMinSize(3).ofMaxSize(9);
    Arbitrary<Boolean> pipes = Arbitraries.of(false, true);
    Arbitrary<String> headline = headlines();
    Arbitrary<String> standfirst =
        Arbitraries.of("", "Name suppression lapses after judge refuses further extension",
            "The decision follows months of public consultation.");
    Arbitrary<String> byline = Arbitraries.of("By Rawiri Te Kani\nCourt reporter", "By Mere Tamihana", "Zeeshan Qureshi");
    Arbitrary<String> date = Arbitraries.of("14 Aug, 2024 04:38 PM", "Published March 5, 2024", "14.03.2024");
    Arbitrary<Integer> sectionPick = Arbitraries.integers().between(0, 8);
    return Combinators.combine(above, masthead, menu, pipes, headline, standfirst, byline, date)
        .flatAs((a, m, items, p, h, s, b, d) -> sectionPick.map(pick -> {
          List<String> lines = new ArrayList<>();
          if (!a.isEmpty()) {
            lines.add(a);
          }
          lines.add(m);
          if (p) {
            lines.add(String.join(" | ", items));
          } else {
            lines.addAll(items);
          }
          lines.add("");
          lines.add(items.get(pick % items.size()));
          lines.add("");
          lines.add(h);
          if (!s.isEmpty()) {
            lines.add("");
            lines.add(s);
          }
          lines.add("");
          lines.addAll(List.of(b.split("\n")));
          lines.add("");
          lines.add(d);
          return new Top(lines, h);
        }));
  }
}
