package corpussearch.indexer.paragraphs;

import java.util.regex.Pattern;

/**
 * Drops a masthead's legal lines: who answers for the paper ("Editor-in-chief and responsible
 * editor: Kari Lunde.", "Glavni i odgovorni urednik: …", "Directrice de la publication : …"), its
 * entry in the media register ("Novi Sad Monitor is registered in the Register of Media under
 * number NV000123."), and the press code it follows ("… follows the Ethical Code of Practice for
 * the Norwegian Press", "… is a member of the Press Council"), and the company it is ("… is a
 * company limited by guarantee registered in Ireland.").
 *
 * <p>Why: press laws in many countries make a paper print these on every page; they name the paper,
 * never the story's events. The role must be a label with its colon, the register must be a media
 * register with a number, and the code a press code the paper itself keeps, so a story about an
 * editor, a company register or a press council's ruling ("the council said …") is kept.
 */
final class MastheadRule extends PatternLineRule {
  /** The roles a press law names, in the languages of the pages: "responsible editor", "v.i.S.d.P.". */
  private static final String ROLE =
      "(?:editor[- ]in[- ]chief|(?:chief|managing|executive|responsible|deputy)\\s+editor|ansvarlig redaktør|sjefredaktør"
          + "|chefredakteur(?:in)?|v\\.\\s?i\\.\\s?s\\.\\s?d\\.\\s?p\\.|verantwortlich(?:e|er)?(?: redakteur(?:in)?)?"
          + "|direct(?:eur|rice) de (?:la )?(?:publication|rédaction)|rédact(?:eur|rice) en chef"
          + "|(?:glavn[iao]|odgovorn[iao])(?: i odgovorn[iao])? urednic?[ak]?|главни(?: и одговорни)? уредник|redaktor naczelny"
          + "|šéfredaktor|šéfredaktorka|főszerkesztő|päätoimittaja|chefredaktör|ansvarig utgivare|hoofdredacteur"
          + "|direct(?:or|ora) (?:editorial|responsable)|jef[ea] de redacción|direttore responsabile|genel yayın yönetmeni"
          + "|главный редактор|головний редактор)";
  private static final String ROLES = ROLE + "(?:\\s*(?:,|and|&|/|i|и|og|och|et|und|y|e|ve)\\s*" + ROLE + "){0,2}\\s*:\\s*(?-i:\\p{Lu}).*";
  private static final String MEDIA = "(?:media|press|mass media|newspapers?|periodicals?|public information|electronic media)";
  /** "… is registered in the Register of Media under number NV000123", "Media register no. 1721". */
  private static final String REGISTER =
      "(?:[^.!?]{1,80}\\s(?:is|was)\\s+(?:registered|entered|listed|recorded)\\s+(?:in|with|at|by)\\s+)?(?:the\\s+)?"
          + "(?:[^.!?]{0,40}?\\b" + MEDIA + "\\s+(?:register|registry)|(?:register|registry)\\s+of\\s+(?:the\\s+)?" + MEDIA + ")\\b"
          + "[^.!?]{0,40}?(?:\\b(?:no\\.?|number|nr\\.?|reg\\.)|#)\\s*:?\\s*[\\p{L}\\d/-]*\\d.*";
  /** "Bergen Harbour News follows the Ethical Code of Practice for the Norwegian Press." */
  private static final String PRESS_CODE =
      "[^.!?]{1,60}\\s(?:follows|subscribes to|adheres to|abides by|is bound by|upholds|is a member of|is regulated by)\\s+"
          + "[^.!?]{0,60}?\\b(?:ethical code|code of (?:ethics|practice|conduct)|press council|press complaints|press ombudsman|journalists['’]? code)\\b.*";
  /**
   * The publisher's company registration, a sentence of its own in the present tense: "The Currach
   * Media CLG is a company limited by guarantee registered in Ireland.", "Registered in England and
   * Wales, company no. 01234567.". A story says the firm "was registered", and goes on.
   */
  private static final String COMPANY =
      "(?:[^.!?]{1,80}\\s(?:is|are)\\s+(?:an?\\s+)?(?:(?:private|public|non-?profit|not-for-profit|charitable|community)\\s+)?"
          + "(?:company|charity|society|co-?operative)(?:\\s+limited\\s+by\\s+(?:guarantee|shares))?\\s+)?"
          + "(?:registered|incorporated)\\s+in\\s+(?-i:\\p{Lu})[\\p{L} ]{1,40}"
          + "(?:\\s*[,(]\\s*(?:company|charity|registration|reg\\.?)\\s+(?:no\\.?|number)\\s*:?\\s*[\\p{L}\\d-]*\\d[\\p{L}\\d-]*\\)?)?\\.?"
          // the footer's row of links a text dump runs into it: "… in Ireland. About · Contact · Privacy"
          + "(?:\\s+[\\p{L} ]{1,20}(?:\\s*[·|•]\\s*[\\p{L} ]{1,20}){1,10})?";
  /** Reported words make a story's sentence: "… was entered in the media register in 2019, officials said". */
  private static final String NOT_REPORTED = "(?!.*\\b(?:said|says|told|according to|officials)\\b)";
  private static final Pattern MASTHEAD = Pattern.compile("(?iu)" + NOT_REPORTED + "(?:" + ROLES + "|" + REGISTER + "|" + PRESS_CODE + "|" + COMPANY + ")");
  private static final int MAX_WORDS = 40;

  MastheadRule() {
    super(MASTHEAD, MAX_WORDS);
  }

  @Override
  public DropReason reason() {
    return DropReason.FOOTER;
  }
}
