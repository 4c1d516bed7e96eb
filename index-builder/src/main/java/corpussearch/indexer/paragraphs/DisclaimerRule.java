package corpussearch.indexer.paragraphs;

import java.util.regex.Pattern;

/**
 * Drops editorial disclaimers: a line of at most 60 words saying that the views or opinions
 * expressed (by the writer, the authors, the commenters …) do not (necessarily) reflect or
 * represent those of the publication, or are not necessarily its own, or are solely the author's own
 * or (strictly) personal; that the findings are not the publisher's or the funder's views ("The
 * findings do not represent their views."); the same in French, Spanish or Portuguese; what a
 * series is for ("… Commentaries are intended to stimulate debate."); a notice about how this
 * article was paid for ("This story is part of our X project, supported by the Y Foundation", "…
 * retains full editorial control"); a notice about republishing it ("You can republish this
 * article for free under a Creative Commons license"); a notice of its age ("This article is more
 * than 1 year old") or of a later change to it ("This article was amended on … to correct …", "An
 * earlier version of this story …", "Correction: …", a wire story's "(Adds quotes in paragraphs 6-8)");
 * the site's acknowledgement of the land's traditional custodians; a notice that it carries others' words as
 * received ("… as a service to readers. The content is the responsibility of the issuer."); how its
 * transcripts are made and what it does not answer for ("… is not responsible for the content of
 * external sites"); who pays for its reporters' posts ("Local Journalism Initiative reporters are
 * funded by the Government of Canada.").
 *
 * <p>Why: the notice is boilerplate appended to opinion pieces. The pattern needs the whole
 * "views … expressed … not … reflect/represent" construction (the adverb may be misspelled, as
 * scraped pages show), so an article discussing opinions is kept. Funding and republication
 * notices have to speak of this article itself ("this story", "our project", "this article"), so
 * a report that a study was funded by a foundation is kept.
 */
