package corpussearch.indexer.paragraphs;

import java.util.regex.Pattern;

/**
 * Drops notes on how the piece was produced, printed or published, which sit under the story:
 * "Published in the print edition of the Himal Ledger on August 29, 2024, on page 5.", "A version
 * of this article appeared in print on …", "This article was published online on June 3, 2025. A
 * version appears in the Summer 2025 print issue of …", "… are peer-reviewed. This brief was
 * published on 9 February 2024.", "This article was first published in German … and has been
 * translated …", "This article was first published by our partner the … and is republished …",
 * "This article also appeared in the printed …", "This piece appears in the April 2025 issue of …",
 * "This article was republished from the … Press Wire.", a syndication notice ("Republished with
 * permission. …", "Clipping reproduced under licence …"), a monitoring service's note on its clip
 * ("Analyst note: relevant to …"), "Translated by Sam O'Neill",
 * "Translated from the Portuguese original by …'s English desk.", "Some interviews for this story
 * were … translated by …", a press licence or a print issue's volume and number, a printer's
 * imprint ("Printed and published by Kumul Print &amp; Media Ltd, PO Box 1100, …"), how to cite the
 * piece ("Suggested citation: …"), an editor's, a translator's or a reviewer's note set in brackets
 * ("[Translator's note: …]", "[Comment DP1: …]"), where the piece appeared, alone on its line
 * ("Published in Borderlands Notebook"), the print note in German, French or Spanish ("Dieser
 * Artikel erscheint auch in …"), a mirror's note on itself ("This capsule mirrors text from
 * x.example. …"), a clipper's or an e-reader service's note on the copy it delivered ("Sent from
 * x.example via Send to Kindle.").
 *
 * <p>Why: they speak about the article, never as it. Each shape names its subject ("this
 * article", not "the report", which prose cites; "the print edition", a company's legal form or a
 * post box), so prose that mentions a translation or a printer in passing is kept.
 */
