package corpussearch.bench;

/** Fixed inputs shared by the benchmarks (public-domain State of the Union text and seeds-style news text). */
final class Texts {

  private Texts() {}

  /** A paragraph of about 1,000 characters, the size the SOTU corpora are cut to. */
  static final String SOTU_PARAGRAPH = "The disturbed situation of Europe, and particularly the critical posture of the "
      + "great maritime powers, whilst it ought to make us the more thankful for the general peace and security enjoyed "
      + "by the United States, reminds us at the same time of the circumspection with which it becomes us to preserve "
      + "these blessings. It requires also that we should not overlook the tendency of a war, and even of preparations "
      + "for a war, among the nations most concerned in active commerce with this country to abridge the means, and "
      + "thereby at least enhance the price, of transporting its valuable productions to their markets. I recommend it "
      + "to your serious reflections how far and in what mode it may be expedient to guard against embarrassments from "
      + "these contingencies by such encouragements to our own navigation as will render our commerce and agriculture "
      + "less dependent on foreign bottoms, which may fail us in the very moments most interesting to both of these "
      + "great objects. Our fisheries and the transportation of our own produce offer us abundant means.";

  /** News-style text with the analyzer's special cases: acronyms, U.S., possessives, numbers, curly quotes. */
  static final String NEWS_PARAGRAPH = "The blast at Kabul airport late Thursday, claimed by ISIS-K, killed 13 U.S. "
      + "service members and at least 170 Afghans. The Islamic State\u2019s Khorasan branch (IS-K) has since "
      + "expanded its recruitment in Tajikistan and Uzbekistan, according to a UN report that estimated 2,000 fighters "
      + "across the region. Washington\u2019s \u201cover-the-horizon\u201d strategy depends on intelligence "
      + "partnerships that the Taliban's takeover largely dismantled; the US-trained Afghan forces that once "
      + "provided it are gone, and the realisation that drones alone cannot organise a counter-terrorism programme "
      + "has reached the Pentagon.";

  /** Queries of the kinds the HTTP mix uses: words, names, phrases, typos, filters in the query language. */
  static final String[] QUERIES = {
    "tariff", "slavery emancipation", "foreign commerce treaty", "abraham lincoln", "\"public credit\"",
    "recogniton", "naval armament", "Kabul airport", "\"over-the-horizon\" -Biden", "ISIS-K OR Daesh",
    "title:isis", "recogn*", "how many IS-K fighters", "outlet:\"saudi press\" taliban"
  };
}
