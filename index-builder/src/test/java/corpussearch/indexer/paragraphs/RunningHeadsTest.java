package corpussearch.indexer.paragraphs;

import static corpussearch.indexer.paragraphs.Articles.P1;
import static corpussearch.indexer.paragraphs.Articles.P2;
import static corpussearch.indexer.paragraphs.Articles.P3;
import static corpussearch.indexer.paragraphs.Articles.split;
import static corpussearch.indexer.paragraphs.Articles.texts;
import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * A print document converted to text keeps its running head or foot at each page break: a line
 * ending in its page number, or the letterhead's and title's words joined by a bar. Both are
 * dropped between the story's paragraphs; a story's own short lines, with a number or a bar in
 * them, or echoing the title in a sentence, stay.
 */
class RunningHeadsTest {
  private static final String TITLE = "The borderlands problem: why the front has outlasted every crackdown";
  private static final String NAMES = "Miriam Castellane and Tomasz Wieczorek";

  @Property(tries = 80)
  void aRunningHeadAtAPageBreakIsDropped(@ForAll("letterheads") String letterhead, @ForAll("heads") String head) {
    String top = letterhead.replace(" | ", "\n");

    ParagraphSplit result = split(top, TITLE, NAMES, P1, P2, head.formatted(letterhead), P3);

    assertThat(texts(result)).containsSubsequence(P1, P2, P3).doesNotContain(head.formatted(letterhead));
    assertThat(result.dropped(DropReason.REPEATED_CHROME)).isEqualTo(1);
  }

  @Property(tries = 60)
  void storyLinesWithNumbersBarsOrTheTitlesWordsAreNoHeads(@ForAll("letterheads") String letterhead, @ForAll("storyLines") String line) {
    String top = letterhead.replace(" | ", "\n");

    assertThat(split(top, TITLE, NAMES, P1, P2, line, P3).dropped(DropReason.REPEATED_CHROME)).isZero();
  }

  /** A head's line over a line of the story, in one block, is no page break: every line of one is chrome. */
  @Property(tries = 30)
  void aHeadOverAStoryLineIsNoPageBreak(@ForAll("letterheads") String letterhead) {
    String top = letterhead.replace(" | ", "\n");
    String block = letterhead + "\nThe front has outlasted every crackdown since 2019, officials said.";

    assertThat(split(top, TITLE, NAMES, P1, P2, block, P3).dropped(DropReason.REPEATED_CHROME)).isZero();
  }

  @Property(tries = 60)
  void aSeriesLabelAndNumberAtAPageBreakIsDropped(@ForAll("letterheads") String letterhead, @ForAll("seriesLabels") String label) {
    String top = letterhead.replace(" | ", "\n");

    ParagraphSplit result = split(top, TITLE, NAMES, wrapped(P1), wrapped(P2), label, wrapped(P3));

    assertThat(texts(result)).containsSubsequence(P1, P2, P3).doesNotContain(label);
    assertThat(result.dropped(DropReason.REPEATED_CHROME)).isEqualTo(1);
  }

  /**
   * A page break as a conversion sets it: the page's number on a line of its own over the next
   * page's head, the issue's month and year set apart after its series number.
   */
  @Property(tries = 60)
  void aPageNumberOverTheNextPagesHeadIsDropped(@ForAll("letterheads") String letterhead, @ForAll("seriesLabels") String label,
      @ForAll("issueDates") String issued, @ForAll @IntRange(min = 2, max = 30) int page) {
    String top = letterhead.replace(" | ", "\n");
    String pageBreak = "                                   " + page + "\n" + label + "                      " + issued;

    ParagraphSplit result = split(top, TITLE, NAMES, wrapped(P1), wrapped(P2), pageBreak, wrapped(P3));

    assertThat(texts(result)).containsSubsequence(P1, P2, P3).noneMatch(text -> text.contains(label) || text.equals(String.valueOf(page)));
    assertThat(result.dropped(DropReason.REPEATED_CHROME)).isEqualTo(2);
  }

