package corpussearch.indexer.paragraphs;

import java.util.regex.Pattern;

/**
 * Drops copyright footers: a line of at most 40 words that contains "©", starts with "(c)" or
 * "Copyright" followed by a year or "©" (or "(c)", the holder and the year: "(C) Nusantara News
 * Agency 2024."), or says "All rights reserved" or whom all rights belong to; and the rights
 * statements that need no such word, by their legal shape: copying, reproducing, reprinting,
 * distributing or republishing this article, the site's materials or "any reproduction", with what
 * it takes ("without the written permission of … is prohibited", "is allowed only with an active
 * hyperlink to …", "requires the mention …", "This material may not be published, broadcast,
 * rewritten or redistributed"), or who alone may use it ("for the exclusive use of … subscribers").
 *
 * <p>Why: the footer is the same on every page of a site and says nothing about the article. The
 * tests are on notice forms, so prose about a copyright dispute is kept: a rights statement speaks
 * of this article or the site's materials in the present tense, and is nobody's reported words (a
 * court "ruled", a lawyer "said").
 */
final class CopyrightRule extends LineRule {
  private static final Pattern NOTICE =
      Pattern.compile(
          "(?iu).*(?:©|all rights reserved|^\\(c\\)\\s*(?:\\d{4}|[^.!?]{1,60}?\\s(?:19|20)\\d{2}\\.)|^copyright\\s*(?:©|\\(c\\)|\\d{4}|notice\\b)"
              // who owns the page's rights: "All rights of the published news belong to the Ledger."
              + "|^all\\s+(?:the\\s+)?(?:publishing\\s+)?rights\\b[^.!?]{0,80}?\\bbelongs?\\s+to\\b"
              // an aggregator's: "Headlines and text belong to their publishers."
              + "|(?:^|[.!?]\\s+)(?:the\\s+)?(?:headlines|texts?|articles|stories|content|photos|images)\\b[^.!?]{0,40}?\\bbelongs?\\s+to\\s+(?:their|the)\\s+"
              + "(?:respective\\s+)?(?:publishers|owners|authors|copyright\\s+holders|rights\\s+holders)\\b"
              // "All materials published on x.example are protected by the Copyright and Related Rights Act"
              + "|^(?:all|these|our)\\s+(?:materials|content|articles|photos|texts)\\b(?:[^.!?]|\\.(?=\\S)){0,60}?\\b(?:are|is)\\s+protected\\s+by\\s+(?:the\\s+)?"
              + "(?:[\\p{L}-]+\\s+){0,3}?copyright).*");
  /**
   * A use as a notice names it: a gerund, a noun or an imperative ("copying", "reproduction",
   * "reprint"), never a past tense, which is a story's ("the paper published the report without
   * permission").
   */
  private static final String USE =
      "(?:cop(?:y|ying)|using|re-?post(?:ing)?|citation|citing|reproduc(?:e|ing|tion)s?|reprint(?:ing|s)?|re-?publi(?:sh|shing|cation)|re-?distribut(?:e|ing|ion)"
          + "|distribut(?:e|ing|ion)|re-?transmi(?:t|tting|ssion)|quot(?:ing|ation)|(?:any )?(?:use|reuse))";
  /** What "may not be" done with this material: "published, broadcast, rewritten or redistributed". */
  private static final String USED =
      "(?:copied|reproduced|reprinted|re-?published|published|broadcast|rewritten|re-?distributed|distributed|re-?transmitted|transmitted|stored|quoted|used)";
  private static final String NOUN =
      "(?:article|story|stories|dispatch|dispatches|material|materials|content|contents|text|texts|photos?|report|publication|news|site|website)";
  /** What the statement is about: this article, the site's materials, any reproduction at all. */
  private static final String OBJECT =
      "(?:(?:this|these|the|our|all|any|its)\\s+(?:[\\p{L}-]+\\s+)?" + NOUN
          + "|materials|content|in whole or (?:in )?part|any\\s+" + USE + ")";
  /** What the use takes: permission, a link, a credit; or that it is forbidden. */
  private static final String CONDITION =
      "(?:without\\s+(?:the\\s+|our\\s+|prior\\s+|express\\s+|written\\s+|explicit\\s+)*(?:permission|consent|authori[sz]ation|agreement)"
          + "|(?:is|are)\\s+(?:strictly\\s+)?(?:prohibited|forbidden|not\\s+(?:permitted|allowed))"
          + "|(?:is|are)?\\s*(?:allowed|permitted|possible|authori[sz]ed)\\s+(?:only\\s+(?:with|if|when|by|under|on)|(?:only\\s+)?(?:provided|as long as|on condition))"
          + "|requires?\\s+(?:the\\s+|a\\s+|an\\s+|prior\\s+|written\\s+)*(?:mention|permission|consent|link|hyperlink|reference|credit|attribution|citation)"
          + "|must\\s+(?:credit|cite|mention|link|name|include)"
          + "|(?:(?:hyper)?link|reference|credit|attribution|mention|citation)\\b[^.!?]{0,60}?\\b(?:is|are)\\s+(?:required|mandatory|obligatory|compulsory))";
  private static final Pattern REPRODUCTION =
      Pattern.compile(
          "(?iu)(?:.*[.!?]\\s+)?[^.!?]*\\b" + USE + "\\b[^.!?]{0,80}?" + OBJECT + "\\b[^.!?]{0,120}?\\b" + CONDITION + "\\b.*"
              + "|(?:.*[.!?]\\s+)?[^.!?]*\\b" + OBJECT + "\\b[^.!?]{0,40}?\\b" + USE + "\\b[^.!?]{0,120}?\\b" + CONDITION + "\\b.*"
              // the condition of a use, its object left unsaid: "When quoting, a reference to Varzob News Agency is mandatory."
              + "|(?:when|if|while)\\s+" + USE + "\\b[^.!?]{0,60}?,\\s*[^.!?]{0,80}?\\b(?:(?:hyper)?link|reference|credit|attribution|mention|citation)\\b"
              + "[^.!?]{0,60}?\\b(?:is|are)\\s+(?:required|mandatory|obligatory|compulsory)\\b.*"
              // the same rule in Russian: "При полном или частичном использовании материалов ссылка на «Азия-Курьер» обязательна."
              + "|(?:при|в случае)\\s+(?:полном\\s+или\\s+частичном\\s+)?(?:использовании|перепечатке|цитировании|копировании|воспроизведении)"
              + "\\s+материалов(?!\\p{L})[^.!?]{0,80}?(?:гипер)?ссылка(?!\\p{L})[^.!?]{0,80}?обязательна(?!\\p{L}).*"
              // the page's own material only: "the report cannot be published before the vote" is news
              + "|(?:.*[.!?]\\s+)?[^.!?]*\\b(?:this|these|our|its)\\s+" + NOUN + "\\s+(?:may|must|shall|cannot|can['’]t)\\s+(?:not\\s+)?be\\s+[^.!?]{0,80}?\\b" + USED + "\\b.*"
              + "|(?:.*[.!?]\\s+)?(?:materials|content)\\s+(?:may|can)\\s+(?:only\\s+)?be\\s+" + USED + "\\s+(?:only\\s+)?(?:with|if|when|by|under|on condition)\\b.*"
              // a link as the price of a use is only ever a site's rule: "Reposting is allowed only with a link to …"
              + "|" + USE + "\\b[^.!?]{0,60}?\\b(?:is|are)\\s+(?:allowed|permitted|possible)\\s+only\\s+with\\s+(?:an?\\s+)?(?:active\\s+)?(?:hyper)?link\\b.*"
              // the same rule without its verb, as a footer shortens it: "Reproduction only with a link to the source."
              + "|(?:.*[.!?]\\s+)?" + USE + "\\s+only\\s+with\\s+(?:an?\\s+|the\\s+)?(?:(?:active|prior|written|explicit)\\s+)?"
              + "(?:(?:hyper)?link|permission|consent|credit|attribution|reference|mention)\\b.*"
              // a use of the page's copy forbidden in a sentence of its own, as an e-edition's footer closes: "Redistribution is prohibited."
              + "|(?:.*[.!?]\\s+)?(?:any\\s+)?(?:unauthori[sz]ed\\s+)?(?:re-?distribution|reproduction|reprinting|re-?publication|re-?transmission)"
              + "\\s+(?:is|are)\\s+(?:strictly\\s+)?(?:prohibited|forbidden|not\\s+(?:permitted|allowed))\\.?"
              + "|.*\\bfor the (?:exclusive|sole) use of\\b[^.!?]{0,60}\\bsubscribers\\b.*|for (?:editorial|personal|non-commercial|internal) use only\\b.*"
              + "|(?:this|these|the|our)\\s+(?:[\\p{L}-]+\\s+)?(?:article|story|dispatch|dispatches|material|materials|content|service|feed|report)\\s+(?:is|are)\\s+"
              + "(?:intended\\s+)?(?:for|reserved\\s+for)\\s+the\\s+(?:exclusive|sole|personal)\\s+use\\s+of\\b.*");
  /** Reported words or the law: a statement about someone else's rights, as a story tells it. */
  private static final Pattern REPORTED =
      Pattern.compile(
          "(?iu)\\b(?:said|says|told|ruled|rules|argued|argues|claimed|claims|alleged|alleges|according|found|sued|court|judge|lawsuit"
              + "|laws?|act|bill|decree|regulations?|legislation|ban|banned|fines?|fined|penalty|police|authorities|government)\\b");
  private static final int MAX_WORDS = 40;

  @Override
  public DropReason reason() {
    return DropReason.COPYRIGHT;
  }

  @Override
  boolean matches(String line) {
    return TextShapes.atMostWords(line, MAX_WORDS)
        && (NOTICE.matcher(line).matches() || REPRODUCTION.matcher(line).matches() && !REPORTED.matcher(line).find());
  }
}
