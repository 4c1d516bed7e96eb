package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Articles.paragraph;
import static corpussearch.indexer.extract.Layouts.extract;
import static corpussearch.indexer.extract.MetadataField.TITLE;
import static org.assertj.core.api.Assertions.assertThat;

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
 * A publication describing itself ("Burlington's independent student newspaper since 1883", "News
 * for the Kootenays", "The voice of Galway's students"), generated over owners, describing words,
 * kinds of publication and tails, set anywhere in the masthead block (under the name, under an
 * edition label, over the date): never the headline, which is the story's line below. A headline
 * that has a tagline's words in a sentence ("Student newspaper loses funding after vote", "Worst
 * flooding since 1953") stays the headline.
 */
class TaglinesTest {

  @Property(tries = 120)
  void aTaglineInTheMastheadBlockIsNoHeadline(
      @ForAll(supplier = Layouts.Outlets.class) String outlet, @ForAll("taglines") String tagline,
      @ForAll("above") List<String> above, @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll(supplier = Layouts.People.class) String person) {
    List<String> lines = new ArrayList<>(List.of(outlet.toUpperCase(Locale.ROOT)));
    lines.addAll(above);
    lines.addAll(List.of(tagline, "", "Wednesday, Oct. 30, 2024", "", headline, "", "By " + person, "",
        paragraph("the ferry"), "", paragraph("the timetable")));

    assertThat(extract(lines).metadata().get(TITLE).value()).isEqualTo(headline);
  }

  @Property(tries = 60)
  void aHeadlineWithATaglinesWordsStays(
      @ForAll(supplier = Layouts.Outlets.class) String outlet, @ForAll("headlinesLikeTaglines") String headline,
      @ForAll(supplier = Layouts.People.class) String person) {
    assertThat(extract(Layouts.bylinedStory(outlet, headline, person)).metadata().get(TITLE).value()).isEqualTo(headline);
  }

  @Provide
  Arbitrary<String> taglines() {
    Arbitrary<String> described = Arbitraries.of("", "independent ", "local ", "independent student ", "nonprofit ", "community ");
    Arbitrary<String> kind = Arbitraries.of("news", "newspaper", "paper", "voice", "newsroom", "journalism", "news site");
    Arbitrary<String> tail = Arbitraries.of("", " since 1883", " in English", " for the Kootenays", ", every tide",
        " since 1902", " from the valley");
    Arbitrary<String> owned = Combinators.combine(Arbitraries.of("Burlington's ", "Galway's ", "Your ", "Our ", "The valley's "),
        described, kind, tail).as((owner, d, k, t) -> owner + d + k + t);
    Arbitrary<String> opening = Combinators.combine(Arbitraries.of("News", "Independent journalism", "Local news", "Stories"),
        Arbitraries.of(" for the Kootenays", " for the Plains states", " from the valley", " that matters"))
        .as((k, t) -> k + t);
    Arbitrary<String> founded = Combinators.combine(
            Arbitraries.of("Local news", "Serving the valley", "Independent. Local.", "Your community paper", "Family-owned"),
            Arbitraries.of(" since 1872", " since 1883.", ", est. 1921", " · Established 1902"))
        .as((k, t) -> k + t);
    Arbitrary<String> voice = Combinators.combine(Arbitraries.of("The voice of ", "The independent voice of ", "A voice for "),
        Arbitraries.of("Galway's students", "the valley", "the north shore", "Cobourg")).as((k, t) -> k + t);
    Arbitrary<String> described2 = Combinators.combine(Arbitraries.of("An independent newsroom", "A nonprofit news site", "A weekly newsletter"),
        Arbitraries.of(" covering Arizona", " about boats, tides and harbours", " serving the north shore")).as((k, t) -> k + t);
    return Arbitraries.oneOf(owned, opening, founded, voice, described2);
  }

  @Provide
  Arbitrary<List<String>> above() {
    return Arbitraries.of(List.of(), List.of("Daily Briefing"), List.of("Weekend Edition", "Vol. 12"));
  }

  @Provide
  Arbitrary<String> headlinesLikeTaglines() {
    return Arbitraries.of("Student newspaper loses funding after vote", "Worst flooding since 1953 hits the valley",
        "Local paper for sale as owners retire", "The voice of Gaza falls silent", "Our paper will close in March",
        "Coldest winter since 1963 grips the north", "Council's news site goes offline for a week",
        "Your news is our business, says new editor", "Local news: what the cuts mean for the valley");
  }
}
