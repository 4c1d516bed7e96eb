package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Articles.paragraph;
import static corpussearch.indexer.extract.Layouts.extract;
import static corpussearch.indexer.extract.MetadataField.OUTLET;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A news agency's story copied from a client paper's site: the byline, the dateline, a
 * contributor's line and the story's copyright name the agency, the masthead and the site's footer
 * the paper. The outlet is the paper, confirmed by the footer or by a dateline that names the
 * agency as the story's source. On the agency's own site the agency stays.
 */
class AgencyCopyOnClientSitesTest {

  @Property(tries = 80)
  void theClientsMastheadAndFooterNameThePagesOutlet(@ForAll(supplier = Layouts.Outlets.class) String paper, @ForAll("agencies") String agency,
      @ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll boolean capitals, @ForAll boolean storyCopyright) {
    List<String> lines = page(paper, agency, headline, capitals, storyCopyright, "© 2025 " + paper + ". All rights reserved. | Terms of Use");

    assertThat(extract(lines).metadata().get(OUTLET).value()).isEqualTo(paper);
  }

  @Property(tries = 40)
  void onTheAgencysOwnSiteTheAgencyStays(@ForAll("agencies") String agency, @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll boolean capitals) {
    List<String> lines = page(agency, agency, headline, capitals, true, "© 2025 " + agency + ". All rights reserved.");

    assertThat(extract(lines).metadata().get(OUTLET).value()).isEqualTo(agency);
  }

  @Property(tries = 40)
  void aDatelineNamingTheAgencyConfirmsThePaperWithoutAFooter(@ForAll(supplier = Layouts.Outlets.class) String paper,
      @ForAll("agencies") String agency, @ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll boolean capitals) {
    List<String> lines = page(paper, agency, headline, capitals, false, "Terms of Use | Privacy Policy");

    assertThat(extract(lines).metadata().get(OUTLET).value()).isEqualTo(paper);
  }

  private static List<String> page(String masthead, String agency, String headline, boolean capitals, boolean storyCopyright, String footer) {
    String initials = agency.replaceAll("[^\\p{Lu}]", "");
    String names = capitals ? "MOUSSA ABDOULAYE and CLAIRE DUVERNAY" : "Moussa Abdoulaye and Claire Duvernay";
    List<String> lines = new ArrayList<>(List.of("Skip to main content", masthead, "Subscribe | Log in", "Local", "Sports", "Business",
        "Nation & World", "NATION & WORLD", headline, "By " + names + " " + agency, "Published 10:42 PM CST, March 2, 2025", "",
        "NIAMEY, Niger (" + initials + ") — " + paragraph("the convoy"), "", paragraph("the border"), "",
        agency + " writer Aminata Sy in Bamako, Mali, contributed to this report.", ""));
    if (storyCopyright) {
      lines.add("Copyright 2025 " + agency + ". All rights reserved. This material may not be published without permission.");
      lines.add("");
    }
    lines.add(footer);
    return lines;
  }

  @Provide
  Arbitrary<String> agencies() {
    return Arbitraries.of("Global Press Agency", "Sahel Wire Service", "Continental News Agency", "Baltora Press Agency",
        "Pacific News Service");
  }
}
