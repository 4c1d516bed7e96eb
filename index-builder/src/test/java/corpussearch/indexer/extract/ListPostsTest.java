package corpussearch.indexer.extract;

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
 * An article a list member posts on: the tagged subject ("[list] FW: …") and the note above the
 * banner are the member's words, the headline under the banner is the article's title.
 */
class ListPostsTest {

  @Property(tries = 60)
  void theHeadlineUnderTheBannerBeatsATaggedSubject(
      @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll("tags") String tag,
      @ForAll("marks") String mark,
      @ForAll("banners") String banner,
      @ForAll("notes") String note,
      @ForAll("provenance") String provenance) {
    List<String> lines = new ArrayList<>(List.of("From: Daniel Okello <d.okello@lists.example>", "To: members@lists.example",
        "Date: Tue, 26 Nov 2024 09:12:44 +0300", "Subject: " + tag + " " + mark + "Ferry piece -- worth a read", "", "Colleagues,", "",
        note, "", "Dan", "", banner));
    if (!provenance.isEmpty()) {
      lines.add(provenance);
    }
    lines.addAll(List.of("", headline, "", Articles.paragraph("the ferry"), "", Articles.paragraph("the timetable")));

    assertThat(extract(lines).metadata().title().value()).isEqualTo(headline);
  }

  /**
   * The date the pasted article prints above its headline ("Wednesday 30th October, 2024") is its
   * own; the mail's Date, the morning after, is when the member sent it.
   */
  @Property(tries = 30)
  void theDatePrintedAboveThePastedHeadlineBeatsTheSentDate(@ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll("tags") String tag) {
    List<String> lines = List.of("From: Desmond Baptiste <dbap@mail.example>", "Subject: " + tag + " Lights back on", "Date: Thu, 31 Oct 2024 07:14:52 -0400",
        "", "Morning all, saw this in yesterday's paper.", "", "----- begin article -----", "THE LOWMARSH COURIER", "Wednesday 30th October, 2024",
        "", headline, "", Articles.paragraph("the ferry"), "", Articles.paragraph("the timetable"), "----- end article -----");
    ArticleMetadata metadata = extract(lines).metadata();

    assertThat(metadata.title().value()).isEqualTo(headline);
    assertThat(metadata.date().value()).isEqualTo("2024-10-30");
  }

  /** Without a banner the member's note and the article cannot be told apart: the subject, untagged, stands. */
  @Property(tries = 30)
  void aTaggedSubjectOverNoBannerStandsWithoutItsTag(@ForAll("tags") String tag, @ForAll("marks") String mark) {
    List<String> lines = List.of("From: Daniel Okello <d.okello@lists.example>", "Subject: " + tag + " " + mark + "Ferry timetable changes for winter",
        "", Articles.paragraph("the ferry"), "", Articles.paragraph("the timetable"));

    assertThat(extract(lines).metadata().get(TITLE).value()).isEqualTo("Ferry timetable changes for winter");
  }

  /** An untagged forward keeps its subject: a newsletter forwarded as it came names its story there. */
  @Property(tries = 20)
  void anUntaggedForwardKeepsItsSubject(@ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll("banners") String banner) {
    List<String> lines = List.of("From: Tom Harvey <tom@mail.example>", "Subject: Fwd: " + headline, "", "Thought you would want this one.", "",
        banner, "", "Lead story", "", Articles.paragraph("the ferry"), "", Articles.paragraph("the timetable"));

    assertThat(extract(lines).metadata().title().value()).isEqualTo(headline);
  }

  @Provide
  Arbitrary<String> tags() {
    return Arbitraries.of("[horn-security]", "[ARTICLE]", "[island-news]", "[Pacific-L]");
  }

  @Provide
  Arbitrary<String> marks() {
    return Arbitraries.of("", "FW: ", "Fwd: ", "Re: ");
  }

  @Provide
  Arbitrary<String> banners() {
    return Arbitraries.of("-------- Original message --------", "----- begin article -----", "---------- Forwarded message ---------", "=====");
  }

  @Provide
  Arbitrary<String> notes() {
    return Arbitraries.of("Sharing this piece that came out yesterday, as it is relevant to Thursday's call.",
        "Morning all, saw this in yesterday's paper. Pasting for those overseas who can't get past the paywall.");
  }

  @Provide
  Arbitrary<String> provenance() {
    return Arbitraries.of("", "Originally published by the Benadir Policy Institute on 25 November 2024",
        "First appeared in The Lowmarsh Courier on Nov. 3, 2024.", "Originally published in The Dispatch");
  }
}
