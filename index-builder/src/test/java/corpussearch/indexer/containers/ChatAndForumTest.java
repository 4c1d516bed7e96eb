package corpussearch.indexer.containers;

import static corpussearch.indexer.extract.MetadataField.AUTHOR;
import static corpussearch.indexer.extract.MetadataField.OUTLET;
import static corpussearch.indexer.extract.MetadataField.TITLE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * An article pasted into a chat export's message, or quoted in a forum thread's first post: the
 * article is what gets read, the chat's and the forum's own lines (other messages, the board's
 * name, the thread's title, the poster's note, replies) are not. Text that only looks like a chat
 * line or a quote marker in passing is left as it is.
 */
class ChatAndForumTest extends Genres {
  private static final List<String> REPLIES = List.of("Thanks, going to fill buckets now", "<Media omitted>",
      "This message was deleted", "Same here since 4am, anyone know more??", "I'll check on the neighbours 👍");

  @Property(tries = 60)
  void aPastedArticleIsReadOutOfTheChat(@ForAll("stamps") String stampFormat, @ForAll("people") String reporter,
      @ForAll("outlets") String outlet, @ForAll("headlines") String headline, @ForAll("prose") List<String> prose,
      @ForAll("replyCounts") int before, @ForAll("replyCounts") int after, @ForAll("appNotices") String notice) {
    // some exports open on the app's notice, unstamped, before the first message
    List<String> lines = new ArrayList<>(notice.isEmpty() ? List.of() : List.of(notice));
    int minute = 0;
    for (int i = 0; i < before; i++) {
      lines.add(String.format(stampFormat, minute++) + "Tante Selma: " + REPLIES.get(i % REPLIES.size()));
    }
    lines.add(String.format(stampFormat, minute++) + "Martha N: " + outlet.toUpperCase(Locale.ROOT));
    lines.addAll(List.of("", headline, "", "By " + reporter, "", "13 March 2024", ""));
    prose.forEach(p -> lines.addAll(List.of(p, "")));
    for (int i = 0; i < Math.max(after, 3 - before); i++) {
      lines.add(String.format(stampFormat, minute++) + "Johannes K: " + REPLIES.get((i + 2) % REPLIES.size()));
    }

    Read read = read(lines);

    assertThat(read.value(TITLE)).isEqualTo(headline);
    assertThat(read.value(AUTHOR)).isEqualTo(reporter);
    assertThat(read.value(OUTLET)).isEqualToIgnoringCase(outlet);
    assertThat(read.paragraphs()).containsAll(prose);
    REPLIES.forEach(reply -> assertThat(read.body()).doesNotContain(reply));
    assertThat(read.body()).doesNotContain(notice.isEmpty() ? REPLIES.get(0) : notice);
  }

  @Property(tries = 30)
  void twoStampedLinesQuotedInAnArticleStay(@ForAll("stamps") String stampFormat, @ForAll("prose") List<String> prose) {
    List<String> lines = new ArrayList<>(List.of("Council publishes its group chat after complaint", ""));
    lines.addAll(prose);
    lines.addAll(List.of("", String.format(stampFormat, 1) + "Mayor: the vote is tomorrow",
        String.format(stampFormat, 2) + "Clerk: noted", ""));

    assertThat(TextContainers.unwrap(lines)).isEqualTo(lines);
  }

  @Property(tries = 60)
  void aQuotedArticleIsReadOutOfTheThread(@ForAll("forums") List<String> forum, @ForAll("people") String reporter,
      @ForAll("outlets") String outlet, @ForAll("headlines") String headline, @ForAll("prose") List<String> prose) {
    String site = outlet.replaceFirst("^The ", "").replace(" ", "").toLowerCase(Locale.ROOT) + ".example";
    String note = "Saw this in the paper last night. Here we go again, folks...";
    String reply = "At least it's nights this time. Remember when they did it at rush hour?";
    List<String> lines = new ArrayList<>(List.of("Island Talk", "The friendliest message board since 2003", "",
        "Closing AGAIN?!", "", forum.get(0), "", note, "", forum.get(1), "", headline, "", "By " + reporter,
        "Published: June 17, 2024", ""));
    prose.forEach(p -> lines.addAll(List.of(p, "")));
    lines.addAll(List.of("Source: " + outlet + " – " + site + "/news/closure", "", forum.get(2), "", "Re: Closing AGAIN?!",
        forum.get(0), "", reply));

    Read read = read(lines);

    assertThat(read.value(TITLE)).isEqualTo(headline);
    assertThat(read.value(AUTHOR)).isEqualTo(reporter);
    assertThat(read.value(OUTLET)).isEqualTo(outlet);
    assertThat(read.paragraphs()).containsAll(prose);
    assertThat(read.body()).doesNotContain(note).doesNotContain(reply).doesNotContain("Island Talk");
  }

  @Property(tries = 30)
  void aLetterQuotedInAnArticleStays(@ForAll("headlines") String headline, @ForAll("prose") List<String> prose) {
    List<String> lines = new ArrayList<>(List.of(headline, "", "By Jane Fenwick", "", prose.get(0), "", "The minister wrote:", ""));
    prose.subList(1, prose.size()).forEach(p -> lines.addAll(List.of(p, "")));
    lines.add("Posted: 12 March 2024");

    assertThat(TextContainers.unwrap(lines)).isEqualTo(lines);
  }

  @Provide
  Arbitrary<String> stamps() {
    return Arbitraries.of("14/03/2024, 07:%02d - ", "[14/03/24, 07:%02d:31] ", "[14.03.24 07:%02d] ", "3/14/24, 7:%02d AM - ");
  }

  /** A post's header, the quote marker, and what follows the quote, in phpBB's, SMF's and vBulletin's words. */
  @Provide
  Arbitrary<List<String>> forums() {
    return Arbitraries.of(
        List.of("by Longtail_Larry » Tue Jun 18, 2024 7:52 am", "Quote:", "Last edited by Longtail_Larry on Tue Jun 18, 2024"),
        List.of("by Bermy_Shorts » Tue Jun 18, 2024 8:31 am", "Gazette wrote:", "Posts: 4118"),
        List.of("Posted by StDavidsGal on 18 June 2024", "Quote from: Gazette on June 17, 2024", "Joined: Mar 2009"),
        List.of("Post #1", "Originally Posted by Gazette", "Reply #2 on: June 18, 2024"));
  }

  @Provide
  Arbitrary<String> appNotices() {
    return Arbitraries.of("", "", "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.",
        "Messages to this group are now secured with end-to-end encryption. Tap for more info.",
        "Chat history with Sahel watch desk", "WhatsApp Chat with Harbour news group");
  }

  @Provide
  Arbitrary<Integer> replyCounts() {
    return Arbitraries.integers().between(0, 5);
  }



}