  /**
   * A page's foot with the issue's date after a bar and the page's number, over the next page's head
   * that repeats the title's first part; the bare notes at the foot above it go too.
   */
  @Property(tries = 60)
  void aFootOverTheNextPagesShortTitleIsDroppedAndTheNotesAboveIt(@ForAll("letterheads") String letterhead,
      @ForAll("footSeries") String label, @ForAll("issueDates") String issued, @ForAll @IntRange(min = 2, max = 30) int page) {
    String top = letterhead.replace(" | ", "\n");
    String notes = "______________\n1 Conflict Incident Database, January 2022 to June 2024, compiled\nfrom police reports and claims.\n"
        + "2 Interviews conducted in Peshawar and Khar, March–May 2024.";
    String pageBreak = label + (issued.isEmpty() ? "" : " | " + issued) + "                       " + page
        + "\nThe borderlands problem";

    ParagraphSplit result = split(top, TITLE, NAMES, wrapped(P1), wrapped(P2), notes, pageBreak, wrapped(P3));

    assertThat(texts(result)).containsSubsequence(P1, P2, P3).noneMatch(text -> text.contains("Interviews") || text.contains(label)
        || text.startsWith("The borderlands problem") && !text.contains(":"));
  }

  @Provide
  Arbitrary<String> footSeries() {
    return Arbitraries.of("CFSS Policy Brief No. 17", "Working Paper No. 4", "IISS Commentary No. 2025/41", "Issue Brief #112");
  }

  @Provide
  Arbitrary<String> issueDates() {
    return Arbitraries.of("June 2024", "2025", "Sept. 2023", "");
  }

  /** A paragraph as pdftotext sets it, wrapped at the page's width. */
  private static String wrapped(String paragraph) {
    return paragraph.replaceAll("(.{50,70}?) ", "$1\n");
  }

  /** A series' label and issue number as a print layout repeats it, a page number after it if any. */
  @Provide
  Arbitrary<String> seriesLabels() {
    Arbitrary<String> kind = Arbitraries.of("Commentary", "IISS Commentary", "Policy Brief", "Working Paper", "Occasional Paper", "Issue Brief",
        "Analysis Report");
    Arbitrary<String> number = Arbitraries.of(" No. 2025/41", " No. 17/2025", " No. 12", " Nr. 4", " #112");
    Arbitrary<String> around = Arbitraries.of("%s", "%s 2", "%s page 3", "%s 12");
    return Combinators.combine(kind, number, around).as((k, n, a) -> a.formatted(k + n));
  }

  @Provide
  Arbitrary<String> letterheads() {
    Arbitrary<String> publisher = Arbitraries.of("HALVORSEN INSTITUTE FOR REGIONAL SECURITY", "Centre for Border Security Studies",
        "Lombok Institute for Maritime Security", "SAHEL POLICY INSTITUTE");
    Arbitrary<String> series = Arbitraries.of("COMMENTARY", "Policy Brief No. 47", "Working Paper 12/2025", "Analysis");
    return Combinators.combine(publisher, series).as((p, s) -> p + " | " + s);
  }

  /** A running head or foot: {@code %s} is the letterhead. */
  @Provide
  Arbitrary<String> heads() {
    return Arbitraries.of("%s", "%s 2 of 6", "%s — page 3", "%s                         5", "Page 2 of 4", "The borderlands problem | %s",
        "Published by the institute. 4", "halvorsen.example | 2", "Beyond the border — page 3 of 9");
  }

  @Provide
  Arbitrary<String> storyLines() {
    return Arbitraries.of(
        "The front has outlasted every crackdown since 2019, officials said.",
        "Casualties: 3 of 9",
        "Gold | Cattle | Tolls | Kidnapping",
        "Why the front survives — and what Baghdad plans next",
        "Mosul | Sinjar | Rabia",
        "The institute published the figures on page 12 of its annual report.",
        "Chapter 3 of the report deals with the border.",
        "Report No. 5 was tabled in parliament on Monday.",
        "Resolution No. 2334",
        "2\nReport No. 5 was tabled in parliament on Monday.");
  }
}
