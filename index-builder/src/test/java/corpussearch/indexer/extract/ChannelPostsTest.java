package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Layouts.extract;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A channel's post copied from the web: pictographs mark what each line holds ("📰", "✍️", "🗓")
 * without being part of it, and a pinned prompt that ends in an account to write to is no headline.
 */
class ChannelPostsTest {

  @Property(tries = 60)
  void pictographsOpeningLinesAreDecorationAndAPromptEndingInAHandleIsNoHeadline(
      @ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll(supplier = Layouts.People.class) String person,
      @ForAll(supplier = Layouts.Dates.class) LocalDate anyDay, @ForAll("prompts") String prompt, @ForAll("marks") String mark) {
    // a day past the 12th, so that the slashed date is not ambiguous
    LocalDate date = anyDay.withDayOfMonth(13 + anyDay.getDayOfMonth() % 15);
    List<String> lines = List.of("Valley Pulse", "14,820 subscribers", "", "Pinned message", mark + prompt, "", mark + headline, "",
        "✍️ By " + person, "🗓 " + date.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")), "", Articles.paragraph("the convoy"), "",
        Articles.paragraph("the district"));
    ArticleMetadata metadata = extract(lines).metadata();

    assertThat(metadata.title().value()).isEqualTo(headline);
    assertThat(metadata.author().value()).isEqualTo(person);
    assertThat(metadata.date().value()).isEqualTo(date.toString());
  }

  /** An account named inside a headline, or an address, does not make it a prompt. */
  @Property(tries = 30)
  void aHeadlineNamingAnAccountInsideItStaysAHeadline(@ForAll("handleHeadlines") String headline) {
    assertThat(HeadlineShape.isNeverHeadline(headline)).isFalse();
  }

  @Property(tries = 30)
  void aLineEndingInAnAccountToWriteToIsNeverAHeadline(@ForAll("prompts") String prompt) {
    assertThat(HeadlineShape.isNeverHeadline(prompt)).isTrue();
  }

  @Provide
  Arbitrary<String> prompts() {
    return Arbitraries.of("Send us your news and photos: @valleypulse_tips", "Follow us on Telegram @valley.news", "Tips? Message @newsdesk_bot",
        "Join our channel (@valleypulse)", "Have a story? Write to @editor_desk!");
  }

  @Provide
  Arbitrary<String> marks() {
    return Arbitraries.of("📌 ", "📰 ", "🔴 ", "⚡️ ", "");
  }

  @Provide
  Arbitrary<String> handleHeadlines() {
    return Arbitraries.of("Why @home stores are closing across the region", "Minister's @ account hacked, ministry says",
        "Council writes to residents at editor@council.example over bins", "Floods hit Lagos, Abuja and Kano as rains intensify");
  }
}
