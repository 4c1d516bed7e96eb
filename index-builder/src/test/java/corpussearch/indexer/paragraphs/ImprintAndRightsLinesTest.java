package corpussearch.indexer.paragraphs;

import static corpussearch.indexer.paragraphs.Articles.P1;
import static corpussearch.indexer.paragraphs.Articles.P2;
import static corpussearch.indexer.paragraphs.Articles.split;
import static corpussearch.indexer.paragraphs.Articles.texts;
import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A masthead's imprint under a page copy: its press licence, its print issue's volume and number,
 * a rights notice in a new wording ("All materials published on x.example are protected by the
 * Copyright … Act. Quoting is permitted only with a link to the source.", "Reproduction of content
 * must cite …"). Generated; a story about a licence, a volume of trade or quoting a minister stays.
 */
class ImprintAndRightsLinesTest {

  @Property(tries = 60)
  void licenceIssueAndRightsLinesUnderTheStoryAreDropped(@ForAll("imprintLines") String line) {
    assertThat(texts(split(P1, P2, line))).containsExactly(P1, P2);
  }

  @Property(tries = 40)
  void proseUsingTheSameWordsStays(@ForAll("prose") String sentence) {
    assertThat(texts(split(P1, sentence, P2))).containsExactly(P1, sentence, P2);
  }

  @Provide
  Arbitrary<String> imprintLines() {
    Arbitrary<String> ministry = Arbitraries.of("the Ministry of Information and Communications", "the Press Council",
        "the Media Regulatory Authority on 12 March 2019");
    Arbitrary<String> licences = Combinators.combine(Arbitraries.of("License No.", "Licence No.", "Press licence no.", "Publishing License Number"),
        Arbitraries.of("118/GP-BTTTT", "2231", "MR-44/2019"), ministry).as((label, number, issuer) -> label + " " + number + " issued by " + issuer + ".");
    Arbitrary<String> issues = Combinators.combine(Arbitraries.of("Vol.", "Volume", "VOL."), Arbitraries.of("14", "XIV", "3"),
        Arbitraries.of(" No. ", ", Issue ", " · No. ", " Number "), Arbitraries.integers().between(1, 400),
        Arbitraries.of("", " · 15 October 2024", ", Tuesday", "          Tuesday, October 15, 2024          www.gbarngaobserver.example")).as((vol, n, sep, no, date) -> vol + " " + n + sep + no + date);
    Arbitrary<String> rights = Combinators.combine(Arbitraries.of("All materials published on", "All content on", "Our articles on"),
        Arbitraries.of("sofialedger.example", "the Ledger's website"), Arbitraries.of("Copyright and Related Rights Act", "copyright law", "copyright"),
        Arbitraries.of("Quoting", "Reposting", "Copying")).as((subject, site, law, use) -> subject + " " + site + " are protected by the " + law
        + ". " + use + " is permitted only with a link to the source.");
    Arbitrary<String> citing = Combinators.combine(Arbitraries.of("Reproduction of content", "Any reproduction of our content", "Republication of content"),
        Arbitraries.of("cite", "credit", "name")).as((use, verb) -> use + " must " + verb + " “Han River Times” and link to the original article.");
    return Arbitraries.oneOf(licences, issues, rights, citing);
  }

  @Provide
  Arbitrary<String> prose() {
    return Arbitraries.of(
        "License No. 118 issued by the ministry to the station was revoked on Tuesday after a complaint about its coverage.",
        "The regulator said the licence number issued by the ministry had been forged by the company's former director.",
        "The volume of trade through the port rose by 14 per cent, with No. 2 berth handling most of the container traffic.",
        "Quoting the minister, the mayor said the bridge would be permitted only with a link road to the industrial zone.",
        "Reporters quoting the minister must cite the transcript, the court ruled, after a dispute over a misquoted speech.",
        "All materials used in the new bridge are protected by a coating that resists salt water, the engineer said.");
  }
}