final class DisclaimerRule extends LineRule {
  /** What a body holds: its views, opinions, position or policy. */
  private static final String STANCE = "(?:views?|opinions?|positions?|polic(?:y|ies))";
  private static final Pattern NOT_REFLECT =
      Pattern.compile(
          "(?iu).*\\b(?:views?|viewpoints?|opinions?)\\b.{0,120}?\\bexpressed\\b.{0,200}?"
              + "\\b(?:(?:do|does|did)\\s*(?:not|n['’]t)\\s+(?:\\p{L}+\\s+)?(?:reflect|represent)"
              // the same said with the hedge: "Views expressed by contributors are strictly personal and not necessarily those of …"
              + "|(?:are|is)\\b[^.!?]{0,60}?\\bnot\\s+necessarily\\s+(?:those|the\\s+(?:views?|opinions?))\\s+of"
              // or owned as the writer's: "Views expressed by contributors are strictly personal and not of the Standard."
              + "|(?:are|is)\\s+(?:strictly\\s+|purely\\s+|entirely\\s+|solely\\s+|wholly\\s+)?personal(?![^.!?]*\\b(?:said|says|told)\\b))\\b.*");
  private static final Pattern OWN_VIEWS =
      Pattern.compile(
          // "… views, positions, and conclusions expressed in this publication should be understood to be solely those of the author(s)"
          "(?iu).*\\b(?:views?|opinions?)\\b.{0,120}?\\b(?:are|is|be|remain)\\s+(?:(?:taken|read|regarded)\\s+as\\s+)?(?:solely\\s+|entirely\\s+)?"
              + "(?:those of the (?:author|writer)s?|the (?:author|writer)s?['’]s?\\s+own|(?:his|her|their) own)(?![\\p{L}]).*");
  /**
   * Whose views the findings are not, in the publisher's or the funder's name, opening its sentence: "The
   * findings do not represent their views.", "Its contents do not necessarily reflect the official
   * position of the Fund.", "The conclusions do not reflect those of the Institute." A poll's
   * findings that do not reflect the views of all voters are news: the views are theirs, official,
   * or a capitalised body's.
   */
  private static final Pattern NOT_THEIRS =
      Pattern.compile(
          "(?iu)(?:.*[.!?]\\s+)?(?:(?:the|these|its|our|this)\\s+)?(?:findings|conclusions|contents?|analysis|recommendations|information|views?|opinions?)"
              + "\\b[^.!?]{0,100}?\\b(?:do|does)\\s*(?:not|n['’]t)\\s+(?:necessarily\\s+)?(?:reflect|represent)\\s+"
              + "(?:(?:their|its)\\s+(?:official\\s+)?" + STANCE + "|(?:the\\s+)?official\\s+" + STANCE
              + "|(?:those|the\\s+" + STANCE + ")\\s+of\\s+(?:the\\s+|its\\s+)?(?-i:\\p{Lu}))"
              + "(?![^.!?]*\\b(?:said|says|told|according|warned|argued)\\b)[^.!?]{0,100}[.!]?");
  /**
   * The same notice on a French, Spanish or Portuguese page: "Les opinions exprimées dans cet
   * article n'engagent que leur auteur.", "Las opiniones expresadas no reflejan necesariamente …",
   * "As opiniões expressas são de inteira responsabilidade do autor."
   */
  private static final Pattern NOT_THEIRS_ABROAD =
      Pattern.compile(
          "(?iu)(?:.*[.!?]\\s+)?(?:les\\s+|las\\s+|los\\s+|os\\s+|as\\s+)?(?:opinions?|opiniones|opiniões|points\\s+de\\s+vue|propos|conclusions|conclusiones|conclusões)"
              + "\\s+(?:exprimée?s?|expresad[oa]s|expressa?s|emitid[oa]s|vertid[oa]s)\\b[^.!?]{0,120}?"
              + "\\b(?:n['’]engagent\\s+que|ne\\s+(?:reflètent|représentent|engagent)\\s+pas|no\\s+(?:reflejan|representan|comprometen)"
              + "|não\\s+(?:refletem|reflectem|representam|comprometem)|son\\s+(?:de\\s+)?(?:exclusiva\\s+)?responsabilidad"
              + "|são\\s+de\\s+(?:inteira\\s+|exclusiva\\s+)?responsabilidade|sont\\s+celles\\s+de)\\b.*");
  /**
   * A series saying what it is for: "IISS Commentaries are intended to stimulate debate.", "The Policy Briefs
   * are designed to inform discussion …". The kind of paper, named by the series' capitalised name
   * or "this", is the subject and debate or discussion the aim; a story's "the ministry's reports
   * are meant to inform debate" is kept.
   */
  private static final Pattern SERIES_PURPOSE =
      Pattern.compile(
          "(?iu)(?:(?:this|these|our|the)\\s+)?(?-i:(?:\\p{Lu}[\\p{L}&'’.-]*+\\s+){0,5}?)(?:commentar(?:y|ies)|briefs?|briefings?|papers?|series|publications?|reports?|analys[ie]s|notes|perspectives|insights|bulletins?)"
              + "\\s+(?:is|are)\\s+(?:intended|designed|meant|published|written|produced)\\s+(?:to|in\\s+order\\s+to)\\s+"
              + "(?:stimulate|encourage|promote|inform|provoke|foster|contribute\\s+to|generate|advance|support)\\s+"
              + "(?:(?:public|policy|informed|further|wider)\\s+)?(?:debate|discussion|dialogue|reflection)\\b"
              + "(?![^.!?]*\\b(?:said|says?|told)\\b)[^.!?]{0,80}[.!]?");