final class ProductionNoteRule extends PatternLineRule {
  /**
   * A masthead's press licence, its number and issuer and nothing more ("License No. 118/GP-BTTTT
   * issued by the Ministry of Information and Communications."): a story about a licence goes on
   * to say what became of it ("… was revoked on Tuesday").
   */
  private static final String PRESS_LICENCE =
      "(?:(?:press|publishing|media|broadcasting)\\s+)?licen[cs]e\\s*(?:no\\.?|number|#)\\s*:?\\s*[\\p{L}\\d/.-]*\\d[\\p{L}\\d/.-]*"
          + "(?:\\s*,?\\s*(?:issued|granted)\\s+(?:by|on)\\s+(?![^.!?]*\\b(?:was|were|is|are|has|had|will|said|says)\\b)[^.!?]{0,100})?\\.?";
  /**
   * A print issue's volume and number, with at most a page footer's date and address after it:
   * "Vol. 14 No. 201", "Volume XIV, Issue 201 · 15 October 2024".
   */
  private static final String ISSUE_LINE =
      "(?:vol\\.?|volume)\\s*[\\dIVXLC]+\\s*[,.;·|–—-]?\\s*(?:no\\.?|number|issue|#)\\s*\\d+(?:(?:\\s*[,·|–—-]\\s*|\\s+).{0,80})?";
  /**
   * How the piece itself was made, said of "this story" from inside a sentence: "Some interviews for
   * this story were conducted in Gilbertese and translated by the Tides.", "Reporting for this
   * article was supported by …". A story calls what it reports on "the report", never "this story".
   */
  private static final String MAKING_OF =
      "[^.!?\"“”]{0,60}\\b(?:for|in|of) this (?:story|article|piece|series|episode)\\b[^.!?\"“”]{0,80}?"
          + "\\b(?:translated|interpreted|supported|funded|produced|fact-checked|conducted)\\b[^\"“”]*";
  /**
   * The note a clipper, a read-later or an e-reader service leaves on the copy it delivered: the
   * site's address, the service's name and maybe one short remark ("Sent from x.example via Send to
   * Kindle. Images have been removed.", "Clipped from news.example with Web Clipper"). A story's
   * "sent from Kabul via Dubai" names no web address.
   */
  private static final String DELIVERY_NOTE =
      "(?:sent|saved|clipped|captured|exported|delivered)\\s+from\\s+(?:https?://)?(?:[\\w-]{1,63}+\\.){1,5}+\\p{L}{2,24}+(?:/\\S{0,200}+)?"
          + "\\s+(?:via|with|using|by)\\s+\\p{Lu}[\\p{L}-]*+(?:\\s+(?:to|for|\\p{Lu}[\\p{L}-]*+)){0,3}+[.!]?(?:\\s+[^.!?]{1,60}[.!])?";
  /**
   * How a reader should cite the piece, under its label: "Suggested citation: Sow, A. and Dubreuil,
   * P. (2024) …", "How to cite this article: …", "Cite as: …". The label and its colon are the
   * note's own; a story quotes a citation without them.
   */
  private static final String CITATION_NOTE =
      "(?:(?:suggested|recommended|preferred)\\s+citation|how\\s+to\\s+cite(?:\\s+this(?:\\s+\\p{L}{2,15}+){1,2})?"
          + "|(?:please\\s+)?cite\\s+(?:this(?:\\s+\\p{L}{2,15}+){1,2}\\s+)?as)\\s*:\\s*\\S.*";
  /**
   * A note the piece's editor or translator set into it, whole in its brackets: "[Translator's note:
   * Château and Sosso-Koïra are neighbourhoods of Gao.]", "[Editor's note: …]", "[EDITOR COMMENT — RS: …]", or under a label of
   * a few words and a colon, as a word processor exports its reviewers' comments ("[Comment DP1:
   * check the quote]"). The writer's own insertions in a quote ("[the minister]", "[sic]") have no label.
   */
  private static final String SET_IN_NOTE =
      "\\[\\s*(?:(?:editor|translator|publisher|moderator|transcriber)s?['’]?s?\\s+(?:notes?|comments?)(?:\\s*[—–-]\\s*[\\p{L}\\d/ ]{1,12}?)?\\s*[:—–-]"
          + "|(?:[\\p{L}'’]++\\s+){0,2}+[\\p{L}\\d'’]++\\s*+:)\\s*[^\\[\\]]{1,400}+\\]";
  /**
   * Where the piece appeared, a label and a publication's name and nothing else, as a blogging
   * platform prints it under the writer's name: "Published in Borderlands Notebook", "Originally
   * published in The Harbour Times"; or as a paper's print line gives it, with the day, the page
   * and the length ("Published in Daily Mashriq Times, October 9th, 2023 (page 6). Word count:
   * 748."). Every word of the name is capitalised; a sentence goes on.
   */
  private static final String PUBLISHED_IN =
      "(?:(?:first|originally)\\s+)?published\\s+in\\s+(?-i:\\p{Lu}[\\p{L}'’&.-]*+(?:\\s+\\p{Lu}[\\p{L}'’&.-]*+){0,5})"
          + "(?:,\\s*+[\\p{L}\\d ,.]{3,30}?\\b(?:1[89]|20)\\d{2})?(?:\\s*+\\((?:page|p\\.)\\s*+\\d{1,3}\\))?\\.?"
          + "(?:\\s*+word\\s+count\\s*+:?\\s*+\\d[\\d,]*+\\.?)?";
  /**
   * What the piece belongs to or which languages it is also in, said of it by its publisher: "This
   * brief is part of the Forum's series on returnees and resilience", "This text is also available in
   * Dutch, French and German." A story calls what it reports on "the report", not "this brief".
   */
  private static final String SERIES_OR_LANGUAGES =
      "this\\s+(?:article|story|piece|brief|paper|report|analysis|commentary|essay|text|release|statement|page)\\s+"
          + "(?:is|forms)\\s+(?:part|one)\\s+of\\s+(?:a|an|the|our|their|\\p{Lu}[\\p{L}'’]*+)\\b[^.!?]{0,100}?\\b(?:series|project|collection|programme|program|package)\\b[^.!?]{0,80}[.!]?"
          + "|this\\s+(?:article|story|piece|text|release|statement|page|press release)\\s+is\\s+(?:also\\s+)?available\\s+in\\s+"
          + "(?-i:\\p{Lu})\\p{L}+(?:(?:,\\s*|\\s+(?:and|or)\\s+)(?-i:\\p{Lu})\\p{L}+){0,6}\\.?";
  /**
   * A sentence the layout is to set large, under the editor's mark that says so, which a word
   * processor's copy keeps: "[PULL QUOTE - LAYOUT: Security cannot be …]", "“Every time …” - PULL QUOTE".
   */
  private static final String PULL_QUOTE_MARK =
      "\\[?\\s*pull[\\s-]?quotes?\\b[^:\\]]{0,30}:\\s*[^\\]]{1,400}\\]?|[^\\[\\]]{1,400}?\\s[-—–]\\s*pull[\\s-]?quotes?\\s*\\.?";
  private static final Pattern NOTE =
      Pattern.compile(
          // one short sentence may come first: "CERS policy briefs are peer-reviewed. This brief was published on 9 February 2024."
          "(?iu)(?:(?:[^.!?]{1,80}[.!?]\\s+)?this\\s+(?:article|story|piece|interview|column|essay|feature|brief|paper|report|analysis)\\b.{0,120}?"
              + "\\b(?:print (?:edition|issue)|(?:was|is) published (?:online\\s+)?on|(?:was|is) published online|translated|(?:first|originally|also) (?:published|appeared|ran) (?:in|on|by)|re(?:published|printed|posted) (?:from|in|on|by|with)|(?:appeared|ran|was published) in (?:the )?print(?:ed)?"
              // a magazine's issue: "This piece appears in the April 2025 issue of …"
              + "|(?:appears|appeared|ran|runs|will appear) in (?:the|our|this) [^.!?]{0,40}?\\b(?:issue|edition))\\b.*"
              // a syndication notice: "Republished with permission.", "Reprinted by arrangement with …", "Syndicated under the … exchange"
              + "|(?:clipping\\s+)?(?:re(?:published|printed|posted|produced)|syndicated|shared)\\s+(?:here\\s+)?(?:with\\s+(?:the\\s+)?(?:kind\\s+)?permission|by\\s+(?:special\\s+)?arrangement"
              + "|under\\s+(?:(?:a|an|the)\\s+[^.!?]{0,60}?\\b)?(?:agreement|exchange|licen[cs]e|partnership))\\b.*"
              // a monitoring service's or a reader's note on the clip: "Analyst note: relevant to agenda item 3 …"
              + "|(?:analyst|reviewer|monitor|clipper)['’]?s?\\s+(?:notes?|comments?)\\s*:.*"
              // an agency's copy a client runs: "This content was produced by the Eurasia Press Agency and is distributed under licence."
              + "|this\\s+(?:content|article|story|report|dispatch)\\s+(?:was|is)\\s+(?:produced|provided|supplied|written)\\s+by\\s+[^.!?]{1,80}?"
              + "\\s+and\\s+(?:is\\s+)?(?:distributed|published|used|republished)\\s+(?:under|with)\\s+(?:a\\s+)?(?:licen[cs]e|permission|agreement)\\b.*"
              + "|(?:published|printed|appeared)\\s+in\\s+(?:the\\s+)?print edition\\b.*"
              // the same note in the languages of the papers that run it: "Dieser Artikel erscheint auch in der Mai-Ausgabe von …",
              // "Cet article est paru dans …", "Este artículo fue publicado en …"
              + "|(?:dieser|der)\\s+(?:artikel|beitrag|text)\\s+(?:erscheint|erschien|ist)\\s+(?:auch\\s+|zuerst\\s+)?(?:in|im)\\b.*"
              + "|cet\\s+article\\s+(?:est\\s+paru|a\\s+été\\s+publié|para[iî]t)\\b.*"
              + "|este\\s+art[ií]culo\\s+(?:fue\\s+publicado|se\\s+public[oó]|apareci[oó])\\b.*"
              + "|a version (?:of this (?:article|story|piece)\\b|(?:appears|appeared|ran) in\\b).*"
              // "Translated by Sam O'Neill", "Translated from the Portuguese original by …'s English desk.", "Translated from the Portuguese original by ALN's English desk."
              + "|translat(?:ed|ion)(?:\\s+from\\s+(?:the\\s+)?\\p{L}+(?:\\s+(?:original|version|edition|text))?)?\\s*(?:by)?\\s*:?\\s*\\p{Lu}[\\p{L}'’. -]{1,40}"
              + "|(?:printed|published)(?:\\s+and\\s+(?:printed|published|distributed))?\\s+(?:by|for)\\s+.{0,120}?"
              + "\\b(?:ltd|limited|pty|plc|inc|llc|gmbh|s\\.a\\.|p\\.?o\\.? box)\\b.*"
              + "|this\\s+(?:capsule|mirror|archive|copy|feed|edition)\\s+(?:mirrors|archives|copies|reproduces|carries)\\b.*"
              + "|" + DELIVERY_NOTE + "|" + CITATION_NOTE + "|" + SET_IN_NOTE + "|" + PUBLISHED_IN
              + "|" + PRESS_LICENCE + "|" + ISSUE_LINE + "|" + MAKING_OF + "|" + SERIES_OR_LANGUAGES + "|" + PULL_QUOTE_MARK + ")");
  private static final int MAX_WORDS = 45;

  ProductionNoteRule() {
    super(NOTE, MAX_WORDS);
  }

  @Override
  public DropReason reason() {
    return DropReason.PRODUCTION_NOTE;
  }
}
