package corpussearch.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A newsletter mails under its own title from its publisher's domain, "The Evening Brief
 * &lt;brief@kestrelbayherald.example&gt;": when the page writes the words the domain is made of
 * ("from Kestrel Bay Herald") and they name a publication, the publication is the outlet. A
 * company's domain, a domain the page does not spell out (a mail service's) or one spelling the
 * start of the title leaves the title.
 */
class NewsletterPublisherTest {

  private static final String STORY =
      "Officials said the ferry would keep its winter timetable after residents filled the council chamber on Tuesday"
          + " night, and that the cost would be shared with the two neighbouring districts.";

  @Property(tries = 60)
  void aNewsletterOfAPublicationIsThePublications(@ForAll(supplier = Layouts.Outlets.class) String outlet,
      @ForAll("titles") String title, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    String domain = outlet.replaceFirst("^The ", "").replace(" ", "").toLowerCase(Locale.ROOT);
    List<String> lines = newsletter(title + " <brief@" + domain + ".example>", title, "from " + outlet, headline);

    assertThat(OutletNames.comparable(Layouts.extract(lines).metadata().outlet().value())).isEqualTo(OutletNames.comparable(outlet));
  }

  @Property(tries = 40)
  void aDomainThePageDoesNotSpellLeavesTheTitle(@ForAll("titles") String title, @ForAll("services") String service,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> lines = newsletter(title + " <news@" + service + ".example>", title, "Your evening round-up", headline);

    assertThat(Layouts.extract(lines).metadata().outlet().value()).isEqualTo(title);
  }

  @Property(tries = 40)
  void aCompanysNewsletterKeepsItsTitle(@ForAll("titles") String title, @ForAll("companies") String company,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    String domain = company.replace(" ", "").toLowerCase(Locale.ROOT);
    List<String> lines = newsletter(title + " <brief@" + domain + ".example>", title, "Brought to you by " + company, headline);

    assertThat(Layouts.extract(lines).metadata().outlet().value()).isEqualTo(title);
  }

  @Property(tries = 40)
  void aDomainSpellingTheTitlesStartLeavesTheTitle(@ForAll(supplier = Layouts.Outlets.class) String outlet,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    String title = outlet + " Brief";
    String domain = outlet.replaceFirst("^The ", "").replace(" ", "").toLowerCase(Locale.ROOT);
    List<String> lines = newsletter(title + " <brief@" + domain + ".example>", title, "Your evening round-up", headline);

    assertThat(Layouts.extract(lines).metadata().outlet().value()).isEqualTo(title);
  }

  private static List<String> newsletter(String from, String title, String underMasthead, String headline) {
    return List.of("From: " + from, "Date: Thu, Feb 5, 2026 at 6:02 PM", "Subject: " + headline, "", "View this email in your browser", "",
        title.toUpperCase(Locale.ROOT), underMasthead, "Thursday, February 5, 2026", "", headline, "", STORY, "", STORY, "",
        "Unsubscribe | Update preferences");
  }

  @Provide
  Arbitrary<String> titles() {
    return Arbitraries.of("The Evening Brief", "Morning Digest", "The Weekly Roundup", "Harbour Briefing");
  }

  @Provide
  Arbitrary<String> companies() {
    return Arbitraries.of("Tollgate Markets", "Harbour Capital", "Northfield Analytics");
  }

  @Provide
  Arbitrary<String> services() {
    return Arbitraries.of("mailer", "sendgridmail", "newsletterhub", "campaignpost");
  }
}