  private static final Pattern FUNDED =
      Pattern.compile(
          "(?iu).*\\b(?:this|our)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:article|story|report|series|project|coverage|reporting|journalism|investigation|piece)\\b"
              + ".{0,160}?\\b(?:supported|funded|underwritten|made possible|produced in (?:partnership|collaboration))\\b.*"
              // paid content: "This content was produced by our commercial team on behalf of Visit Malta."
              + "|(?:this|the following)\\s+(?:content|article|feature|story|page|advertorial)\\b.{0,80}?\\b(?:on behalf of|paid for by|commissioned by|sponsored by)\\b.*"
              + "|.*\\b(?:retains?|maintains?|keeps?|has|have)\\s+(?:full\\s+|sole\\s+|complete\\s+)?"
              + "editorial\\s+(?:control|independence)\\b.*"
              // a reporter's post and who pays for it, in the present: "Local Journalism Initiative reporters are funded by the Government of Canada."
              + "|(?:(?:the|this|our)\\s+)?(?:[\\p{L}-]+\\s+){0,4}(?:reporters?|journalists?|positions?|posts?|reporting|beat)\\s+(?:is|are)\\s+"
              + "(?:(?:partly|partially|jointly)\\s+)?(?:funded|supported|paid for|made possible)\\s+(?:in part\\s+)?(?:by|through)\\b"
              + "(?![^.!?]*\\b(?:said|says|told|according|was|were|will)\\b)[^.!?]{1,120}[.!]?");
  private static final Pattern REPUBLISH =
      Pattern.compile(
          "(?iu).*\\brepublish(?:ed|ing)?\\s+(?:this|our)\\s+(?:article|story|stories|articles|report|work)\\b.*"
              + "|.*\\brepublication\\b.{0,80}?\\b(?:permission|licen[cs]e|prohibited|requires?)\\b.*"
              + "|.*\\b(?:this|our) (?:article|story|stories|articles|report|work|journalism)\\b.{0,40}?\\b(?:may|can) be republished\\b.*"
              + "|.*\\bunder (?:a |the )?creative commons (?:licen[cs]e|attribution)\\b.*");

  /** "This article is more than 1 year old": the site's warning that a story is old, not part of it. */
  private static final Pattern AGE =
      Pattern.compile(
          "(?iu)this (?:article|story|piece|post|report|content) is (?:more|over|older) than"
              + " (?:\\d+|an?|one|two|three|four|five|six|ten) (?:years?|months?|weeks?|days?)(?: old)?\\.?");
  /**
   * A note on how the article was changed after it appeared: "This article was amended on 10
   * September 2023 to correct …", "An earlier version of this story misstated …", "Correction: …".
   */
  private static final Pattern AMENDED =
      Pattern.compile(
          "(?iu)(?:editor['’]s note\\s*[:—–-]\\s*)?this (?:article|story|piece|post|report|transcript|interview|conversation|q\\s*&\\s*a|exchange|episode)"
              + " (?:was|has been|had been|have been) (?:lightly\\s+)?(?:amended|corrected|updated|changed|edited|condensed|clarified)\\b.*"
              + "|(?:an|a) (?:earlier|previous) version of this (?:article|story|piece|post|report)\\b.*"
              + "|(?:correction|clarification)s?\\s*[:—–]\\s*\\S.*"
              // a wire story's version note, set in brackets above it: "(Adds economist comment in paragraphs 6-8)"
              + "|\\((?:adds|updates|recasts|corrects|refiles|rewrites|changes|removes|fixes|inserts|replaces|repeats)\\b[^()]{3,200}\\)"
              // or after the version's label: "UPDATE 1-Adds lawyer's comment in paragraphs 4-5"
              + "|(?:update|refile|corrected)\\s*\\d{0,2}\\s*[-–—:]\\s*(?:adds|updates|recasts|corrects|rewrites|changes|removes|fixes|inserts|replaces)\\b[^()]{3,200}");
  /** "This article contains affiliate links. We may earn a commission …": how the page is paid for. */
  private static final Pattern AFFILIATE =
      Pattern.compile(
          "(?iu)(?:this|our) (?:article|story|post|page|guide|review|site)\\s+(?:may\\s+)?(?:contains?|includes?|uses?) affiliate links?\\b.*"
              + "|(?:.*[.!?]\\s+)?we may (?:earn|receive|get) (?:a )?(?:small )?(?:commission|fee)\\b.*");
  /**
   * An acknowledgement of country that closes pages in Australia and Canada: "We acknowledge the
   * Traditional Custodians of the land on which we work", "… and pay our respects to Elders past
   * and present". The site's own statement, not the story's: it speaks for "we" or the site.
   */
  private static final Pattern ACKNOWLEDGEMENT =
      Pattern.compile(
          "(?iu)(?:we|\\p{Lu}[\\p{L}'’ ]{1,60}?)\\s+(?:respectfully\\s+)?acknowledges?\\s+(?:the\\s+)?"
              + "(?:traditional\\s+)?(?:custodians|owners|keepers|peoples?|first\\s+nations)\\b.{0,200}?\\b(?:lands?|country|waters?|territor(?:y|ies))\\b.*"
              + "|(?:.*[.!?]\\s+)?(?:we\\s+)?pay\\s+(?:our\\s+)?respects?\\s+to\\s+(?:their\\s+|all\\s+)?elders\\s+past\\b.*"
              // the same without its subject, still in the site's voice: "Acknowledging the … people, Traditional Custodians of the land on which we report."
              + "|(?:in\\s+)?acknowledg(?:ing|ement\\s+of)\\s+[^.!?]{0,80}?\\b(?:traditional|original)\\s+(?:custodians|owners|keepers)\\b"
              + "[^.!?]{0,80}?\\b(?:on|in|from|across)\\s+which\\s+(?:we|this\\s+(?:paper|site|station|newsroom))\\s+[^.!?]{1,60}[.!]?");

