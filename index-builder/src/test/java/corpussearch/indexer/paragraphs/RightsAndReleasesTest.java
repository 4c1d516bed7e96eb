package corpussearch.indexer.paragraphs;

import static corpussearch.indexer.paragraphs.Articles.P1;
import static corpussearch.indexer.paragraphs.Articles.P2;
import static corpussearch.indexer.paragraphs.Articles.P3;
import static corpussearch.indexer.paragraphs.Articles.split;
import static corpussearch.indexer.paragraphs.Articles.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Rights statements that never say "copyright", known by their legal shape (a use of this article
 * or the site's materials and what it takes), and a press release's scaffolding: its slug, source
 * line, media contact, notes to editors and the end mark with all under it. Each with prose in the
 * same words that must be kept: a story about a copyright dispute, about a release, about the end
 * of something.
 */
class RightsAndReleasesTest {

  @Property(tries = 60)
  void aRightsStatementIsDropped(@ForAll("rightsStatements") String statement) {
    ParagraphSplit result = split(P1, P2, statement);

    assertThat(texts(result)).containsExactly(P1, P2);
    assertThat(result.dropped(DropReason.COPYRIGHT)).isEqualTo(1);
  }

  @Property(tries = 20)
  void proseAboutCopyingAndPermissionIsKept(@ForAll("rightsProse") String prose) {
    assertThat(texts(split(P1, prose, P2))).containsExactly(P1, prose, P2);
  }

  @Property(tries = 60)
  void aReleasesScaffoldingIsDroppedWithAllUnderItsEndMark(
      @ForAll("slugs") String slug, @ForAll("endMarks") String end, @ForAll("afterEnd") List<String> after) {
    List<String> blocks = new java.util.ArrayList<>(List.of(slug, P1, P2, P3, end));
    blocks.addAll(after);

    assertThat(texts(split(blocks.toArray(String[]::new)))).containsExactly(P1, P2, P3);
  }

  @Property(tries = 30)
  void aSourceLineOrAMediaContactIsDroppedWithoutAnEndMark(@ForAll("releaseLines") String line) {
    assertThat(texts(split(P1, P2, line, P3))).containsExactly(P1, P2, P3);
  }

  /** An end mark above more text than there is story above it is not the story's end: a digest goes on. */
  @Property(tries = 20)
  void anEndMarkAboveTheLongerPartKeepsIt(@ForAll("endMarks") String end) {
    assertThat(texts(split(P1, end, P2, P3))).contains(P1, P2, P3);
  }

  @Property(tries = 20)
  void proseAboutReleasesAndEndingsIsKept(@ForAll("releaseProse") String prose) {
    assertThat(texts(split(P1, prose, P2))).containsExactly(P1, prose, P2);
  }

  @Provide
  Arbitrary<String> rightsStatements() {
    Arbitrary<String> owner = Arbitraries.of("UAB Vilnius Review Media", "the Bishkek Bulletin", "Tidewater News Ltd", "TNA");
    Arbitrary<String> use = Arbitraries.of("Copying, reproducing or distributing this article", "Reproduction of this material",
        "Any reprinting of our content", "Republishing these materials");
    Arbitrary<String> condition = Arbitraries.of(" without the written permission of OWNER is prohibited.",
        " is allowed only with an active hyperlink to OWNER.", " requires the prior consent of OWNER.",
        " is not permitted without written consent from OWNER.");
    Arbitrary<String> exclusive = owner.map(o -> "This dispatch is for the exclusive use of " + o
        + " subscribers. Any reproduction requires the mention “(" + o + ")”.");
    Arbitrary<String> mayNot = Arbitraries.of("This material may not be published, broadcast, rewritten or redistributed.",
        "No part of this publication may be reproduced, stored or transmitted without the publisher's permission.",
        "Our content cannot be copied or republished elsewhere.", "Reproduction in whole or in part without permission is prohibited.",
        "Materials may be used only with a link to the source.", "When using materials, a hyperlink to Kabar is required.",
        "Copyright notice: reproduction of any part of this site is forbidden.", "All materials are protected by copyright law.",
        "Reposting is allowed only with a link to the original article.", "For editorial use only.",
        "Citation of materials is permitted provided a hyperlink to the source is given.",
        "Distributed by Pamir Wire for the exclusive use of its subscribers.");
    return Arbitraries.oneOf(Combinators.combine(use, condition, owner).as((u, c, o) -> u + c.replace("OWNER", o)), exclusive, mayNot,
        owner.map(o -> "Reprinting of materials is allowed only with an active hyperlink to " + o + "."));
  }

  @Provide
  Arbitrary<String> rightsProse() {
    return Arbitraries.of(
        "A court ruled that copying the newspaper's articles without permission was prohibited, ending a two-year copyright dispute.",
        "Distributing the material without a licence is prohibited under the new law, the ministry said.",
        "Reprinting the cartoons was forbidden under the old press code, which required the censor's written permission.",
        "The publisher says any reproduction of the archive requires a fee, and the library cannot pay it.",
        "Teachers may copy this article for their classes, the union told members in a letter on Monday.",
        "The report may not be published until the inquiry ends, the minister said.",
        "The report cannot be published before the election.",
        "The student copied the article without permission and was expelled.",
        "The paper published the report without permission from the family.",
        "Using the old bridge is prohibited until the repairs are finished.",
        "Reproduction of the painting was prohibited by the museum, which owns the rights.",
        "Citation of the study is permitted in the report's appendix, researchers noted.",
        "Copying the site plan without permission is prohibited under planning law.",
        "The hall is for the exclusive use of members on Sundays.");
  }

  @Provide
  Arbitrary<String> slugs() {
    return Arbitraries.of("NEWS RELEASE — FOR IMMEDIATE RELEASE", "PRESS RELEASE", "For immediate release", "Media statement",
        "EMBARGOED UNTIL 00:01 THURSDAY | PRESS RELEASE");
  }

  @Provide
  Arbitrary<String> endMarks() {
    return Arbitraries.of("ENDS", "-ENDS-", "– ends –", "###", "# # #", "-30-", "- 30 -", "((END))", "END", "[ENDS]", "ENDE");
  }

  @Provide
  Arbitrary<List<String>> afterEnd() {
    return Arbitraries.of(
        "Notes to editors: EWSC is a public enterprise established in 1992 and supplies potable water to urban areas.",
        "About the corporation\nThe corporation was set up by an act of parliament and employs 900 people in four regions.",
        "For media enquiries: Corporate Communications Unit, tel +268 2500 0147",
        "The Herald publishes company and government releases as a service to readers. The content is the responsibility of the issuer.")
        .list().ofMinSize(1).ofMaxSize(3).uniqueElements();
  }

  @Provide
  Arbitrary<String> releaseLines() {
    return Arbitraries.of("Source: Ministry of Health — Press Release No. 47/2024", "Source: Office of the Mayor, press release",
        "For media enquiries: Corporate Communications Unit, EWSC, tel +268 2500 0147", "Media contact: press@harbour.example",
        "Notices published on this page are provided by government departments and are reproduced as received.");
  }

  @Provide
  Arbitrary<String> releaseProse() {
    return Arbitraries.of(
        "The ministry said in a press release that the clinic would open for evening patients from next month.",
        "The strike ends on Friday, union leaders said, after the company agreed to pay the overdue wages.",
        "The paper began printing tide tables as a service to readers in 1952 and never stopped.",
        "Media enquiries about the outbreak doubled after the first case, the health office said.");
  }

  @Property(tries = 30)
  void theIssuersBoilerplateUnderItsNameAndTheOutletsDisclaimerAreDropped(@ForAll("issuers") String issuer, @ForAll boolean ownBlock) {
    String about = "About " + issuer + (ownBlock ? "\n\n" : "\n") + issuer + " is the master developer of the special economic zone and"
        + " is responsible for ports, infrastructure and utilities within the zone.";
    String disclaimer = "The following press release was received by the Ledger and is published unedited. The Ledger does not verify"
        + " claims made in press releases.";

    assertThat(texts(split(disclaimer, P1, P2, about, P3))).containsExactly(P1, P2, P3);
  }

  @Property(tries = 20)
  void aColumnHeadedAboutAPlaceIsKept(@ForAll("issuers") String issuer) {
    assertThat(texts(split("About Town", P1, P2, "About 4,000 people came to hear " + issuer + " on Friday.")))
        .contains(P1, P2, "About 4,000 people came to hear " + issuer + " on Friday.");
  }

  @Provide
  Arbitrary<String> issuers() {
    return Arbitraries.of("Aqaba Development Corporation", "Harbour Energy Co-operative", "The Pacific Reef Trust", "ADC");
  }
}
