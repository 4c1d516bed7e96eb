package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Articles.paragraph;
import static corpussearch.indexer.extract.Layouts.extract;
import static corpussearch.indexer.extract.MetadataField.TITLE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A mailed newsletter's teasers, generated: a subject that lists the issue's stories ("Trams on the
 * prom this winter · Ramsey pool · Laxey wheel") and a numbered list of them under the greeting.
 * Neither is a headline; the lead story's headline is the line that repeats the list's first item,
 * or that the subject's first item shortens. With neither, the title is unknown, never the teasers.
 */
class NewsletterTeasersTest {

  @Property(tries = 40)
  void theHeadlineRepeatsTheFirstItemOfTheList(
      @ForAll("stories") List<String> stories, @ForAll("separators") String separator, @ForAll("markers") String marker) {
    List<String> lines = new ArrayList<>(mail(String.join(separator, "Trams on the prom this winter", "Ramsey pool", "Laxey wheel")));
    lines.add("IN TODAY'S BRIEF");
    for (int i = 0; i < stories.size(); i++) {
      lines.add(String.format(marker, i + 1) + " " + stories.get(i));
    }
    lines.addAll(List.of("", "----------------------------------------", "", stories.getFirst(), "", paragraph("the trams"), "",
        paragraph("the timetable")));

    assertThat(extract(lines).metadata().get(TITLE).value()).isEqualTo(stories.getFirst());
  }

  @Property(tries = 40)
  void theSubjectsFirstItemShortensTheLeadHeadline(@ForAll("separators") String separator, @ForAll("leads") List<String> lead) {
    List<String> lines = new ArrayList<>(mail(String.join(separator, lead.get(0), "Fuel subsidy review", "Lambak Kanan flood drains")));
    lines.addAll(List.of("** TOP STORY", "", "** " + lead.get(1), "Written by Nurul Aini Abdullah", "16 Oct 2024", "",
        paragraph("the night market"), "", paragraph("the traders")));

    assertThat(extract(lines).metadata().get(TITLE).value()).isEqualTo(lead.get(1));
  }

  @Property(tries = 30)
  void teasersWithoutTheirStoryGiveNoTitle(@ForAll("separators") String separator, @ForAll("issues") List<String> stories) {
    List<String> lines = new ArrayList<>(mail(String.join(separator, stories)));
    lines.add("IN TODAY'S BRIEF");
    stories.forEach(story -> lines.add("* " + story));
    lines.addAll(List.of("", paragraph("the trams"), "", paragraph("the timetable")));

    String title = extract(lines).metadata().get(TITLE).value();
    assertThat(title).isNull();
  }

  private static List<String> mail(String subject) {
    return List.of("From: Manx Morning Brief <brief@manxmorning.example>", "Subject: " + subject,
        "Date: 5 December 2024 at 06:30:12 GMT", "To: reader@mail.example", "", "View this email in your browser", "",
        "MANX MORNING BRIEF", "Thursday's edition · Issue 412", "",
        "Moghrey mie, good morning. Here is what you need to know on the Island today.", "");
  }

  @Provide
  Arbitrary<List<String>> stories() {
    return Arbitraries.of("Douglas promenade trams return with a shorter winter timetable",
        "Ramsey swimming pool to reopen after roof repairs", "Laxey Wheel painters finish ahead of schedule",
        "Ferry fares rise for the second time this year").list().ofMinSize(2).ofMaxSize(4).uniqueElements();
  }

  /** Three teasers or more: two could be a headline and its outlet ("Headline · Outlet"). */
  @Provide
  Arbitrary<List<String>> issues() {
    return stories().filter(list -> list.size() >= 3);
  }

  /** A subject's short teaser and the headline it shortens. */
  @Provide
  Arbitrary<List<String>> leads() {
    return Arbitraries.of(List.of("Jerudong gets its own night market", "Jerudong to get its own night market"),
        List.of("Ramsey pool reopens after roof repairs", "Ramsey swimming pool to reopen after roof repairs"));
  }

  @Provide
  Arbitrary<String> separators() {
    return Arbitraries.of(" · ", " | ", " • ");
  }

  @Provide
  Arbitrary<String> markers() {
    return Arbitraries.of("%d.", "%d)");
  }
}