  /**
   * A notice that the page carries others' words as it got them: "… publishes company releases as
   * a service to readers. The content is the responsibility of the issuer.", "Comments are the
   * responsibility of the person posting them", "Notices published on
   * this page are provided by government departments and are reproduced as received.", "… is
   * published unedited. The Ledger does not verify claims made in press releases.", "This story was
   * provided by Nordic Wire Service and has not been edited by the Herald."
   */
  private static final Pattern AS_RECEIVED =
      Pattern.compile(
          "(?iu)(?:.*[.!?]\\s+)?(?:the |this |its |their )?(?:content|contents|information|text|statements?|releases?|notices?)\\b[^.!?]{0,60}?"
              + "\\b(?:is|are|remains?)\\s+(?:the\\s+)?(?:sole\\s+)?responsibility\\s+of\\s+(?:the\\s+)?(?:issuer|issuing|author|sender|advertiser|organi[sz]ation|compan)\\w*.*"
              // readers' posts, under the comment count a text dump runs into them: "Comments (41) Comments are the responsibility of …"
              + "|(?![^.!?]*\\b(?:said|says|told|argued|ruled|according)\\b).{0,40}?\\b(?:comments|posts|replies|contributions)\\s+(?:are|remain)\\s+"
              + "(?:the\\s+)?(?:sole\\s+)?responsibility\\s+of\\s+(?:the\\s+|their\\s+)?(?:persons?|people|users?|readers?|commenters?|authors?|posters?|individuals?|members?)\\b"
              + "(?:\\s+(?:posting|who\\s+post(?:ed)?|submitting|who\\s+(?:wrote|submit(?:ted)?))\\s+them)?[.!]?"
              // present tense: the page's standing practice, not a story's "began printing tide tables as a service to readers in 1952"
              + "|.*\\b(?:publishes|carries|prints|provides|reproduces|offers)\\b[^.!?]{0,80}\\bas a (?:free )?service to (?:our |its )?readers\\b.*"
              + "|.*\\b(?:reproduced|published|printed|carried|run)\\s+(?:as\\s+(?:received|supplied|submitted|issued)|unedited|without\\s+editing)\\b.*"
              // "The Ledger does not verify claims made in press releases."
              + "|(?:.*[.!?]\\s+)?[^.!?]{0,60}\\b(?:does|do|cannot|can\\s*not)\\s+(?:not\\s+)?(?:verify|check|endorse)\\s+(?:the\\s+)?(?:claims|contents?|statements|information)\\b"
              + "[^.!?]{0,40}\\b(?:press|news|media)\\s+releases?\\b.*"
              // syndicated copy: "This story was provided by Nordic Wire Service and has not been edited by the Herald."
              + "|(?:.*[.!?]\\s+)?this\\s+(?:story|article|report|item|content)\\s+(?:was|is|has\\s+been)\\s+(?:provided|supplied|syndicated)\\s+(?:by|from)\\b.*"
              + "|(?:.*[.!?]\\s+)?this\\s+(?:story|article|report|item|content)\\s+has\\s+not\\s+been\\s+edited\\s+by\\b.*");

  /**
   * How the page's transcripts are made, the standards it keeps ("Our Standards: …"), and what it
   * does not answer for: "NPR transcripts are created on a rush deadline … may not be in its final
   * form", "Transcripts are generated automatically", "Disclaimer: GCB News is not responsible for
   * the content of external sites." The present tense and the page's own transcripts or links: a
   * court transcript in a story was produced, in the past, by someone.
   */
  private static final Pattern PAGE_NOTES =
      Pattern.compile(
          "(?iu)[^.!?]{0,60}\\btranscripts?\\s+(?:is|are)\\s+(?:created|produced|prepared|generated|machine-generated|computer-generated|made)"
              + "\\s+(?:on a rush deadline|automatically|by (?:an?|our)\\s|using|with)\\b.*"
              + "|(?:.*[.!?]\\s+)?(?:(?:this|the)\\s+(?:text|copy)\\s+|[^.!?]{0,60}\\btranscripts?\\b[^.!?]{0,60}\\b)may not be in (?:its|their) final form\\b.*"
              + "|(?:disclaimer\\s*[:—–-]\\s*)?[^.!?]{0,60}\\b(?:is|are)\\s+not\\s+responsible\\s+for\\s+the\\s+contents?\\s+of\\s+"
              + "(?:external|third[- ]party|linked|other|outside)\\s+(?:internet\\s+)?(?:sites|websites|web\\s*sites|links|pages)\\b.*"
              + "|disclaimer\\s*[:—–]\\s*\\S.*"
              // the standards it keeps, as a label or a link: "Our Standards: The Thomson Reuters Trust Principles."
              + "|(?:our|editorial)\\s+(?:standards|principles|guidelines|ethics(?:\\s+policy)?|code\\s+of\\s+(?:conduct|practice|ethics))\\s*:\\s*\\S.*"
              + "|(?:read|see|learn about|find out more about)\\s+our\\s+(?:editorial\\s+)?(?:standards|principles|guidelines|ethics\\s+policy|corrections\\s+policy)\\b.*");

  @Override
  public DropReason reason() {
    return DropReason.DISCLAIMER;
  }

  @Override
  boolean matches(String line) {
    return TextShapes.atMostWords(line, 60)
        && (NOT_REFLECT.matcher(line).matches()
            || OWN_VIEWS.matcher(line).matches()
            || NOT_THEIRS.matcher(line).matches()
            || NOT_THEIRS_ABROAD.matcher(line).matches()
            || SERIES_PURPOSE.matcher(line).matches()
            || FUNDED.matcher(line).matches()
            || REPUBLISH.matcher(line).matches()
            || AGE.matcher(line).matches()
            || AMENDED.matcher(line).matches()
            || ACKNOWLEDGEMENT.matcher(line).matches()
            || AFFILIATE.matcher(line).matches()
            || AS_RECEIVED.matcher(line).matches()
            || PAGE_NOTES.matcher(line).matches());
  }
}
